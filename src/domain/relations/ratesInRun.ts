// Rates whose figures stand in the rate's own run of clauses (its sentence from the last ；), or named by it:
//   计划P，完成A，完成（年度）计划（投资）X% / 完成投资比例X%         → X = A ÷ P
//   完成A，比上年增长g%，为（占）预算数/年初计划/目标B（的）X%         → X = A ÷ B, each plan named right before its rate
//   …计划P。…完成A，占计划总投资的X% / 完成计划P的X%，即完成A          → X = A ÷ P
//   共实施项目N个。…M个项目已开工，开工率r%                          → r = M ÷ N (counts)
// One candidate on each side, or nothing is said (rates.ts reads the rest).
import { cmp } from '../decimal.js';
import { addRatio, inSentence, type Ctx } from './context.js';
import { compatible, type Figure } from './figures.js';
import { clauseAfter, MIXED_CLAUSE_STOPS } from './text.js';

/** The rate r = num ÷ den as a relation (unsure when either figure is approximate); false when it cannot be computed. */
export function addRate(ctx: Ctx, r: Figure, num: Figure, den: Figure, reason: string, reasonEn: string): boolean {
  const unsure = num.q.qualifier !== 'exact' || den.q.qualifier !== 'exact';
  return addRatio(ctx, r, num.q, den.q, { parts: [num, den], reason, reasonEn, unsure });
}

/** Where r's clause run starts: its sentence from the last semicolon before r (a run of facts is cut there). */
function runStart(ctx: Ctx, r: Figure): number {
  const p = ctx.paras[r.para]!;
  return Math.max(p.text.lastIndexOf('；', r.start), p.text.lastIndexOf(';', r.start), p.sentenceStarts[r.sentence]! - 1) + 1;
}

/** The figures of r's clause run before r. */
function run(ctx: Ctx, r: Figure): Figure[] {
  const from = runStart(ctx, r);
  return inSentence(ctx, r.para, r.sentence).filter((f) => f.start >= from && f.end <= r.start);
}

// every clause here: white space dropped, half-width stops too
const clauseOf = (f: Figure) => clauseAfter(f.lead, MIXED_CLAUSE_STOPS, 'drop');
const PLAN_RATE = /^完成(?:了)?(?:(?:年度|全年|本年|当年)?(?:投资)?(?:计划|目标|任务)(?:投资|数)?(?:的)?(?:比例)?|(?:投资)?比例)(?:为|达)?$/;
const PLAN = /计划|目标|任务/;
const DONE_NOW = /完成|实现|实际|累计/;

/**
 * 年度计划投资P，全年完成投资A，完成年度计划投资r%: one plan and one amount done in the rate's clause
 * run, the plan first, both money (or the same unit); r = A ÷ P.
 */
function ofPlanInClause(ctx: Ctx, r: Figure): boolean {
  if (!PLAN_RATE.test(clauseOf(r))) return false;
  const fs = run(ctx, r).filter((f) => f.role === 'level' && !f.prior && f.q.kind !== 'percent');
  const done = fs.filter((f) => !PLAN.test(clauseOf(f)) && DONE_NOW.test(clauseOf(f)));
  if (done.length !== 1) return false;
  // the plan in the unit of the amount done (计划新开工项目N个 beside 年度计划投资P is no plan of an investment)
  const plans = fs.filter((f) => PLAN.test(clauseOf(f)) && !DONE_NOW.test(clauseOf(f).replace(/计划(?:年度)?完成/, '')) && compatible(f, done[0]!));
  if (plans.length !== 1) return false;
  const [den, num] = [plans[0]!, done[0]!];
  if (den.id > num.id || !compatible(num, den) || cmp(den.q.value, '0') <= 0) return false;
  return addRate(ctx, r, num, den, '“计划P，完成A，完成计划的X%”：X = A ÷ P', '“plan P, done A, X% of the plan”: X = A ÷ P');
}

// 为人大预算数B的 / 占年初计划B的 / 为市下全年目标B: the figure names itself a plan, budget or target
const NAMED_PLAN =
  /^(?:(?:为|是|占|达到?|相当于)[^，,；;。\d]{0,12}|完成了?(?:年度|全年|年初|本年|调整后)?(?:投资)?)(?:计划|预算|目标|任务)(?:数|值|投资|收入)?$/;

/**
 * 完成收入A，比上年增长g%，为预算数B的r%（，为全年目标C的s%）: each rate right after a plan it names, over the one
 * amount done in the clause run before the first such plan.
 */
function ofNamedPlan(ctx: Ctx, r: Figure): boolean {
  if (!/^(?:的)?(?:比例)?(?:为)?$/.test(r.lead.replace(/\s/g, ''))) return false;
  const fs = run(ctx, r);
  const den = fs.at(-1);
  if (!den || den.q.kind !== 'money' || den.role === 'change' || !NAMED_PLAN.test(clauseOf(den))) return false;
  const nums = fs.filter((f) => f.q.kind === 'money' && f.role === 'level' && !f.prior && !NAMED_PLAN.test(clauseOf(f)));
  if (nums.length !== 1) return false;
  const num = nums[0]!;
  if (!DONE_NOW.test(clauseOf(num)) || PLAN.test(clauseOf(num)) || !compatible(num, den) || cmp(den.q.value, '0') <= 0) return false;
  return addRate(
    ctx,
    r,
    num,
    den,
    `“完成A，为${clauseOf(den).replace(/^(?:为|是|占|达到?|相当于|完成了?)/, '')}B的X%”：X = A ÷ B`,
    '“A done, X% of the plan B”: X = A ÷ B',
  );
}

/**
 * 计划年度完成投资P。……共完成投资A，占计划总投资的X%: the plan named but not stated in the rate's run; the one
 * plan of the same kind in the sentence or the three before (never a second), over the one amount done in the run.
 */
function ofPlanBefore(ctx: Ctx, r: Figure): boolean {
  if (!/^(?:占|为|是)(?:年度|全年)?(?:计划|目标)(?:总)?(?:投资|资金|任务)?(?:额|数)?的$/.test(clauseOf(r))) return false;
  const fs = run(ctx, r).filter((f) => f.q.kind === 'money' && f.role === 'level' && !f.prior);
  if (fs.length !== 1 || !DONE_NOW.test(clauseOf(fs[0]!)) || PLAN.test(clauseOf(fs[0]!))) return false;
  const num = fs[0]!;
  const plans = ctx.byPara[r.para]!.filter(
    (f) => f.id < num.id && f.sentence >= r.sentence - 3 && f.role === 'level' && !f.prior && PLAN.test(clauseOf(f)) && compatible(f, num),
  );
  if (plans.length !== 1 || cmp(plans[0]!.q.value, '0') <= 0) return false;
  const den = plans[0]!;
  return addRate(ctx, r, num, den, `“占计划的X%”：${num.q.text} ÷ 前文的计划数 ${den.q.text}`, '“X% of the plan”: the amount done over the plan stated before');
}

/** 完成年度计划P的X%，即完成A: the plan first in the run, the amount done right after the rate, led by 即. */
function ofAmountAfter(ctx: Ctx, r: Figure): boolean {
  if (!/^(?:的)?$/.test(r.lead.replace(/\s/g, ''))) return false;
  const fs = run(ctx, r);
  const den = fs.at(-1);
  if (
    !den ||
    fs.length !== 1 ||
    den.q.kind !== 'money' ||
    !/^(?:全年|累计|本年|当年|年内)?完成了?[^，,；;。\d]{0,10}(?:计划|目标|任务|预算)[^，,；;。\d]{0,4}$/.test(clauseOf(den))
  )
    return false;
  const sentence = inSentence(ctx, r.para, r.sentence);
  const num = sentence[sentence.indexOf(r) + 1];
  if (!num || num.q.kind !== 'money' || num.role !== 'level' || !/^[，,]即(?:累计|实际)?(?:完成|实现)/.test(num.lead.replace(/\s/g, ''))) return false;
  if (!compatible(num, den) || cmp(den.q.value, '0') <= 0) return false;
  return addRate(ctx, r, num, den, '“完成计划P的X%，即完成A”：X = A ÷ P', '“X% of the plan P, that is A done”: X = A ÷ P');
}

const COUNT_RATE = /^(?:项目)?(开工|完工|竣工|建成|投产|签约|开通|验收)率(?:为|达到?|是)?$/;
const COUNT = /^(?:个|项|宗|家|所|处|座|条)$/;
const WHOLE_COUNT = /共|总|合计|实施|安排|计划|列入/;
// a count that did it (已开工, 均已完工): never the whole; 计划新开工项目N个 is one
const COUNT_VERB = /已(?:经)?(?:全部)?(?:开工|完工|竣工|建成|投产|签约|开通|验收)/;

/**
 * 共实施项目N个。…M个项目已开工，开工率r%: a rate of counts named by its verb (开工率, 完工率 …) over the count
 * in the clause run that did it (the verb in the run) and the one whole count stated before (共/总/实施 …, the same
 * unit, the sentence or the three before). r = M ÷ N.
 */
function ofCount(ctx: Ctx, r: Figure): boolean {
  // 已开工项目M个，占项目总数的r%: the same, the share named by the whole
  const ofWhole = /^占(?:项目)?总数(?:的)?$/.test(clauseOf(r));
  const verb = ofWhole ? '' : COUNT_RATE.exec(clauseOf(r))?.[1];
  if (verb === undefined) return false;
  const fs = run(ctx, r);
  const num = fs.at(-1);
  if (!num || !COUNT.test(num.q.unit) || num.role !== 'level') return false;
  const from = runStart(ctx, r);
  if (!ofWhole && !ctx.paras[r.para]!.text.slice(from, r.start - clauseOf(r).length).includes(verb)) return false;
  // the counts around: a whole of another category (新建项目M个) or a 其中 part before makes the whole unsure
  const text = ctx.paras[r.para]!.text;
  const clauseAround = (f: Figure) => text.slice(f.start - clauseOf(f).length, f.end + (text.slice(f.end).search(/[，,；;。]/) + 1 || text.length));
  const counts = (fs2: Figure[]) => fs2.filter((f) => f !== num && f.q.unit === num.q.unit && f.role === 'level' && !COUNT_VERB.test(clauseAround(f)));
  const inRun = counts(fs);
  const before = counts(ctx.byPara[r.para]!.filter((f) => f.end <= from && f.sentence >= r.sentence - 3));
  // 其中续建项目A个，新建项目B个。新建项目已开工M个，开工率r%: the one category the run names
  const runText = ctx.paras[r.para]!.text.slice(from, r.start);
  const named = before.filter((f) => {
    const name = clauseOf(f).replace(/^(?:其中|包括)[:：]?/, '');
    return name.length >= 2 && runText.includes(name);
  });
  const wholes = inRun.length ? inRun : named.length === 1 ? named : before;
  if (wholes.length !== 1 || (!inRun.length && named.length !== 1 && !WHOLE_COUNT.test(clauseOf(wholes[0]!)))) return false;
  const den = wholes[0]!;
  return addRate(
    ctx,
    r,
    num,
    den,
    ofWhole ? `占总数的比例 = ${num.q.text} ÷ 总数 ${den.q.text}` : `${verb}率 = ${verb}数 ${num.q.text} ÷ 总数 ${den.q.text}`,
    `a rate of counts: the number that did it over the whole number`,
  );
}

/** A rate read from its own run of clauses (true when it was: rates.ts reads it no further). */
export function rateInRun(ctx: Ctx, r: Figure): boolean {
  return ofPlanInClause(ctx, r) || ofNamedPlan(ctx, r) || ofPlanBefore(ctx, r) || ofAmountAfter(ctx, r) || ofCount(ctx, r);
}
