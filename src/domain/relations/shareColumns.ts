// A share column without a named base ("决算数 | 占比%", "本年数 | 比重"): each row's share is its amount
// (the one amount column before it) over the 合计 row's amount in that column. Read only when the
// 合计 row's own share is 100 or blank — otherwise the shares are of something else. Shares that name
// their base (占调整预算%) are changeColumns.ts's.
import { cmp, normalize, roundHalfUp, sub, abs } from '../decimal.js';
import { cellNumber } from '../checks/tables.js';
import type { DocTable } from '../checks/document.js';
import type { Quantity } from '../quantity/index.js';
import { decimalsOf, inUnit, judgeRange, ratio } from './compare.js';
import { isNum, labelOf, tableRelation, TOTAL } from './tables.js';
import type { Relation } from './types.js';

const SHARE = /^(?:占比|比重|构成|结构|占合计|占总额|占总计)(?:[%％]|[（(][%％][）)])?$/;
const NOT_AMOUNT = /率|%|％|占|比重|比例|构成|结构|分值|得分|权重|序号|行次|栏次|编码|代码|增减|增长|变动/;

export function totalShares(t: DocTable, out: Relation[]): void {
  if (t.rows.length > 500) return;
  t.rows.forEach((hdr, h) => {
    if (hdr.some(isNum)) return;
    const names = hdr.map((c) => c.replace(/\s/g, ''));
    const pairs: { share: number; amount: number }[] = [];
    // the one amount column since the previous share column (本年数 | 占比 | 上年数 | 占比); two of them
    // (本年数 | 上年数 | 占比) leave the base unknown
    let from = 1;
    names.forEach((c, k) => {
      if (!SHARE.test(c)) return;
      const amounts = names.slice(from, k).flatMap((x, j) => (x && !NOT_AMOUNT.test(x) ? [from + j] : []));
      from = k + 1;
      if (amounts.length === 1) pairs.push({ share: k, amount: amounts[0]! });
    });
    if (!pairs.length) return;
    let end = h + 1;
    while (end < t.rows.length && t.rows[end]!.some(isNum)) end++;
    const totals = [];
    for (let i = h + 1; i < end; i++) if (TOTAL.test(labelOf(t.rows[i]!).replace(/\s/g, ''))) totals.push(i);
    if (totals.length !== 1) return; // no 合计, or subtotals: the base is not known
    const total = t.rows[totals[0]!]!;
    for (const p of pairs) {
      const den = cellNumber(total[p.amount]);
      const own = cellNumber(total[p.share]);
      if (!den || (own && cmp(abs(sub(own.value, '100')), '0.5') > 0)) continue;
      for (let i = h + 1; i < end; i++) {
        if (i === totals[0]) continue;
        const r = t.rows[i]!;
        const s = cellNumber(r[p.share]);
        const a = cellNumber(r[p.amount]);
        const x = s && a && ratio(a, den);
        if (!s || !a || !x) continue;
        const label = labelOf(r);
        const dp = decimalsOf(s.precision);
        out.push(
          tableRelation(
            t,
            i,
            {
              kind: 'rate',
              verdict: judgeRange(s, s.value, x.exact, x.lo, x.hi, false),
              stated: inUnit(s, s.value),
              computed: Number(roundHalfUp(x.exact, Math.max(dp, 2))),
              statedText: `${normalize(s.value)}%`,
              computedText: `${normalize(roundHalfUp(x.exact, dp))}%`,
              reason: `“${hdr[p.share]}”列 = “${label}”÷“${labelOf(total)}”（${hdr[p.amount]}列）`,
              reasonEn: `the share column is the row's amount over the total row's (${label})`,
            },
            [
              { label: `${label}·${hdr[p.amount]}`, q: a },
              { label: `${labelOf(total)}·${hdr[p.amount]}`, q: den as Quantity },
            ],
          ),
        );
      }
    }
  });
}
