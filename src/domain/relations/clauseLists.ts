// A total and its classes written clause by clause, each class with its own comparisons:
//   X经费共计a，较上年减少c，下降r；其中：A类a1，较上年持平；B类a2，较上年减少c2，下降r2；…
//   X经费安排a：一、A类a1，…，二、B类a2，…，三、…   (numbered inside one long sentence)
//   经比较，X经费较上年减少c，较年初预算减少d。其中：无A类；B类较上年减少c1，…；C类…
// The classes are the lexicon partition of the total's concept (one per clause); they add up to the
// total when the partition is complete (a class the text says it has none of, 无A类, counts as 0),
// and the class changes add up to the total's change for each basis (上年 / 年初预算) all of them
// state. A rate after a change (减少c，下降r) is c over the level before it.
import { abs, add as plus, cmp, mul, sub } from '../decimal.js';
import { halfStep } from '../quantity/index.js';
import { judge, judgeRange, ratio } from './compare.js';
import { add, earlierOfConcept, inSentence, type Ctx } from './context.js';
import { cleanLabel, conceptOf, type Figure } from './figures.js';
import { judgeGroup } from './groups.js';
import { isComplete, PARTITIONS, type Partition } from './lexicon.js';
import type { Paragraph } from './text.js';

export type Basis = 'year' | 'budget';

export interface Change {
  basis: Basis;
  money: Figure | null;
  rate: Figure | null;
  /** 持平 / 无: no change on this basis. */
  flat?: boolean;
}

export interface Item {
  concept: string;
  level: Figure | null;
  changes: Change[];
  none?: boolean;
  /** Named in words only (no amount of its own in the clause): its rates are itemRates.ts's to read. */
  named?: boolean;
}

const NUMBERED = /[一二三四五六七八九十]、/g;
const FLATS = /(?:较|比|与|同|和)([^，；。]{0,12}?)(?:相比较|相比|相较|比较|对比)?(?:持平|无增减|没有变化)/g;
/** A class named at the head of a clause, compared right after: 公务用车购置支出决算比预算… */
const NAMED_CLAUSE = /^(?:其中[，：]?)?([^，；。：\d]{2,20}?)(?:比|较|与)/;

function basisOf(words: string): Basis | null {
  if (/年初预算|预算数|(?:比|较|与)预算/.test(words) && !/上年|去年|(?:19|20)\d\d年/.test(words)) return 'budget';
  // 同比 is against the same period of the year before
  if (/上年|去年|同期|同比|(?:19|20)\d\d年/.test(words)) return 'year';
  return null;
}

/** The comparisons of one clause: each money change with the rate after it, by basis (null: unclear). */
export function changesOf(p: Paragraph, from: number, to: number, figs: Figure[]): Change[] | null {
  const out: Change[] = [];
  let last = from;
  for (const f of figs) {
    if (f.role !== 'change') continue;
    const basis = basisOf(p.text.slice(last, f.start));
    last = f.end;
    if (f.q.kind === 'money') {
      if (!basis) return null;
      out.push({ basis, money: f, rate: null });
    } else if (f.q.unit === '%') {
      const prev = out.at(-1);
      if (basis && basis !== prev?.basis) out.push({ basis, money: null, rate: f });
      else if (prev && !prev.rate) prev.rate = f;
      else return null;
    }
  }
  // 比预算无增减变化，比去年无增减变化: each basis a class did not change on
  for (const flat of p.text.slice(from, to).matchAll(FLATS)) {
    const fb = basisOf(flat[0]);
    if (fb && !out.some((c) => c.basis === fb)) out.push({ basis: fb, money: null, rate: null, flat: true });
  }
  // two comparisons on one basis (比上年预算…，比上年决算…): which one the total's is, is a guess
  if (new Set(out.map((c) => c.basis)).size !== out.length) return null;
  return out;
}

/** Clause starts of the list region: after ；, and at 一、二、… numbered in order. */
function clauses(text: string, from: number, to: number, members: Set<string>): [number, number][] {
  const cuts = new Set<number>([from]);
  for (let i = from; i < to; i++) if (text[i] === '；' || (text[i] === '，' && namedClass(text.slice(i + 1, to), members))) cuts.add(i + 1);
  let want = 0;
  for (const m of text.slice(from, to).matchAll(NUMBERED)) {
    const at = from + m.index;
    if ('一二三四五六七八九十'.indexOf(m[0][0]!) !== want || (at > from && !/[，：；]/.test(text[at - 1]!))) continue;
    want++;
    cuts.add(at);
  }
  const xs = [...cuts].sort((a, b) => a - b);
  return xs.map((x, i) => [x, i + 1 < xs.length ? xs[i + 1]! : to]);
}

/** The class a clause opens with when it is compared right after its name (a member of the head's partitions). */
function namedClass(clause: string, members: Set<string>): string | null {
  const m = NAMED_CLAUSE.exec(clause);
  const c = m ? conceptOf(cleanLabel(m[1]!)) : null;
  return c && members.has(c) ? c : null;
}

function itemOf(p: Paragraph, span: [number, number], figs: Figure[], members: Set<string>): Item | null | 'skip' {
  const [from, to] = span;
  const own = figs.filter((f) => f.start >= from && f.start < to);
  const none = /^(?:其中[：，:]?)?无([^，；。\d]{2,14})[；。]?$/.exec(p.text.slice(from, to).trim());
  if (none) {
    const c = conceptOf(cleanLabel(none[1]!));
    return c && members.has(c) ? { concept: c, level: null, changes: [], none: true } : null;
  }
  const first = own.find((f) => f.q.kind === 'money' && f.concept);
  // 因公出国支出决算比预算无增减变化，比去年增加c: a class named and compared, with no amount of its own
  const named = own.some((f) => f.q.kind === 'money' && f.role === 'level') ? null : namedClass(p.text.slice(from, to), members);
  if (named) {
    const changes = changesOf(p, from, to, own);
    if (!changes) return null;
    return changes.length ? { concept: named, level: null, changes, named: true } : 'skip';
  }
  if (!first) return own.some((f) => f.q.kind === 'money') ? null : 'skip';
  if (!members.has(first.concept!)) return null;
  const level = first.role === 'level' ? first : null;
  const rest = own.filter((f) => (level ? f.id > first.id : f.id >= first.id));
  // comparisons that cannot be told apart leave the class without changes (its amount still counts)
  const changes = changesOf(p, level ? first.end : from, to, rest) ?? [];
  return { concept: first.concept!, level, changes };
}

/** Where the list of classes opens after the head: 其中 in the sentence, or opening a next sentence
 *  (past sentences without amounts: 主要是…), or ：一、 */
export function listRegion(ctx: Ctx, p: Paragraph, pi: number, head: Figure): { from: number; to: number; sentence: number } | null {
  const s = head.sentence;
  const rest = p.text.slice(head.end, sentenceEndOf(p, s));
  const cue = /其中[：，:]?|[：:](?=一、)/.exec(rest);
  if (cue) return { from: head.end + cue.index + cue[0].length, to: sentenceEndOf(p, s), sentence: s };
  for (let k = s + 1; k <= s + 3 && k < p.sentenceStarts.length; k++) {
    const at = p.sentenceStarts[k]!;
    const figs = inSentence(ctx, pi, k);
    if (/^\s*其中/.test(p.text.slice(at, at + 4)) && figs.length) return { from: at, to: sentenceEndOf(p, k), sentence: k };
    if (figs.some((f) => f.q.kind === 'money')) return null;
  }
  return null;
}

export const sentenceEndOf = (p: Paragraph, k: number): number => (k + 1 < p.sentenceStarts.length ? p.sentenceStarts[k + 1]! : p.text.length);

/** The level a change in a later sentence compares: the nearest earlier one of the concept, a few
 *  paragraphs back at most, of the same year and stage, and not the budget when the change is against it. */
function levelBefore(ctx: Ctx, concept: string, change: Figure, basis: Basis): Figure | null {
  const l = earlierOfConcept(ctx, concept, change.id, (x) => x.role === 'level' && x.q.kind === 'money', 20);
  if (!l || l.para < change.para - 3 || (l.para === change.para && l.sentence === change.sentence)) return null;
  if ((l.year && change.year && l.year !== change.year) || (l.stage && change.stage && l.stage !== change.stage)) return null;
  if (basis === 'budget' && l.stage === 'budget') return null;
  // 一季度…收入a。…上半年收入同比增收c: a level of another period is not the one changed
  const period = PERIOD.exec(textBefore(ctx, change))?.[0];
  if (period && !textBefore(ctx, l).includes(period)) return null;
  return l;
}

const PERIOD = /上半年|下半年|前三季度|[一二三四]季度|\d{1,2}[-—至]\d{1,2}月|\d{1,2}月(?:份)?/;
/** The words of a figure's sentence before it. */
const textBefore = (ctx: Ctx, f: Figure): string => ctx.paras[f.para]!.text.slice(ctx.paras[f.para]!.sentenceStarts[f.sentence]!, f.start);

function rateOf(ctx: Ctx, level: Figure, c: Change): void {
  if (c.money && c.rate) changeRate(ctx, level, c.money, c.rate, c.basis === 'budget' ? '较预算' : '较上年');
}

/** 减少c，下降r of a level L: r = c ÷ (L ± c), the direction of the rate that of the change. */
export function changeRate(ctx: Ctx, level: Figure, money: Figure, rate: Figure, basis: string): void {
  if (money.sign === 0) return;
  const signed = money.sign < 0 ? mul(money.q.value, -1) : money.q.value;
  const before = sub(level.q.value, signed);
  if (cmp(before, '0') <= 0) return;
  // unsigned, so a truncated rate (0.66 written 0.6) reads as truncated whatever the direction
  const r = ratio(money.q, { ...level.q, value: before, precision: cmp(level.q.precision, money.q.precision) >= 0 ? level.q.precision : money.q.precision });
  if (!r || [level, money, rate].some((f) => f.q.qualifier !== 'exact')) return;
  const opposite = rate.sign !== 0 && rate.sign !== money.sign && cmp(rate.q.value, '0') !== 0;
  const stated = rate.sign < 0 ? mul(rate.q.value, -1) : rate.q.value;
  const exact = money.sign < 0 ? mul(r.exact, -1) : r.exact;
  add(ctx, {
    kind: 'yoy',
    verdict: opposite ? 'error' : judgeRange(rate.q, rate.q.value, r.exact, r.lo, r.hi),
    stated: rate,
    statedValue: stated,
    computed: exact,
    parts: [level, money],
    reason: `${basis}${money.sign > 0 ? '增加' : '减少'}${money.q.text}：比较基数 = ${level.q.text} ${money.sign > 0 ? '−' : '+'} ${money.q.text}，变动率 = 变动额 ÷ 比较基数`,
    reasonEn: 'the rate is the change over the level it is compared with (the level less the change)',
  });
}

/** The first amount of the sentence whose concept the lexicon splits, and its partitions. */
export function headOf(fs: Figure[]): { head: Figure; parts: Partition[] } | null {
  for (const f of fs) {
    if (f.q.kind !== 'money' || !f.concept || (f.role !== 'level' && f.role !== 'change')) continue;
    const parts = PARTITIONS.filter((q) => q.totals?.includes(f.concept!));
    if (parts.length) return { head: f, parts };
  }
  return null;
}

/**
 * 年初预算为a，支出决算为b，其中：甲决算…；乙决算…: the total is the amount of the head's concept
 * before the list at the parts' stage; none when the stages differ and none agrees.
 */
function totalOfStage(fs: Figure[], head: Figure, before: number, levels: Figure[]): Figure | null {
  const stages = new Set(levels.map((x) => x.stage).filter((x) => x !== null));
  const candidates = fs.filter((f) => f.id >= head.id && f.start < before && f.role === 'level' && f.q.kind === 'money' && f.concept === head.concept);
  if (stages.size !== 1) return candidates.every((f) => f.stage === head.stage) ? head : null;
  const [stage] = [...stages];
  const same = candidates.filter((f) => f.stage === stage);
  if (same.length) return same[same.length - 1]!;
  return candidates.every((f) => f.stage === null) ? head : null;
}

export function findClauseLists(ctx: Ctx): void {
  ctx.paras.forEach((p, pi) => {
    for (const fs of ctx.bySentence[pi] ?? []) {
      const h = headOf(fs);
      if (!h) continue;
      const { head } = h;
      const members = new Set(h.parts.flatMap((q) => q.parts));
      const region = listRegion(ctx, p, pi, head);
      const until = region && region.sentence === head.sentence ? region.from : sentenceEndOf(p, head.sentence);
      const headFigs = fs.filter((f) => (head.role === 'change' ? f.id >= head.id : f.id > head.id) && f.start < until);
      const from = head.role === 'change' ? p.sentenceStarts[head.sentence]! : head.end;
      const headChanges = changesOf(p, from, until, headFigs) ?? [];
      // 经比较，X较上年减少c，下降r: the level is the one stated sentences before
      if (head.role === 'change')
        for (const c of headChanges) {
          const level = c.money && levelBefore(ctx, head.concept!, c.money, c.basis);
          if (level) rateOf(ctx, level, c);
        }
      // 支出a，较年初预算减少d — the budget stated sentences before: a + d is it
      if (head.role === 'level') for (const c of headChanges) if (c.basis === 'budget' && c.money) budgetGap(ctx, head, c.money);
      if (!region) continue;
      const figs = inSentence(ctx, pi, region.sentence).filter((f) => f.start >= region.from && f.start < region.to);
      const items: Item[] = [];
      let bad = false;
      for (const span of clauses(p.text, region.from, region.to, members)) {
        const it = itemOf(p, span, figs, members);
        if (it === 'skip') continue;
        if (!it || items.some((x) => x.concept === it.concept)) {
          bad = true;
          break;
        }
        items.push(it);
      }
      // the classes of one partition (基本 + 项目, or the economic classes: never a mix)
      const part = h.parts.find((q) => items.every((x) => q.parts.includes(x.concept)));
      if (bad || items.length < 2 || !part) continue;
      const complete = isComplete(part, new Set(items.map((x) => x.concept)));
      const why = { zh: `逐项列举（${part.rule}）`, en: `classes listed clause by clause (${part.rule})` };
      // levels: every class with an amount (or none at all) — a sum when complete, else a subset
      const levels = items.filter((x) => x.level).map((x) => x.level!);
      const total = head.role === 'level' ? totalOfStage(fs, head, region.from, levels) : null;
      if (total && levels.length >= 2 && items.every((x) => x.level || x.none))
        judgeGroup(ctx, { total, parts: levels, exhaustive: complete, mode: 'level', cue: '其中' }, why);
      // a class compared in a later sentence: its rate on the amount listed before
      for (const it of items)
        for (const c of it.changes) {
          const level = !it.level && !it.named && c.money ? levelBefore(ctx, it.concept, c.money, c.basis) : null;
          if (level) rateOf(ctx, level, c);
        }
      if (complete) changeSums(ctx, headChanges, items);
      // 因公出国（境）费0万元 stated before and left out of the comparisons: zero now, so its change is at most 0
      else if (zeroClassesFill(ctx, part, items, head)) changeSums(ctx, headChanges, items, true);
    }
  });
}

function budgetGap(ctx: Ctx, level: Figure, change: Figure): void {
  const budget = earlierOfConcept(ctx, level.concept!, level.id, (x) => x.role === 'level' && x.q.kind === 'money' && x.stage === 'budget', 20);
  if (!budget || budget.para < level.para - 3 || (budget.para === level.para && budget.sentence === level.sentence)) return;
  if (level.stage === 'budget' || (budget.year && level.year && budget.year !== level.year) || change.sign === 0) return;
  if (![budget, level, change].every((f) => f.q.qualifier === 'exact')) return;
  const d = sub(budget.q.value, level.q.value);
  const wrongWay = change.sign < 0 !== cmp(d, '0') > 0 && cmp(d, '0') !== 0;
  const room = plus(halfStep(budget.q), halfStep(level.q));
  add(ctx, {
    kind: 'difference',
    verdict: wrongWay ? 'error' : judge(change.q, abs(d), room),
    stated: change,
    computed: abs(d),
    parts: [budget, level],
    reason: `较预算${change.sign < 0 ? '减少' : '增加'}：前文预算 ${budget.q.text} 与 ${level.q.text} 之差`,
    reasonEn: 'the change against the budget is the difference from the budget stated before',
  });
}

/** For each basis the total states an amount of change on, the classes' changes on it add up. */
export function changeSums(ctx: Ctx, headChanges: Change[], items: Item[], nil = false): void {
  for (const hc of headChanges) {
    if (!hc.money) continue;
    const parts: Figure[] = [];
    let ok = true;
    for (const it of items) {
      const c = it.changes.find((x) => x.basis === hc.basis);
      if (c?.money) parts.push(c.money);
      else if (!it.none && !c?.flat) ok = false;
    }
    if (!ok || !parts.length) continue;
    const basis = hc.basis === 'budget' ? '较预算' : '较上年';
    judgeGroup(
      ctx,
      { total: hc.money, parts, exhaustive: !nil, nil, mode: 'change', cue: '其中' },
      { zh: `逐项列举${basis}的变动`, en: 'the changes of every class, on one basis' },
    );
  }
}

/** The classes missing from a list are each stated as 0 a few paragraphs before (the same year): the list is whole but for them. */
function zeroClassesFill(ctx: Ctx, part: Partition, items: Item[], head: Figure): boolean {
  const listed = new Set(items.map((x) => x.concept));
  const missing = part.complete.filter((any) => !any.some((c) => c.split('+').every((x) => listed.has(x))));
  return (
    missing.length > 0 &&
    missing.length < part.complete.length &&
    missing.every((any) =>
      any.some((c) => {
        const z = earlierOfConcept(ctx, c, head.id, (x) => x.role === 'level' && x.q.kind === 'money' && Number(x.q.value) === 0, 20);
        return !!z && z.para >= head.para - 3 && !(z.year && head.year && z.year !== head.year);
      }),
    )
  );
}
