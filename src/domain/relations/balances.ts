// "收入A。…上年结转B，故可使用资金合计T": T = A + B. And the balance of a budget execution report: "全年可用资金为T。…支出S，为调整预算的99%。结余C" —
// C = T − S. Only a total that already holds the carry-over (可用资金 / 可用财力 / 总财力) and the year's
// spending (not 支出总计, which holds the closing balance itself), one of each within the balance's
// sentence and the two before it, same scope and year; anything else is left unread.
import { add as plus, sub } from '../decimal.js';
import { halfStepSum, judge } from './compare.js';
import { add, addDifference, inSentence, type Ctx } from './context.js';
import { compatible, type Figure } from './figures.js';
import { clauseAfter, SENTENCE_CLAUSE_STOPS } from './text.js';

const INCOME_GRAND = /收入(?:决算|预算)?总计$/;
const SPENDING_GRAND = /支出(?:决算|预算)?总计$/;
const AVAILABLE = /(?:可用|可使用|可支配)(?:资金|财力)(?:总额|合计|总计|共计)?$|总财力$/;
const BALANCE = /^(?:当年|本年|年终|收支|净)?(?:收支)?(?:结余|结转(?:下年)?(?:使用)?)(?:资金)?$/;
const YEAR_SURPLUS = /^(?:当年|本年)(?:收支)?结余$/;
const SPENDING_TOTAL = /总计|结转|结余/;

/** The figures of a sentence and of the sentences before it (across a paragraph break), nearest first. */
function before(ctx: Ctx, f: Figure, sentences: number): Figure[] {
  const out: Figure[] = [];
  let [pi, s] = [f.para, f.sentence];
  for (let k = 0; k <= sentences && pi >= 0; k++) {
    const fs = inSentence(ctx, pi, s).filter((x) => x.id < f.id);
    out.push(...fs.reverse());
    if (s > 0) s -= 1;
    else {
      pi -= 1;
      s = (ctx.paras[pi]?.sentenceStarts.length ?? 0) - 1;
    }
  }
  return out;
}

/** The words before a figure in its clause, without a closing verb (收入总计为 → 收入总计). */
// the clause without its copula (支出合计为)
const clauseOf = (f: Figure) => clauseAfter(f.lead, SENTENCE_CLAUSE_STOPS).replace(/[为是：]+$/, '');

const level = (f: Figure, c: Figure) =>
  f.role === 'level' && f.q.kind === 'money' && f.q.qualifier === 'exact' && !f.prior && f.depth === 0 && compatible(f, c);

export function findBalances(ctx: Ctx): void {
  for (const c of ctx.figs) {
    if (!level(c, c) || !BALANCE.test(c.label.replace(/[，：\s]/g, ''))) continue;
    const near = before(ctx, c, 2).filter((f) => f.q.kind === 'money');
    // 收入总计X，支出总计Y，年终结余C in one sentence: the grand totals of a report whose 支出总计 leaves C out
    const grand = near.length >= 2 && near.slice(0, 2).every((f) => f.para === c.para && f.sentence === c.sentence);
    if (grand && INCOME_GRAND.test(clauseOf(near[1]!)) && SPENDING_GRAND.test(clauseOf(near[0]!)) && level(near[0]!, c) && level(near[1]!, c)) {
      const [s, t] = [near[0]!, near[1]!];
      if (t.scope.join() !== s.scope.join() && s.scope.length) continue;
      addDifference(ctx, c, [t, s], {
        reason: `结余 = 收入总计 − 支出总计：${t.q.text} − ${s.q.text}`,
        reasonEn: 'balance = grand total of income − grand total of spending, stated in one sentence',
      });
      continue;
    }
    // 收入A，支出B，当年结余C: the year's own surplus is income less spending by definition (no carry-over in it)
    if (YEAR_SURPLUS.test(clauseOf(c)) && near.length >= 2 && near.slice(0, 2).every((f) => f.para === c.para && f.sentence === c.sentence && level(f, c))) {
      const [s, t] = [near[0]!, near[1]!];
      if (s.concept !== 'expenditure' || t.concept !== 'income' || (s.scope.length && s.scope.join() !== t.scope.join())) continue;
      addDifference(ctx, c, [t, s], {
        reason: `当年结余 = 收入 − 支出：${t.q.text} − ${s.q.text}`,
        reasonEn: "the year's surplus = the year's income − the year's spending",
      });
      continue;
    }
    const available = near.filter((f) => level(f, c) && AVAILABLE.test(f.label.replace(/[为是达]+$/, '')));
    if (available.length !== 1) continue;
    const t = available[0]!;
    // nothing but the spending between the funds and the balance (本级支出a，上解支出b: which one is not said)
    const between = near.filter((f) => f.id > t.id);
    const s = between[0];
    if (between.length !== 1 || !s || !level(s, c) || s.concept !== 'expenditure' || ctx.partOf.has(s.id)) continue;
    // 支出总计 holds the closing balance itself
    if (SPENDING_TOTAL.test(clauseAfter(s.lead, SENTENCE_CLAUSE_STOPS) + s.label)) continue;
    if (t.scope.join() !== s.scope.join() || (t.year && s.year && t.year !== s.year)) continue;
    addDifference(ctx, c, [t, s], {
      reason: `结余 = 可用资金 − 支出：${t.q.text} − ${s.q.text}`,
      reasonEn: 'balance = funds available (carry-over included) − spending',
    });
  }
}

const CARRIED = /结转|结余/;
const THEREFORE = /(?:故|因此|则|从而)[^，；。]*$/;

/**
 * "实现财政总收入A…。（需要说明的是：）上年结转至本年使用B，故本年可使用资金合计T": T = A + B, the carry-over
 * right before T in its sentence, A the one income total (not a part, not a prior) of the sentence or
 * paragraph before, same year.
 */
export function findAvailableTotals(ctx: Ctx): void {
  for (const t of ctx.figs) {
    if (!level(t, t) || !AVAILABLE.test(t.label.replace(/[为是达]+$/, '')) || !THEREFORE.test(t.lead)) continue;
    // (the carry-over may be marked 上年: it is still this year's money)
    const fs = inSentence(ctx, t.para, t.sentence).filter((f) => f.id < t.id && (level(f, t) || (f.prior && level({ ...f, prior: false }, t))));
    const b = fs[fs.length - 1];
    if (!b || fs.length !== 1 || !CARRIED.test(b.label)) continue;
    // the sentence before, else the paragraph before (bounded: two steps)
    const prev = before(ctx, b, 2).filter((f) => f.para !== b.para || f.sentence !== b.sentence);
    const incomes = prev.filter((f) => level(f, t) && f.concept === 'income' && !ctx.partOf.has(f.id) && !f.scope.length);
    if (incomes.length !== 1) continue;
    const a = incomes[0]!;
    if (a.year && t.year && a.year !== t.year) continue;
    const computed = plus(a.q.value, b.q.value);
    add(ctx, {
      kind: 'sum',
      verdict: judge(t.q, computed, halfStepSum([a.q, b.q])),
      stated: t,
      computed,
      parts: [a, b],
      reason: `可使用资金 = 收入 + 结转：${a.q.text} + ${b.q.text}`,
      reasonEn: 'funds available = income + the carry-over added to it',
    });
  }
}

/**
 * "收入总计X，支出总计Y" in a 部门/单位 决算 or 预算: the two sides of its 收支总表 balance by construction
 * (支出总计 holds the closing balance, 收入总计 the opening one). Only both named 总计, in one sentence or the
 * next, nothing but them between, no 结余 stated right after, same scope, year and stage.
 */
export function findBalancedTotals(ctx: Ctx): void {
  // a 部门/单位 statement (its 收支总表 balances by construction); a 财政 report's 支出总计 may leave the 结余 out
  if (!ctx.paras.slice(0, 400).some((p) => /(?:部门|单位)(?:决算|预算)|收入支出决算总/.test(p.text))) return;
  for (const y of ctx.figs) {
    // (总计 is read as a verb of the label: the words before the figure say it)
    if (!level(y, y) || !SPENDING_GRAND.test(clauseOf(y))) continue;
    const prev = before(ctx, y, 1).filter((f) => f.q.kind === 'money');
    const x = prev[0];
    if (!x || !level(x, y) || !INCOME_GRAND.test(clauseOf(x))) continue;
    // 支出总计Y，年终结余C: the spending side stated without the balance
    const next = inSentence(ctx, y.para, y.sentence).find((f) => f.id > y.id && f.q.kind === 'money');
    if (next && /结余|结转/.test(clauseAfter(next.lead, SENTENCE_CLAUSE_STOPS) + next.label)) continue;
    if (x.para !== y.para || (y.scope.length && x.scope.join() !== y.scope.join()) || (x.year && y.year && x.year !== y.year) || x.stage !== y.stage) continue;
    add(ctx, {
      kind: 'carryOver',
      verdict: judge(y.q, x.q.value, halfStepSum([x.q])),
      stated: y,
      computed: x.q.value,
      parts: [x],
      reason: '收入总计 = 支出总计（收支总表两方相等）',
      reasonEn: 'the grand totals of income and spending balance (支出总计 holds the closing balance)',
    });
  }
}

const NAMED_SURPLUS = /^(.{2,20}?)(?:预算)?(?:执行)?(?:当年|本年)(?:收支)?结余$/;
const GRAND_LEAD = /(?:合计|总计)(?:为|是|达)?$/;

/**
 * "X收入总计T。X支出S。X预算执行当年结余C", each in its own sentence and named by the same words X: C is the
 * income less the spending. Whether the income is the total (carry-overs in) or the year's own is read both ways;
 * an error only when neither holds.
 */
export function findNamedSurpluses(ctx: Ctx): void {
  for (const c of ctx.figs) {
    const m = NAMED_SURPLUS.exec(c.label);
    if (!m || !level(c, c) || c.sign !== 0) continue;
    const name = m[1]!.replace(/^(?:19|20)\d\d年度?/, '');
    // the same sentence is read by findBalances
    if (inSentence(ctx, c.para, c.sentence).some((f) => f.id < c.id && f.q.kind === 'money')) continue;
    const near = before(ctx, c, 4).filter((f) => f.para === c.para && f.sentence !== c.sentence && level(f, c));
    const named = (f: Figure, noun: string) => f.label === name + noun;
    const spent = near.filter((f) => named(f, '支出') && !ctx.partOf.has(f.id));
    if (spent.length !== 1) continue;
    const s = spent[0]!;
    const incomes = near.filter((f) => f.id < s.id && named(f, '收入') && !ctx.partOf.has(f.id));
    const grand = incomes.filter((f) => GRAND_LEAD.test(f.lead));
    const own = incomes.filter((f) => !GRAND_LEAD.test(f.lead));
    const readings = [grand.length === 1 ? grand[0]! : null, own.length === 1 ? own[0]! : null].filter((f): f is Figure => !!f);
    if (!readings.length) continue;
    const judged = readings.map((t) => {
      const computed = sub(t.q.value, s.q.value);
      return { t, computed, verdict: judge(c.q, computed, halfStepSum([t.q, s.q])) };
    });
    const best = judged.find((j) => j.verdict !== 'error') ?? judged[0]!;
    add(ctx, {
      kind: 'difference',
      verdict: best.verdict,
      stated: c,
      computed: best.computed,
      parts: [best.t, s],
      reason: `当年结余 = ${best.t.label}${/合计|总计/.exec(best.t.lead)?.[0] ?? ''} − ${s.label}：${best.t.q.text} − ${s.q.text}${readings.length > 1 && best.verdict === 'error' ? '（按本年收入计亦不符）' : ''}`,
      reasonEn: 'the surplus = the income named by the same words − the spending, each stated in a sentence before',
    });
  }
}
