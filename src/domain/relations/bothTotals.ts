// 收入总计X。支出总计X。收入支出总体与上年相比，增加c: one change stated of both totals at once.
import { cmp } from '../decimal.js';
import { inSentence, sentencesBefore, type Ctx } from './context.js';
import { compatible, type Figure } from './figures.js';

export const BOTH_TOTALS = /^(?:收入支出|收支)(?:决算)?总(?:体|计|量|额)(?:(?:与|同|和)上年(?:度)?(?:相比较|相比|比较|对比)|比上年|较上年)[，,]?(?:增加|减少)$/;

/**
 * 收入总计X。支出总计X。收入支出总体与上年相比，增加c: the change of both totals, when the two are
 * stated (up to three sentences back) and equal.
 */
export function bothTotals(ctx: Ctx, c: Figure): Figure | null {
  let income: Figure | null = null;
  let spending: Figure | null = null;
  for (const [pi, si] of sentencesBefore(ctx, c.para, c.sentence, 3)) {
    if (income && spending) break;
    for (const f of inSentence(ctx, pi, si)) {
      if (f.role !== 'level' || f.prior || f.depth !== 0 || !compatible(f, c)) continue;
      const total = /总计[为是：]?$/.test(f.lead);
      if (!income && total && f.concept === 'income') income = f;
      if (!spending && total && f.concept === 'expenditure') spending = f;
    }
  }
  return income && spending && cmp(income.q.value, spending.q.value) === 0 && income.q.qualifier === 'exact' ? income : null;
}
