// Changes: 比上年减少0.80万元，下降20.00% (prior = current ∓ change; rate = change ÷ prior) and
// 较预算数100万元减少4.60万元 (a − b = c). The direction words must agree with the figures.
import { eachOfUnequal } from './eachChanges.js';
import { rateInNextClause } from './rateClauses.js';
import { cmp, mul, shift, sub } from '../decimal.js';
import type { Quantity } from '../quantity/index.js';
import { changeRate, decimalsOf, judgeRange, onePrecision, ratio, scaleExp } from './compare.js';
import { add, addChange, addLevelsRate, inSentence, sentencesBefore, type Ctx } from './context.js';
import { ADJUSTED_BASE, basesAgree, otherBasis } from './changeBasis.js';
import { compatible, conceptOf, type Figure } from './figures.js';
import { COMPARED, SIGNED_LEVEL, VERB } from './changeLexicon.js';
import { ofBasisYear, yearOfFigure } from './sentenceYears.js';
import { BOTH_TOTALS, bothTotals } from './bothTotals.js';
import { namedBaseLevel } from './namedBases.js';
import { AVERAGED, averageRate } from './averageRates.js';
import { roundedAway } from './roundedAway.js';

/** A change (and its level, when known) written as exact figures: no 约, no 近. */
const exactFigures = (c: Figure, subject?: Figure) => c.q.qualifier === 'exact' && (!subject || subject.q.qualifier === 'exact');

const mayBeNegative = (f: Figure) => cmp(f.q.value, '0') < 0 || SIGNED_LEVEL.test(f.label);
const direction = (f: Figure) => (cmp(f.q.value, '0') < 0 ? -f.sign : f.sign);
const signed = (f: Figure) => (f.sign < 0 ? mul(f.q.value, -1) : f.q.value);

/** 占B的 / 完成B的: B is what a share or a rate is of, not the subject of the sentence. */
export function denominator(ctx: Ctx, f: Figure): boolean {
  return /(?:占|完成|达到)[^，；。]*$/.test(f.lead) && /^\s*的/.test(ctx.paras[f.para]!.text.slice(f.end, f.end + 2));
}

/** What a change is measured against: the budget or an earlier year (null when the words do not say). */
function basisOf(lead: string): 'budget' | 'year' | null {
  const m = /(?:比|较|与)([^，；。]{0,16})$/.exec(lead);
  if (!m) return null;
  return /预算/.test(m[1]!) ? 'budget' : /上年|去年|上年度|同期|(?:19|20)\d\d\s*年/.test(m[1]!) ? 'year' : null;
}

/** What a comparison is against, as written (去年 = 上年; the change word dropped): 上年 ≠ 2019年. */
function basisText(lead: string): string {
  const m = /(?:比|较|与)([^，；。]{0,16})$/.exec(lead);
  return (m?.[1] ?? '').replace(/去年|上年度/g, '上年').replace(new RegExp(`${COMPARED}?[，]?${VERB}[了]?$`), '');
}

/** The basis a change names, for its explanation: 预算数, 2019年 or 上年 (also when the text says only 同比 or nothing). */
function basisName(lead: string): { zh: string; en: string } {
  const basis = basisOf(lead);
  if (basis === 'budget') return { zh: '预算数', en: 'the budget' };
  const year = /^((?:19|20)\d\d)\s*年/.exec(basisText(lead));
  return year ? { zh: `${year[1]}年数`, en: year[1]! } : { zh: '上年数', en: 'the previous year' };
}

const BOUND_WORD = /(?:突破|首破|超过|超)$/;
const bound = (f: Figure) => f.q.qualifier !== 'exact' || BOUND_WORD.test(f.lead.trim());

/** The figure a change is about: the nearest level figure before it in the sentence, same unit. */
export function subjectOf(ctx: Ctx, c: Figure): Figure | null {
  // 收入支出总体与上年相比，增加c (named, the comparison closed before the verb): the change of both totals stated before
  const p0 = ctx.paras[c.para]!;
  if (c.label && BOTH_TOTALS.test(p0.text.slice(p0.sentenceStarts[c.sentence]!, c.start)) && !inSentence(ctx, c.para, c.sentence).some((f) => f.end <= c.start))
    return bothTotals(ctx, c);
  // 公务接待费减少0.9万元: a part's change; its level only where the sentence before states that same quantity
  if (c.label) {
    const f = c.concept ? namedLevel(ctx, c) : null;
    return f && !ofBasisYear(ctx, f, c) ? f : null;
  }
  const before = inSentence(ctx, c.para, c.sentence).filter((f) => f.end <= c.start && f.depth <= c.depth);
  if (eachOfUnequal(before, c)) return null;
  // …比预算数A减少a，比上年决算数B减少c: a base of its own right before c opens c's comparison
  const last = before[before.length - 1];
  const ownBase = !!last && last.role === 'base' && /^[，、；\s]*(?:比|较|与)[^，；。]*$/.test(last.lead) && OWN_BASE_VERB.test(c.lead.trim());
  for (let i = before.length - 1; i >= 0; i--) {
    const f = before[i]!;
    if (ownBase && f.role === 'change' && f.q.kind === 'money' && before.slice(i + 1).every((x) => x === last || x.q.kind === 'percent')) continue;
    // 增长15.35%，增收25457万元: the rate right before the amount is its own
    if (i === before.length - 1 && f.role === 'change' && f.q.unit === '%' && f.sign === c.sign && !COMPARISON_OPENS.test(c.lead)) continue;
    if (f.role === 'share' || f.role === 'rate' || f.q.kind === 'percent') continue;
    // 较预算数减少a，下降p%，较上年减少c: a comparison of its own opens c's clause — the earlier one is of the same level
    // (unless both name the same basis: 比上年增加a，比去年增加c is ambiguous)
    const sameBasis = !!basisOf(f.lead) && basisText(f.lead) === basisText(c.lead);
    if (f.role === 'change' && COMPARISON_OPENS.test(c.lead) && !sameBasis) continue;
    // 比预算增加0万元，比去年增加c: a change on another basis (预算 / 上年) before this one is not its level
    if (f.role === 'change' && basisOf(f.lead) && basisOf(c.lead) && basisOf(f.lead) !== basisOf(c.lead)) continue;
    // 超收a，同比增长r%，增收c: a change of another basis (its own words or its rate's) is of the same level
    if ((f.role === 'change' || f.role === 'level') && f.q.unit !== '%' && otherBasis(f, c, before[before.length - 1])) continue;
    if (f.role === 'change') return null; // a second change clause: ambiguous
    if (denominator(ctx, f)) continue; // 完成年初预算数60999万元的40.4%: what the level is measured against
    if (f.role === 'base' || f.prior) continue;
    // 规模为21070.5亿元，首次突破2万亿元，比上年增加…: a bound restating the level before it is not the subject
    if (bound(f) && before.slice(0, i).some((g) => g.role === 'level' && !bound(g) && !g.prior && compatible(g, c) && g.depth === f.depth)) continue;
    // a bound alone (首次突破5000万元) is not the level: its change has no prior to compute
    return compatible(f, c) && !BOUND_WORD.test(f.lead.trim()) ? f : null;
  }
  // 本年水电费6.30万元。与上年相比，减少0.70万元: the level closes the sentence before
  const p = ctx.paras[c.para]!;
  const opening = p.text.slice(p.sentenceStarts[c.sentence]!, c.start);
  // 收入支出总体与上年相比，增加c: the change of both totals stated before
  if (!before.length && BOTH_TOTALS.test(opening)) return bothTotals(ctx, c);
  // …382.17万元，为本级财政拨付的资金。较2020年度决算数减少157.86万元: a sentence without figures between
  // (比上年X P减少c: the prior it names may stand in the sentence, when the level before names X too)
  const priors = before.filter((f) => f.sentence === c.sentence);
  const stated = priors.length === 1 && priors[0]!.prior && (priors[0]!.role === 'level' || priors[0]!.role === 'base') ? priors[0]! : null;
  const named = namedBaseLevel(ctx, c, opening, priors);
  if (named) return named;
  if (
    (!priors.length || stated) &&
    /^(?:同口径)?(?:(?:与|同|和)(?:上年(?:度)?|去年)(?:相比较|相比|相较|比较|对比)|比上年|较上年|同比|(?:较|比)\s*(?:19|20)\d\d\s*年度?(?:决算数?)?\s*(?:减少|增加|下降|增长))/.test(
      opening,
    )
  ) {
    // up to three sentences back, across a line break that cut the paragraph (…使用⏎的资金。较…)
    for (const [step, [pi, s]] of sentencesBefore(ctx, c.para, c.sentence, 3).entries()) {
      const prev = inSentence(ctx, pi, s).filter((f) => f.depth === 0);
      if (!prev.length) continue;
      // X。其中a，b。比上年减少c: after a breakdown the change is the total's
      const last = prev[prev.length - 1]!;
      const g = ctx.partOf.get(last.id);
      const subject = g && g.mode === 'level' && step === 0 ? g.total : last;
      if (stated && !namesSame(stated, subject)) return null;
      return subject.role === 'level' && subject.q.kind !== 'percent' && compatible(subject, c) ? subject : null;
    }
  }
  return null;
}

/** 比上年财政总收入P after 实现财政总收入X: the prior's own noun (without its year words) ends the level's label. */
function namesSame(prior: Figure, level: Figure): boolean {
  const noun = prior.label.replace(/^(?:比|较|与)?(?:上年|去年|上年度|(?:19|20)\d\d年度?)(?:同期)?(?:的)?/, '').replace(/(?:决算数?|实际|为|的)$/, '');
  if (!noun) return true;
  const c = conceptOf(noun);
  return (!!c && c === level.concept) || level.label.replace(/(?:为|达到?|完成|实现)$/, '').endsWith(noun);
}

/** The lead of a change that names its own basis: ，较上年支出数减少 / ，比2019年增加. */
const COMPARISON_OPENS = new RegExp(`^[，、；\\s]*(?:同比|环比|(?:比|较|与|同)[^，；。]*)${VERB}`);
const OWN_BASE_VERB = new RegExp(`^${VERB}了?$`);

/**
 * 2018年三公经费预算总额为2.7万元。…2018年三公经费预算数比上年减少0.06万元，减幅2.2%: the change
 * names its quantity; the level is the one figure of that concept in the sentence before, same
 * stage, year and scope.
 */
function namedLevel(ctx: Ctx, c: Figure): Figure | null {
  // the nearest of up to three sentences before that states the quantity (X，其中a，b。X比上年减少…。其中：a比上年减少…)
  let prev: Figure[] = [];
  for (const [pi, si] of sentencesBefore(ctx, c.para, c.sentence, 3)) {
    if (prev.length) break;
    const fs = inSentence(ctx, pi, si);
    // 一般公共预算财政拨款增加c after 一般公共预算财政拨款支出X: the change names the level by its opening words
    const names = (f: Figure) => f.concept === c.concept || (c.label.length >= 4 && f.label.length > c.label.length && f.label.startsWith(c.label));
    prev = fs.filter((f) => names(f) && f.role === 'level' && !f.prior && f.depth === 0);
    // another change of this quantity in between: the level before it is not this one's
    if (fs.some((f) => f.concept === c.concept && f.role === 'change')) return null;
  }
  // 预算为A，决算为B in the sentence before: the one of the change's stage
  if (prev.length > 1 && c.stage) prev = prev.filter((f) => f.stage === c.stage);
  if (prev.length !== 1) return null;
  const f = prev[0]!;
  if (!compatible(f, c) || f.stage !== c.stage || (f.year && c.year && f.year !== c.year) || !c.scope.every((x) => f.scope.includes(x))) return null;
  // a level before it in its own clause is its subject, not the one named before (a level past a ； is another item's)
  const p = ctx.paras[c.para]!;
  if (inSentence(ctx, c.para, c.sentence).some((x) => x.end <= c.start && x.role === 'level' && !p.text.slice(x.end, c.start).includes('；'))) return null;
  return f;
}

function baseOf(ctx: Ctx, subject: Figure, c: Figure): Figure | null {
  // …比预算数A减少a，比上年减少c: c names its basis in its own clause with no figure — A is another clause's
  if (COMPARISON_OPENS.test(c.lead)) return null;
  // a level of an earlier sentence (比上年X P减少c after it): all of c's sentence before c is between
  const own = subject.para === c.para && subject.sentence === c.sentence;
  const between = inSentence(ctx, c.para, c.sentence).filter((f) => (!own || f.start > subject.end) && f.end <= c.start);
  // 较预算数100万元 (a base), or 上年为436.00万元 (the prior year stated before the change)
  // (the nearest: 比预算数A减少a，比上年B减少c — B is c's)
  const b = [...between].reverse().find((f) => f.role === 'base') ?? between.find((f) => f.prior && f.role === 'level');
  return b && compatible(b, c) ? b : null;
}

function rateAfter(ctx: Ctx, c: Figure): Figure | null {
  const fs = inSentence(ctx, c.para, c.sentence);
  const i = fs.indexOf(c);
  const p = ctx.paras[c.para]!;
  // 增收a，剔除…因素后，按同口径计算增长r%: a rate of an adjusted base is not the rate of the change as written
  // (…同口径比上年减少a，同口径比上年下降r%: the change is of the adjusted base too — the rate is its own)
  const adjusted = ADJUSTED_BASE.test(c.lead);
  const rateNext = (f: Figure | undefined) => !!f && f.q.unit === '%' && f.role === 'change' && (adjusted || !ADJUSTED_BASE.test(p.text.slice(c.end, f.start)));
  const next = fs[i + 1];
  // 超收a，同比增长r%: a rate of another basis than the change is not its rate (it may be the next amount's)
  if (rateNext(next) && !/[；。]/.test(p.text.slice(c.end, next!.start))) return basesAgree(c, next!) ? next! : null;
  // 增长15.35%，增收25457万元 / 下降p%，减少收入c: the rate before, when nothing follows the amount
  const prev = fs[i - 1];
  if (
    prev &&
    prev.q.unit === '%' &&
    prev.role === 'change' &&
    prev.sign === c.sign &&
    basesAgree(c, prev) &&
    /^，?$/.test(p.text.slice(prev.end, c.start).replace(/(?:增收|减收|增支|减支|(?:增加|减少)(?:收入|支出)?)/, ''))
  )
    if (!rateNext(next)) return prev;
  // 比上年减少a；下降r% / 减少a。下降r%: a clause or sentence of only the rate (rateClauses.ts)
  return rateInNextClause(ctx, c);
}

export function findChanges(ctx: Ctx): void {
  for (const c of ctx.figs) {
    if (c.role !== 'change' || c.q.kind === 'percent' || c.sign === 0) continue;
    const subject = subjectOf(ctx, c);
    if (!subject) namedPriorRate(ctx, c);
    if (!subject || subject.q.kind === 'percent') continue;
    const base = baseOf(ctx, subject, c);
    if (base) {
      addChange(ctx, c, sub(subject.q.value, base.q.value), mul(subject.q.precision, '0.5'), {
        parts: [subject, base],
        reason: `“${subject.label || subject.q.text}”较“${base.label || base.q.text}”${c.sign > 0 ? '增加' : '减少'}：差额与方向应与两数一致`,
        reasonEn: `the change between the two stated figures, and its direction (${c.sign > 0 ? 'increase' : 'decrease'})`,
      });
      // 比上年433万元减少2万元，下降0.46%: the rate is the change over the base stated
      const br = rateAfter(ctx, c);
      if (br && !AVERAGED.test(br.lead) && cmp(base.q.value, '0') > 0 && base.q.qualifier === 'exact')
        rateOver(ctx, br, c, base, subject, `${basisName(basisOf(c.lead) ? c.lead : base.lead).zh}为句中所写`);
      continue;
    }
    const r = rateAfter(ctx, c);
    if (!r) continue;
    // 比2013年增加a，年平均增长r%: a compound yearly rate, not the change over its base
    if (AVERAGED.test(r.lead)) {
      averageRate(ctx, subject, c, r);
      continue;
    }
    const readings = listReadings(ctx, subject, c);
    if (readings) {
      judgeReadings(ctx, readings, c, r);
      continue;
    }
    const prior = sub(subject.q.value, signed(c));
    const basis = basisName(c.lead);
    if (cmp(prior, '0') <= 0) {
      // 8103万元，比上年增收12840万元，增长18.8%: a prior below zero — the stated rate cannot hold
      // (a balance may be below zero: 结余-1.83万元 then is no error)
      if (
        cmp(prior, '0') < 0 &&
        c.sign > 0 &&
        subject.q.kind === 'money' &&
        subject.q.qualifier === 'exact' &&
        c.q.qualifier === 'exact' &&
        !mayBeNegative(subject)
      )
        add(ctx, {
          kind: 'yoy',
          verdict: 'error',
          stated: c,
          computed: subject.q.value,
          computedAs: subject,
          parts: [subject, c],
          reason: `比${basis.zh.replace(/数$/, '')}增加${c.q.text}大于本年数${subject.q.text}：${basis.zh}将小于零`,
          reasonEn: `the increase is larger than the current amount: ${basis.en} would be below zero`,
        });
      continue;
    }
    const priorQ = priorOf(subject, c, prior);
    const judged = judgeRate(r, c, priorQ, subject);
    if (!judged) continue;
    add(ctx, {
      kind: 'yoy',
      ...judged,
      stated: r,
      parts: [subject, c],
      reason: `比${basis.zh.replace(/数$/, '')}${c.sign > 0 ? '增加' : '减少'}${c.q.text}：${basis.zh} = ${subject.q.text} ${c.sign > 0 ? '−' : '+'} ${c.q.text}，变动率 = 变动额 ÷ ${basis.zh}`,
      reasonEn: `change on ${basis.en}: base = current ${c.sign > 0 ? '−' : '+'} change; rate = change ÷ base`,
    });
  }
}

/** 2021年度…公务接待A。2022年度…较2021年度…，其中公务接待较上年减少c，减少r%: A is the prior, r = c ÷ A. */
function namedPriorRate(ctx: Ctx, c: Figure): void {
  const prior = c.label && c.concept ? namedLevel(ctx, c) : null;
  if (!prior || !ofBasisYear(ctx, prior, c) || prior.q.qualifier !== 'exact' || cmp(prior.q.value, '0') <= 0) return;
  const r = rateAfter(ctx, c);
  const judged = r && judgeRate(r, c, prior.q);
  if (!r || !judged) return;
  const basis = `${basisName(c.lead).zh}为前文所写的${yearOfFigure(ctx, prior)}年数`;
  add(ctx, {
    kind: 'yoy',
    ...judged,
    stated: r,
    parts: [prior, c],
    reason: `变动率 = ${c.q.text} ÷ ${prior.q.text}（${basis}）`,
    reasonEn: 'rate of change = change ÷ the figure of the year compared with, stated before',
  });
}

/**
 * 总预算T，其中：基本支出A，项目支出B，同比增加c，增长r%: a change after the last part of a list whose
 * other parts state no change of their own is the total's or that part's — the text does not say.
 * Both readings (the total first when the list adds up to it), or null when there is only one.
 */
function listReadings(ctx: Ctx, subject: Figure, c: Figure): Figure[] | null {
  const g = ctx.partOf.get(subject.id);
  if (!g || g.mode !== 'level' || g.parts.length < 2 || g.parts[g.parts.length - 1] !== subject) return null;
  const { total } = g;
  if (total.role !== 'level' || total.prior || total.q.kind === 'percent' || !compatible(total, c)) return null;
  if (subject.para !== c.para || subject.sentence !== c.sentence) return null;
  for (let id = g.parts[0]!.id + 1; id < subject.id; id++) if (ctx.figs[id]!.role === 'change') return null;
  return g.exhaustive ? [total, subject] : [subject, total];
}

/** The rate r of c under each reading of its level: ok when one holds, an error only when none does. */
function judgeReadings(ctx: Ctx, readings: Figure[], c: Figure, r: Figure): void {
  const rank = { ok: 0, rounding: 1, unsure: 2, error: 3 } as const;
  let best: { subject: Figure; judged: NonNullable<ReturnType<typeof judgeRate>> } | null = null;
  for (const subject of readings) {
    const prior = sub(subject.q.value, signed(c));
    if (cmp(prior, '0') <= 0) continue;
    const priorQ = priorOf(subject, c, prior);
    const judged = judgeRate(r, c, priorQ, subject);
    if (judged && (!best || rank[judged.verdict] < rank[best.judged.verdict])) best = { subject, judged };
  }
  if (!best) return;
  const { subject, judged } = best;
  const [a, b] = readings.map((x) => x.label || x.q.text);
  const basis = basisName(c.lead);
  add(ctx, {
    kind: 'yoy',
    ...judged,
    stated: r,
    parts: [subject, c],
    reason: `比${basis.zh.replace(/数$/, '')}${c.sign > 0 ? '增加' : '减少'}${c.q.text}（所列分项后的变动，可为“${a}”或“${b}”的，取${subject === readings[0] ? '前者' : '后者'}）：${basis.zh} = ${subject.q.text} ${c.sign > 0 ? '−' : '+'} ${c.q.text}，变动率 = 变动额 ÷ ${basis.zh}`,
    reasonEn: `change after a list: of the total or of its last part (the text does not say), checked against both; prior = current ${c.sign > 0 ? '−' : '+'} change; rate = change ÷ prior`,
  });
}

/** The prior year as a quantity: current ∓ change, as coarse as the coarser of the two (at one precision, see onePrecision). */
function priorOf(subject: Figure, c: Figure, prior: string): Quantity {
  const [a, b] = onePrecision(subject.q, c.q);
  return { ...subject.q, value: prior, precision: cmp(a.precision, b.precision) >= 0 ? a.precision : b.precision };
}

/**
 * Both amounts in 亿 with decimals (12.14亿元, 1.14亿元): aggregates rounded for the text from finer ledgers,
 * so a rate of them holds anywhere in the full range their rounding allows. 万元 amounts are usually the
 * ledger or budget figures themselves (79万元, 0.78万元) and keep the narrower check of earlier rounds —
 * the full range there would pass one-step slips in the last digit (measured: real8, real9).
 */
function roundedAggregates(subject: Figure, c: Figure): boolean {
  const coarse = (q: Quantity) => q.kind === 'money' && scaleExp(q) >= 8 && decimalsOf(shift(q.precision, -scaleExp(q))) > 0;
  return coarse(subject.q) && coarse(c.q);
}

/** A stated rate r of the change c against base: its signed value, change ÷ base, and the verdict (a rate of the opposite direction is an error). */
function judgeRate(r: Figure, c: Figure, base: Quantity, subject?: Figure) {
  const rr = subject && roundedAggregates(subject, c) ? changeRate(subject.q, c.q, c.sign) : ratio({ ...c.q, value: signed(c) }, base);
  if (!rr) return null;
  const statedValue = r.sign < 0 ? mul(r.q.value, -1) : r.q.value;
  const [lo, hi] = cmp(rr.lo, rr.hi) <= 0 ? [rr.lo, rr.hi] : [rr.hi, rr.lo];
  // 增长-9.09% goes down: the direction is the word's and the written sign's together
  const opposite = direction(r) !== direction(c) && cmp(r.q.value, '0') !== 0;
  const verdict =
    opposite || (exactFigures(c, subject) && roundedAway(r.q, statedValue, rr.exact, lo, hi))
      ? ('error' as const)
      : judgeRange(r.q, statedValue, rr.exact, lo, hi);
  return { verdict, statedValue, computed: rr.exact };
}

/** A stated rate of change against the prior figure the sentence states (比上年433万元减少2万元，下降0.46%). */
function rateOver(ctx: Ctx, r: Figure, c: Figure, base: Figure, subject: Figure, why: string): void {
  const judged = judgeRate(r, c, base.q);
  if (!judged) return;
  add(ctx, {
    kind: 'yoy',
    ...judged,
    stated: r,
    parts: [subject, base, c],
    reason: `变动率 = ${c.q.text} ÷ ${base.q.text}（${why}）`,
    reasonEn: 'rate of change = change ÷ the prior figure stated in the sentence',
  });
}

// the words of a base end with a noun of an amount, a period or a stage (较2022年预算, 比上年累计支出, 较上年同期, 的)
const NAMED_BASE = /(?:比|较|与|同)(?:[^，；。比较]*[数额的年度期算出入费金模平计际成])?$/;

/** 2023年预算2万元，较2022年预算1.50万元增长75%: a base and a rate, no amount. */
export function findBaseRates(ctx: Ctx): void {
  for (const b of ctx.figs) {
    if (b.role !== 'base' || b.q.kind === 'percent') continue;
    const fs = inSentence(ctx, b.para, b.sentence);
    const i = fs.indexOf(b);
    const r = fs[i + 1];
    if (!r || r.sentence !== b.sentence || r.role !== 'change' || r.q.unit !== '%' || r.sign === 0) continue;
    if (/[；。]/.test(ctx.paras[b.para]!.text.slice(b.end, r.start))) continue;
    // 完成A，占预算B的p%，较上年同期C增长r%: B is what the share is of, never the level compared with C
    const before = fs.slice(0, i).filter((f) => f.sentence === b.sentence && f.q.kind !== 'percent' && !denominator(ctx, f));
    const subject = before[before.length - 1];
    if (!subject || subject.role !== 'level' || !compatible(subject, b) || cmp(b.q.value, '0') <= 0) continue;
    addLevelsRate(ctx, r, subject, b, {
      kind: 'difference',
      // 比上年缩水5万元: a word the lexicon lacks, not a noun, before the figure — it may be the change, not the prior
      unsure: subject.q.qualifier !== 'exact' || b.q.qualifier !== 'exact' || !NAMED_BASE.test(b.lead.replace(/\s/g, '')),
      reason: `变动率 = （${subject.q.text} − ${b.q.text}）÷ ${b.q.text}`,
      reasonEn: 'rate of change = (current − base) ÷ base',
    });
  }
}
