// 项目支出B，占支出总预算的q%。其中：（一）甲类支出a，占支出总预算p% …: when a listed item and the total
// it would be bound to each state their share of one same whole, and the item's share is the larger, the
// text itself says the item exceeds that total — the item is not a part of it (a list of the whole's classes
// after one of its parts), so no 其中 group is formed there.
import { cmp } from '../decimal.js';
import type { Ctx } from './context.js';
import { cleanLabel, type Figure } from './figures.js';

/** The share a figure states of a named whole right after it (A，占W的p%): the whole's name and p. */
export function ownShare(ctx: Ctx, f: Figure): { whole: string; value: string } | null {
  const s = ctx.figs[f.id + 1];
  if (!s || s.para !== f.para || s.sentence !== f.sentence || s.q.unit !== '%' || s.role !== 'share') return null;
  if (/[；。]/.test(ctx.paras[f.para]!.text.slice(f.end, s.start))) return null;
  const m = /占(?:了|到|据)?([^，；。]{2,24}?)(?:的)?(?:比例|比重|比)?(?:为|达|约)?$/.exec(s.lead.replace(/\s/g, ''));
  const whole = m ? cleanLabel(m[1]!) : '';
  return whole ? { whole, value: s.q.value } : null;
}

/** Some part's share of a whole is larger than the total's share of that same whole. */
export function sharesSayLarger(ctx: Ctx, total: Figure, parts: Figure[]): boolean {
  const t = ownShare(ctx, total);
  if (!t) return false;
  return parts.some((x) => {
    const s = ownShare(ctx, x);
    return !!s && s.whole === t.whole && cmp(s.value, t.value) > 0;
  });
}
