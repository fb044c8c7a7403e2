// 其中：甲a，占W的p%；乙b，占W的q%: a whole found by its name that is smaller than one item (a share of it
// above 100%, where the text states at most 100%) is left unsure — the name may have been bound to the wrong
// figure. When another item of the same list states its share of the very same name and that share holds
// against the same figure (a nil item confirms nothing), the binding is confirmed by the text: the item, not the whole, is wrong.
import { cmp } from '../decimal.js';
import { judgeRange, ratio, type Verdict } from './compare.js';
import { add, type Ctx } from './context.js';
import type { Figure } from './figures.js';

export interface NamedShare {
  s: Figure;
  num: Figure;
  den: Figure;
  name: string;
  verdict: Verdict;
  /** The share left unsure because the whole is smaller than the part. */
  doubtful: boolean;
  /** Its index in ctx.relations. */
  index: number;
  reason: string;
  reasonEn: string;
}

export function confirmWholes(ctx: Ctx, shares: NamedShare[]): void {
  for (const d of shares) {
    if (!d.doubtful || d.num.q.qualifier !== 'exact' || d.den.q.qualifier !== 'exact' || d.den.label !== d.name) continue;
    const sibling = shares.find(
      (x) =>
        x !== d &&
        !x.doubtful &&
        x.den === d.den &&
        x.name === d.name &&
        x.s.para === d.s.para &&
        cmp(x.num.q.value, '0') > 0 &&
        (x.verdict === 'ok' || x.verdict === 'rounding'),
    );
    const r = sibling ? ratio(d.num.q, d.den.q) : null;
    if (!sibling || !r) continue;
    const at = ctx.relations.length;
    add(ctx, {
      kind: 'share',
      verdict: judgeRange(d.s.q, d.s.q.value, r.exact, r.lo, r.hi),
      stated: d.s,
      computed: r.exact,
      parts: [d.num, d.den],
      reason: `${d.reason}；同列“${sibling.num.label}”占${d.name}的比重与此数相符`,
      reasonEn: `${d.reasonEn}; the share of “${sibling.num.label}” in the same list holds against this figure`,
      sure: true,
    });
    ctx.relations[d.index] = ctx.relations[at]!;
    ctx.relations.length = at;
  }
}
