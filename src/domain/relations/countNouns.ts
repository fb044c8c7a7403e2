// Counts name what they count by the noun after the unit (4个部门, 9个项目); a bare count (甲局6个) names
// nothing. After counts of two nouns, bare counts are of one of them — the text does not say which.
import { cmp, sum } from '../decimal.js';
import { inSentence, type Ctx } from './context.js';
import { compatible, type Figure } from './figures.js';

/**
 * "涉及4个部门，实施9个项目。其中：甲局6个…": bare counts bound to one count while a count of another noun
 * stands before the cue too (in the total's sentence or the cue's) — no part of either, unless they add up
 * to the one they were bound to.
 */
export function bareCountsUnbound(ctx: Ctx, at: number, total: Figure, parts: Figure[]): boolean {
  if (total.q.kind !== 'count' || parts.some((x) => x.noun || x.q.kind !== 'count')) return false;
  if (cmp(sum(parts.map((x) => x.q.value)), total.q.value) === 0) return false;
  const cue = parts[0]!;
  const around = [...inSentence(ctx, total.para, total.sentence), ...(cue.sentence !== total.sentence ? inSentence(ctx, cue.para, cue.sentence) : [])];
  return around.some((f) => f.id !== total.id && f.q.kind === 'count' && f.noun && f.noun !== total.noun && f.start < at && compatible(f, cue));
}
