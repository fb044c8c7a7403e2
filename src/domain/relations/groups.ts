// A total and its parts, judged: exhaustive lists must add up (sum, or changeSum for changes),
// subsets may only fall short; which lexicon partition a list belongs to and whether it is complete.
import { abs, cmp, mul, sum } from '../decimal.js';
import { judge, judgeSum, type Verdict } from './compare.js';
import { add, addSum, type Ctx, type Group } from './context.js';
import { cleanLabel, compatible, conceptOf, type Figure } from './figures.js';
import { totalOnPartsBasis } from './changeBasis.js';
import { digitSlips, slipReason } from './digitSlips.js';
import { unitSlip, unitSlipReason } from './unitSlips.js';
import { closingItem } from './closingItems.js';
import { closingChange } from './closingChanges.js';
import { balanceIncome } from './fiscalBalance.js';
import { descendants, isComplete, PARTITIONS, partitionsOf, type Partition } from './lexicon.js';
import { shapeParts } from './partKinds.js';
import { weightScorePairs } from './scoreParts.js';

export interface Why {
  zh: string;
  en: string;
}

export const SOURCE = /^(?:中央|地方|省级?|市级?|县级?|区级?|市县)/;
/** The concept of a label without the source that opens it (中央一般公共预算本级收入 → 收入). */
export const headConcept = (label: string): string | null => conceptOf(cleanLabel(label.replace(SOURCE, '').replace(/本级/, '')));

/** Partition the part concepts belong to, and whether the listing is complete for the total. */
export function partitionFor(total: Figure | null, parts: Figure[], strictLater = false): { p: Partition; complete: boolean } | null {
  const concepts = parts.map((x) => x.concept);
  if (concepts.some((c) => c === null)) return null;
  const listed = new Set(concepts as string[]);
  let first: { p: Partition; complete: boolean } | null = null;
  for (const p of partitionsOf(concepts[0]!)) {
    if (![...listed].every((c) => p.parts.includes(c))) continue;
    if (total && p.totals && total.concept && !p.totals.includes(total.concept) && !p.totals.includes(headConcept(total.label) ?? '')) continue;
    if (total && p.totals && !total.concept && !/总|合计|共|全部|全年|本年/.test(total.lead + total.label)) continue;
    // strictLater: the caller looks the total up by the partition's own totals (cueless runs) — only totals
    // of one kind (地区生产总值), never 收入/支出 that levels of either side would name
    const later = strictLater && !!p.totals && !p.totals.some((t) => t === 'income' || t === 'expenditure');
    if (p.strict && !(total ? p.totals?.includes(total.concept ?? '') || p.totals?.includes(headConcept(total.label) ?? '') : later)) continue;
    // 市本级 + 区级 are in two partitions (all sources, and a city's levels): the one they complete wins
    const complete = isComplete(p, listed);
    if (complete) return { p, complete };
    first ??= { p, complete };
  }
  return first;
}

/**
 * 三公经费X。其中：出国a；购置费b；运行费c；接待d — parts of one total from several levels of the
 * lexicon (购置费 and 运行费 stand for 公务用车): each under the total, none inside another. Lets a list
 * go on; whether it is complete is still the lexicon's (exhaustiveness).
 */
export function underOne(total: Figure, parts: Figure[]): boolean {
  const want = total.concept ?? headConcept(total.label);
  const concepts = parts.map((x) => x.concept);
  if (!want || concepts.some((c) => !c) || new Set(concepts).size !== concepts.length) return false;
  const below = descendants(want);
  return concepts.every((c) => below.has(c!) && !concepts.some((d) => d !== c && descendants(d!).has(c!)));
}

// 收入总计 = 本年收入 + 年初（上年）结转和结余 (+ 使用非财政拨款结余…); 支出总计 = 本年支出 + 年末结转和结余 (+ 结余分配)
const GRAND: { total: RegExp; need: RegExp[]; may: RegExp; rule: string }[] = [
  {
    total: /(?:收入总计|总收入)(?:合计|总额)?(?:为|是|达)?$/,
    need: [/^本年(?:度)?收入(?:合计)?$/, /^(?:年初|上年)(?:财政拨款)?结转(?:和|及|与)?结余(?:资金)?$|^上年结转(?:资金)?$/],
    may: /使用非财政拨款结余|用事业基金弥补收支差额/,
    rule: '收入总计 = 本年收入 + 年初结转和结余',
  },
  {
    total: /(?:支出总计|总支出)(?:合计|总额)?(?:为|是|达)?$/,
    need: [/^本年(?:度)?支出(?:合计)?$/, /^年末(?:财政拨款)?结转(?:和|及|与)?结余(?:资金)?$/],
    may: /结余分配|缴纳所得税/,
    rule: '支出总计 = 本年支出 + 年末结转和结余',
  },
];
function grandTotal(total: Figure, parts: Figure[]): string | null {
  // the label loses its 总计 (a verb-like suffix): the words before the figure say it
  const label = total.lead.replace(/\s/g, '');
  const labels = parts.map((x) => cleanLabel(x.label));
  for (const g of GRAND) {
    if (!g.total.test(label)) continue;
    const each = g.need.map((re) => labels.filter((l) => re.test(l)).length);
    if (each.every((n) => n === 1) && labels.every((l) => g.need.some((re) => re.test(l)) || g.may.test(l))) return g.rule;
  }
  return null;
}

const TYPES = ['一般公共预算', '政府性基金', '国有资本经营'];
/** 财政拨款支出X（其中：一般公共预算财政拨款支出a，政府性基金…b，国有资本经营…c）: the three budget types, each once, of the same quantity. */
function budgetTypes(total: Figure, parts: Figure[]): boolean {
  if (parts.length !== 3 || !total.scope.includes('财政拨款') || TYPES.some((t) => total.scope.includes(t))) return false;
  const types = parts.map((x) => TYPES.filter((t) => x.scope.includes(t)));
  const same = (x: Figure) => x.concept === total.concept || (!!x.concept && x.concept === headConcept(total.label));
  return parts.every((x, i) => types[i]!.length === 1 && same(x)) && new Set(types.map((t) => t[0])).size === 3;
}

/** 其中，一般公共预算拨款支出a；政府性基金拨款支出b: another budget type of the same quantity goes on past a ；. */
export function budgetTypeSibling(parts: Figure[], f: Figure): boolean {
  const typeOf = (x: Figure) => {
    const t = TYPES.filter((y) => x.scope.includes(y));
    return t.length === 1 ? t[0]! : null;
  };
  const types = parts.map(typeOf);
  const mine = typeOf(f);
  return !!mine && !!f.concept && types.every((t) => !!t && t !== mine) && parts.every((x) => x.concept === f.concept);
}

// 收入总计T，其中本级a，上级补助b，上年结余c / 支出合计T，其中：…，结转下年d: a 总计/合计 whose list ends with
// the balancing carry-over (what is left, or brought in) is the whole balance, item by item
const CARRY_IN = /^(?:上年|年初)(?:财政拨款)?(?:结转|结余)/;
const CARRY_OUT = /^(?:结转下年|年末(?:财政拨款)?(?:结转|结余)|结转(?:到|至)下年)/;
function closedByCarry(total: Figure, parts: Figure[]): boolean {
  if (parts.length < 3 || !/(?:收入|支出)(?:总计|合计)(?:为|是|达)?$/.test(total.lead.replace(/\s/g, ''))) return false;
  const last = cleanLabel(parts[parts.length - 1]!.label).replace(/^[—–-]+/, '');
  const income = /收入(?:总计|合计)(?:为|是|达)?$/.test(total.lead.replace(/\s/g, ''));
  return (income ? CARRY_IN : CARRY_OUT).test(last) && parts.every((x) => x.role === 'level' && x.q.qualifier === 'exact');
}

const residual = (parts: Figure[]): boolean => parts.some((x) => /^(?:其他|其余|剩余)/.test(x.label));

export function register(ctx: Ctx, g: Group): void {
  ctx.groups.push(g);
  ctx.totals.add(g.total.id);
  for (const x of g.parts) if (!ctx.partOf.has(x.id)) ctx.partOf.set(x.id, g);
}

/** A list that runs past its end (…，退休职工28人): the prefix that adds up exactly is the list. */
function trimToPrefix(g: Group): void {
  if (g.mode !== 'level' || g.parts.length < 3 || g.exhaustive) return;
  if (
    judgeSum(
      g.total.q,
      g.parts.map((x) => x.q),
    ).verdict === 'ok'
  )
    return;
  for (let n = g.parts.length - 1; n >= 2; n--) {
    const head = g.parts.slice(0, n);
    if (cmp(sum(head.map((x) => x.q.value)), g.total.q.value) === 0) {
      g.parts = head;
      return;
    }
  }
}

const BASIS = /(?:同|自然|可比|全|统计|原|新)口径/;
/** 区本级同口径完成a；区本级自然口径完成b: two parts named alike but for their 口径 are one quantity counted two ways. */
export function twoWaysOfOne(parts: Figure[]): boolean {
  const seen = new Map<string, string>();
  for (const x of parts) {
    const way = BASIS.exec(x.label)?.[0];
    if (!way) continue;
    const rest = x.label.replace(BASIS, '');
    if ((seen.get(rest) ?? way) !== way) return true;
    seen.set(rest, way);
  }
  return false;
}

export function judgeGroup(ctx: Ctx, g: Group, why: Why): void {
  // 总分X，其中：产出指标50分，得46分…: weights and scores, not parts (scores.ts reads them)
  if (g.total.q.unit === '分' && weightScorePairs(g.parts)) return;
  // the same quantity by two 口径 is no list of parts: neither their sum nor the total says anything
  if (twoWaysOfOne(g.parts)) return;
  const subs = shapeParts(g, ctx.totals);
  if (!subs) return;
  for (const s of subs) {
    register(ctx, s);
    const rule = PARTITIONS.find((q) => q.totals?.length === 1 && q.totals[0] === s.total.concept)!.rule;
    judgeGroup(ctx, s, { zh: `分类口径：${rule}`, en: `classification: ${rule}` });
  }
  trimToPrefix(g);
  if (g.mode === 'change') {
    // (a nested item dropped may have been the closing rest)
    if (g.closedByRest && !closingChange(g.total, g.parts)) g.exhaustive = false;
    const onBasis = totalOnPartsBasis(ctx.figs, g.total, g.parts);
    if (!onBasis) return;
    g.total = onBasis;
  }
  const { total, parts } = g;
  if (g.mode === 'change') {
    const signed = (f: Figure) => (f.sign < 0 ? mul(f.q.value, -1) : f.q.value);
    const computed = sum(parts.map(signed));
    const totalSigned = signed(total);
    const sameSign = parts.every((x) => x.sign === total.sign);
    const room = sum(parts.map((x) => mul(x.q.precision, '0.5')));
    let verdict = judge({ ...total.q, value: totalSigned }, computed, room);
    // a nil item (A支出0元) fell to zero: its change is at most 0, so the others' changes are at least the total's
    if (verdict === 'error' && !g.exhaustive && g.nil) verdict = cmp(computed, totalSigned) < 0 ? 'error' : 'ok';
    else if (verdict === 'error' && !g.exhaustive) verdict = cmp(abs(computed), abs(totalSigned)) <= 0 ? 'ok' : 'unsure';
    // changes of one direction short of the total's by one keystroke (digitSlips.ts)
    const slips = verdict === 'ok' && !g.exhaustive && !g.nil && sameSign ? digitSlips(ctx, total, parts) : [];
    const slip = slips.length ? slipReason(slips) : null;
    add(ctx, {
      kind: 'changeSum',
      verdict: slip ? 'error' : verdict,
      stated: total,
      computed: sameSign ? abs(computed) : computed,
      parts,
      reason: `其中各项变动之和应等于总变动（${why.zh}）${slip ? `；${slip.zh}` : ''}`,
      reasonEn: `the changes of the parts add up to the change of the total (${why.en})${slip ? `; ${slip.en}` : ''}`,
    });
    return;
  }
  if (g.exhaustive) {
    addSum(ctx, total, parts, { computedAs: parts[0], reason: why.zh, reasonEn: why.en });
    return;
  }
  const { verdict, computed } = judgeSum(
    total.q,
    parts.map((x) => x.q),
  );
  // a subset: only more than the total is wrong
  const over = verdict !== 'ok' && cmp(computed, total.q.value) > 0;
  let v: typeof verdict = over ? verdict : 'ok';
  if (v === 'error') {
    const desc = total.concept ? descendants(total.concept) : null;
    const related = desc ? parts.every((x) => x.concept && desc.has(x.concept)) : false;
    // 其中 right after its total, or opening the next sentence (X。其中：…)
    // (or the total closing its paragraph and 其中 opening the next: X。⏎其中：…)
    const adjacent =
      (total.para === parts[0]!.para && (total.sentence === parts[0]!.sentence || total.sentence + 1 === parts[0]!.sentence)) ||
      (total.para + 1 === parts[0]!.para &&
        parts[0]!.sentence === 0 &&
        total.sentence === ctx.paras[total.para]!.sentenceStarts.length - 1 &&
        /^\s*其中/.test(ctx.paras[parts[0]!.para]!.text) &&
        // …and holding no other amount it could be (另有结转b。⏎其中… is a guess)
        (ctx.byPara[total.para] ?? []).every((f) => f === total || f.depth > 0 || f.role !== 'level' || !compatible(f, total)));
    if (!related && !adjacent && !g.named) v = 'unsure';
    if (parts.some((x) => x.q.qualifier !== 'exact') || total.q.qualifier !== 'exact') v = 'unsure';
    // 县本级X。其中，全县甲Y: a part of the whole area (全县) is no part of one level's or zone's total (round 13)
    if (parts.some((x) => wholeArea(x.label) && wholeArea(x.label) !== wholeArea(total.label))) v = 'unsure';
  }
  // Σ short of the total by one keystroke in one figure: the list is complete and that figure mistyped (digitSlips.ts)
  const slips = verdict === 'error' && v === 'ok' ? digitSlips(ctx, total, parts) : [];
  // …or one part written in another unit than the rest (unitSlips.ts)
  const unit = verdict === 'error' && v === 'ok' && !slips.length ? unitSlip(total, parts) : null;
  if (slips.length || unit) {
    const s = unit ? unitSlipReason(unit) : slipReason(slips);
    add(ctx, {
      kind: 'sum',
      verdict: 'error',
      stated: total,
      computed,
      computedAs: parts[0],
      parts,
      reason: `${why.zh}；${s.zh}`,
      reasonEn: `${why.en}; ${s.en}`,
    });
    return;
  }
  if (v === 'error' && parts.length === 1) {
    // one part above its total: the part is what is wrong; several: their total is
    addSubset(ctx, parts[0]!, total.q.value, total, [total, ...parts], why, ` ${total.q.text}`);
    return;
  }
  addSubset(ctx, total, computed, parts[0], parts, why, '', v);
}

/** 全县 / 全市 / 全省 …: the label names the whole area, the word returned; '' otherwise. */
const wholeArea = (label: string): string => /^(?:\d{4}年(?:度)?|1-\d{1,2}月(?:份)?)?(全(?:县|市|省|区|州|旗|盟))/.exec(label)?.[1] ?? '';

/** Σ parts ≤ total: the relation as reported (stated, what it is compared with, the figures used). */
function addSubset(
  ctx: Ctx,
  stated: Figure,
  computed: string,
  computedAs: Figure | undefined,
  parts: Figure[],
  why: Why,
  tail: string,
  verdict: Verdict = 'error',
): void {
  add(ctx, {
    kind: 'subset',
    verdict,
    stated,
    computed,
    computedAs,
    parts,
    reason: `${why.zh}：所列为部分，之和不应超过总数${tail}`,
    reasonEn: `${why.en}: the listed parts are a subset and cannot exceed the total${tail}`,
  });
}
/**
 * 支出 X，其中：人员经费 a，公用经费 b，项目支出 c — a complete inner set (人员 + 公用 = 基本支出) stands
 * for its total, and with it the list completes the outer one (基本 + 项目 = 支出). The rule text, or null.
 */
function flattened(total: Figure, parts: Figure[]): string | null {
  const concepts = parts.map((x) => x.concept);
  const want = total.concept ?? headConcept(total.label);
  if (!want || parts.length < 3 || concepts.some((c) => !c) || new Set(concepts).size !== concepts.length) return null;
  let listed = new Set(concepts as string[]);
  const rules: string[] = [];
  for (const q of PARTITIONS) {
    if (q.totals?.length !== 1) continue;
    const inner = [...listed].filter((c) => q.parts.includes(c));
    if (inner.length < 2 || inner.length === listed.size || !isComplete(q, new Set(inner))) continue;
    listed = new Set([...[...listed].filter((c) => !inner.includes(c)), q.totals[0]!]);
    rules.push(q.rule);
  }
  if (!rules.length) return null;
  const outer = PARTITIONS.find((q) => q.totals?.includes(want) && [...listed].every((c) => q.parts.includes(c)) && isComplete(q, listed));
  return outer ? `${rules.join('；')}；${outer.rule}` : null;
}

export function exhaustiveness(cue: string, total: Figure, parts: Figure[], etc: boolean): Why & { exhaustive: boolean } {
  if (etc) return { exhaustive: false, zh: `“${cue}…等”为不完全列举`, en: `“${cue} … 等” lists only some parts` };
  if (/分别/.test(cue)) return { exhaustive: true, zh: `“${cue}”列出全部分项`, en: `“${cue}” (respectively) lists every part` };
  // 主要用于 / 主要包括 name the main parts only, whatever the lexicon says
  if (/主要/.test(cue)) return { exhaustive: false, zh: `“${cue}”只列主要部分`, en: `“${cue}” lists the main parts only` };
  const grand = grandTotal(total, parts);
  if (grand) return { exhaustive: true, zh: grand, en: 'grand total = this year’s flow + the carry-over' };
  if (budgetTypes(total, parts))
    return {
      exhaustive: true,
      zh: '财政拨款 = 一般公共预算财政拨款 + 政府性基金预算财政拨款 + 国有资本经营预算财政拨款',
      en: 'appropriations = general budget + government funds + state capital operations',
    };
  if (closedByCarry(total, parts))
    return {
      exhaustive: true,
      zh: '分项以结转结余收尾：总计 = 所列各项 + 结转结余',
      en: 'the parts end with the carry-over: the total is the listed items plus it',
    };
  const balance = balanceIncome(total, parts, total.concept === 'income' || headConcept(total.label) === 'income' ? 'income' : null);
  if (balance) return { exhaustive: true, zh: `分类口径：${balance}`, en: `classification: ${balance}` };
  const part = partitionFor(total, parts);
  if (part?.complete && parts.length >= 2) return { exhaustive: true, zh: `分类口径：${part.p.rule}`, en: `classification: ${part.p.rule}` };
  if (part && parts.length >= 2 && residual(parts))
    return {
      exhaustive: true,
      zh: `分项含“其他”，为全部列举（${part.p.rule}）`,
      en: `the parts end with “其他” (other), so they are complete (${part.p.rule})`,
    };
  const rest = closingItem(total, parts) ?? closingChange(total, parts);
  if (rest)
    return { exhaustive: true, zh: `末项“其他${rest}”为其余部分，所列为全部`, en: `the last part is the rest (其他${rest}), so the parts are all of it` };
  const flat = flattened(total, parts);
  if (flat) return { exhaustive: true, zh: `分类口径：${flat}`, en: `classification: ${flat}` };
  if (part && part.p.id === 'econ' && parts.length >= 3)
    return { exhaustive: true, zh: `按经济分类列举：${part.p.rule}`, en: `economic classification: ${part.p.rule}` };
  return { exhaustive: false, zh: `“${cue}”`, en: /包括/.test(cue) ? `“${cue}” (including)` : `“${cue}” (of which)` };
}
