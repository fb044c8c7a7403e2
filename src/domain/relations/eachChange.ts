// "收入总计A，支出总计A，与上年相比，各增加c，增长r%": one change stated of each level before it at once (各).
import { cmp } from '../decimal.js';
import { inSentence, type Ctx } from './context.js';
import { compatible, type Figure } from './figures.js';

/** A change labelled only 各 ('each'). */
export const isEachChange = (c: Figure): boolean => c.label === '各';

/**
 * The level a 各 change is of: the levels before it in its sentence (two or more, unbracketed, of its unit) when
 * they are all equal, so one prior and one rate hold for each; null when they differ (各 then names several
 * priors, none of them checked).
 */
export function eachLevel(ctx: Ctx, c: Figure): Figure | null {
  const levels = inSentence(ctx, c.para, c.sentence).filter(
    (f) => f.end <= c.start && f.role === 'level' && !f.prior && f.depth === 0 && f.q.qualifier === 'exact' && compatible(f, c),
  );
  if (levels.length < 2 || levels.some((f) => cmp(f.q.value, levels[0]!.q.value) !== 0)) return null;
  return levels[levels.length - 1]!;
}
