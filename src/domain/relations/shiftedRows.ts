// A row copied from a page whose empty cells were dropped: its figures slide left, a percent landing
// in an amount column (财政补贴收入 | 0.00 | 100.00% | … under 预算数 | 调整后预算数 | …). Its cells
// cannot be placed in their columns, so it counts like a short row.
import type { DocTable } from '../checks/document.js';
import { signedCell } from './tables.js';

const PERCENT = /[%％]\s*$/;

/** Rows holding a percent cell in a column where at least two other rows hold amounts and no other row a percent. */
export function shiftedRows(t: DocTable): Set<number> {
  const width = Math.max(0, ...t.rows.map((r) => r.length));
  const amounts = new Array<number>(width).fill(0);
  const percents = new Array<number>(width).fill(0);
  for (const r of t.rows)
    r.forEach((c, k) => {
      if (k === 0 || !signedCell(c)) return;
      if (PERCENT.test(c)) percents[k]!++;
      else amounts[k]!++;
    });
  const out = new Set<number>();
  t.rows.forEach((r, i) => {
    // one stray percent in a column of amounts: the row's cells slid (a second such row counts too)
    if (r.some((c, k) => k > 0 && PERCENT.test(c) && !!signedCell(c) && amounts[k]! >= 2 && amounts[k]! > 2 * percents[k]!)) out.add(i);
  });
  return out;
}
