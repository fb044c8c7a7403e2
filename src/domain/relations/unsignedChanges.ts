// A change column (增减 / 差额 / 变动) printed without any sign: each cell may be a rise or a fall, so its 合计
// cannot be judged when some reading of the signs makes it hold — unsure, never an error. A column with a
// signed cell (−2.00, +3.50) says its unsigned cells are rises, and is judged as written.
import { sub } from '../decimal.js';
import { cellSign, type Quantity } from '../quantity/index.js';
import { judgeSum } from './compare.js';

/** Said after the reason of a total left unsure so (the relation is marked `signsUntold`: tableSlips.ts reads no typo into it). */
export const SIGNS_UNTOLD = { zh: '增减列未写正负号，其中或有减少项', en: 'the change column prints no signs; some parts may be falls' };

export const CHANGE_HEAD = /增减|差额|变动|增加额|减少额|增长额|节约额|超支额/;
/** Signs of at most this many parts are tried (2^12 readings); a longer column is judged as written. */
const MAX_PARTS = 12;

const neg = (q: Quantity): Quantity => ({ ...q, value: sub('0', q.value) });

/** True when the column is a change column without signs and some signs make Σ parts = total. */
export function signsUntold(head: string, cells: (string | undefined)[], total: Quantity, parts: Quantity[]): boolean {
  if (!CHANGE_HEAD.test(head.replace(/\s/g, '')) || parts.length > MAX_PARTS) return false;
  if (cells.some((c) => c !== undefined && cellSign(c).marked)) return false;
  for (const t of [total, neg(total)])
    for (let mask = 0; mask < 1 << parts.length; mask++) {
      if (t === total && mask === 0) continue; // as written: already judged
      if (
        judgeSum(
          t,
          parts.map((q, i) => (mask & (1 << i) ? neg(q) : q)),
        ).verdict === 'ok'
      )
        return true;
    }
  return false;
}
