// A table of regions opened by their whole (全省 | 89 | 9820.00 | … then one row per city): each amount column
// of the whole is the sum of the rows below. The label alone does not promise a complete list (a table may
// show some cities only), so a column is judged only when at least two other columns of the row add up.
import { sum } from '../decimal.js';
import { halfStep } from '../quantity/index.js';
import type { DocTable } from '../checks/document.js';
import { judge } from './compare.js';
import { relation, signed } from './changeColumns.js';
import type { Quantity } from '../quantity/index.js';
import type { Relation } from './types.js';

const WHOLE = /^全(?:省|市|县|区|州|盟|旗|国)$/;
const amount = (q: Quantity | null): q is Quantity => !!q && q.unit !== '%' && q.unit !== '％';
const labelOf = (r: string[]) => (r[0] ?? '').replace(/\s/g, '');

export function regionTotals(t: DocTable): Relation[] {
  const at = t.rows.findIndex((r) => WHOLE.test(labelOf(r)));
  if (at < 0) return [];
  const whole = t.rows[at]!;
  const below: string[][] = [];
  for (let j = at + 1; j < t.rows.length && /[\u4e00-\u9fff]/.test(labelOf(t.rows[j]!)) && t.rows[j]!.slice(1).some((c) => signed(c)); j++)
    below.push(t.rows[j]!);
  if (below.length < 2) return [];
  const judged = whole.flatMap((c, k) => {
    const total = signed(c);
    const parts = below.map((r) => signed(r[k]));
    if (k === 0 || !amount(total) || !parts.every(amount)) return [];
    const qs = parts as Quantity[];
    const computed = sum(qs.map((q) => q.value));
    return [{ k, total, qs, computed, verdict: judge(total, computed, sum(qs.map((q) => halfStep(q)))) }];
  });
  if (judged.filter((x) => x.verdict === 'ok').length < 2 || judged.filter((x) => x.verdict !== 'ok').length > 1) return [];
  return judged.map((x) =>
    relation(
      t,
      at,
      'sum',
      x.verdict,
      x.total,
      x.computed,
      below.map((r, n) => ({ label: labelOf(r), q: x.qs[n]! })),
      `“${labelOf(whole)}”行第${x.k + 1}列 = 其下各地区之和（该行其他列相符）`,
      'the whole region’s row is the sum of the regions below it, as its other columns are',
    ),
  );
}
