// Rates: 预算执行率 = 执行数 ÷ 预算数 (调整后/全年 when stated), 完成率 = 完成数 ÷ 任务数.
// The figures must be stated before the rate in its paragraph; several candidates → unsure.
import { add as plus, cmp, sub } from '../decimal.js';
import { add, addRatio, inSentence, type Ctx } from './context.js';

const RATE_SENTENCES = 8;
import { compatible, type Figure } from './figures.js';
import { adjustedBudgetBefore } from './adjustedBudget.js';
import { addRate, rateInRun } from './ratesInRun.js';
import { ofPlanFrame } from './planFrame.js';
import { descendants } from './lexicon.js';
import { impliedSavingBase, SAVED_AGAINST } from './savings.js';
import { clauseAfter, MIXED_CLAUSE_STOPS, PHRASE_STOPS } from './text.js';

const EXECUTED =
  /执行(?:数|金额)?$|实际(?:支出|执行|使用|完成)(?:数|金额)?$|(?:全年|累计|本年)?支出(?:数|金额)?$|决算(?:数)?$|使用(?:资金)?$|到位(?:资金)?$|完成(?:支出|投资)?$/;
const ADJUSTED = /调整后(?:的)?预算|全年预算|调整预算|预算调整后/;
const BUDGET = /预算(?:数|金额|资金|安排|收入)?$|年初预算|批复(?:预算)?|下达(?:资金)?$/;
const TARGET = /任务|目标|计划|指标|应|预算/;
// 预算 in the name of a fund, a channel or a body (预算稳定调节基金, 预算内投资, 预算单位) names no budget figure
const NOT_A_BUDGET = /稳定调节|预算内|预算单位/;
const DONE = /完成|实际|已|共|累计|达|实现|检查|培训|救助|支出|执行|决算/;

function pick(cands: Figure[], test: (f: Figure) => boolean, rate: Figure, partOf: Ctx['partOf']): Figure | null | 'many' {
  let hits = cands.filter(test);
  if (!hits.length) return null;
  const same = outside(
    hits.filter((f) => f.sentence === rate.sentence),
    rate,
  );
  if (same.length) return same[same.length - 1]!;
  // a total and its 其中 parts all match: the rate is of the total
  if (hits.length > 1) hits = hits.filter((f) => !hits.includes(partOf.get(f.id)?.total as Figure));
  return hits.length === 1 ? hits[0]! : 'many';
}

/** 支出A（其中镇级支出b），完成调整预算的r%: a rate outside a bracket is not of a figure inside it, when one stands outside. */
function outside(fs: Figure[], rate: Figure): Figure[] {
  const out = fs.filter((f) => f.depth <= rate.depth);
  return out.length ? out : fs;
}

// the budget types name a kind of money, not a budget figure (一般公共预算收入完成 is an actual)
const BUDGET_TYPE = /一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算|公共财政预算/g;

function raw(f: Figure): string {
  return (
    clauseAfter(f.lead, PHRASE_STOPS)
      .replace(BUDGET_TYPE, '')
      .trim()
      // 全年执行数为X: the copula is no part of the name
      .replace(/(?:为|是)$/, '')
  );
}

/** 收入完成24627万元，完成年初预算数60999万元的40.4%: both figures stand right before the rate. */
function ofStated(ctx: Ctx, r: Figure): boolean {
  if (!/^的(?:比例)?(?:为)?$/.test(r.lead.trim())) return false;
  const fs = inSentence(ctx, r.para, r.sentence);
  const i = fs.indexOf(r);
  const den = fs[i - 1];
  const num = fs[i - 2];
  if (!den || !num || !/完成[^，；。]*$/.test(den.lead) || /占/.test(den.lead) || den.q.kind !== 'money' || num.q.kind !== 'money') return false;
  if (num.role !== 'level' || !compatible(num, den) || cmp(den.q.value, '0') <= 0) return false;
  return addRate(ctx, r, num, den, '“A，完成B的X%”：完成率 = A ÷ B', '“A, X% of B”: completion rate = A ÷ B');
}

/**
 * 年初预算安排资金200万元。……实际支出186万元，为预算的93%: a rate against the budget, the budget
 * stated in an earlier sentence (this paragraph or the one before). Only one budget figure there,
 * of the same concept when both have one; none (为年初预算的61.22% alone) leaves it unchecked.
 */
function ofBudgetBefore(ctx: Ctx, r: Figure): boolean {
  const named = /^[，,]?(?:为|是|达到?|相当于)(年初|全年|调整后?)?预算(?:数)?的$/.exec(r.lead.trim());
  if (!named) return false;
  // 为调整预算的X%: only a budget the text calls adjusted (年初 and 调整 both stated: the one it names)
  const kind = named[1] ? (named[1].startsWith('调整') ? /调整/ : named[1] === '年初' ? /年初/ : /全年/) : null;
  const fs = inSentence(ctx, r.para, r.sentence);
  const num = fs[fs.indexOf(r) - 1];
  if (!num || num.q.kind !== 'money' || num.role !== 'level') return false;
  const cands: Figure[] = [];
  for (let p = r.para; p >= 0 && p >= r.para - 1; p--)
    for (const f of ctx.byPara[p]!)
      if (
        f.id < num.id &&
        (p !== r.para || f.sentence >= r.sentence - 3) &&
        f.role === 'level' &&
        !f.prior &&
        compatible(f, num) &&
        BUDGET_ANY.test(raw(f)) &&
        !NOT_A_BUDGET.test(raw(f)) &&
        !/执行|实际|完成|决算/.test(raw(f)) &&
        (!kind || kind.test(raw(f))) &&
        (!f.concept || !num.concept || f.concept === num.concept || /^budget|Budget$/.test(f.concept))
      )
        cands.push(f);
  // 年中调整为Y / 调整后预算Y: the adjusted budget named by its verb only
  const adjusted = !cands.length && named[1]?.startsWith('调整') ? adjustedBudgetBefore(ctx, num) : null;
  if (adjusted) cands.push(adjusted);
  if (cands.length !== 1) return false;
  const den = cands[0]!;
  if (cmp(den.q.value, '0') <= 0) return false;
  return addRate(
    ctx,
    r,
    num,
    den,
    `“为预算的X%”：${num.label || num.q.text} ÷ 前文的预算数（${den.label || den.q.text}）`,
    '“X% of the budget”: the amount over the budget stated before',
  );
}

// a budget figure: 年初预算…, …预算数 (not 预算稳定调节基金, 中央预算内投资 or 预算单位: funds, channels, bodies)
const BUDGET_ANY = /(?:年初|全年|调整后?)预算|预算(?:数|金额|资金|安排)?$/;

export function findRates(ctx: Ctx): void {
  for (const r of ctx.figs) {
    if (r.q.unit === '%' && (ofStated(ctx, r) || ofBudgetBefore(ctx, r) || rateInRun(ctx, r))) continue;
    if (r.q.unit !== '%' || r.role !== 'rate') continue;
    const tail = r.lead.replace(/[（\s]+$/, '');
    // the figures a rate is of stand close before it: at most four figures back in its sentence, or earlier sentences
    // its sentence and the few before it (never the whole paragraph: bounded work on huge ones)
    const all: Figure[] = [];
    for (let s = Math.max(0, r.sentence - RATE_SENTENCES); s <= r.sentence; s++) all.push(...inSentence(ctx, r.para, s));
    const k = all.indexOf(r);
    const near = new Set(all.slice(Math.max(0, k - 4), k));
    const before = all.filter(
      (f) => f.end <= r.start && (f.sentence !== r.sentence || near.has(f)) && f.q.kind !== 'percent' && f.role !== 'change' && f.role !== 'share',
    );
    let num: Figure | null | 'many' = null;
    let den: Figure | null | 'many' = null;
    let why = '';
    let whyEn = '';
    if (/执行率/.test(tail) && !/结转|结余/.test(tail)) {
      const money = before.filter((f) => f.q.kind === 'money');
      den = pick(money, (f) => ADJUSTED.test(raw(f)) || f.stage === 'adjusted', r, ctx.partOf);
      if (!den) den = pick(money, (f) => BUDGET.test(raw(f)) && !/执行/.test(raw(f)), r, ctx.partOf);
      num = pick(money, (f) => f !== den && EXECUTED.test(raw(f)) && !BUDGET.test(raw(f)), r, ctx.partOf);
      why = '预算执行率 = 执行数 ÷ 预算数（有调整后预算时用调整后预算）';
      whyEn = 'execution rate = executed ÷ budget (the adjusted budget where stated)';
      const asOf = !num || !den ? paidAsOf(ctx, r) : null;
      if (asOf) {
        [num, den] = asOf;
        why = '截至某日的执行率 = 已支付（拨付）数 ÷ 前文的资金总数';
        whyEn = 'execution rate as of a date = paid ÷ the whole stated before the date';
      }
    } else if (/节约率|节支率|节约比例/.test(tail)) {
      const money = before.filter((f) => f.q.kind === 'money');
      num = pick(money, (f) => /节约|节支|节省/.test(raw(f)), r, ctx.partOf);
      den = pick(money, (f) => /预算|计划/.test(raw(f)) && !/执行|实际/.test(raw(f)), r, ctx.partOf);
      // 采购预算执行X，实际采购金额Y，节约资金Z: the budget put to tender is the base when nothing else is
      if (!den) den = pick(money, (f) => /预算/.test(raw(f)) && !/实际/.test(raw(f)), r, ctx.partOf);
      // 规模A，较计划节约S，节约率r: the plan is A + S (savings.ts)
      if ((!den || den === num) && num && num !== 'many' && SAVED_AGAINST.test(num.lead.replace(/\s/g, ''))) continue;
      // 采购额A，节约资金S，节约率r, no budget written: savings.ts reads the base A + S
      if (impliedSavingBase(ctx, r)) continue;
      why = '节约率 = 节约资金 ÷ 预算（计划）数';
      whyEn = 'savings rate = savings ÷ budget (plan)';
    } else if (/完成率|完成(?:任务|目标|计划)?[^，。；]{0,6}的$|完成比例/.test(tail)) {
      den = pick(before, (f) => TARGET.test(raw(f)) && !NOT_A_BUDGET.test(raw(f)), r, ctx.partOf);
      num = pick(before, (f) => f !== den && DONE.test(raw(f)) && !TARGET.test(raw(f)), r, ctx.partOf);
      why = '完成率 = 实际完成数 ÷ 任务（目标）数';
      whyEn = 'completion rate = done ÷ target';
      // 预算为B，调整为A，实际收入X，完成调整预算的r%: the budget the text says it became (adjustedBudget.ts)
      const adjusted = /调整(?:后的?)?预算(?:数)?的$/.test(tail) && num && num !== 'many' && (!den || den === 'many') ? adjustedBudgetBefore(ctx, num) : null;
      if (adjusted) den = adjusted;
      // 根据年初计划，总投资T，其中P，已下达A，完成年初计划的X% (planFrame.ts)
      if (!den && num && num !== 'many' && ofPlanFrame(ctx, r, num, tail)) continue;
      const target = !den && num && num !== 'many' ? namedTarget(ctx, r, num, tail) : null;
      if (target) {
        den = target;
        why = `完成率 = 实际完成数 ÷ 任务（目标）数；“${target.label}”见前段`;
        whyEn = 'completion rate = done ÷ target; the target is stated in the paragraph before';
      }
    } else continue;
    if (!num || !den || num === 'many' || den === 'many' || num === den) {
      if (num || den)
        add(ctx, {
          kind: 'rate',
          verdict: 'unsure',
          stated: r,
          computed: null,
          parts: [num, den].filter((x): x is Figure => !!x && x !== 'many'),
          reason: `${why}；段内无法唯一确定两数`,
          reasonEn: `${whyEn}; the two figures are not unique in the paragraph`,
          leftOpen: true,
        });
      continue;
    }
    if (!compatible(num, den)) continue;
    if (rateBetween(ctx, r, num, den)) {
      add(ctx, {
        kind: 'rate',
        verdict: 'unsure',
        stated: r,
        computed: null,
        parts: [num, den],
        reason: `${why}；两数之间已有另一比率（前一类别的），此处的分子或分母未写出`,
        reasonEn: `${whyEn}; another rate stands between the two figures (an earlier category's): this one's own figure is not stated`,
      });
      continue;
    }
    if (otherQuantity(ctx, num, den)) {
      add(ctx, {
        kind: 'rate',
        verdict: 'unsure',
        stated: r,
        computed: null,
        parts: [num, den],
        reason: `${why}；“${den.label || den.q.text}”是总数的预算，“${num.label || num.q.text}”为其分项，分项的预算未列出`,
        reasonEn: `${whyEn}; the target stated is the total's, the amount is one of its parts, whose own target is not stated`,
      });
      continue;
    }
    addRate(ctx, r, num, den, why, whyEn);
  }
}

const AS_OF = /截[止至](?:目前|(?:19|20)\d\d年|\d{1,2}月|\d{1,2}日|底|末|年底|月底)*/;
const PAID = /(?:拨付|支付|拨款|支出|使用|执行)(?:资金|金额)?$/;
const WHOLE = /(?:共|总额|总计|合计|计划投资|安排|下达|预算(?:数)?)(?:为|是|达)?$/;

/**
 * 项目资金共B，截止12月8日，已完成拨付X，执行率r%: the amount paid by a date over the whole stated before
 * the 截止 clause, one money figure on each side of it in the sentence.
 */
function paidAsOf(ctx: Ctx, r: Figure): [Figure, Figure] | null {
  const fs = inSentence(ctx, r.para, r.sentence).filter((f) => f.end <= r.start && f.q.kind === 'money' && f.role === 'level' && f.depth === r.depth);
  const text = ctx.paras[r.para]!.text;
  const num = fs[fs.length - 1];
  const den = fs[fs.length - 2];
  if (!num || !den || fs.length !== 2 || !PAID.test(raw(num)) || !WHOLE.test(raw(den)) || !compatible(num, den)) return null;
  if (!AS_OF.test(text.slice(den.end, num.start)) || /[；。]/.test(text.slice(den.end, r.start)) || cmp(den.q.value, '0') <= 0) return null;
  return [num, den];
}

/**
 * 甲类计划100个，完成90个，完成率90%；乙类计划50个，完成率96%: a rate whose figures straddle another rate of the
 * same name takes one of them from the item before, which has its own rate already — in one sentence or
 * across the sentences of a list of items (一是…，完成率100%。二是…，完成率100%。, round 13).
 */
function rateBetween(ctx: Ctx, r: Figure, num: Figure, den: Figure): boolean {
  const first = num.id < den.id ? num : den;
  if (first.para !== r.para) return false;
  const name = /([\u4e00-\u9fff]{0,4}率)(?:为|是|达到?)?$/.exec(clauseAfter(r.lead, MIXED_CLAUSE_STOPS, 'drop'))?.[1];
  if (!name) return false;
  return ctx.byPara[r.para]!.some((f) => f.id > first.id && f.id < r.id && f.q.unit === '%' && clauseAfter(f.lead, MIXED_CLAUSE_STOPS, 'drop').includes(name));
}

/**
 * “三公”经费年初预算A，支出决算B，完成年初预算的p%。其中甲费支出决算a，完成年初预算的q%: the
 * budget stated is the total's; a part (by the lexicon, or a 其中 part of a total stated with that
 * budget) is measured against its own budget, which the text does not give.
 */
function otherQuantity(ctx: Ctx, num: Figure, den: Figure): boolean {
  if (num.concept && den.concept && num.concept !== den.concept && descendants(den.concept).has(num.concept)) return true;
  const total = ctx.partOf.get(num.id)?.total;
  if (!total || total === den || total.para !== den.para || total.sentence !== den.sentence) return false;
  // 全年预算A，本年支出合计B，其中基本支出a，项目支出b，预算执行率r%: the budget is the total's, the part read
  // last is one of its 其中 items (the rate may be the total's or the item's: unsure)
  return num.sentence !== den.sentence || ctx.partOf.get(den.id)?.total !== total;
}

/**
 * 当年计划投资63亿元。（next paragraph）完成投资70亿元，投资完成率111%: a completion rate whose
 * target is not in its paragraph, named by the rate's own noun (投资完成率 → …计划投资) in the one or
 * two paragraphs before. Only one such figure there, and the amount done must name the noun too.
 */
function namedTarget(ctx: Ctx, r: Figure, num: Figure, tail: string): Figure | null {
  const noun = /([\u4e00-\u9fff]{2,4}?)完成率$/.exec(tail.replace(/(?:为|是|达到?)$/, ''))?.[1];
  if (!noun || /任务|目标|计划|预算|指标|年度|总体|整体/.test(noun) || !num.label.includes(noun)) return null;
  const hits: Figure[] = [];
  for (let p = r.para - 1; p >= 0 && p >= r.para - 2; p--)
    for (const f of ctx.byPara[p]!)
      if (f.role === 'level' && !f.prior && /计划|目标|任务/.test(f.label) && f.label.includes(noun) && compatible(f, num)) hits.push(f);
  return hits.length === 1 ? hits[0]! : null;
}

/**
 * 完成年初预算100%，决算数大于预算数55.93万元: a rate and a sentence that contradicts it. The
 * budget is the amount spent ∓ the stated difference; the rate must be spent ÷ that budget.
 */
export function findRateContradictions(ctx: Ctx): void {
  for (const d of ctx.figs) {
    const m = /(大于|超过|超出|高于|多于|超支|小于|低于|少于|节约)(?:了)?(?:年初|全年|调整后)?预算(?:数|金额)?(?:为)?$/.exec(d.lead.replace(/\s/g, ''));
    if (!m || d.q.kind !== 'money' || d.q.qualifier !== 'exact') continue;
    const sentence = inSentence(ctx, d.para, d.sentence);
    const rate = sentence.find((f) => f.q.unit === '%' && f.id < d.id && /完成(?:年初|全年)?预算(?:数)?的?$|执行率(?:为)?$/.test(f.lead.replace(/\s/g, '')));
    // when the budget itself is stated, the completion rate is checked against it directly
    if (sentence.some((f) => f !== d && f.q.kind === 'money' && f.role === 'level' && (f.stage === 'budget' || f.stage === 'adjusted'))) continue;
    const spent = sentence.find((f) => f.q.kind === 'money' && f.role === 'level' && f.id < (rate?.id ?? d.id));
    if (!rate || !spent) continue;
    const sign = /大于|超过|超出|高于|多于|超支/.test(m[1]!) ? 1 : -1;
    const budget = sign > 0 ? sub(spent.q.value, d.q.value) : plus(spent.q.value, d.q.value);
    if (cmp(budget, '0') <= 0) continue;
    addRatio(
      ctx,
      rate,
      spent.q,
      { ...spent.q, value: budget },
      {
        truncation: true,
        parts: [spent, d],
        reason: `“${m[1]}预算”${d.q.text}：预算数 = ${spent.q.text} ${sign > 0 ? '−' : '+'} ${d.q.text}，完成率 = 决算 ÷ 预算`,
        reasonEn: `the stated difference from the budget gives budget = spent ${sign > 0 ? '−' : '+'} difference; the rate must be spent ÷ budget`,
      },
    );
  }
}
