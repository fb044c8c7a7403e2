// 为调整预算的X% / 占调整预算的X% when the text states the adjusted budget only by its verb: 年中调整为Y,
// 预算调整至Y, 调整后预算Y. The one such amount before the figure, in its paragraph or the one before.
import { compatible, type Figure } from './figures.js';
import type { Ctx } from './context.js';
import { clauseAfter, PHRASE_STOPS } from './text.js';

/** The name a rate or share gives its base: 调整预算, 调整后预算, 调整后的预算数. */
export const ADJUSTED_NAME = /^调整(?:后)?(?:的)?预算(?:数)?$/;

// the clause right before the amount says the budget became it (追加 alone is the added amount, no budget)
const BECAME = /(?:调整|调增|调减|追加后|变更)(?:为|至|到)$|调整后(?:的)?(?:全年|项目|总)?预算(?:数|金额|资金)?(?:为|是|达)?$|预算调整后(?:为|是)?$/;
const SPENT = /执行|实际|完成|决算|支出|使用|支付/;

/** The adjusted budget `num` is measured against, or null when none or more than one is stated. */
export function adjustedBudgetBefore(ctx: Ctx, num: Figure): Figure | null {
  const hits: Figure[] = [];
  for (let p = Math.max(0, num.para - 1); p <= num.para; p++)
    for (const f of ctx.byPara[p] ?? []) {
      if (f.id >= num.id || f.role !== 'level' || f.prior || f.q.kind !== 'money' || !compatible(f, num)) continue;
      const clause = clauseAfter(f.lead, `${PHRASE_STOPS}。`, 'drop');
      if (!BECAME.test(clause) || SPENT.test(clause)) continue;
      if (f.concept && num.concept && f.concept !== num.concept && !/^budget|Budget$/.test(f.concept)) continue;
      hits.push(f);
    }
  const den = hits.length === 1 ? hits[0]! : null;
  return den && Number(den.q.value) > 0 ? den : null;
}
