// A group row over the rows right below it, with no 其中 or code to say so (行政管理支出 ⏎ 人事费 ⏎ 业务费 ⏎
// 维护费, then 教学支出 ⏎ 人事费 …): the rows of a table with several amount columns (years, stages) nest
// without a word. The nesting is learned from the figures, as fittedTotals.ts learns a total column: the
// run of rows that adds up to the row exactly in at least two amount columns (each with two nonzero parts)
// and fails in at most one. Only then does the failing column assert an error — two exact sums of many
// digits do not meet by chance.
import { cmp } from '../decimal.js';
import type { DocTable } from '../checks/document.js';
import type { Quantity } from '../quantity/index.js';
import { judgeSum } from './compare.js';
import { columnNames } from './tableHeader.js';
import { labelOf, signedCell, sumRel, SKIP_COL, TOTAL } from './tables.js';
import type { Relation } from './types.js';

const MAX_RUN = 15;
const MAX_ROWS = 300;
const PART_FIRST = /^其中[:：]?/;

const amount = (q: Quantity | null): q is Quantity => !!q && q.unit !== '%' && q.unit !== '％' && q.unit !== '分';

interface Fit {
  from: number;
  to: number; // inclusive, indexes into the data rows
  holds: number;
  fails: number;
}

export function fittedRows(t: DocTable): Relation[] {
  const out: Relation[] = [];
  const data = t.rows.map((r, i) => [r, i] as const).filter(([r]) => labelOf(r) && r.filter((c) => amount(signedCell(c))).length >= 2);
  if (data.length < 3 || data.length > MAX_ROWS) return out;
  const width = Math.max(0, ...data.map(([r]) => r.length));
  const names = columnNames(t, data[0]![1]);
  // amount columns: most data rows hold an amount there, and the header does not name a rate or a score
  const cols: number[] = [];
  for (let k = 0; k < width; k++) {
    if (names && SKIP_COL.test(names[k] ?? '')) continue;
    const n = data.filter(([r]) => amount(signedCell(r[k]))).length;
    if (n >= data.length * 0.8) cols.push(k);
  }
  if (cols.length < 2) return out;
  const cell = (d: number, k: number) => signedCell(data[d]![0][k]);
  const found: { d: number; fit: Fit }[] = [];
  const fitOf = (d: number, to: number): Fit | null => {
    let holds = 0;
    let fails = 0;
    for (const k of cols) {
      const total = cell(d, k);
      const parts: Quantity[] = [];
      for (let e = d + 1; e <= to; e++) {
        const q = cell(e, k);
        if (!amount(q)) return null;
        parts.push(q);
      }
      if (!amount(total)) return null;
      const v = judgeSum(total, parts).verdict;
      if (v === 'ok' && cmp(total.value, '0') !== 0 && parts.filter((q) => cmp(q.value, '0') !== 0).length >= 2) holds++;
      else if (v !== 'ok') fails++;
    }
    return { from: d + 1, to, holds, fails };
  };
  for (let d = 0; d < data.length - 2; d++) {
    const label = labelOf(data[d]![0]).replace(/\s/g, '');
    // (a row named as a total — 合计, 税收小计 — is read by the rules of totals)
    if (TOTAL.test(label) || PART_FIRST.test(label) || /[合小总]计/.test(label)) continue;
    // rows of one table only: a run does not reach over a header or a text line between the rows
    const fits: Fit[] = [];
    for (let to = d + 2; to < data.length && to <= d + MAX_RUN; to++) {
      // (rows after 其中 are read by the rules of 其中 rows: a subset unless the lexicon completes it)
      if (data[to]![1] - data[to - 1]![1] > 1 || PART_FIRST.test(labelOf(data[to]![0]).replace(/\s/g, ''))) break;
      if (to === d + 2 && PART_FIRST.test(labelOf(data[d + 1]![0]).replace(/\s/g, ''))) break;
      const f = fitOf(d, to);
      if (f && f.holds >= 2 && f.fails <= 1 && f.holds + f.fails === cols.length) fits.push(f);
    }
    // one run, or several that differ only by rows of zeros (the shortest is read)
    if (!fits.length || data[d + 1]![1] - data[d]![1] > 1) continue;
    const best = fits[0]!;
    if (fits.some((f) => f.fails !== best.fails || f.holds !== best.holds)) continue;
    found.push({ d, fit: best });
  }
  // 县级 100 = 甲县 50 + 乙县 30 + 丙县 20, and 甲县 50 = 乙县 + 丙县 by chance: a row summed as a sibling of the
  // rows below it, by a longer run that holds too, is not their whole
  const kept = found.filter(({ d, fit }) => !found.some((g) => g.fit.from <= d && fit.to <= g.fit.to && g.d !== d));
  for (const { d, fit: best } of kept) {
    const [r, i] = data[d]!;
    for (const k of cols) {
      const parts = [];
      for (let e = best.from; e <= best.to; e++) parts.push({ label: `${labelOf(data[e]![0])}·${names?.[k] ?? `第${k + 1}列`}`, q: cell(e, k)! });
      const why = `“${labelOf(r)}”行 = 其下${best.to - best.from + 1}行之和（其他金额列均如此相加）`;
      out.push(sumRel(t, i, cell(d, k)!, parts, why, `the row is the sum of the ${best.to - best.from + 1} rows below it, as its other amount columns add up`));
    }
  }
  return out;
}
