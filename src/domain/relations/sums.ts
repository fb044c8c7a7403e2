// Totals and their parts: 其中/包括 lists bound to the figure right before them (parentheses
// respected), 分别为, "X中，…", 按…分类 breakdowns, complete lexicon sets without a cue, and
// 共计/合计 after a list. Exhaustive only when the text or the lexicon says so; otherwise Σ ≤ total.
import { cmp, sum } from '../decimal.js';
import { judgeSum } from './compare.js';
import { add, earlierOfConcept, inSentence, type Ctx, type Group } from './context.js';
import { cleanLabel, compatible, conceptOf, stageOf, visibleFrom, type Figure } from './figures.js';
import { findAddedUp } from './addedUp.js';
import { denominator, subjectOf } from './changes.js';
import { afterQizhong, cuelessRuns } from './cuelessRuns.js';
import { extendAcrossSentences, nilItems, ownClauses } from './listExtent.js';
import { namedParts, namedTotal } from './namedLists.js';
import { earlierNamed, LEVEL_WORD, unqualified } from './denominators.js';
import { exhaustiveness, headConcept, judgeGroup, partitionFor, register } from './groups.js';
import { descendants, PARTITIONS } from './lexicon.js';
import { parenChain, sentenceOf, type Paragraph } from './text.js';

const CUE = /其中|分别为|分别是|主要包括|包括/g;
const LIST_TOTAL =
  /^(?:以上|上述|合计|共计|总计)?(?:[两二三四五六七八九十\d]+[项个期类笔批次部分所家村段镇乡户])?(?:资金|金额|经费|支出|投入)?(?:共计|合计|总计|总共|共)(?:完成|下达|拨付|发放)?(?:投资|金额|资金|支出|投入)?(?:为|达|约)?$/;

/** The clause a lead ends with: what follows its last comma, semicolon or colon. */
const clauseOf = (lead: string): string => lead.slice(lead.search(/[^，；：]*$/));

function sameChain(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** +1 a revenue, −1 an expenditure, 0 neither or both (收支). */
const flowOf = (label: string): number => (/收入/.test(label) ? 1 : 0) - (/支出/.test(label) ? 1 : 0);

/** Parts after a cue at offset `at` of paragraph `p`: same parenthesis context, same sentence. */
export function partsAfter(ctx: Ctx, pi: number, at: number, cue: string): { parts: Figure[]; endsList: boolean; etc: boolean } {
  const p = ctx.paras[pi]!;
  const chain = parenChain(p, at);
  const s = sentenceOf(p, at);
  const parts: Figure[] = [];
  let mode: 'level' | 'change' | null = null;
  let prevEnd = at;
  let closedInside = false;
  for (const f of inSentence(ctx, pi, s)) {
    if (f.start < at) continue;
    if (f.parens.length < chain.length || !f.parens.slice(f.parens.length - chain.length).every((o, i) => o === chain[i])) break;
    if (f.parens.length > chain.length) {
      // a nested parenthesis is its own group — unless the list goes on inside it and ends there
      if (parts.length && f.parens.length === chain.length + 1 && escapesAside(ctx, p, f, parts[0]!)) {
        parts.push(f);
        prevEnd = f.end;
        closedInside = true;
      }
      continue;
    }
    // 其中：A a（含x、y，B b），C c: the list ended inside the parenthesis; C is no part
    if (closedInside) break;
    // …，收入合计为S: a grand total closes an additive run, it is never one of its parts
    if (parts.length && /(?:合计|总计)(?:数|金额)?(?:为|是|达)?$/.test(clauseOf(f.lead))) break;
    const between = p.text.slice(prevEnd, f.start);
    // a new cue ends the list — not one inside a part's own parenthesis (A a（其中：x，y）；B b)
    if (parts.length && /其中|分别/.test(between.replace(/^[）\s]*/, '').replace(/（[^（）]*）/g, ''))) break;
    // 收入a，其中：税收b；全市支出c — after ；, a new whole (全市…, or 支出 after 收入) ends the list
    if (parts.length && /；/.test(between) && (/^全[市区县省国镇乡]/.test(f.label) || flowOf(f.label) * flowOf(parts[0]!.label) < 0)) break;
    if (parts.length && /；/.test(between) && !/分别/.test(cue)) {
      // 其中：a用于…；b用于…；c… is an enumeration; otherwise only siblings of the lexicon go on
      // (地方…收入a，增加…；上划中央收入b…: items of one head noun go on; 全市支出… after 税收收入 does not)
      const head = f.concept ? headConcept(f.label) : null;
      const enumeration =
        /^[：:]/.test(p.text.slice(at, at + 1)) &&
        (!f.concept || !!partitionFor(null, [...parts, f]) || (!!head && parts.every((x) => headConcept(x.label) === head)));
      if (!enumeration && !partitionFor(null, [...parts, f])) break;
    }
    if (f.role === 'share' || (f.q.kind === 'percent' && parts.length && parts[0]!.q.kind !== 'percent')) continue;
    // 占年初预算8465万元的41.5% / 完成预算10万元的78%: the denominator of a share or rate is not a part
    if (/占[^，；。]*$|(?:完成|为)[^，；。]{0,6}(?:预算|计划|任务|目标)[^，；。]*$/.test(f.lead) && /^\s*的/.test(p.text.slice(f.end, f.end + 2))) continue;
    // …，主要是用X安排的支出18642亿元: an explanation inside the last part ends the list
    if (parts.length && /(?:主要|是由于|由于|因为)[^，；。]*$/.test(clauseOf(f.lead))) break;
    if (f.role === 'change') {
      if (mode === null) mode = 'change';
      else if (mode === 'level') continue; // 税收收入8103万元，比上年增收1284万元；非税收入…: the part's own change
    } else if (f.role === 'level') {
      if (mode === 'change') break;
      mode = 'level';
    } else if (f.role === 'rate' || f.role === 'base') {
      // 公务接待费36万元，比上年支出45万元下降9万元；…: a part's own base, the list goes on
      if (f.role === 'base' && mode === 'level' && f.q.kind !== 'percent') continue;
      if (parts.length) break;
      continue;
    }
    // 公务用车保有量2辆，购置及运行维护费5万元: a head-count inside a money list describes an item
    if (parts.length && f.q.kind === 'count' && parts[0]!.q.kind === 'money') continue;
    if (parts.length && !compatible(parts[0]!, f)) break;
    parts.push(f);
    prevEnd = f.end;
  }
  const last = parts[parts.length - 1];
  const after = last ? p.text.slice(last.end, last.end + 3) : '';
  return { parts, endsList: true, etc: /^[）]?等/.test(after) };
}

/**
 * 其中：一般转移支付A（含均衡性a、奖补b，专项转移支付B）: after the 含 list (items joined by 、), an
 * item set off by a comma inside the parenthesis is a sibling of A, not a part of it.
 */
function escapesAside(ctx: Ctx, p: Paragraph, f: Figure, first: Figure): boolean {
  const open = f.parens[0]!;
  if (!/^（\s*(?:含|包含|包括)/.test(p.text.slice(open, open + 4)) || f.role !== 'level' || !compatible(f, first)) return false;
  const prev = ctx.figs[f.id - 1];
  if (!prev || prev.para !== f.para || prev.start < open || prev.parens[0] !== open) return false;
  const between = p.text.slice(prev.end, f.start);
  return /^\s*，/.test(between) && !/、/.test(between) && /、/.test(p.text.slice(open, prev.start));
}

/** The figure a cue at `at` is about: the last one before it in its parenthesis context. */
function totalBefore(ctx: Ctx, pi: number, at: number, first: Figure): Figure | null {
  const p = ctx.paras[pi]!;
  const chain = parenChain(p, at);
  const s = sentenceOf(p, at);
  const before = [...inSentence(ctx, pi, s - 1), ...inSentence(ctx, pi, s)].filter((f) => f.start < at && visibleFrom(f, chain));
  const sentenceStart = p.sentenceStarts[s]!;
  const atStart = !/[\u4e00-\u9fff\d]/.test(p.text.slice(sentenceStart, at).replace(/其中|：|，/g, ''));
  let pool = before.filter((f) => f.sentence === s);
  if (!pool.length && atStart) {
    pool = before.filter((f) => f.sentence === s - 1 && f.depth === 0);
    if (!pool.length && s === 0 && pi > 0) pool = inSentence(ctx, pi - 1, ctx.paras[pi - 1]!.sentenceStarts.length - 1).filter((f) => f.depth === 0);
  }
  const fits = (f: Figure) =>
    f.role !== 'share' &&
    f.role !== 'rate' &&
    f.role !== 'base' &&
    (first.role === 'change' ? f.role === 'change' : f.role !== 'change') &&
    compatible(f, first) &&
    f.q.kind !== 'percent';
  if (atStart && pool.length && pool[0]!.sentence !== s) {
    // X，…，Y。其中：… — the list belongs to the figure it adds up to, else to the sentence's first figure
    const cands = pool.filter(fits);
    const parts = partsAfter(ctx, pi, at + 2, '其中').parts;
    const total = parts.length ? sum(parts.map((x) => x.q.value)) : null;
    // …年初预算A，支出决算B。其中甲费支出决算a: else the one of the parts' stage
    const staged = parts[0]?.stage ? cands.find((c) => c.stage === parts[0]!.stage && c.depth === 0) : undefined;
    return cands.find((c) => total !== null && cmp(c.q.value, total) === 0) ?? staged ?? cands[0] ?? null;
  }
  for (let i = pool.length - 1; i >= 0; i--) {
    const f = pool[i]!;
    if (f.role === 'share' || f.role === 'rate' || f.role === 'base') continue;
    // X，占年初预算B的p%，其中…: B is what X is measured against, not the total of the list
    if (denominator(ctx, f)) continue;
    if (first.role === 'change' ? f.role !== 'change' : f.role === 'change') continue;
    if (!compatible(f, first)) continue;
    if (f.q.kind === 'percent') return null;
    return f;
  }
  return null;
}

/** Offsets of cues: 其中/分别为/包括, and a parenthesis or colon right after a figure (350万元（中央210万元，…）). */
function cuesOf(ctx: Ctx, pi: number): { index: number; cue: string }[] {
  const p = ctx.paras[pi]!;
  const out = [...p.text.matchAll(CUE)].map((m) => ({ index: m.index, cue: m[0] }));
  for (const f of ctx.byPara[pi]!) {
    const after = /^\s*([（：])(?!\s*其中|\s*分别|\s*包括)/.exec(p.text.slice(f.end, f.end + 6));
    if (after && f.role !== 'share' && f.q.kind !== 'percent') out.push({ index: f.end + after[0].length - 1, cue: after[1]! });
    // 预算79.69亿元中，A a，B b: “中” closing the total's phrase opens its 其中 list (never 中标, 中央)
    const within = /^\s*中(?=[，：])/.exec(p.text.slice(f.end, f.end + 4));
    if (within && f.role === 'level' && f.q.kind !== 'percent') out.push({ index: f.end + within[0].length - 1, cue: '中' });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** 其中 / 分别为 / 包括 lists. */
function cueGroups(ctx: Ctx): void {
  ctx.paras.forEach((p, pi) => {
    for (const m of cuesOf(ctx, pi)) {
      const cue = m.cue;
      const { parts, etc } = partsAfter(ctx, pi, m.index + cue.length, cue);
      if (
        (cue === '（' || cue === '：') &&
        (parts.some((x) => ctx.partOf.has(x.id) || !x.label || x.q.kind === 'score') ||
          /^[（：]\s*(?:满分|含|即|约|占|下同|比|较|增|减|同比|不含)/.test(p.text.slice(m.index, m.index + 6)))
      )
        continue;
      if (!parts.length) continue;
      if ((cue === '（' || cue === '：') && !asideIsBreakdown(ctx, pi, m.index, parts)) continue;
      // 其中，A项目包括…: the 包括 after the name opens the list
      if (cue === '其中' && /^[：，\s]*[\u4e00-\u9fff]{2,12}包括/.test(p.text.slice(m.index + 2, parts[0]!.start))) continue;
      if ((cue === '包括' || cue === '其中') && !totalBefore(ctx, pi, m.index, parts[0]!)) {
        namedList(ctx, pi, m.index + cue.length, cue, etc);
        continue;
      }
      const total = totalBefore(ctx, pi, m.index, parts[0]!);
      if (!total || parts.includes(total) || total.id > parts[0]!.id) continue;
      // a part of another list is a total only of a complete lexicon set (公务用车…3亿元（购置费…、运行维护费…）)
      if (ctx.partOf.has(total.id) && !(parts.length >= 2 && partitionFor(total, parts)?.complete)) continue;
      // 收入总计包括…；支出总计包括…: a ； between them starts another topic
      if (total.para === pi && total.sentence === sentenceOf(p, m.index) && /；/.test(p.text.slice(total.end, m.index)) && !ownClauses(ctx, total, m.index))
        continue;
      if (parts.length === 1 && /分别/.test(cue)) continue;
      // X，其中A、B分别为a、b: the 其中 list governs (a subset unless the lexicon says otherwise)
      if (/分别/.test(cue) && total.para === pi && /其中|包括/.test(p.text.slice(total.end, m.index))) continue;
      // 其中： items go on across sentences; so do changes after a bare 其中 (其中a减少x。b增加y。)
      if (cue === '其中' && (p.text.slice(m.index + cue.length, m.index + cue.length + 1).startsWith('：') || parts[0]!.role === 'change'))
        extendAcrossSentences(ctx, pi, parts);
      let ex = exhaustiveness(cue, total, parts, etc);
      let nilListed = false;
      // 其中，A没有支出；B b；C c: A listed at zero may complete the set
      if (!ex.exhaustive && !etc && parts[0]!.role === 'level' && parts.length >= 2 && cue === '其中') {
        const nil = nilItems(ctx, pi, m.index, parts[parts.length - 1]!);
        const part = nil.length ? partitionFor(total, [...parts, ...nil]) : null;
        if (part?.complete) {
          const names = nil.map((x) => x.label).join('、');
          ex = { exhaustive: true, zh: `分类口径：${part.p.rule}（${names}为零）`, en: `classification: ${part.p.rule} (${names} nil)` };
          nilListed = true;
        }
      }
      const g: Group = { total, parts, exhaustive: ex.exhaustive, mode: parts[0]!.role === 'change' ? 'change' : 'level', cue, nil: nilListed };
      // 同口径比上年减少830万元: a change names no noun; its concept is that of the level it changes
      const changed = g.mode === 'change' ? (total.concept ?? subjectOf(ctx, total)?.concept ?? null) : null;
      if (changed) {
        const desc = descendants(changed);
        // one change after 其中 is never all of them (其中公务接待费减少a。公务用车…增加b: the list goes on)
        g.exhaustive = parts.length >= 2 && parts.every((x) => x.concept && desc.has(x.concept));
        // a list cut short by a level with more changes after it (a：增加x；b 174万元，增长…；c增加z) is not all of them
        const last = parts[parts.length - 1]!;
        if (inSentence(ctx, last.para, last.sentence).some((x) => x.start > last.end && x.role === 'change' && x.q.kind === last.q.kind)) g.exhaustive = false;
      }
      // 其中主要是A…，B…: the main items, not all of them
      const main = /主要|重点|大部分|大头/.test(p.text.slice(m.index + cue.length, parts[0]!.start));
      if (main) g.exhaustive = false;
      register(ctx, g);
      judgeGroup(ctx, g, main ? { zh: `“${cue}主要是”：所列为主要分项`, en: `“${cue}” (mainly): the main parts only` } : ex);
      if (/分别/.test(cue)) countCheck(ctx, p, total, parts, m.index);
    }
  });
}

const STOCK = /累计|余额|结存|滚存|历年|年末|年底|期末/;

/**
 * 安排稳定调节基金A（累计稳定调节基金B）: a bare parenthesis is a breakdown of the figure before it
 * only when it lists several parts or a part the lexicon puts under it; a stock (累计, 余额) is never
 * part of a flow.
 */
function asideIsBreakdown(ctx: Ctx, pi: number, at: number, parts: Figure[]): boolean {
  if (parts.some((x) => STOCK.test(x.label))) return false;
  if (parts.length > 1) return true;
  let k = parts[0]!.id - 1;
  while (k >= 0 && ctx.figs[k]!.para === pi && ctx.figs[k]!.end > at) k--;
  const total = k >= 0 && ctx.figs[k]!.para === pi ? ctx.figs[k] : undefined;
  const c = total?.concept ?? (total ? headConcept(total.label) : null);
  return !!c && !!parts[0]!.concept && descendants(c).has(parts[0]!.concept);
}

/** A list whose total is named before its cue (A项目包括…), stated in a sentence before. */
function namedList(ctx: Ctx, pi: number, at: number, cue: string, etc: boolean): void {
  const total = namedTotal(ctx, pi, at - cue.length);
  if (!total || ctx.totals.has(total.id)) return;
  const parts = namedParts(ctx, pi, at, total);
  if (parts.length < 2 || parts.some((x) => ctx.partOf.has(x.id))) return;
  const ex = exhaustiveness(cue, total, parts, etc);
  const g: Group = { total, parts, exhaustive: ex.exhaustive, mode: 'level', cue, named: true };
  register(ctx, g);
  judgeGroup(ctx, g, {
    zh: `“${cue}”前的名称指前文的“${total.label}”；${ex.zh}`,
    en: `the name before “${cue}” refers to “${total.label}” stated before; ${ex.en}`,
  });
}

/** 涉及3个项目，分别为：… — the count before the list matches the items. */
function countCheck(ctx: Ctx, p: Paragraph, total: Figure, parts: Figure[], cueAt: number): void {
  const between = inSentence(ctx, total.para, total.sentence).filter((f) => f.start > total.end && f.end <= cueAt);
  const n = between.find(
    (f) => f.q.kind === 'count' && /^[个项家所笔类]$/.test(f.q.unit) && /^[^，；]*$/.test(p.text.slice(f.end, cueAt).replace(/^[^，；]*[，；]?/, '')),
  );
  if (!n || n.q.qualifier !== 'exact') return;
  const ok = Number(n.q.value) === parts.length;
  add(ctx, {
    kind: 'count',
    verdict: ok ? 'ok' : 'error',
    stated: n,
    computed: String(parts.length),
    parts,
    reason: `“${n.q.text}”与其后列出的分项个数应一致`,
    reasonEn: `“${n.q.text}” should match the number of items listed after it`,
  });
}

/** "基本支出中，人员经费…" and "按经济分类，…": the total is named, and stated earlier. */
function namedGroups(ctx: Ctx): void {
  ctx.paras.forEach((p, pi) => {
    // every match ends in one of these (exact pre-filter: the regex below backtracks at each comma)
    if (!/[中分看][，：]|分类[，：]|资金来源/.test(p.text)) return;
    const re =
      /(?:^|[。；，])(?:[^，。；：、（）]{0,16}?)((?:[^，。；：、（）]{2,40}?)中|按(?:照)?[^，。；：]{1,10}?分(?:类)?|从[^，。；：]{1,10}?(?:分类)?看|分[^，。；：]{1,8}?看|资金来源(?:构成)?(?:为|是|如下)?)[，：]/g;
    for (const m of p.text.matchAll(re)) {
      const at = m.index + m[0].length;
      const head = m[1]!;
      const { parts, etc } = partsAfter(ctx, pi, at, head);
      if (parts.length < 2 || parts.some((x) => ctx.partOf.has(x.id))) continue;
      if (parts.some((x) => x.role !== 'level')) continue;
      const first = parts[0]!;
      let total: Figure | undefined;
      let why: { zh: string; en: string };
      const part = partitionFor(null, parts);
      if (head.startsWith('资金来源')) {
        // 总投资X，资金来源：中央a，省级b，县级c — every level listed: the sources are all of the figure right before
        const prev = ctx.figs[first.id - 1];
        if (etc || !part?.complete || !prev || prev.para !== pi || prev.sentence < first.sentence - 1) continue;
        if (prev.role !== 'level' || prev.prior || !compatible(prev, first) || ctx.partOf.has(prev.id) || ctx.totals.has(prev.id)) continue;
        total = prev;
        why = { zh: `“${head}”列出每一级的资金（${part.p.rule}）`, en: `“${head}” lists the money of every level (${part.p.rule})` };
      } else if (/分类?$|^从|^分.*看$/.test(head)) {
        if (!part) continue;
        const wanted = part.p.totals;
        const fits = (f: Figure) =>
          f.role === 'level' && !f.prior && compatible(f, first) && !parts.includes(f) && !/分类?$|^从|^按/.test(ctx.partOf.get(f.id)?.cue ?? '');
        // the broadest total the classification can split (支出 before 基本支出/项目支出), nearest first
        // a part of an earlier 其中 list (上划收入) only when no total of the classification is stated
        for (const c of wanted ?? []) if (!total) total = earlierNamed(ctx, c, first.id, (f) => fits(f) && !afterQizhong(ctx, f));
        for (const c of wanted ?? []) if (!total) total = earlierNamed(ctx, c, first.id, fits);
        if (total && wanted) total = broadest(ctx, total, parts, wanted, fits);
        // sources (中央/地方…) split any total: the one their head noun names (中央一般公共预算收入 → 收入)
        const byHead = wanted ? null : headConcept(first.label);
        if (byHead) total = earlierOfConcept(ctx, byHead, first.id, fits);
        else if (!wanted) for (let i = first.id - 1; i >= 0 && i >= first.id - 200 && !total; i--) if (fits(ctx.figs[i]!)) total = ctx.figs[i];
        why = { zh: `“${head}”为一种完整分类：${part.p.rule}`, en: `“${head}” is a complete classification: ${part.p.rule}` };
      } else {
        const name = cleanLabel(head.replace(/中$/, ''));
        const concept = conceptOf(name);
        if (!concept) continue;
        // 2011年…预算中: a total of another year is not this one
        const year = /((?:19|20)\d\d)年/.exec(head)?.[1];
        const stage = stageOf(head);
        const fits = (f: Figure) =>
          f.role === 'level' && !f.prior && compatible(f, first) && !(year && f.year && f.year !== year) && !(stage && f.stage && f.stage !== stage);
        // 中央…的“三公”经费支出: a source prefix names who, the head noun what
        total = earlierNamed(ctx, concept, first.id, fits, Infinity);
        const ex = total ? exhaustiveness('其中', total, parts, false) : null;
        if (!ex) continue;
        why = { zh: `“${head}”指前文的${name}；${ex.zh}`, en: `“${head}” refers to the ${name} stated before; ${ex.en}` };
        if (!ex.exhaustive) {
          const g: Group = { total: total!, parts, exhaustive: false, mode: 'level', cue: head };
          register(ctx, g);
          judgeGroup(ctx, g, why);
          continue;
        }
      }
      if (!total) continue;
      const g: Group = { total, parts, exhaustive: true, mode: 'level', cue: head };
      register(ctx, g);
      judgeGroup(ctx, g, why);
    }
  });
}

/**
 * 全盟收入T，其中本级a，旗级b。从收入结构看，税收c，非税d: the nearest total of the classification is
 * a part (旗级…收入 b) of a broader one of the same kind. The text does not say which is split: the
 * broadest the parts add up to, else the nearest they add up to, else the broadest (the error is
 * then an error whichever is meant).
 */
function broadest(ctx: Ctx, near: Figure, parts: Figure[], wanted: string[], fits: (f: Figure) => boolean): Figure {
  const chain = [near];
  for (let f = near, g = ctx.partOf.get(f.id); g && g.mode === 'level' && chain.length < 4; f = g.total, g = ctx.partOf.get(f.id)) {
    const t = g.total;
    if (!fits(t) || !(wanted.includes(t.concept ?? '') || wanted.includes(headConcept(t.label) ?? '')) || chain.includes(t)) break;
    chain.push(t);
  }
  // 旗级…收入 for a classification of 收入: the nearest total without a level is a reading too
  const whole = unqualified(ctx, near.concept ?? '', near, fits);
  if (whole && wanted.includes(whole.concept ?? '') && !chain.includes(whole)) chain.push(whole);
  if (chain.length === 1) return near;
  const qs = parts.map((x) => x.q);
  const holds = chain.filter((t) => judgeSum(t.q, qs).verdict !== 'error');
  if (holds.length) return holds[holds.length - 1]!;
  // 县本级a，乡镇级b: another level of the nearest one's sentence may be the one split
  const sibling = ctx.bySentence[near.para]?.[near.sentence]?.find(
    (f) =>
      f !== near &&
      (f.concept === near.concept || headConcept(f.label) === near.concept) &&
      LEVEL_WORD.test(f.label) &&
      fits(f) &&
      judgeSum(f.q, qs).verdict !== 'error',
  );
  return sibling ?? chain[chain.length - 1]!;
}

/** 本年支出 300万元，基本支出 220万元，项目支出 80万元 — a complete lexicon set with no cue. */
function lexiconRuns(ctx: Ctx): void {
  for (const fs of ctx.byPara) {
    for (let i = 0; i < fs.length; i++) {
      const t = fs[i]!;
      if (!t.concept || t.role !== 'level' || ctx.partOf.has(t.id) || ctx.totals.has(t.id)) continue;
      const run: Figure[] = [];
      for (let j = i + 1; j < fs.length; j++) {
        const f = fs[j]!;
        if (f.sentence !== t.sentence || !sameChain(f.parens, t.parens) || /[；：]/.test(ctx.paras[t.para]!.text.slice(t.end, f.start))) break;
        if (f.role === 'share' || f.role === 'change') continue;
        if (f.role !== 'level' || !compatible(t, f) || !f.concept || ctx.partOf.has(f.id)) break;
        run.push(f);
      }
      while (run.length >= 2) {
        const part = partitionFor(t, run);
        if (part && part.p.totals?.includes(t.concept) && part.complete) {
          const g: Group = { total: t, parts: [...run], exhaustive: true, mode: 'level', cue: '' };
          register(ctx, g);
          judgeGroup(ctx, g, { zh: `分类口径：${part.p.rule}`, en: `classification: ${part.p.rule}` });
          break;
        }
        run.pop();
      }
    }
  }
}

/** a、b，共计 X / 两期共计 X: the figures before it in the sentence, at its level. */
function listTotals(ctx: Ctx): void {
  for (const fs of ctx.byPara) {
    for (const t of fs) {
      const tail = t.lead.slice(Math.max(0, t.lead.search(/[^，；：、（）]*$/)));
      if (t.role !== 'level' || !LIST_TOTAL.test(tail.replace(/\s/g, ''))) continue;
      if (!/[，、；]/.test(t.lead) && !/^[，、；]/.test(t.lead)) {
        // the clause must follow the list, not open the sentence
        const prevInSentence = fs.some((f) => f.sentence === t.sentence && f.end <= t.start);
        if (!prevInSentence) continue;
      }
      const p = ctx.paras[t.para]!;
      const sStart = p.sentenceStarts[t.sentence]!;
      let from = sStart;
      for (const m of p.text.slice(sStart, t.start).matchAll(/其中|分别为|分别是|包括/g))
        if ((p.depth[sStart + m.index] ?? 0) === t.depth) from = sStart + m.index;
      let cands = inSentence(ctx, t.para, t.sentence).filter(
        (f) => f.start >= from && f.end <= t.start && sameChain(f.parens, t.parens) && f.role === 'level' && compatible(f, t),
      );
      const count = /([两二三四五六七八九十\d]+)[项个期类笔批次部分所家村段镇乡户]/.exec(tail);
      if (count) {
        const n = /\d/.test(count[1]!) ? Number(count[1]) : '一二三四五六七八九十'.indexOf(count[1]!.replace('两', '二')) + 1;
        if (cands.length < n) continue;
        cands = cands.slice(cands.length - n);
      }
      if (cands.length < 2) continue;
      const g: Group = { total: t, parts: cands, exhaustive: true, mode: 'level', cue: tail };
      register(ctx, g);
      judgeGroup(ctx, g, { zh: `“${tail}”为前列各项之和`, en: `“${tail}” (in total) is the sum of the items before it` });
    }
  }
}

export function findSums(ctx: Ctx): void {
  cueGroups(ctx);
  namedGroups(ctx);
  listTotals(ctx);
  lexiconRuns(ctx);
  cuelessRuns(ctx);
  findAddedUp(ctx);
}

export { PARTITIONS, partitionFor };
