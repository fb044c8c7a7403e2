// "比上年减少a万元；下降r%" / "比上年减少a万元。…。下降r%": a rate set off from its change by a ； or in a
// sentence of its own, when that clause says nothing but the rate (no noun of another quantity) and its
// direction is the change's. Read only forward, to the next clause that holds a figure.
import { clauseAfter, SENTENCE_CLAUSE_STOPS } from './text.js';
import { inSentence, type Ctx } from './context.js';
import type { Figure } from './figures.js';

// the words of a clause that is only a rate: 下降 / 降幅为 / 同比增长 / 比上年下降了
const BARE_RATE =
  /^(?:同比|环比|比上年|较上年|(?:与|同|和)上年(?:相比较|相比|比较|对比)，?)?(?:增长|下降|增加|减少|上升|降低|提高|增幅|降幅|减幅|涨幅)(?:了)?(?:幅度)?(?:为|达|约|是)?$/;

/** The clause of f, from the last ；/。/， before it: the words right before the figure. */

export function rateInNextClause(ctx: Ctx, c: Figure): Figure | null {
  const fs = inSentence(ctx, c.para, c.sentence);
  const i = fs.indexOf(c);
  const p = ctx.paras[c.para]!;
  let next = fs[i + 1];
  // the change closes its sentence: the first figure of the next sentences of the paragraph (at most two on)
  if (!next) {
    for (let s = c.sentence + 1; s <= c.sentence + 2 && !next; s++) next = inSentence(ctx, c.para, s)[0];
    if (!next) return null;
    // the sentence of the rate opens with it (nothing else before it but the rate words)
    if (!BARE_RATE.test(p.text.slice(p.sentenceStarts[next.sentence]!, next.start).replace(/[\s，]/g, ''))) return null;
  } else if (!/；/.test(p.text.slice(c.end, next.start))) return null;
  if (next.q.unit !== '%' || next.role !== 'change' || next.sign !== c.sign || !BARE_RATE.test(clauseAfter(next.lead, SENTENCE_CLAUSE_STOPS, 'drop')))
    return null;
  // a rate of a rate (下降r个百分点) or one with its own change after it is not this change's
  const after = ctx.figs[next.id + 1];
  if (after && after.para === next.para && after.sentence === next.sentence && after.role === 'change' && after.q.unit !== '%') return null;
  return next;
}
