// A rate column the header names (完成率, 执行率, 完成调整预算%, 决算数为预算数的%): each row's rate is the
// done column over the planned column. The roles come from the header words alone — one done column
// (决算 / 执行 / 实际 / 完成数), and the plan the rate names (年初 or 调整/全年) or the only plan column —
// never fitted from the figures (ratioColumns.ts does that for unnamed ones). Score forms (分值 | 执行率 |
// 得分) are read by checks/tables.ts; prior-year columns are neither side.
import type { DocTable } from '../checks/document.js';
import type { Quantity } from '../quantity/index.js';
import { cellRate, signed } from './changeColumns.js';
import { columnNames } from './tableHeader.js';
import { isNum, labelOf } from './tables.js';
import type { Relation } from './types.js';

const RATE =
  /完成率|执行率|(?:完成|为|达)(?:年初|调整后?|全年|变动后)?(?:预算|计划)(?:数)?的?(?:[%％]|比例|百分比)|(?:决算|执行|完成)数?(?:为|占)(?:年初|调整后?|全年|变动后)?(?:预算|计划)数?的?(?:[%％]|比例|百分比)|预算完成(?:[%％]|比例)/;
const DONE = /决算|执行数|执行金额|实际(?:支出|完成|执行)?(?:数|额|金额)?$|完成数|完成额|^本年完成$/;
const PLAN = /预算|计划/;
const NOT_AMOUNT = /率|[%％]|占|比重|比例|增|减|差|分值|得分/;
const PRIOR = /上年|上期|同期|去年/;
const INITIAL = /年初/;
const ADJUSTED = /调整|全年|变动后/;
const SCORES = /分值|得分|权重/;

interface Roles {
  rate: number;
  done: number;
  plan: number;
}

/** The rate columns of a header and the two columns each divides, or none where a role is not one column. */
export function rateRoles(hdr: string[]): Roles[] {
  const hs = hdr.map((c) => c.replace(/\s/g, ''));
  if (hs.some((h) => SCORES.test(h))) return [];
  const amount = (k: number) => !NOT_AMOUNT.test(hs[k]!) && !PRIOR.test(hs[k]!);
  const done = hs.flatMap((h, k) => (amount(k) && DONE.test(h) && !/预算数?$/.test(h) ? [k] : []));
  const plans = hs.flatMap((h, k) => (amount(k) && PLAN.test(h) && !DONE.test(h) ? [k] : []));
  const out: Roles[] = [];
  hs.forEach((h, rate) => {
    if (!RATE.test(h) || /增|减|占.*比重/.test(h) || PRIOR.test(h)) return;
    // the plan the rate names: 年初 or 调整/全年; else the one plan column
    const named = INITIAL.test(h) ? plans.filter((k) => INITIAL.test(hs[k]!)) : ADJUSTED.test(h) ? plans.filter((k) => ADJUSTED.test(hs[k]!)) : plans;
    if (done.length !== 1 || named.length !== 1) return;
    out.push({ rate, done: done[0]!, plan: named[0]! });
  });
  return out;
}

/** A rate cell: written with % or under a header that says %. */
export function rateCell(cell: string | undefined, header: string): Quantity | null {
  const q = signed(cell);
  if (!q) return null;
  if (q.unit === '%' || q.unit === '％') return q;
  return !q.unit && /[%％]/.test(header) ? { ...q, unit: '%', kind: 'percent' } : null;
}

export function rateColumns(t: DocTable): Relation[] {
  const out: Relation[] = [];
  if (t.rows.length > 2000) return out;
  t.rows.forEach((hdr, h) => {
    if (hdr.some(isNum)) return;
    const next = t.rows[h + 1];
    const names = next && next.some(isNum) ? (columnNames(t, h + 1) ?? hdr) : hdr;
    for (const { rate, done, plan } of rateRoles(names)) {
      for (let i = h + 1; i < t.rows.length && t.rows[i]!.some(isNum); i++) {
        const r = t.rows[i]!;
        const s = rateCell(r[rate], names[rate]!);
        const a = signed(r[done]);
        const d = signed(r[plan]);
        if (!s || !a || !d || a.unit === '%' || d.unit === '%') continue;
        const label = labelOf(r);
        const why = `“${names[rate]}”列 = “${names[done]}” ÷ “${names[plan]}”（${label}行）`;
        const parts = [
          { label: `${label}·${names[done]}`, q: a },
          { label: `${label}·${names[plan]}`, q: d },
        ];
        const x = cellRate(t, i, s, parts, why, `the rate column is the done column over the planned one (${label})`);
        if (x) out.push(x.rel);
      }
    }
  });
  return out;
}
