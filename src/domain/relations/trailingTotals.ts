// Items first, their 合计 last, each with a sub-amount in brackets:
//   一标段投资a（其中设备a1），二标段投资b（其中设备b1），合计投资t（其中设备t1）
// t is the sum of the items before it that measure what it measures (their names end as its name
// does), and t1 the sum of the bracketed sub-amounts of one name.
import { judgeSum } from './compare.js';
import { add, type Ctx } from './context.js';
import { cleanLabel, compatible, type Figure } from './figures.js';

const TOTAL_LEAD = /^[）)]?[，,；]?(?:以上)?(?:合计|共计|总计)/;

const tailOf = (label: string): string => cleanLabel(label).slice(-2);

/** The bracketed 其中 figure right after a figure (same sentence, one level deeper). */
function subOf(fs: Figure[], i: number): Figure | null {
  const f = fs[i]!;
  const s = fs[i + 1];
  return s && s.depth === f.depth + 1 && /^[（(]其中/.test(s.lead) && s.q.kind === f.q.kind ? s : null;
}

function check(ctx: Ctx, total: Figure, parts: Figure[], what: string): void {
  if ([total, ...parts].some((x) => x.q.qualifier !== 'exact')) return;
  let { verdict, computed } = judgeSum(
    total.q,
    parts.map((x) => x.q),
  );
  // the first item may be the whole (总投资t，一标段a，二标段b，合计t): then the rest add up
  if (verdict !== 'ok' && parts.length >= 3) {
    const rest = judgeSum(
      total.q,
      parts.slice(1).map((x) => x.q),
    );
    if (rest.verdict === 'ok') return;
  }
  add(ctx, {
    kind: 'sum',
    verdict,
    stated: total,
    computed,
    computedAs: parts[0],
    parts,
    reason: `“合计”在所列各项之后：${what}之和应等于合计`,
    reasonEn: `a 合计 after the items: the ${what === '各项' ? 'items' : 'bracketed sub-amounts'} add up to it`,
  });
}

export function findTrailingTotals(ctx: Ctx): void {
  for (const sentences of ctx.bySentence)
    for (const fs of sentences) {
      const top = fs.filter((f) => f.depth === 0);
      for (let t = 2; t < top.length; t++) {
        const total = top[t]!;
        if (total.role !== 'level' || total.q.kind !== 'money' || !TOTAL_LEAD.test(total.lead)) continue;
        const tail = tailOf(total.label);
        if (tail.length < 2) continue;
        const items: Figure[] = [];
        for (let k = t - 1; k >= 0; k--) {
          const f = top[k]!;
          if (f.role !== 'level' || !compatible(f, total) || tailOf(f.label) !== tail || TOTAL_LEAD.test(f.lead)) break;
          items.unshift(f);
        }
        if (items.length < 2) continue;
        check(ctx, total, items, '各项');
        // the bracketed sub-amounts: every item and the total carry one of the same name
        const subs = items.map((f) => subOf(fs, fs.indexOf(f)));
        const subTotal = subOf(fs, fs.indexOf(total));
        if (!subTotal || subs.some((s) => !s || s.label !== subTotal.label)) continue;
        check(ctx, subTotal, subs as Figure[], `括号内的${subTotal.label}`);
      }
    }
}
