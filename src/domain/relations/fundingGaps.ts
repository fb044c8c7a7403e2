// A cost, the money raised for it, and the gap left, in one sentence:
//   工程总造价C万元，上级补助a万元，自筹b万元，（还有）缺口（资金）G万元
// G = C − a − b. The cost is named as one (造价 / 总投资 / 概算 / 需要资金, or 计/共计 right after the
// work's description); every amount between it and the gap is named as money raised (补助, 自筹, 到位 …).
// An amount of another kind between them, or a cost per unit (每公里), and nothing is asserted.
import { clauseAfter, MIXED_PHRASE_STOPS } from './text.js';
import { finestPrecision } from './compare.js';
import { addDifference, inSentence, type Ctx } from './context.js';
import { compatible, type Figure } from './figures.js';

const GAP = /(?:缺口|尚缺|还缺|仍缺)(?:资金)?(?:为|是|约)?$/;
const COST = /(?:造价|总投资|投资总额|概算|预算|需要?资金|所需资金|共需|^计|^共计|^合计)(?:为|是|约|共|计)?$/;
const RAISED = /(?:补助|补贴|奖补|国补|省补|自筹|筹资|筹集|到位|配套|捐款|捐资|争取|拨付|安排|投入)(?:资金)?(?:为|是|共|了)?$/;

// the words of a figure's own clause, not reaching out of a bracket
const clause = (f: Figure) => clauseAfter(f.lead, MIXED_PHRASE_STOPS, 'drop');
const usable = (f: Figure) => f.q.kind === 'money' && f.depth === 0 && f.role === 'level';

export function findFundingGaps(ctx: Ctx): void {
  for (const g of ctx.figs) {
    if (!usable(g) || g.q.qualifier !== 'exact' || !GAP.test(clause(g))) continue;
    const fs = inSentence(ctx, g.para, g.sentence).filter((f) => f.q.kind === 'money' && f.end <= g.start);
    // walk back over the money raised to the cost
    const raised: Figure[] = [];
    let cost: Figure | null = null;
    for (let i = fs.length - 1; i >= 0; i--) {
      const f = fs[i]!;
      if (!usable(f) || f.q.qualifier !== 'exact' || !compatible(f, g) || /每|平均|单价/.test(clause(f))) break;
      if (RAISED.test(clause(f))) raised.unshift(f);
      else {
        if (COST.test(clause(f))) cost = f;
        break;
      }
    }
    if (!cost || !raised.length) continue;
    const parts = [cost, ...raised];
    addDifference(ctx, g, parts, {
      room: finestPrecision(parts.map((f) => f.q)) ?? '0',
      reason: `“${clause(g)}”：${clause(cost) || '造价'} ${cost.q.text} − ${raised.map((f) => `${clause(f)} ${f.q.text}`).join(' − ')}`,
      reasonEn: 'the gap: the cost less the money raised for it, stated right before the gap',
    });
  }
}
