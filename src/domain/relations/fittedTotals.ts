// A total column beside its parts (合计 | 甲 | 乙 | 丙, or 甲 | 乙 | 丙 | 本次下达金额): each row's total is the
// sum of a run of adjacent amount columns. The header cannot always say which columns are the parts
// (a 合计 may cover only some, 其中 columns are a subset), so the run is learned from the rows, as
// ratioColumns.ts learns a rate's denominator: one run that most rows follow exactly (≥ 3 rows, ≥ 3/4
// of them, with at least two nonzero parts), and only then does a row that does not hold assert an error.
import type { DocTable } from '../checks/document.js';
import type { Quantity } from '../quantity/index.js';
import { judgeSum } from './compare.js';
import { columnNames } from './tableHeader.js';
import { isNum, labelOf, sumRel, signedCell, SKIP_COL } from './tables.js';
import type { Relation } from './types.js';

const MIN_ROWS = 3;
const MAX_WIDTH = 24;
const MAX_ROWS = 500;

interface Run {
  total: number;
  from: number;
  to: number; // inclusive
}

const amount = (q: Quantity | null): q is Quantity => !!q && q.unit !== '%' && q.unit !== '％' && q.unit !== '分';

/** The row's total cell and its parts over `run`, or null when a cell is missing (a blank part counts as 0 only beside two written ones). */
function cellsOf(r: string[], run: Run): { total: Quantity; parts: { k: number; q: Quantity }[] } | null {
  const total = signedCell(r[run.total]);
  if (!amount(total)) return null;
  const parts: { k: number; q: Quantity }[] = [];
  for (let k = run.from; k <= run.to; k++) {
    const q = signedCell(r[k]);
    if (q && !amount(q)) return null;
    if (q) parts.push({ k, q });
    else if ((r[k] ?? '').trim() && !/^[-—–－/]+$/.test(r[k]!.trim())) return null;
  }
  return parts.length >= 2 ? { total, parts } : null;
}

function fits(rows: string[][], run: Run): boolean {
  let ok = 0;
  let seen = 0;
  let real = 0;
  for (const r of rows) {
    const c = cellsOf(r, run);
    if (!c) continue;
    seen++;
    if (
      judgeSum(
        c.total,
        c.parts.map((p) => p.q),
      ).verdict === 'ok'
    ) {
      ok++;
      if (c.parts.filter((p) => Number(p.q.value) !== 0).length >= 2) real++;
    }
  }
  return ok >= MIN_ROWS && real >= 2 && ok >= seen * 0.75 && seen - ok <= Math.max(2, seen / 4);
}

/** The runs the rows follow: for each total column, the one run of adjacent columns before or after it that fits. */
function fittedRuns(rows: string[][], width: number, names: string[] | null): Run[] {
  const out: Run[] = [];
  const usable = (k: number) => !names || !SKIP_COL.test(names[k] ?? '');
  for (let c = 0; c < width; c++) {
    if (!usable(c)) continue;
    const found: Run[] = [];
    for (let len = 2; len < width; len++) {
      const after = { total: c, from: c + 1, to: c + len };
      const before = { total: c, from: c - len, to: c - 1 };
      for (const run of [after, before]) {
        if (run.from < 0 || run.to >= width) continue;
        let clean = true;
        for (let k = run.from; k <= run.to; k++) if (!usable(k)) clean = false;
        if (clean && fits(rows, run)) found.push(run);
      }
    }
    if (found.length === 1) out.push(found[0]!);
  }
  // a column that is a fitted total is no part of another fitted run (合计 = 甲 + 乙 and 乙 = … nested): keep the outer runs only when disjoint
  return out.filter((a) => !out.some((b) => b !== a && b.from <= a.total && a.total <= b.to));
}

export function fittedTotals(t: DocTable): Relation[] {
  const out: Relation[] = [];
  const data = t.rows.map((r, i) => [r, i] as const).filter(([r]) => r.some(isNum));
  if (data.length < MIN_ROWS || data.length > MAX_ROWS) return out;
  const width = Math.max(0, ...data.map(([r]) => r.length));
  if (width > MAX_WIDTH) return out;
  const names = columnNames(t, data[0]![1]);
  for (const run of fittedRuns(
    data.map(([r]) => r),
    width,
    names,
  )) {
    const col = (k: number) => (names?.[k] ? `“${names[k]}”` : `第${k + 1}列`);
    for (const [r, i] of data) {
      const c = cellsOf(r, run);
      if (!c) continue;
      const label = labelOf(r);
      const parts = c.parts.map((p) => ({ label: `${label}·${names?.[p.k] ?? `第${p.k + 1}列`}`, q: p.q }));
      const why = `${col(run.total)} = ${col(run.from)}至${col(run.to)}之和（${label}行），与表中其他行一致`;
      out.push(sumRel(t, i, c.total, parts, why, `the total column is the sum of the adjacent columns most rows add up (${label})`));
    }
  }
  return out;
}
