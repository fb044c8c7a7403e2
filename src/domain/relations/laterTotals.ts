// 工资福利支出a，占p%；商品和服务支出b，占q%。本年支出合计T: a share that names no whole, of a part listed
// before any total, is of the total the next sentences of the paragraph state — the one amount there of this
// year whose concept the lexicon puts over the part's.
import { compatible, type Figure } from './figures.js';
import { inSentence, type Ctx } from './context.js';
import { partitionFor } from './sums.js';

const TOTAL_WORD = /合计|总计|总额|总支出|总收入|共计|共/;

/** The whole of `num`'s share, stated in the two sentences after it; null when none or several. */
export function laterTotal(ctx: Ctx, num: Figure): Figure | null {
  // only the parts of a list that opens its paragraph's figures: an amount before them may be their whole
  const first = (ctx.byPara[num.para] ?? []).find((f) => f.q.kind !== 'percent');
  if (!first || first.sentence !== num.sentence || !first.concept || !partitionFor(null, [first, num])) return null;
  const cands: Figure[] = [];
  for (const d of [1, 2])
    for (const f of inSentence(ctx, num.para, num.sentence + d))
      if (
        f.role === 'level' &&
        !f.prior &&
        f.q.qualifier === 'exact' &&
        compatible(f, num) &&
        f.concept &&
        f.concept !== num.concept &&
        TOTAL_WORD.test(f.label + f.lead) &&
        partitionFor(f, [num])
      )
        cands.push(f);
  return cands.length === 1 && Number(cands[0]!.q.value) > 0 ? cands[0]! : null;
}
