// The whole a share names (占总支出的p%) when the part is a figure stated again: "支出合计T，其中基本支出A，
// 项目支出B …。②项目支出：本年项目支出B，占总支出的p%". The second B is the first one restated, so its whole
// is the total of the list the first B is a part of — not the nearest figure whose label ends in 支出 (an item
// of B's own breakdown, or another part), which a whole can never be smaller than.
import { add as plus, cmp, div, mul } from '../decimal.js';
import { halfStep } from '../quantity/index.js';
import type { Ctx, Group } from './context.js';
import type { Figure } from './figures.js';
import { shiftedShare } from './decimalSlips.js';

/** The list an earlier statement of the same figure (same concept, name, value and unit) is a part of. */
export function restatedPart(ctx: Ctx, num: Figure): Group | undefined {
  if (!num.concept || num.q.qualifier !== 'exact' || ctx.partOf.has(num.id)) return undefined;
  for (const f of ctx.byConcept.get(num.concept) ?? []) {
    if (f.id >= num.id) break;
    const g = ctx.partOf.get(f.id);
    // the same name too (本年度我院项目支出 ends with 项目支出): a concept like 支出 holds many items of one value
    const named = !!f.label && (num.label.endsWith(f.label) || f.label.endsWith(num.label));
    if (g && g.mode === 'level' && named && f.q.unit === num.q.unit && cmp(f.q.value, num.q.value) === 0 && f.stage === num.stage && f.year === num.year)
      return g;
  }
  return undefined;
}

/**
 * A whole found by its name alone that is smaller than the part (a share of it above 100%, where the text
 * states one of at most 100%): the name was bound to the wrong figure as surely as the text is wrong.
 */
export function smallerWhole(s: Figure, num: Figure, den: Figure): boolean {
  if (cmp(s.q.value, plus('100', halfStep(s.q))) > 0 || cmp(num.q.value, plus(den.q.value, halfStep(den.q))) <= 0) return false;
  // …unless the part is the share of that whole but for a decimal point moved (decimalSlips.ts)
  return cmp(den.q.value, '0') === 0 || !shiftedShare(s.q, mul(div(num.q.value, den.q.value), '100'), [num.q, den.q]);
}

/** A 其中 part of a list of amounts (a level group), which a whole the text calls 总… cannot be. */
export function isListPart(ctx: Ctx, f: Figure): boolean {
  const g = ctx.partOf.get(f.id);
  return !!g && g.mode === 'level';
}
