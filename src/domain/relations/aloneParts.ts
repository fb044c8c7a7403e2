// A total row with one 其中 row under it (年度资金总额 | 0 | 0 | 0 over 其中：本年财政拨款 | 90 | 89.974 | 89.974):
// one part is not surely the whole, so a part smaller than the total says nothing; but a part can never
// be more than its total — a 其中 row above the row it belongs to is wrong whatever the rows left out.
import { add, cmp } from '../decimal.js';
import { roundingSlack, type Quantity } from '../quantity/index.js';

/** The 其中 row's cell is larger than the total's (beyond the rounding of both), both amounts not below zero. */
export function partOverTotal(t: Quantity | null, p: Quantity | null): boolean {
  if (!t || !p || t.unit === '%' || p.unit === '%' || cmp(t.value, '0') < 0 || cmp(p.value, '0') <= 0) return false;
  return cmp(p.value, add(t.value, add(roundingSlack(t), roundingSlack(p)))) > 0;
}
