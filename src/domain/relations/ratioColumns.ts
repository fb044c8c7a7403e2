// A percent column right after an amount column (下达数 | 下达比例, 拨付数 | 拨付比例, 完成数 | 完成比例):
// each row's rate is that amount over an earlier amount of the same row. No header is needed (flattened
// headers come broken across lines): the denominator column is the one for which most rows hold, and only
// then does a row that does not hold assert a wrong rate. A change rate or an unrelated % never fits.
import type { DocTable } from '../checks/document.js';
import { judgeRange, judgeSum, ratio } from './compare.js';
import { cellRate, relation, signed } from './changeColumns.js';
import { sub } from '../decimal.js';
import { labelOf, sumRel } from './tables.js';
import type { Quantity } from '../quantity/index.js';
import type { Relation } from './types.js';

const isPct = (q: Quantity | null): q is Quantity => !!q && (q.unit === '%' || q.unit === '％');
const isAmount = (q: Quantity | null): q is Quantity => !!q && !isPct(q);
const MIN_ROWS = 3;

function holds(r: string[], share: number, den: number): boolean | null {
  const s = signed(r[share]);
  const a = signed(r[share - 1]);
  const d = signed(r[den]);
  if (!isPct(s) || !isAmount(a) || !isAmount(d)) return null;
  const x = ratio(a, d);
  return x ? judgeRange(s, s.value, x.exact, x.lo, x.hi, false) !== 'error' : null;
}

/** Columns (share, denominator) that most rows of the table follow, each share column with one denominator. */
function fittedColumns(t: DocTable): { share: number; den: number }[] {
  const width = Math.max(0, ...t.rows.map((r) => r.length));
  const out: { share: number; den: number }[] = [];
  for (let share = 2; share < width; share++) {
    const fits: number[] = [];
    for (let den = 0; den < share - 1; den++) {
      const seen = t.rows.map((r) => holds(r, share, den)).filter((v) => v !== null);
      const ok = seen.filter((v) => v).length;
      if (ok >= MIN_ROWS && ok >= seen.length * 0.75 && seen.length - ok <= Math.max(2, seen.length / 4)) fits.push(den);
    }
    if (fits.length === 1) out.push({ share, den: fits[0]! });
  }
  return out;
}

export function ratioColumns(t: DocTable): Relation[] {
  const out: Relation[] = [];
  for (const { share, den } of fittedColumns(t)) {
    t.rows.forEach((r, i) => {
      const s = signed(r[share]);
      const a = signed(r[share - 1]);
      const d = signed(r[den]);
      if (!isPct(s) || !isAmount(a) || !isAmount(d)) return;
      const label = (r.find((c) => /[\u4e00-\u9fff]/.test(c)) ?? '').trim();
      const parts = [
        { label: `${label}·第${share}列`, q: a },
        { label: `${label}·第${den + 1}列`, q: d },
      ];
      const why = `比例列（第${share + 1}列）= 第${share}列 ÷ 第${den + 1}列（${label}行），与表中其他行一致`;
      const x = cellRate(t, i, s, parts, why, `the rate column is the amount before it over the column most rows divide by (${label})`);
      if (x) out.push(x.rel);
    });
  }
  return out;
}

// Rows of one shape (a label, then the same cells written, the same ones percentages), taken from a run of
// consecutive rows: a percent column whose header is lost or misplaced is learned from the rows alone — a
// ratio a ÷ b or a growth a ÷ b − 1 of two amount columns of the row. The formula must hold (to the written
// rounding) on every row that can compute it but at most one, on at least 3, and be the only one that does;
// the one row that breaks it is then wrong whatever the header said (a lost cell gives a row another shape).
const MAX_AMOUNTS = 10;
const RUN_ROWS = 500;

interface Formula {
  pct: number;
  a: number;
  b: number;
  growth: boolean;
}

const shapeOf = (r: string[]) =>
  r.map((c) => {
    const q = signed(c);
    return q ? (isPct(q) ? 'p' : 'a') : (c ?? '').trim() ? 't' : '';
  });

/** Maximal runs of consecutive rows with numbers that share one shape. */
function shapeRuns(t: DocTable): number[][] {
  const runs: number[][] = [];
  let key = '';
  t.rows.forEach((r, i) => {
    const shape = shapeOf(r);
    const k = shape.join(',');
    if (!shape.includes('a') || !shape.includes('p')) {
      key = '';
      return;
    }
    if (k === key) runs[runs.length - 1]!.push(i);
    else runs.push([i]);
    key = k;
  });
  return runs.filter((x) => x.length >= MIN_ROWS && x.length <= RUN_ROWS);
}

/** The rate the formula gives for row r, or null where it cannot be computed (a zero or a blank). */
function computed(r: (Quantity | null)[], f: Formula): { s: Quantity; a: Quantity; b: Quantity; exact: string; lo: string; hi: string } | null {
  const [s, a, b] = [r[f.pct] ?? null, r[f.a] ?? null, r[f.b] ?? null];
  if (!isPct(s) || !isAmount(a) || !isAmount(b) || Number(a.value) === 0 || Number(b.value) === 0) return null;
  const x = ratio(a, b);
  if (!x) return null;
  const shift = (v: string) => (f.growth ? sub(v, '100') : v);
  return { s, a, b, exact: shift(x.exact), lo: shift(x.lo), hi: shift(x.hi) };
}

const verdictOf = (c: NonNullable<ReturnType<typeof computed>>) => judgeRange(c.s, c.s.value, c.exact, c.lo, c.hi, false);

/** Whether the formula holds on every computable row of the run but at most one (which must be an error), on ≥ 3. */
function fitsRun(cells: (Quantity | null)[][], f: Formula): boolean {
  let ok = 0;
  let off = 0;
  for (const r of cells) {
    const c = computed(r, f);
    if (!c) continue;
    const v = verdictOf(c);
    if (v === 'ok') ok++;
    else if (v !== 'error' || ++off > 1) return false;
  }
  return ok >= MIN_ROWS;
}

/** What rows of one shape teach: their percent columns and their 合计 / 小计 rows (the runs found once). */
export function rowRelations(t: DocTable): Relation[] {
  const runs = shapeRuns(t);
  return runs.length ? [...rowFormulas(t, runs), ...rowTotals(t, runs)] : [];
}

/** Relations of the percent columns learned from rows of one shape: kept even when the table was not read in full. */
function rowFormulas(t: DocTable, runs: number[][]): Relation[] {
  const out: Relation[] = [];
  for (const run of runs) {
    const shape = shapeOf(t.rows[run[0]!]!);
    const amounts = shape.flatMap((s, k) => (s === 'a' ? [k] : []));
    if (amounts.length < 2 || amounts.length > MAX_AMOUNTS) continue;
    // each cell read once: every candidate formula goes over the same rows
    const cells = run.map((i) => t.rows[i]!.map((c) => signed(c)));
    shape.forEach((s, pct) => {
      if (s !== 'p') return;
      const found: Formula[] = [];
      for (const a of amounts)
        for (const b of amounts) {
          if (a === b) continue;
          for (const growth of [false, true]) {
            const f = { pct, a, b, growth };
            if (fitsRun(cells, f)) found.push(f);
          }
        }
      if (found.length !== 1) return;
      const f = found[0]!;
      for (const [n, i] of run.entries()) {
        const r = t.rows[i]!;
        const c = computed(cells[n]!, f);
        if (!c) continue;
        const label = labelOf(r);
        const parts = [
          { label: `${label}·第${f.a + 1}列`, q: c.a },
          { label: `${label}·第${f.b + 1}列`, q: c.b },
        ];
        const formula = `第${f.a + 1}列 ÷ 第${f.b + 1}列${f.growth ? ' − 1' : ''}`;
        const why = `百分比列（第${f.pct + 1}列）= ${formula}（${label}行：${r[f.a]!.trim()}、${r[f.b]!.trim()}），表中同形各行均如此`;
        const en = `the percent column is ${f.growth ? 'the growth of' : 'the ratio of'} two amount columns, as every other row of the same shape (${label})`;
        out.push(relation(t, i, f.growth ? 'yoy' : 'rate', verdictOf(c), c.s, c.exact, parts, why, en));
      }
    });
  }
  return out;
}

const SUBTOTAL = /(?:合计|小计|总计)$/;
const labelWords = (r: string[]) => labelOf(r).replace(/\s/g, '');

/**
 * A 合计 / 小计 row of a run of one shape over the rows below it (up to the next such row or the run's end;
 * over the rows above when it closes the run): learned like the percent columns — the sum holds in every
 * amount column but at most one, in at least two — and then the one that does not hold is an error. A
 * 其中 row among the parts (a part of the row above) or a part with a zero-only row leaves it unread.
 */
function rowTotals(t: DocTable, runs: number[][]): Relation[] {
  const out: Relation[] = [];
  for (const run of runs) {
    const shape = shapeOf(t.rows[run[0]!]!);
    const amounts = shape.flatMap((s, k) => (s === 'a' ? [k] : []));
    if (amounts.length < 3 || amounts.length > MAX_AMOUNTS) continue;
    run.forEach((i, at) => {
      if (!SUBTOTAL.test(labelWords(t.rows[i]!))) return;
      let parts: number[] = [];
      for (let j = at + 1; j < run.length && !SUBTOTAL.test(labelWords(t.rows[run[j]!]!)); j++) parts.push(run[j]!);
      if (!parts.length && at === run.length - 1) {
        for (let j = at - 1; j >= 0 && !SUBTOTAL.test(labelWords(t.rows[run[j]!]!)); j--) parts.unshift(run[j]!);
      }
      if (parts.length < 2 || parts.some((j) => labelWords(t.rows[j]!).startsWith('其中'))) return;
      const sums = amounts.map((k) => {
        const total = signed(t.rows[i]![k])!;
        const qs = parts.map((j) => signed(t.rows[j]![k])!);
        return { k, total, qs, verdict: judgeSum(total, qs).verdict, real: qs.filter((q) => Number(q.value) !== 0).length >= 2 };
      });
      const ok = sums.filter((s) => s.verdict === 'ok' && s.real).length;
      const off = sums.filter((s) => s.verdict !== 'ok');
      if (ok < 2 || off.length > 1 || off.some((s) => s.verdict !== 'error')) return;
      const label = labelOf(t.rows[i]!);
      for (const s of sums) {
        const named = s.qs.map((q, n) => ({ label: `${labelOf(t.rows[parts[n]!]!)}·第${s.k + 1}列`, q }));
        const why = `${label}（第${s.k + 1}列）= 其下${parts.length}行之和，表中其他金额列均如此`;
        out.push(sumRel(t, i, s.total, named, why, `the ${label} row is the sum of the rows under it, as in every other amount column`));
      }
    });
  }
  return out;
}
