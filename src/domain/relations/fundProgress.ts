// The whole of a fund named sentences or paragraphs before its payment:
//   A. 安排X项目资金W。……X项目资金支付P，未支U，支付率r。   → P + U = W (the subject named again)
//   B. 下达专项资金共计W。……已拨付资金P，其余…，实际支出率r。 → r = P ÷ W (one paid amount, the whole
//      the last amount of the paragraph before it)
import { judgeSum } from './compare.js';
import { add, addRatio, inSentence, type Ctx } from './context.js';
import { compatible, type Figure } from './figures.js';
import { clauseAfter, ITEM_STOPS } from './text.js';

const WHOLE = /安排|下达|到位|共计|总额|合计/;
const PAID = /(?:已|累计|实际)?(?:支付|拨付|支出|使用)(?:了)?(?:[^，；。]{0,10}资金)?$/;
const UNPAID = /^(?:尚|仍)?未(?:支付?|拨付?|使用|到位|兑付|执行)(?:资金|金额)?(?:为|有)?$/;
const RATE = /(?:支付|拨付|支出|使用|执行)率(?:为|达|是|达到)?$/;

/** Longest run of characters two labels share. */
function common(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
      if (k > best) best = k;
    }
  return best;
}

const exact = (...fs: Figure[]) => fs.every((f) => f.q.qualifier === 'exact');

function paidAndUnpaid(ctx: Ctx, paid: Figure, unpaid: Figure): void {
  let whole: Figure | undefined;
  for (let i = paid.id - 1; i >= 0 && i >= paid.id - 40; i--) {
    const f = ctx.figs[i]!;
    if (f.para < paid.para - 6) break;
    if (f.para === paid.para && f.sentence === paid.sentence) continue;
    if (f.q.kind === 'money' && f.role === 'level' && WHOLE.test(f.label) && common(f.label, paid.label) >= 8) {
      whole = f;
      break;
    }
  }
  if (!whole || !compatible(whole, paid) || !exact(whole, paid, unpaid)) return;
  const { verdict, computed } = judgeSum(whole.q, [paid.q, unpaid.q]);
  add(ctx, {
    kind: 'sum',
    verdict,
    stated: whole,
    computed,
    computedAs: paid,
    parts: [paid, unpaid],
    reason: `同一资金“${whole.label}”：已支付 + 未支付 = 安排数`,
    reasonEn: 'the same fund named again: paid + unpaid = the amount allocated',
    text: `${whole.q.text} … ${paid.label}${paid.q.text}，未支${unpaid.q.text}`,
  });
}

function rateOnWhole(ctx: Ctx, paid: Figure, rate: Figure): void {
  const before = ctx.byPara[paid.para]!.filter((f) => f.id < paid.id && f.q.kind === 'money');
  const whole = before.at(-1);
  if (!whole || whole.sentence === paid.sentence || whole.role !== 'level' || !WHOLE.test(whole.label)) return;
  if (!compatible(whole, paid) || !exact(whole, paid)) return;
  // a 预算执行率 is of the budget: funds that arrived (实际到位资金) are no budget
  if (/预算/.test(clauseAfter(rate.lead, ITEM_STOPS, 'trim')) && !/预算|安排|下达/.test(whole.label)) return;
  addRatio(ctx, rate, paid.q, whole.q, {
    truncation: true,
    parts: [paid, whole],
    reason: `${clauseAfter(rate.lead, ITEM_STOPS, 'trim').replace(/(?:为|达|是|达到)$/, '')} = ${paid.q.text} ÷ 前文所列资金 ${whole.q.text}`,
    reasonEn: 'the rate is the amount paid over the whole named sentences before',
  });
}

export function findFundProgress(ctx: Ctx): void {
  ctx.paras.forEach((_, pi) => {
    (ctx.bySentence[pi] ?? []).forEach((fs, si) => {
      const money = fs.filter((f) => f.q.kind === 'money');
      const rate = fs.find((f) => f.q.unit === '%' && RATE.test(clauseAfter(f.lead, ITEM_STOPS, 'trim')));
      const [paid, second] = money;
      if (!paid || paid.role !== 'level' || !PAID.test(paid.label)) return;
      if (second && UNPAID.test(clauseAfter(second.lead, ITEM_STOPS, 'trim')) && money.length === 2) {
        paidAndUnpaid(ctx, paid, second);
        return;
      }
      if (money.length === 1 && rate && rate.id > paid.id && inSentence(ctx, pi, si).length) rateOnWhole(ctx, paid, rate);
    });
  });
}
