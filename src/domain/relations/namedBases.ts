// "X总收入A，其中：…。相比2030年的总收入P减少c，下降r%": a sentence opening with its comparison and a named prior,
// the level it compares in a sentence before. The prior's noun must end the level's name, word for word.
import { inSentence, sentencesBefore, type Ctx } from './context.js';
import { compatible, type Figure } from './figures.js';

/** 相比2030年的总收入P减少 / 较上年总支出P增加 — the opening of the change's sentence, up to its verb. */
const OPENING =
  /^(?:相比|比|较)\s*(?:(?:19|20)\d\d\s*年度?|上年度?|去年)(?:同期)?的?([^，；。\d]{2,12}?)[\d,.]+\s*(?:亿元|万元|元)?\s*(?:减少|增加|下降|增长)$/;

/**
 * The level a change compares, when its sentence opens with a comparison naming a prior (the one figure before the
 * change, a base): the nearest level of the three sentences before (a list's total when the nearest is its part)
 * named by the prior's noun; null otherwise.
 */
export function namedBaseLevel(ctx: Ctx, c: Figure, opening: string, priors: Figure[]): Figure | null {
  const noun = OPENING.exec(opening)?.[1];
  if (!noun || priors.length !== 1 || priors[0]!.role !== 'base') return null;
  // word for word: a concept alone is too loose (基本支出中医疗业务支出 is 支出 too, never the 总支出)
  const names = (f: Figure) => f.label.replace(/(?:为|达到?|完成|实现)$/, '').endsWith(noun);
  for (const [pi, s] of sentencesBefore(ctx, c.para, c.sentence, 3)) {
    const levels = inSentence(ctx, pi, s).filter((f) => f.depth === 0 && f.role === 'level' && !f.prior && compatible(f, c) && names(f));
    if (levels.length > 1) return null;
    if (levels.length === 1) return levels[0]!;
  }
  return null;
}
