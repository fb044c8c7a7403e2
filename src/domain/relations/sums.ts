// Totals and their parts: 其中/包括 lists bound to the figure right before them (parentheses
// respected), 分别为, "X中，…", 按…分类 breakdowns, complete lexicon sets without a cue, and
// 共计/合计 after a list. Exhaustive only when the text or the lexicon says so; otherwise Σ ≤ total.
import { bracketChange } from './bracketChanges.js';
import { closingChange } from './closingChanges.js';
import { cmp } from '../decimal.js';
import { add, inSentence, type Ctx, type Group } from './context.js';
import { cleanLabel, compatible, conceptOf, visibleFrom, type Figure } from './figures.js';
import { findAddedUp } from './addedUp.js';
import { findArithmetic } from './arithmetic.js';
import { statedKinds } from './statedKinds.js';
import { bracketBreakdown } from './bracketLists.js';
import { levelList, namedSources } from './sourceWholes.js';
import { denominator, subjectOf } from './changes.js';
import { bareCountsUnbound } from './countNouns.js';
import { cuelessRuns } from './cuelessRuns.js';
import { gridColumns } from './proseGrid.js';
import { mainItemLists } from './mainItemLists.js';
import { outlineItems } from './outlineItems.js';
import { cueNames, firstPerItem, flowOf, ITEMISED, itemised, namedGroups, partsAfter, restClosed } from './listParts.js';
import { nilItems, ownClauses, remainderAside } from './listExtent.js';
import { namedParts, namedTotal } from './namedLists.js';
import { exhaustiveness, headConcept, judgeGroup, partitionFor, register } from './groups.js';
import { descendants, PARTITIONS } from './lexicon.js';
import { CLAUSE_STOPS, clauseAfter, parenChain, PHRASE_STOPS, sentenceOf, type Paragraph } from './text.js';
import { openingTotal } from './headNouns.js';
import { sharesSayLarger } from './shareSiblings.js';
import { partsOfStage, totalOfParts } from './stageLists.js';
import { extendAcrossSentences } from './acrossSentences.js';

// 具体为：/ 分项情况是：/ 主要用于（以下方面）：open an itemised list only before a colon (or 主要用于 opening a sentence)
const CUE =
  /其中|分别为|分别是|主要包括|包括|(?<=\d(?:万|亿)?元\s*[，,]\s*)主要(?:是|为)(?=[^，。；：\d]{2,40}\d)|(?:具体(?:安排|分配|使用)?(?:情况)?(?:为|是|如下)|分项情况(?:是|为|如下)|明细如下|主要[^，。；：\d]{2,12}?情况如下|(?:主要|具体)用于(?:支付|拨付|安排)?(?:以下(?:几个)?方面|如下)?)(?=\s*[：:])|(?<=分别)(?:用于|支持|安排给?|下达(?:给|到)?|拨付(?:给|到)?)(?=[^，。；：\d]{1,40}\d)|(?<=(?:^|。)\s*)主要用于(?=[^，。；：\d]{2,40}\d)/g;
// a，主要是x、y: the cue of the main items of the amount right before
const MAINLY = /^主要(?:是|为)$/;
const LIST_TOTAL =
  /^(?:以上|上述|合计|共计|总计)?(?:[两二三四五六七八九十\d]+[项个期类笔批次部分所家村段镇乡户])?(?:资金|金额|经费|支出|投入)?(?:共计|合计|总计|总共|共)(?:完成|下达|拨付|发放)?(?:投资|金额|资金|支出|投入)?(?:为|达|约)?$/;

function sameChain(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

const CLASSED = /按[^，。；：]{2,4}?分类/;
const TOTAL_TAIL = /(?:合计|总计|共计|总额)(?:数|金额)?(?:为|是|达|约)?$/;

/** The figure a cue at `at` is about: the last one before it in its parenthesis context. */
function totalBefore(ctx: Ctx, pi: number, at: number, first: Figure, cueLength = 2, opts: { unbound?: boolean } = {}): Figure | null {
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
  // X，…，Y。其中：… — the list belongs to a figure of the sentence before (headNouns.ts picks which)
  if (atStart && pool.length && pool[0]!.sentence !== s)
    return openingTotal(ctx, { pi, s, listAt: at + cueLength, first, cands: pool.filter(fits), fits }, opts);
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

const PAIRED = /分别(?:为|是)?[^，；。]{0,4}$/;

/** The levels before a list in its total's sentence, of the list's kind: the totals it may belong to. */
const levelsBefore = (ctx: Ctx, near: Figure, parts: Figure[]): Figure[] =>
  inSentence(ctx, near.para, near.sentence).filter(
    (f) => f.end <= parts[0]!.start && f.role === 'level' && f.depth === near.depth && f.q.kind !== 'percent' && compatible(f, parts[0]!) && !parts.includes(f),
  );

/** Offsets of cues: 其中/分别为/包括, and a parenthesis or colon right after a figure (350万元（中央210万元，…）). */
function cuesOf(ctx: Ctx, pi: number): { index: number; cue: string }[] {
  const p = ctx.paras[pi]!;
  const out = [...p.text.matchAll(CUE)].map((m) => ({ index: m.index, cue: m[0] }));
  for (const f of ctx.byPara[pi]!) {
    const after = /^\s*([（：])(?!\s*其中|\s*分别|\s*包括)/.exec(p.text.slice(f.end, f.end + 6));
    if (after && f.role !== 'share' && f.q.kind !== 'percent') out.push({ index: f.end + after[0].length - 1, cue: after[1]! });
    // X万元，同比下降p%（a、b）: the rate of change says how X moved; the bracket after it is still X's
    else if (after && after[1] === '（' && f.q.kind === 'percent' && changeRateAfterLevel(ctx, p, f))
      out.push({ index: f.end + after[0].length - 1, cue: '（' });
    // 预算79.69亿元中，A a，B b: “中” closing the total's phrase opens its 其中 list (never 中标, 中央)
    const within = /^\s*(?:资金|经费|款项)?中(?=[，：])/.exec(p.text.slice(f.end, f.end + 6));
    if (within && f.role === 'level' && f.q.kind !== 'percent') out.push({ index: f.end + within[0].length - 1, cue: '中' });
  }
  return out.sort((a, b) => a.index - b.index);
}

function changeRateAfterLevel(ctx: Ctx, p: Paragraph, rate: Figure): boolean {
  const prev = ctx.figs[rate.id - 1];
  if (!prev || prev.para !== rate.para || prev.role !== 'level' || prev.q.kind !== 'money') return false;
  return /^\s*[，,]\s*(?:同比|比上年|较上年|比上年同期)?(?:增长|下降|增加|减少)\s*$/.test(p.text.slice(prev.end, rate.start));
}

/** 其中 / 分别为 / 包括 lists. */
function cueGroups(ctx: Ctx): void {
  ctx.paras.forEach((p, pi) => {
    for (const m of cuesOf(ctx, pi)) {
      const cue = m.cue;
      const { parts: listed, etc, nilLead } = partsAfter(ctx, pi, m.index + cue.length, cue);
      let parts = firstPerItem(p, m.index, listed);
      const aside = cue === '（' ? remainderAside(ctx, pi, m.index, parts) : null;
      if (aside && !ctx.totals.has(aside.total.id) && !aside.parts.some((x) => ctx.partOf.has(x.id))) {
        const g: Group = { total: aside.total, parts: aside.parts, exhaustive: true, mode: 'level', cue: '含' };
        register(ctx, g);
        const last = aside.parts[aside.parts.length - 1]!;
        judgeGroup(ctx, g, {
          zh: `末项“${last.label}”为其余部分，所含各项即为全部`,
          en: `the last item “${last.label}” is the rest, so the items are all of it`,
        });
        continue;
      }
      if (
        (cue === '（' || cue === '：') &&
        (parts.some((x) => ctx.partOf.has(x.id) || !x.label || x.q.kind === 'score') ||
          /^[（：]\s*(?:满分|含|即|约|占|下同|比|较|增|减|同比|不含)/.test(p.text.slice(m.index, m.index + 6)))
      )
        continue;
      if (!parts.length) continue;
      if (ITEMISED.test(cue) && !itemised(p, parts)) continue;
      if ((cue === '（' || cue === '：') && !asideIsBreakdown(ctx, pi, m.index, parts)) continue;
      // 其中，A项目包括…: the 包括 after the name opens the list
      if (cue === '其中' && /^[：，\s]*[\u4e00-\u9fff]{2,12}包括/.test(p.text.slice(m.index + 2, parts[0]!.start))) continue;
      const bound: { unbound?: boolean } = {};
      if ((cue === '包括' || cue === '其中') && !totalBefore(ctx, pi, m.index, parts[0]!, 2, bound)) {
        // the figures before name other quantities than the parts (结余 before 其中，甲收入…): unsure, no list
        if (bound.unbound) continue;
        namedList(ctx, pi, m.index + cue.length, cue, etc);
        continue;
      }
      const near = totalBefore(ctx, pi, m.index, parts[0]!, cue.length);
      const total = near && totalOfParts(levelsBefore(ctx, near, parts), near, parts);
      if (!total || parts.includes(total) || total.id > parts[0]!.id || bareCountsUnbound(ctx, m.index, total, parts)) continue;
      // a，主要是x、y: the main items of the amount right before (levels only: the reasons of a change are read elsewhere)
      if (MAINLY.test(cue) && (total.role !== 'level' || parts.some((x) => x.role !== 'level') || ctx.figs[parts[0]!.id - 1] !== total)) continue;
      // 2031年和2032年X分别为a和b，其中：甲分别为c和d…: two lists side by side, the parts of each total by position
      if (/分别/.test(p.text.slice(p.sentenceStarts[total.sentence]!, total.start)) && (/分别/.test(cue) || parts.some((x) => PAIRED.test(x.lead)))) continue;
      if (parts.every((x) => ctx.partOf.get(x.id)?.total === total)) continue; // read already (pairedMeasures)
      if (sharesSayLarger(ctx, total, parts)) continue; // 项目支出占W的4%，其中：甲类占W的78%: not its part
      // a part of another list is a total only of a complete lexicon set (公务用车…3亿元（购置费…、运行维护费…）)
      // … or of a parenthesis opening right after it (财政资金a（其中中央b，省级c），自筹d): the text binds it
      // (人员经费a，包括：工资b、津贴c；公用经费d — a cue right after a part, a comma between, is its own list too)
      const own =
        (total.para === pi &&
          (((p.openAt[m.index] ?? -1) >= total.end && !p.text.slice(total.end, p.openAt[m.index]).trim()) ||
            /^\s*(?:（[^（）\d]*）)?\s*，?\s*(?:分别)?$/.test(p.text.slice(total.end, m.index)))) ||
        cueNames(cue, total);
      if (ctx.partOf.has(total.id) && !own && !(parts.length >= 2 && partitionFor(total, parts)?.complete)) continue;
      // 收入总计包括…；支出总计包括…: a ； between them starts another topic
      if (total.para === pi && total.sentence === sentenceOf(p, m.index) && /；/.test(p.text.slice(total.end, m.index)) && !ownClauses(ctx, total, m.index))
        continue;
      // parts of another stage than the total's are not its parts (a list of both: its stage only)
      parts = partsOfStage(total, parts);
      if (!parts.length) continue;
      if (parts.length === 1 && /分别/.test(cue)) continue;
      // X，其中A、B分别为a、b: the 其中 list governs (a subset unless the lexicon says otherwise)
      if (/分别/.test(cue) && total.para === pi && /其中|包括/.test(p.text.slice(total.end, m.index))) continue;
      // 其中： items go on across sentences; so do changes after a bare 其中 (其中a减少x。b增加y。)
      if (cue === '其中' && (p.text.slice(m.index + cue.length, m.index + cue.length + 1).startsWith('：') || parts[0]!.role === 'change'))
        extendAcrossSentences(ctx, pi, parts, total);
      let ex = exhaustiveness(cue, total, parts, etc);
      if (!ex.exhaustive && !etc && !/主要用于/.test(cue) && restClosed(total, parts))
        ex = { exhaustive: true, zh: '末项为其余各项（…等）', en: 'the last part is the rest (… 等)' };
      const bracket =
        ex.exhaustive || etc
          ? null
          : cue === '（'
            ? bracketBreakdown(p, m.index, total, parts)
            : total.para === pi
              ? (namedSources(p, total, parts) ?? levelList(p, total, parts))
              : null;
      if (bracket) ex = { exhaustive: true, ...bracket };
      // 有A、B二类支出，总预算t，其中A a，B b: the count closes the set
      if (!ex.exhaustive && !etc && cue === '其中' && parts[0]!.role === 'level') {
        const kinds = statedKinds(ctx, pi, total, parts, m.index);
        if (kinds) ex = { exhaustive: true, ...kinds };
      }
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
      const subject = g.mode === 'change' && !total.concept ? subjectOf(ctx, total) : null;
      let changed = g.mode === 'change' ? (total.concept ?? subject?.concept ?? null) : null;
      // 市本级“三公”经费预算…减少c，其中：…: the level word opening the subject is no quantity; the noun after it is, when it holds the parts
      const rest = subject && changed && LEVEL_IDS.has(changed) ? /(?:本级|级)(.{2,})$/.exec(cleanLabel(subject.label))?.[1] : undefined;
      const named = rest ? conceptOf(rest) : null;
      if (named && parts.every((x) => x.concept && descendants(named).has(x.concept))) changed = named;
      if (changed) {
        const desc = descendants(changed);
        // one change after 其中 is never all of them (其中公务接待费减少a。公务用车…增加b: the list goes on)
        // (or the last change is of the rest, 其他支出增加c: closingChanges.ts)
        g.exhaustive = parts.length >= 2 && parts.every((x) => x.concept && desc.has(x.concept));
        if (!g.exhaustive && ex.exhaustive && closingChange(total, parts)) g.exhaustive = g.closedByRest = true;
        // a list cut short by a level with more changes after it (a：增加x；b 174万元，增长…；c增加z) is not all of them
        const last = parts[parts.length - 1]!;
        // (past the next numbered item — 二是… — the changes are of another item, no longer of this list)
        const next = /[二三四五六七八九十]是|；\s*[（(]?[二三四五六七八九十][）)、]/.exec(p.text.slice(last.end));
        const stop = next ? last.end + next.index : Infinity;
        if (inSentence(ctx, last.para, last.sentence).some((x) => x.start > last.end && x.start < stop && x.role === 'change' && x.q.kind === last.q.kind))
          g.exhaustive = false;
        // a nil item listed first changed by an unknown amount: the others' changes are a part of the total's
        if (nilLead) [g.exhaustive, g.nil] = [false, true];
      }
      // 本级收入增加a（税收增加b、非税增加c）: a bracket right after the change lists all of it, as of a level
      if (g.mode === 'change' && !g.exhaustive && cue === '（' && bracketChange(p, m.index, total, parts))
        [g.exhaustive, ex] = [
          true,
          { exhaustive: true, zh: '括号内逐项列出总变动的构成，为全部列举', en: 'the bracket right after the change lists its items: all of it' },
        ];
      // 其中主要是A…，B…: the main items, not all of them
      const main = MAINLY.test(cue) || /主要(?!领导|负责人)|重点|大部分|大头/.test(p.text.slice(m.index + cue.length, parts[0]!.start));
      if (main) g.exhaustive = false;
      register(ctx, g);
      judgeGroup(ctx, g, main ? { zh: `“${MAINLY.test(cue) ? cue : `${cue}主要是`}”：所列为主要分项`, en: `“${cue}” (mainly): the main parts only` } : ex);
      if (/分别/.test(cue)) countCheck(ctx, p, total, parts, m.index);
    }
  });
}

const LEVEL_IDS = new Set(['central', 'provincial', 'cityCounty', 'city', 'county', 'local']);

const STOCK = /累计|余额|结存|滚存|历年|年末|年底|期末/;
// 支出a（预算数b，上年支出c）: the same amount at another stage or a year before, never a part of it
const OTHER_VIEW = /^(?:预算|决算|计划|目标)(?:数|金额)?$|^(?:上年|去年|上期|上年同期)(?:支出|收入|数|金额)?$/;

/**
 * 安排稳定调节基金A（累计稳定调节基金B）: a bare parenthesis is a breakdown of the figure before it
 * only when it lists several parts or a part the lexicon puts under it; a stock (累计, 余额) is never
 * part of a flow.
 */
function asideIsBreakdown(ctx: Ctx, pi: number, at: number, parts: Figure[]): boolean {
  if (parts.some((x) => STOCK.test(x.label) || OTHER_VIEW.test(cleanLabel(x.label)))) return false;
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

/** 本年支出 300万元，基本支出 220万元，项目支出 80万元 — a complete lexicon set with no cue. */
function lexiconRuns(ctx: Ctx): void {
  for (const fs of ctx.byPara) {
    for (let i = 0; i < fs.length; i++) {
      const t = fs[i]!;
      if (!t.concept || t.role !== 'level' || ctx.partOf.has(t.id) || ctx.totals.has(t.id)) continue;
      const run: Figure[] = [];
      const text = ctx.paras[t.para]!.text;
      const sStart = ctx.paras[t.para]!.sentenceStarts[t.sentence]!;
      for (let j = i + 1; j < fs.length; j++) {
        const f = fs[j]!;
        if (f.sentence !== t.sentence || !sameChain(f.parens, t.parens) || /[；：]/.test(ctx.paras[t.para]!.text.slice(t.end, f.start))) break;
        if (f.role === 'share' || f.role === 'change') continue;
        if (f.role !== 'level' || !compatible(t, f) || !f.concept || ctx.partOf.has(f.id)) break;
        // 按功能分类，…a，…b按经济分类，工资福利c…: a leaf of one classification is no total of another's list
        if (!run.length && CLASSED.test(text.slice(t.end, f.start)) && CLASSED.test(text.slice(sStart, t.start))) break;
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
      const tail = clauseAfter(t.lead, PHRASE_STOPS);
      if (t.role !== 'level' || !LIST_TOTAL.test(tail.replace(/\s/g, ''))) continue;
      if (!/[，、；]/.test(t.lead) && !/^[，、；]/.test(t.lead)) {
        // the clause must follow the list, not open the sentence
        const prevInSentence = fs.some((f) => f.sentence === t.sentence && f.end <= t.start);
        if (!prevInSentence) continue;
      }
      const p = ctx.paras[t.para]!;
      const sStart = p.sentenceStarts[t.sentence]!;
      // 支出A。加上解上级支出b、调出资金c，支出总计T: the first item is in the sentence before (addedUp.ts reads it)
      if (/^\s*(?:再)?加(?:上)?(?![强大快紧入工速以之班油重深剧盟注倍密固宽])/.test(p.text.slice(sStart, t.start))) continue;
      let from = sStart;
      for (const m of p.text.slice(sStart, t.start).matchAll(/其中|分别为|分别是|包括/g))
        if ((p.depth[sStart + m.index] ?? 0) === t.depth) from = sStart + m.index;
      let cands = inSentence(ctx, t.para, t.sentence).filter(
        (f) => f.start >= from && f.end <= t.start && sameChain(f.parens, t.parens) && f.role === 'level' && compatible(f, t),
      );
      // 合计 100分 89分 after rows of two cells: a flattened table, summed column by column
      const grid = gridColumns(p, t, inSentence(ctx, t.para, t.sentence), cands);
      if (grid === 'ragged') continue;
      if (grid) {
        for (const c of grid) {
          const g: Group = { total: c.total, parts: c.parts, exhaustive: true, mode: 'level', cue: tail };
          register(ctx, g);
          judgeGroup(ctx, g, { zh: `“${tail}”行为其上各行同一列之和`, en: `the “${tail}” row is the sum of the same column of the rows before it` });
        }
        continue;
      }
      // …，收入总计a；支出合计b，加上c，支出总计d: a total before, or the other side's figures, end no list here
      const flow = flowOf(tail);
      const cut = cands.findLastIndex((f) => TOTAL_TAIL.test(clauseAfter(f.lead, CLAUSE_STOPS)) || flowOf(f.label) * flow < 0);
      if (cut >= 0) cands = cands.slice(cut + 1);
      // 总投资t，一标段a，二标段b，三标段c，合计t: a figure equal to the 合计, or named as its own
      // total (总投资/总额), states the whole first; the items after it are what the 合计 adds up
      const whole = cands.findLastIndex((f, k) => k <= cands.length - 3 && (cmp(f.q.value, t.q.value) === 0 || /^(?:项目|工程|计划)?总(?!计)/.test(f.label)));
      if (whole >= 0) cands = cands.slice(whole + 1);
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
  mainItemLists(ctx);
  outlineItems(ctx);
  findAddedUp(ctx);
  findArithmetic(ctx);
}

export { PARTITIONS, partitionFor };
