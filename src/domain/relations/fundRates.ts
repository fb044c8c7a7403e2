// Rates of a project's funds in self-evaluation reports (绩效自评), beyond what rates.ts reads in one paragraph:
//   A. 年初预算安排资金W，实际到位资金A，资金到位率r。       → r = A ÷ W (the budget before the amount)
//   B. 年初预算安排资金W。(next paragraph) 截至…，已支付资金P，预算执行率r。 → r = P ÷ W (到位率 the same way), when
//      the rate's paragraph states no budget and the paragraph right before it one (or one 调整后预算).
// Precision first: one candidate on each side, exact figures, or nothing is said.
import { addRatio, inSentence, type Ctx } from './context.js';
import { compatible, type Figure } from './figures.js';
import { clauseAfter, ITEM_STOPS } from './text.js';

const ARRIVAL_RATE = /到位率(?:为|达|是|达到)?$/;
const ARRIVED = /到位(?:资金|金额|数)?$/;
const NOT_ARRIVED = /未到位|应到位|待到位/;
const EXECUTION_RATE = /预算执行率(?:为|达|是|达到)?$|^执行率(?:为|达|是|达到)?$/;
// 该项目支出率, 资金使用率: what was spent (paid out) of the fund, as 支付率 (设备使用率 is no money rate)
const PAID_RATE = /(?:支付|拨付|支出|(?:资金|预算)使用)率(?:为|达|是|达到)?$/;
/** The whole of a fund: 项目资金共, 资金总额, 安排资金 (a budget figure is rates.ts's to read). */
// (年度资金总额为W, 批复金额W, 项目资金W: the copula and the project's own name for its fund too)
const WHOLE = /(?:(?:资金|经费|投资)(?:共|共计|总额|合计|总计)|(?:安排|下达|计划投资|总投资|批复)(?:资金|金额)?|^(?:该|本)?项目资金)(?:为|是)?$/;
// 已拨付专项资金 / 已支付项目资金: a short name of the fund between the verb and 资金
const PAID = /(?:已|累计|实际|共|全年)?(?:支付|拨付|支出|使用)(?:了)?(?:(?:专项|项目|补助|财政)?资金|金额)?$|(?:全年|实际|已)执行(?:数|金额)?$/;
const BUDGET = /(?:年初|全年|调整后?)?预算(?:安排)?(?:资金|金额|数)?$|(?:计划|批复|下达)(?:资金|金额|投资)?$|(?:年初|全年|调整后?)预算/;
const NOT_BUDGET = /执行|实际|完成|决算|到位|支付|拨付|支出|结转|结余|稳定调节|预算内|预算单位/;
/** An amount named by progress words alone (项目已支付资金, 实际到位资金): of the project itself, not of a part (其中项目支出支付). */
const GENERIC = /^(?:该|本)?(?:项目)?(?:资金)?(?:已|累计|实际|共|全年)*(?:完成)?(?:支付|拨付|支出|使用|到位)(?:了)?(?:资金|金额)?$/;
/** A paragraph opening a numbered item (（二）X项目 / 2. / 二、): a new subject, never one paragraph's continuation. */
const NUMBERED = /^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|[一二三四五六七八九十]+、)/;

const exact = (...fs: Figure[]) => fs.every((f) => f.q.qualifier === 'exact');
const isBudget = (f: Figure) => f.q.kind === 'money' && f.role === 'level' && !f.prior && BUDGET.test(f.label) && !NOT_BUDGET.test(f.label);

function addRate(ctx: Ctx, rate: Figure, num: Figure, den: Figure, reason: string, reasonEn: string): void {
  if (!compatible(num, den) || !exact(num, den)) return;
  addRatio(ctx, rate, num.q, den.q, { parts: [num, den], reason, reasonEn });
}

/** A: 到位 ÷ the one budget figure before it in the paragraph (the same sentence or the few before). */
function arrivalRate(ctx: Ctx, rate: Figure): boolean {
  const before = ctx.byPara[rate.para]!.filter((f) => f.id < rate.id && f.sentence >= rate.sentence - 3 && f.q.kind === 'money');
  const arrived = before.filter((f) => f.role === 'level' && ARRIVED.test(f.label) && !NOT_ARRIVED.test(f.label));
  const budgets = before.filter(isBudget);
  if (budgets.length) {
    if (arrived.length !== 1 || budgets.length !== 1) return true;
  } else return false;
  const [a, w] = [arrived[0]!, budgets[0]!];
  if (a.sentence !== rate.sentence || w.id > a.id) return true;
  addRate(ctx, rate, a, w, `资金到位率 = 到位资金 ${a.q.text} ÷ 预算（计划）资金 ${w.q.text}`, 'funds arrival rate = funds arrived ÷ funds budgeted');
  return true;
}

/** The one budget of a paragraph: the only one, or the only adjusted one (调整后预算 over 年初预算). */
function oneBudget(fs: Figure[]): Figure | null {
  const budgets = fs.filter(isBudget);
  if (budgets.length === 1) return budgets[0]!;
  const adjusted = budgets.filter((f) => /调整/.test(f.label));
  return adjusted.length === 1 ? adjusted[0]! : null;
}

/**
 * B: the amount right before the rate in its sentence (paid for 执行率, arrived for 到位率) over the one budget of the
 * paragraph before, when the rate's own paragraph states no budget.
 */
function onEarlierBudget(ctx: Ctx, rate: Figure, amount: RegExp, what: string): void {
  const para = ctx.paras[rate.para]!;
  if (NUMBERED.test(para.text) || rate.para === 0) return;
  const own = ctx.byPara[rate.para]!.filter((f) => f.q.kind === 'money' && f.id < rate.id);
  if (own.some(isBudget)) return;
  const p = inSentence(ctx, rate.para, rate.sentence)
    .filter((f) => f.q.kind === 'money' && f.id < rate.id)
    .at(-1);
  if (!p || p.role !== 'level' || !amount.test(p.label) || !GENERIC.test(p.label) || NOT_ARRIVED.test(p.label) || ctx.partOf.has(p.id)) return;
  const prev = ctx.paras[rate.para - 1]!;
  if (prev.heading || prev.section !== para.section) return;
  const w = oneBudget(ctx.byPara[rate.para - 1]!);
  if (!w) return;
  addRate(ctx, rate, p, w, `${what} = ${p.q.text} ÷ 前段的预算数 ${w.q.text}`, `${what}: the amount over the budget stated in the paragraph before`);
}

/** C: "项目资金共W，截止…，已完成拨付P，执行率r": the whole and the paid amount, alone before the rate in its sentence. */
function paidOfWhole(ctx: Ctx, rate: Figure): boolean {
  const money = inSentence(ctx, rate.para, rate.sentence).filter((f) => f.q.kind === 'money' && f.id < rate.id);
  if (money.length !== 2) return false;
  const [w, p] = money as [Figure, Figure];
  if (w.role !== 'level' || p.role !== 'level' || !WHOLE.test(clauseAfter(w.lead, ITEM_STOPS, 'trim')) || !PAID.test(p.label) || PAID.test(w.label))
    return false;
  addRate(ctx, rate, p, w, `执行率 = 已拨付（支付）${p.q.text} ÷ 资金总额 ${w.q.text}`, 'execution rate = the amount paid ÷ the whole of the fund');
  return true;
}

export function findFundRates(ctx: Ctx): void {
  for (const f of ctx.figs) {
    if (f.q.unit !== '%') continue;
    const c = clauseAfter(f.lead, ITEM_STOPS, 'trim');
    if (ARRIVAL_RATE.test(c)) {
      if (!arrivalRate(ctx, f)) onEarlierBudget(ctx, f, ARRIVED, '资金到位率');
    } else if (EXECUTION_RATE.test(c) || PAID_RATE.test(c)) {
      if (!paidOfWhole(ctx, f) && EXECUTION_RATE.test(c)) onEarlierBudget(ctx, f, PAID, '预算执行率');
    }
  }
}
