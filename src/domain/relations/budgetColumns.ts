// A 预算数 | 决算数 | 增减额 table: each row's 增减额 = 决算数 − 预算数. Year-on-year columns (上年 | 本年)
// are changeColumns.ts's and are left alone here. A difference written without a sign where the
// figures give a negative one may follow the other convention (预算 − 决算, 节约额): unsure, never an error.
// 差额 names no direction and is not read (changeColumns.test.ts keeps 预算数 | 决算数 | 差额 unread).
import { abs, sub } from '../decimal.js';
import type { DocTable } from '../checks/document.js';
import { cellSign } from '../quantity/index.js';
import { halfStepSum, judge } from './compare.js';
import { isNum, labelOf, rel, signedCell as signed } from './tables.js';
import type { Relation } from './types.js';

const BUDGET = /预算/;
const ACTUAL = /决算|执行数|实际|完成数/;
const DIFF = /^(?:增减|增减额|增减数|变动额|增减变动)(?:[（(](?:万元|元)[）)])?$/;
const PRIOR = /上年|上期|同期|去年|(?:19|20)\d\d/;
const NOT_AMOUNT = /率|%|％|占|比重|比例/;

export function budgetDifferences(t: DocTable, out: Relation[]): void {
  if (t.rows.length > 2000) return;
  t.rows.forEach((hdr, h) => {
    if (hdr.some(isNum) || hdr.some((c) => PRIOR.test(c))) return;
    const find = (re: RegExp) => hdr.flatMap((c, k) => (re.test(c.replace(/\s/g, '')) && !NOT_AMOUNT.test(c) ? [k] : []));
    const budgets = find(BUDGET).filter((k) => !ACTUAL.test(hdr[k]!));
    const actuals = find(ACTUAL).filter((k) => !BUDGET.test(hdr[k]!) || /预算执行/.test(hdr[k]!));
    const diffs = find(DIFF);
    if (budgets.length !== 1 || actuals.length !== 1 || diffs.length !== 1) return;
    const [b, a, d] = [budgets[0]!, actuals[0]!, diffs[0]!];
    for (let i = h + 1; i < t.rows.length && t.rows[i]!.some(isNum); i++) {
      const r = t.rows[i]!;
      const [qb, qa, qd] = [signed(r[b]), signed(r[a]), signed(r[d])];
      if (!qb || !qa || !qd || qd.unit === '%') continue;
      const diff = sub(qa.value, qb.value);
      const room = halfStepSum([qa, qb]);
      let verdict = judge(qd, diff, room);
      // written unsigned, the figures negative: maybe 预算 − 决算
      if (verdict === 'error' && !cellSign(r[d]!).negative && judge(qd, abs(diff), room) === 'ok') verdict = 'unsure';
      const label = labelOf(r);
      out.push(
        rel(
          t,
          i,
          'difference',
          verdict,
          qd,
          diff,
          [
            { label: `${label}·${hdr[a]}`, q: qa },
            { label: `${label}·${hdr[b]}`, q: qb },
          ],
          `“${hdr[d]}”列 = “${hdr[a]}” − “${hdr[b]}”（${label}行）`,
          `the difference column is the actual less the budget (${label})`,
        ),
      );
    }
  });
}
