// The column names of a table's data rows, read from the header rows above them. A header of two
// rows with merged cells arrives shorter than the data ("项目 | 2016年 | 2017年 | 增减" over "增减值 |
// 增减%"): the cells of the top row that span the bottom row's names are found from the widths,
// or the names are unknown (null) — never guessed.
import { cellNumber } from '../checks/tables.js';
import type { DocTable } from '../checks/document.js';

const isNum = (c: string | undefined) => cellNumber(c) !== null;
const clean = (r: string[]) => r.map((c) => c.replace(/\s/g, ''));
/** A top-row cell that names one column, not a group: a year, a rate, a share, a remark. */
const LEAF = /^(?:19|20)\d\d年(?:度)?$|[%％]$|率$|比重$|比例$|^备注$|^序号$/;

function trimmed(r: string[]): string[] {
  let n = r.length;
  while (n && !r[n - 1]!.trim()) n--;
  return clean(r.slice(0, n));
}

const AMOUNT = /^(?:金额|数额|决算数|执行数|预算数|完成数|实际数|本年数|合计)$/;
const RATIO = /[%％]$|率$|比重$|比例$/;
const core = (x: string) => x.replace(/^(?:19|20)\d\d年度?/, '').replace(/数$/, '');
const sameWords = (x: string, y: string) => x.length >= 2 && (x.includes(y) || y.includes(x) || [...x].sort().join('') === [...y].sort().join(''));

/**
 * One group over "金额 | 占调整预算% | 比上年增长%" (an amount and its ratios): the group is the one top cell the
 * ratios do not name — 占调整预算% names 预算调整数, 比上年增长% names the earliest year. Not exactly one: unknown.
 */
function groupOfMeasures(a: string[], b: string[], candidates: boolean[]): boolean[] {
  if (!AMOUNT.test(b[0]!) || b.length < 2 || !b.slice(1).every((x) => RATIO.test(x))) return candidates;
  const years = a.map((x) => Number(/^((?:19|20)\d\d)年/.exec(x)?.[1] ?? NaN));
  const earliest = Math.min(...years.filter((y) => !Number.isNaN(y)));
  const named = (x: string, k: number) =>
    b.slice(1).some((r) => {
      const target = r.replace(/^占|^比|[%％]$|增长|增减|比重$|比例$|率$/g, '');
      return (/上年/.test(r) && years[k] === earliest && years.filter((y) => y === earliest).length === 1) || sameWords(core(x), target);
    });
  const left = candidates.map((c, k) => c && !named(a[k]!, k));
  return left.filter(Boolean).length === 1 ? left : candidates;
}

/** A top cell naming one amount column of a period (上年决算数, 本年预算数) is no group. */
const AMOUNT_LEAF = /^(?:上年|本年|当年|上期|本期|(?:19|20)\d\d年度?)[\u4e00-\u9fff]{0,6}(?:数|额|金额)$/;

/** The candidates left when the period amounts are taken out, if exactly `groups` are (比上年增、减情况 over 增、减金额 | 增、减幅度). */
function withoutAmountLeaves(a: string[], candidates: boolean[], groups: number): boolean[] {
  const left = candidates.map((c, k) => c && !AMOUNT_LEAF.test(a[k]!));
  return left.filter(Boolean).length === groups ? left : candidates;
}

/** Two header rows → one name per column (group·name), or null when the spans cannot be told. */
function merge(top: string[], bottom: string[], width: number): string[] | null {
  const [a, b] = [trimmed(top), trimmed(bottom)];
  if (a.length === width && b.length === width) return a.map((x, k) => (x === b[k] || !b[k] ? x : x ? `${x}·${b[k]}` : b[k]!));
  const groups = a.length + b.length - width;
  if (groups < 1 || b.length === 0 || a.some((x) => !x)) return null;
  let candidates = a.map((x, k) => k > 0 && !LEAF.test(x));
  if (candidates.filter(Boolean).length !== groups && groups === 1) candidates = groupOfMeasures(a, b, candidates);
  if (candidates.filter(Boolean).length !== groups) candidates = withoutAmountLeaves(a, candidates, groups);
  if (candidates.filter(Boolean).length !== groups || b.length % groups !== 0) return null;
  const span = b.length / groups;
  // two or more groups over the same names, repeated (当月 | 累计 under 收入 and under 支出)
  if (groups > 1 && b.some((x, k) => x !== b[k % span])) return null;
  const names: string[] = [];
  let c = 0;
  a.forEach((x, k) => {
    if (!candidates[k]) names.push(x);
    else for (let s = 0; s < span; s++) names.push(`${x}·${b[c++]}`);
  });
  return names.length === width ? names : null;
}

const cache = new WeakMap<DocTable, Map<number, string[] | null>>();

/** Names of the columns of data row `i` (resolved once per header block), or null. */
export function columnNames(t: DocTable, i: number): string[] | null {
  let m = cache.get(t);
  if (!m) cache.set(t, (m = new Map()));
  let h = i - 1;
  // a data row left blank (资源税 | | |) is no header: a header names two columns or more
  while (h >= 0 && (t.rows[h]!.some(isNum) || t.rows[h]!.filter((c) => c.trim()).length < 2)) h--;
  if (h < 0) return null;
  if (m.has(h)) return m.get(h)!;
  let top = h;
  while (top > 0 && top > h - 2 && !t.rows[top - 1]!.some(isNum) && t.rows[top - 1]!.filter((c) => c.trim()).length >= 2) top--;
  // the width of the block's data rows: the commonest length below the header
  const widths = new Map<number, number>();
  for (let j = h + 1; j < t.rows.length && j <= h + 200 && t.rows[j]!.some(isNum); j++) widths.set(t.rows[j]!.length, (widths.get(t.rows[j]!.length) ?? 0) + 1);
  const width = [...widths].sort((x, y) => y[1] - x[1] || y[0] - x[0])[0]?.[0] ?? 0;
  let names: string[] | null = null;
  if (h === top) {
    const r = t.rows[h]!;
    names = r.length === width || trimmed(r).length === width ? clean(r).slice(0, width) : null;
  } else names = merge(t.rows[h - 1]!, t.rows[h]!, width);
  m.set(h, names);
  return names;
}
