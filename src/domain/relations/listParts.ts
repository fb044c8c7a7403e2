// Where a list's parts end (partsAfter: same parenthesis context and sentence, one role, no
// explanations or grand totals) and breakdowns whose total is named rather than adjacent
// ("基本支出中，…", 按…分类, 从…看, 资金来源：…).
import { cmp } from '../decimal.js';
import { earlierOfConcept, inSentence, type Ctx, type Group } from './context.js';
import { cleanLabel, compatible, conceptOf, stageOf, type Figure } from './figures.js';
import { afterQizhong } from './cuelessRuns.js';
import { earlierNamed } from './denominators.js';
import { budgetTypeSibling, exhaustiveness, headConcept, judgeGroup, partitionFor, register } from './groups.js';
import { descendants } from './lexicon.js';
import { opensNumbered } from './listItems.js';
import { balanceItem } from './fiscalBalance.js';
import { broadest, scopedTotal } from './viewTotals.js';
export { cueNames, firstPerItem, ITEMISED, itemised, restClosed } from './listItems.js';
import { CLAUSE_STOPS, clauseAfter, parenChain, sentenceOf, type Paragraph } from './text.js';

/** +1 a revenue, −1 an expenditure, 0 neither or both (收支). */
export const flowOf = (label: string): number => (/收入/.test(label) ? 1 : 0) - (/支出/.test(label) ? 1 : 0);

/** What a label names besides its year and stage words (empty: 2024年预算 measures the item before it). */
const YEARLESS = (label: string): string => label.replace(/(?:19|20)\d\d年度?|上年度?|本年度?|(?:年初)?(?:预算|决算|执行)(?:数|金额)?|为|的/g, '');

const TOTAL_NAME = /总(?:产量|产值|量|额|收入|支出|人数|规模)$/;

// (…资金总额W，其中财政资金F，全年执行数E / 已执行E / 实际支出E: what was spent of the whole, no source of it)
const PROGRESS =
  /^(?:目前|截至|截止|至今|累计)|已(?:拨付|支付|完成|到位|兑付|执行|支出|使用)|^(?:全年|年度|本年度?|当年)?(?:实际)?执行(?:数|金额)?(?:为|是|达)?$|^实际(?:支出|使用|支付)/;

/** Parts after a cue at offset `at` of paragraph `p`: same parenthesis context, same sentence. */
export function partsAfter(ctx: Ctx, pi: number, at: number, cue: string): { parts: Figure[]; endsList: boolean; etc: boolean; nilLead?: boolean } {
  const p = ctx.paras[pi]!;
  const chain = parenChain(p, at);
  const s = sentenceOf(p, at);
  const parts: Figure[] = [];
  let mode: 'level' | 'change' | null = null;
  let prevEnd = at;
  let closedInside = false;
  let inner: Figure[] = [];
  // the inner list is an explanation of the part before (…a，主要是x、y；B b): past its ； the list goes on
  let explained = false;
  // 包括A a；B b: items set off by ； so far (包括x、y、z；C c — a ； after items joined by 、 ends the list)
  let bySemicolon = true;
  let nilLead = false;
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
    if (parts.length && /(?:合计|总计)(?:数|金额)?(?:为|是|达)?$/.test(clauseAfter(f.lead, CLAUSE_STOPS))) break;
    // …a，其中管理费b，目前已拨付c: progress of the whole (已拨付/累计/截至…) is no part of the 其中 list
    if (parts.length && PROGRESS.test(clauseAfter(f.lead, CLAUSE_STOPS)) && !PROGRESS.test(clauseAfter(parts[0]!.lead, CLAUSE_STOPS))) break;
    const between = p.text.slice(prevEnd, f.start);
    // a nested list of the part before (基本支出a（其中人员b，公用c），项目支出d) does not end this one
    const level = atLevel(p, prevEnd, f.start, chain.length).replace(/^[）\s]*/, '');
    if (inner.length) {
      // the part's own list (人员经费a，包括：工资b、津贴c；公用经费d…) runs to the next ；, and past it
      // while the item is a sibling of its items or inside the part (…其中：购置费b；运行费c)
      prevEnd = f.end;
      const within = !!f.concept && (!!partitionFor(null, [...inner, f]) || descendants(parts[parts.length - 1]!.concept ?? '').has(f.concept));
      if (!/；/.test(level) || within) {
        inner.push(f);
        continue;
      }
      // past the ；, only a sibling of the lexicon is surely the outer list's again — or, in an enumeration
      // after 其中：, an unnamed item after an inner list joined by 、/，(档案a，包括纸质b、声像c；资料d)
      // (an explanation of one item, 主要为x；y；z, may itself go on past the ；: only x、y、z closed by ； is done)
      const done = explained && inner.length >= 2 && /、/.test(p.text.slice(inner[0]!.end, inner[inner.length - 1]!.start));
      if (
        !done &&
        !partitionFor(null, [...parts, f]) &&
        !ordinalSibling(parts, f) &&
        !(/^[：:]/.test(p.text.slice(at, at + 1)) && closedInner(p, parts, inner, f))
      )
        break;
      inner = [];
      explained = false;
    } else if (parts.length && ((/其中|包括|具体为|用于/.test(clauseAfter(level, '，')) && !/分别|；/.test(level)) || ALLOCATED.test(level))) {
      // (the cue in the clause of f: …，主要用于X建设，调出资金b — a figure-less 用于 clause opens no list)
      inner = [f];
      prevEnd = f.end;
      continue;
    }
    if (parts.length && /分别/.test(level)) break;
    // 分别为甲、乙、丙；丁部门2个：… — a list of names without figures ends at the ；, the next clause is no part
    // (a single nil item first is not such a list: 其中，A没有支出；B b；C c)
    if (!parts.length && /；/.test(level) && (/分别/.test(cue) || /、[^；]*；/.test(level))) break;
    // 收入a，其中：税收b；全市支出c — after ；, a new whole (全市…, or 支出 after 收入) ends the list
    if (parts.length && /；/.test(level) && (/^全[市区县省国镇乡]/.test(f.label) || flowOf(f.label) * flowOf(parts[0]!.label) < 0)) break;
    // 其中：接待费2025年预算a，2024年预算b: a label of only another year is the same item a year apart, not a part
    const last = parts[parts.length - 1];
    if (last && f.year && last.year && f.year !== last.year && !YEARLESS(f.label) && YEARLESS(last.label)) break;
    // …其中：油菜籽产量a；蔬菜总产量b: an amount named as a total of its own (总产量) is a new whole
    if (parts.length && TOTAL_NAME.test(f.label) && !TOTAL_NAME.test(parts[0]!.label)) break;
    if (parts.length && /；/.test(level) && !/分别/.test(cue) && !ordinalSibling(parts, f)) {
      // 其中：a用于…；b用于…；c… is an enumeration; otherwise only siblings of the lexicon go on
      // (地方…收入a，增加…；上划中央收入b…: items of one head noun go on; 全市支出… after 税收收入 does not)
      const head = f.concept ? headConcept(f.label) : null;
      // (…（A：a；B：b）: items set off by ； inside a bracket after the total are one enumeration too)
      const enumeration =
        (/^[：:]/.test(p.text.slice(at, at + 1)) || (cue === '（' && chain.length > 0) || cue === '用于' || (cue === '包括' && bySemicolon)) &&
        (!f.concept || !!partitionFor(null, [...parts, f]) || (!!head && parts.every((x) => headConcept(x.label) === head)) || sameTail(parts, f));
      // 主要用于A a；安排B等支出b: every clause of a 主要用于 sentence names a use (a remainder is none)
      const uses = cue === '主要用于' && !/结余|结转|剩余|余额|尚未/.test(f.label);
      // (税收a；非税b；上级补助c；…；上年结转d: the items of a government's balance go on too — fiscalBalance.ts —
      // but not past a 加, which starts a chain of its own: …；加上级补助c，…，收入合计T)
      const balance = balanceItem(parts, f) && !/[；;]\s*(?:再)?加/.test(between);
      if (!enumeration && !uses && !partitionFor(null, [...parts, f]) && !budgetTypeSibling(parts, f) && !balance) break;
    }
    if (f.role === 'share' || (f.q.kind === 'percent' && parts.length && parts[0]!.q.kind !== 'percent')) continue;
    // 占年初预算8465万元的41.5% / 完成预算10万元的78%: the denominator of a share or rate is not a part
    if (/占[^，；。]*$|(?:完成|为)[^，；。]{0,6}(?:预算|计划|任务|目标)[^，；。]*$/.test(f.lead) && /^\s*的/.test(p.text.slice(f.end, f.end + 2))) continue;
    // …，主要是用X安排的支出18642亿元: an explanation inside the last part ends the list (主要领导干部用车 is a name)
    // (…a，主要是x、y；B b in an enumeration set off by ；: the explanation is the part's own list)
    if (parts.length && ITEMISED_AFTER.test(clauseAfter(f.lead, CLAUSE_STOPS)) && /^\s*[，,]\s*主要/.test(between) && !/[；。]/.test(between)) {
      inner = [f];
      explained = true;
      prevEnd = f.end;
      continue;
    }
    if (parts.length && /(?:主要(?!领导|负责人)|是由于|由于|因为)[^，；。]*$/.test(clauseAfter(f.lead, CLAUSE_STOPS))) break;
    if (f.role === 'change') {
      if (mode === null) mode = 'change';
      else if (mode === 'level' && parts.length === 1 && !nilLead && cmp(parts[0]!.q.value, '0') === 0 && /；/.test(between) && f.sign !== 0) {
        // 其中：A支出0.00元；B减少b…；C减少c: a nil item first, then the others' changes (A's own change unknown)
        parts.length = 0;
        mode = 'change';
        nilLead = true;
      } else if (mode === 'level') continue; // 税收收入8103万元，比上年增收1284万元；非税收入…: the part's own change
    } else if (f.role === 'level') {
      if (mode === 'change') break;
      mode = 'level';
    } else if (f.role === 'rate' || f.role === 'base') {
      // 公务接待费36万元，比上年支出45万元下降9万元；…: a part's own base, the list goes on
      if (f.role === 'base' && mode === 'level' && f.q.kind !== 'percent') continue;
      if (parts.length) break;
      continue;
    }
    // 资金中，节水工程2项a亿元、灌区工程8项b亿元: a count glued to the amount after it says how many; the amount is
    // the item (after 其中 such items are read by pairedItems.ts, with the count of units the text states)
    const nx = ctx.figs[f.id + 1];
    if (
      cue !== '其中' &&
      cue.endsWith('中') &&
      f.q.kind === 'count' &&
      nx?.para === pi &&
      nx.q.kind === 'money' &&
      !p.text.slice(f.end, nx.start).trim() &&
      parts.every((x) => x.q.kind === 'money')
    )
      continue;
    // 公务用车保有量2辆，购置及运行维护费5万元: a head-count inside a money list describes an item
    if (parts.length && f.q.kind === 'count' && parts[0]!.q.kind === 'money') continue;
    // ①修缮村部a，修缮面积300平方米；②…: in numbered items a measure describes the item too
    if (parts.length && f.q.kind === 'measure' && parts[0]!.q.kind === 'money' && opensNumbered(p, at)) continue;
    // 档案1200卷（册、盒），包括文书800卷、声像300盒: units the figure before the cue is counted in go together
    const before = (ctx.byPara[pi] ?? []).filter((x) => x.end <= at).at(-1);
    const sameUnits = !!parts.length && !!before?.units?.includes(parts[0]!.q.unit) && before.units.includes(f.q.unit);
    // 其中：道路项目61个，长度43公里，广场2个，面积710平方米…: a length, area or count of other things right after a
    // counted item (a comma between) describes that item, the count list goes on
    if (
      parts.length &&
      parts[0]!.q.kind === 'count' &&
      !sameUnits &&
      !compatible(parts[0]!, f) &&
      (f.q.kind === 'measure' || f.q.kind === 'count') &&
      /^[，\s]*[^，；。：]*$/.test(between)
    )
      continue;
    if (parts.length && !compatible(parts[0]!, f) && !sameUnits) break;
    if (parts.length && !/；/.test(level)) bySemicolon = false;
    parts.push(f);
    prevEnd = f.end;
  }
  const last = parts[parts.length - 1];
  const after = last ? p.text.slice(last.end, last.end + 3) : '';
  return { parts, endsList: true, etc: /^[）]?等/.test(after), nilLead };
}

const ITEMISED_AFTER = /^主要(?:是|为|包括|有)[^，；。]*$/;

/** An inner list of several unnamed items joined by 、 or ，(no colon, no ；) that a ； has closed. */
function closedInner(p: Paragraph, parts: Figure[], inner: Figure[], f: Figure): boolean {
  if (inner.length < 2 || f.concept || parts.some((x) => x.concept) || inner.some((x) => x.concept)) return false;
  return !/[：；]/.test(p.text.slice(parts[parts.length - 1]!.end, inner[inner.length - 1]!.end));
}

/** The text from `from` to `to` without what stands inside deeper parentheses than `depth`. */
// 其中：资本性支出a，…；费用性支出b，…；其他支出c — items named by one head word (支出/收入, 资金/经费) are one enumeration
const TAIL = /(?:支出|收入|资金|经费)$/;
// 第一批资金a，分别支持…；第二批资金b: a part's own allocation list (分别支持/用于/安排 its amounts) is passed over
const ALLOCATED = /^[，,]\s*分别(?:用于|支持|安排|下达|拨付)[^，；。：\d]{1,40}$/;
// …；第二批资金b / 二期工程c: items named alike but for their ordinal (第一批, 第二期…) are one enumeration
// (the label may have lost its numeral word: 第二批资金 is read as 批资金)
const ORDINAL = /^(?:第?[一二三四五六七八九十\d]{1,2})?[批期轮](?=[\u4e00-\u9fff])/;
function ordinalSibling(parts: Figure[], f: Figure): boolean {
  const rest = (x: Figure) => (ORDINAL.test(x.label) ? x.label.replace(ORDINAL, '#') : null);
  const name = rest(f);
  return !!name && parts[0]!.label.startsWith('第') && parts.every((x) => rest(x) === name);
}
function sameTail(parts: Figure[], f: Figure): boolean {
  const tail = TAIL.exec(f.label)?.[0];
  return !!tail && f.label.length > tail.length && parts.every((x) => x.label.endsWith(tail) && x.label.length > tail.length);
}

function atLevel(p: Paragraph, from: number, to: number, depth: number): string {
  let out = '';
  for (let i = from; i < to; i++) if ((p.depth[i] ?? 0) <= depth) out += p.text[i];
  return out;
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

/** "基本支出中，人员经费…" and "按经济分类，…": the total is named, and stated earlier. */
export function namedGroups(ctx: Ctx): void {
  // the items of every view read so far (从征收部门看，税务a，财政b), registered or not: one view's item is
  // never the whole a later view splits
  const viewItems = new Set<number>();
  ctx.paras.forEach((p, pi) => {
    // every match ends in one of these (exact pre-filter: the regex below backtracks at each comma)
    if (!/[中分看][，：]|分类[，：]|资金来源|(?:支出|收入|经费|资金|拨款)中[\u4e00-\u9fff]/.test(p.text)) return;
    const re =
      /(?:^|[。；，])(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十\d]{1,3}）|\d{1,2}、)?(?:[^，。；：、（）]{0,16}?)((?:[^，。；：、（）]{2,40}?)中|按(?:照)?[^，。；：]{1,10}?分(?:类)?|从[^，。；：]{1,10}?(?:分类)?看|分[^，。；：]{1,8}?看|资金来源(?:构成)?(?:为|是|如下)?)(?:[，：]|(?<=资金来源(?:构成)?(?:为|是))(?=[\u4e00-\u9fff])|(?<=(?:支出|收入|经费|资金|拨款)中)(?![央标期])(?=[\u4e00-\u9fff][^，。；]{0,30}?\d))/g;
    for (const m of p.text.matchAll(re)) {
      const at = m.index + m[0].length;
      const head = m[1]!;
      const { parts, etc } = partsAfter(ctx, pi, at, head);
      const view = /分类?$|^从|^分.*看$/.test(head);
      if (view && parts.length >= 2 && parts.every((x) => x.role === 'level')) for (const x of parts) viewItems.add(x.id);
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
      } else if (view) {
        if (!part) {
          namedAfterView(ctx, pi, at, head, parts);
          continue;
        }
        const wanted = part.p.totals;
        const fits = (f: Figure) =>
          f.role === 'level' &&
          !f.prior &&
          compatible(f, first) &&
          !parts.includes(f) &&
          !viewItems.has(f.id) &&
          !/分类?$|^从|^按/.test(ctx.partOf.get(f.id)?.cue ?? '');
        // the broadest total the classification can split (支出 before 基本支出/项目支出), nearest first
        // a part of an earlier 其中 list (上划收入) only when no total of the classification is stated
        for (const c of wanted ?? []) if (!total) total = earlierNamed(ctx, c, first.id, (f) => fits(f) && !afterQizhong(ctx, f));
        for (const c of wanted ?? []) if (!total) total = earlierNamed(ctx, c, first.id, fits);
        if (total && wanted) total = broadest(ctx, total, parts, wanted, fits);
        if (total && part.p.inherits) total = scopedTotal(ctx, total, parts, part.p.inherits, fits);
        // sources (中央/地方…) split any total: the one their head noun names (中央一般公共预算收入 → 收入)
        const byHead = wanted ? null : headConcept(first.label);
        if (byHead) total = earlierOfConcept(ctx, byHead, first.id, fits);
        else if (!wanted) for (let i = first.id - 1; i >= 0 && i >= first.id - 200 && !total; i--) if (fits(ctx.figs[i]!)) total = ctx.figs[i];
        why = { zh: `“${head}”为一种完整分类：${part.p.rule}`, en: `“${head}” is a complete classification: ${part.p.rule}` };
      } else {
        // 在项目支出当中: 在 and 当 frame the name
        const name = cleanLabel(head.replace(/^在/, '').replace(/当?中$/, ''));
        const concept = conceptOf(name);
        // 新增债券a。新增债券当中，…: a name the lexicon does not know binds to its very words in the sentence before
        if (!concept) {
          const t = sameWords(ctx, first, name);
          if (!t) continue;
          const g: Group = { total: t, parts, exhaustive: false, mode: 'level', cue: head };
          register(ctx, g);
          judgeGroup(ctx, g, { zh: `“${head}”指前文的${name}`, en: `“${head}” refers to the ${name} stated before` });
          continue;
        }
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

/** The one level stated with these very words in the list's sentence or the one before it (same paragraph). */
function sameWords(ctx: Ctx, first: Figure, name: string): Figure | null {
  if (name.length < 3) return null;
  const hits: Figure[] = [];
  for (let id = first.id - 1; id >= 0; id--) {
    const f = ctx.figs[id]!;
    if (f.para !== first.para || f.sentence < first.sentence - 1) break;
    if (f.role === 'level' && !f.prior && f.q.qualifier === 'exact' && compatible(f, first) && cleanLabel(f.label) === name) hits.push(f);
  }
  return hits.length === 1 && !ctx.totals.has(hits[0]!.id) ? hits[0]! : null;
}

// 分资金看，直达资金项目主要为A a，B b…: the name after the view cue, then its verb
const VIEWED = /^([^，。；：、（）\d]{2,20}?)(?:项目)?(?:主要)?(?:为|是|包括|有)[：:]?/;

/**
 * "X共收到直达资金T。⏎分资金看，直达资金项目主要为A a，B b，…": items the lexicon does not classify,
 * after a view cue and the name of a total stated in this paragraph or the one before (its label ends
 * with the name; the nearest such figure, one per sentence). Nothing says the items are all of it: a subset.
 */
function namedAfterView(ctx: Ctx, pi: number, at: number, head: string, parts: Figure[]): void {
  const text = ctx.paras[pi]!.text;
  const m = VIEWED.exec(text.slice(at));
  const first = parts[0]!;
  // the first item follows the cue's verb in the same clause
  if (!m || /[，。；：、（）]/.test(text.slice(at + m[0].length, first.start))) return;
  const name = cleanLabel(m[1]!.replace(/项目$/, ''));
  if (name.length < 2) return;
  let total: Figure | undefined;
  for (let i = first.id - 1; i >= 0 && ctx.figs[i]!.para >= pi - 1; i--) {
    const f = ctx.figs[i]!;
    if (f.role !== 'level' || f.prior || f.q.qualifier !== 'exact' || !compatible(f, first) || ctx.partOf.has(f.id)) continue;
    if (!cleanLabel(f.label).endsWith(name)) continue;
    const same = (ctx.bySentence[f.para]?.[f.sentence] ?? []).filter((x) => x.role === 'level' && cleanLabel(x.label).endsWith(name));
    if (same.length === 1) total = f;
    break;
  }
  if (!total || parts.some((x) => x.q.qualifier !== 'exact')) return;
  const g: Group = { total, parts, exhaustive: false, mode: 'level', cue: head, named: true };
  register(ctx, g);
  judgeGroup(ctx, g, { zh: `“${head}”后列出${name}的各项：所列为部分，之和不应超过总数`, en: `“${head}” lists items of the ${name} stated before: a subset` });
}
