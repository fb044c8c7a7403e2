// Procurement savings: "采购预算20657.52万元，实际采购金额18391.01万元，节约资金2266.51万元" — the
// budget less the amount spent is the saving the sentence names (节约/节支 资金), all in one sentence.
import { add as plus } from '../decimal.js';
import { judgeRange, ratio } from './compare.js';
import { add, addDifference, addRatio, inSentence, type Ctx } from './context.js';
import { compatible, type Figure } from './figures.js';

const SAVED = /(?:节约|节支|节省)(?:财政)?(?:资金|金额)?(?:为|达)?$/;
const SPENT = /实际采购(?:金额|规模|资金)?$|^(?:采购)?(?:合同|中标|成交)(?:金额|价)$/;
const BUDGET = /采购预算(?:金额|规模|执行)?$|预算(?:执行|金额|规模)$|采购预算执行$/;

export function findSavings(ctx: Ctx): void {
  for (const fs of ctx.byPara)
    for (const c of fs) {
      if (c.q.kind !== 'money' || c.role !== 'level' || !SAVED.test(c.lead.replace(/[\s，、；]/g, ''))) continue;
      const before = fs.filter((f) => f.sentence === c.sentence && f.id < c.id && f.q.kind === 'money' && f.role === 'level' && compatible(f, c));
      const spent = before.filter((f) => SPENT.test(f.label));
      const budget = before.filter((f) => BUDGET.test(f.label));
      if (spent.length !== 1 || budget.length !== 1) continue;
      const b: Figure = budget[0]!;
      const s: Figure = spent[0]!;
      if (b.id > s.id || [b, s, c].some((f) => f.q.qualifier !== 'exact')) continue;
      addDifference(ctx, c, [b, s], {
        reason: `节约资金 = ${b.label} ${b.q.text} − ${s.label} ${s.q.text}`,
        reasonEn: 'savings = procurement budget − the amount actually spent',
      });
    }
}

export const SAVED_AGAINST = /(?:较|比|与)[^，；。]{0,10}(?:预算|计划)[^，；。]{0,4}(?:节约|节支|节省)(?:了)?(?:财政)?(?:资金|金额)?(?:为|达)?$/;
const SAVING_RATE = /(?:资金)?(?:节约|节支)(?:率|比例)(?:为|达到?|是)?$/;

/**
 * 规模为A，较采购计划节约资金S，资金节约率达r%: the plan is not written but is A + S, and r = S ÷ (A + S).
 * Only the three in a row in one sentence, and no plan or budget amount of its own in the sentence.
 */
export function findSavingRates(ctx: Ctx): void {
  for (const fs of ctx.byPara)
    for (let i = 2; i < fs.length; i++) {
      const [a, s, r] = [fs[i - 2]!, fs[i - 1]!, fs[i]!];
      if (r.q.unit !== '%' || !SAVING_RATE.test(r.lead.replace(/[\s，、；]/g, '')) || !SAVED_AGAINST.test(s.lead.replace(/\s/g, ''))) continue;
      if (a.sentence !== r.sentence || s.sentence !== r.sentence || a.role !== 'level' || a.prior || a.depth !== s.depth) continue;
      if (a.q.kind !== 'money' || s.q.kind !== 'money' || !compatible(a, s) || [a, s, r].some((f) => f.q.qualifier !== 'exact')) continue;
      if (fs.some((f) => f !== s && f.sentence === r.sentence && f.q.kind === 'money' && /预算|计划/.test(f.label))) continue;
      const plan = { ...a.q, value: plus(a.q.value, s.q.value), precision: plus(a.q.precision, s.q.precision) };
      addRatio(ctx, r, s.q, plan, {
        parts: [s, a],
        reason: `节约率 = 节约资金 ÷ 计划数，计划数 = ${a.q.text} + ${s.q.text}（较计划节约）`,
        reasonEn: 'savings rate = savings ÷ plan, the plan being the amount plus the savings against it',
      });
    }
}

const PROCURED = /采购(?:额|金额|规模|总额|资金)?$|(?:合同|中标|成交)(?:金额|额|价)$/;

/**
 * 完成采购额A，…，节约资金S，节约率r with no budget written: the budget is A + S. When the text does not say the
 * saving is against the budget, S ÷ A is also read (some write it so); an error only when neither holds.
 */
export function impliedSavingBase(ctx: Ctx, r: Figure): { a: Figure; s: Figure; against: boolean } | null {
  if (r.q.unit !== '%' || r.q.qualifier !== 'exact' || !SAVING_RATE.test(r.lead.replace(/[\s，、；]/g, ''))) return null;
  const fs = inSentence(ctx, r.para, r.sentence);
  const s = fs[fs.indexOf(r) - 1];
  if (!s || s.q.kind !== 'money' || s.q.qualifier !== 'exact' || s.depth !== r.depth || !SAVED.test(s.lead.replace(/[\s，、；]/g, ''))) return null;
  if (s.role !== 'level' && !(s.role === 'change' && s.sign < 0)) return null;
  // a budget or plan written in the sentence is the base (findSavings / rates.ts read it)
  if (fs.some((f) => f !== s && f.q.kind === 'money' && /预算|计划/.test(f.label))) return null;
  const procured = fs.filter((f) => f.id < s.id && f.q.kind === 'money' && f.role === 'level' && !f.prior && PROCURED.test(f.label));
  if (procured.length !== 1) return null;
  const a = procured[0]!;
  if (a.q.qualifier !== 'exact' || !compatible(a, s)) return null;
  return { a, s, against: SAVED_AGAINST.test(s.lead.replace(/\s/g, '')) };
}

export function findImpliedSavingRates(ctx: Ctx): void {
  for (const r of ctx.figs) {
    const found = impliedSavingBase(ctx, r);
    if (!found) continue;
    const { a, s, against } = found;
    const fs = inSentence(ctx, r.para, r.sentence);
    // 规模A，较计划节约S，节约率r in a row is read by findSavingRates
    if (against && fs[fs.indexOf(s) - 1] === a) continue;
    const plan = { ...a.q, value: plus(a.q.value, s.q.value), precision: plus(a.q.precision, s.q.precision) };
    const budget = ratio(s.q, plan);
    const spent = ratio(s.q, a.q);
    if (!budget || !spent) continue;
    const judged = (q: NonNullable<ReturnType<typeof ratio>>) => judgeRange(r.q, r.q.value, q.exact, q.lo, q.hi, false);
    const onSpent = !against && judged(budget) === 'error' && judged(spent) !== 'error';
    const q = onSpent ? spent : budget;
    add(ctx, {
      kind: 'rate',
      verdict: judged(q),
      stated: r,
      computed: q.exact,
      parts: [s, a],
      reason: onSpent
        ? `节约率 = 节约资金 ÷ 采购额（预算数未写出，按采购额计）`
        : `节约率 = 节约资金 ÷ 预算数，预算数 = ${a.q.text} + ${s.q.text}（未写出）${against || judged(q) !== 'error' ? '' : '；按采购额计亦不符'}`,
      reasonEn: onSpent
        ? 'savings rate = savings ÷ the amount procured (the budget is not written)'
        : `savings rate = savings ÷ budget, the budget being the amount plus the savings (not written)${against || judged(q) !== 'error' ? '' : '; it does not hold over the amount either'}`,
    });
  }
}
