// 支付 P 万元，未支 U 万元，支付率 r%: a payment (拨付/使用/到位) rate after the paid and the unpaid
// amounts is P ÷ (P + U) — the whole is the two amounts the sentence itself splits it into.
import { add as plus, sub } from '../decimal.js';
import type { Quantity } from '../quantity/index.js';
import { addRatio, inSentence, type Ctx } from './context.js';
import { compatible, type Figure } from './figures.js';
import { clauseAfter, ITEM_STOPS } from './text.js';

const RATE = /(?:支付|拨付|到位|使用|兑付|执行)率(?:为|达|是|达到)?$/;
const UNPAID = /^(?:尚|仍)?未(?:支付?|拨付?|使用|到位|兑付|执行)(?:资金|金额)?(?:为|有)?$/;

const WHOLE = /安排|预算|下达|计划|批复|总额|共计|合计/;
const DONE = /支付|拨付|到位|使用|支出|兑付|执行/;

/** A rate over two amounts, judged only when both are exact (约/余 leave it unsure). */
function addRate(ctx: Ctx, r: Figure, num: Quantity, den: Quantity, parts: [Figure, Figure], reason: string, reasonEn: string): void {
  addRatio(ctx, r, num, den, { parts, reason, reasonEn, unsure: parts.some((p) => p.q.qualifier !== 'exact') });
}

export function findPaidRates(ctx: Ctx): void {
  for (const r of ctx.figs) {
    if (r.q.unit !== '%' || !RATE.test(clauseAfter(r.lead, ITEM_STOPS, 'trim').replace(/[（\s]+$/, ''))) continue;
    const fs = inSentence(ctx, r.para, r.sentence);
    const i = fs.indexOf(r);
    const unpaid = fs[i - 1];
    const paid = fs[i - 2];
    if (!unpaid || !paid || unpaid.q.kind !== 'money' || paid.q.kind !== 'money' || !UNPAID.test(clauseAfter(unpaid.lead, ITEM_STOPS, 'trim'))) continue;
    if (paid.role === 'change' || paid.role === 'share' || !compatible(paid, unpaid)) continue;
    // 安排资金W，尚未到位U，到位率r: the first amount is the whole, not the part paid; r = (W − U) ÷ W
    if (WHOLE.test(paid.label) && !DONE.test(paid.label)) {
      const num = { ...paid.q, value: sub(paid.q.value, unpaid.q.value) };
      addRate(
        ctx,
        r,
        num,
        paid.q,
        [paid, unpaid],
        '“安排A，未到位（未支付）B，比率X%”：X = (A − B) ÷ A',
        '“allocated A, B not yet paid, rate X%”: X = (A − B) ÷ A',
      );
      continue;
    }
    // the whole in the coarser precision of the two amounts
    const coarse = Number(unpaid.q.precision) >= Number(paid.q.precision) ? unpaid.q : paid.q;
    addRate(
      ctx,
      r,
      paid.q,
      { ...coarse, value: plus(paid.q.value, unpaid.q.value) },
      [paid, unpaid],
      '“支付A，未支B，支付率X%”：支付率 = A ÷ (A + B)',
      '“paid A, unpaid B, rate X%”: rate = A ÷ (A + B)',
    );
  }
}
