// Which total a view (从收入结构看, 按…分类) splits when the text names it only by its classification: the
// broadest stated total the parts add up to, and the total named for the classification's own budget.
import { judgeSum } from './compare.js';
import type { Ctx } from './context.js';
import type { Figure } from './figures.js';
import { headConcept } from './groups.js';
import { LEVEL_WORD, unqualified } from './denominators.js';
/** +1 a revenue, −1 an expenditure (listParts.ts has the same; imported here it would close a cycle). */
const flowOf = (label: string): number => (/收入/.test(label) ? 1 : 0) - (/支出/.test(label) ? 1 : 0);

/**
 * 全盟收入T，其中本级a，旗级b。从收入结构看，税收c，非税d: the nearest total of the classification is
 * a part (旗级…收入 b) of a broader one of the same kind. The text does not say which is split: the
 * broadest the parts add up to, else the nearest they add up to, else the broadest (the error is
 * then an error whichever is meant).
 */
export function broadest(ctx: Ctx, near: Figure, parts: Figure[], wanted: string[], fits: (f: Figure) => boolean): Figure {
  const chain = [near];
  for (let f = near, g = ctx.partOf.get(f.id); g && g.mode === 'level' && chain.length < 4; f = g.total, g = ctx.partOf.get(f.id)) {
    const t = g.total;
    if (!fits(t) || !(wanted.includes(t.concept ?? '') || wanted.includes(headConcept(t.label) ?? '')) || chain.includes(t)) break;
    chain.push(t);
  }
  // 旗级…收入 for a classification of 收入: the nearest total without a level is a reading too
  const whole = unqualified(ctx, near.concept ?? '', near, fits);
  if (whole && wanted.includes(whole.concept ?? '') && !chain.includes(whole)) chain.push(whole);
  if (chain.length === 1) return near;
  const qs = parts.map((x) => x.q);
  const holds = chain.filter((t) => judgeSum(t.q, qs).verdict !== 'error');
  if (holds.length) return holds[holds.length - 1]!;
  // 县本级a，乡镇级b: another level of the nearest one's sentence may be the one split
  const sibling = ctx.bySentence[near.para]?.[near.sentence]?.find(
    (f) =>
      f !== near &&
      (f.concept === near.concept || headConcept(f.label) === near.concept) &&
      LEVEL_WORD.test(f.label) &&
      fits(f) &&
      judgeSum(f.q, qs).verdict !== 'error',
  );
  return sibling ?? chain[chain.length - 1]!;
}

// 一般预算收入: the name before 2014 of 一般公共预算收入 (a scope word the figure reader does not set)
const SCOPE_NAME: Record<string, RegExp> = { 一般公共预算: /一般(?:公共)?预算(?:收入|支出)|公共财政(?:预算)?(?:收入|支出)/ };

/**
 * 财政总收入T，其中：地方一般预算收入L。…从征收质量看，税收a，非税b: a classification of one budget
 * (税收 + 非税 = 一般公共预算收入) splits the total whose label names that budget, not a broader one found
 * first — unless the parts add up to the broader one and not to it.
 */
export function scopedTotal(ctx: Ctx, found: Figure, parts: Figure[], inherits: true | string[], fits: (f: Figure) => boolean): Figure {
  if (inherits === true) return found;
  const names = inherits.map((x) => SCOPE_NAME[x]).filter((x): x is RegExp => !!x);
  if (!names.length || names.some((re) => re.test(found.label)) || found.scope.some((x) => inherits.includes(x))) return found;
  const first = parts[0]!;
  let labelled: Figure | undefined;
  for (let i = first.id - 1; i >= 0 && i >= first.id - 200 && !labelled; i--) {
    const f = ctx.figs[i]!;
    if (fits(f) && flowOf(f.label) === flowOf(found.label) && names.some((re) => re.test(f.label))) labelled = f;
  }
  if (!labelled) return found;
  const qs = parts.map((x) => x.q);
  const holds = (t: Figure) => judgeSum(t.q, qs).verdict !== 'error';
  return holds(found) && !holds(labelled) ? found : labelled;
}
