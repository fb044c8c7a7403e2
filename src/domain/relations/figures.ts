// Every figure of the prose with what it measures: its label (the noun phrase before it), the
// concept of the lexicon that label names, scope (一般公共预算…), stage (预算/决算), period, and
// its role in the sentence (a level, a change 比上年减少, a base 较预算数, a share 占, a rate).
import { extractQuantities, negated, signBefore, type Quantity } from '../quantity/index.js';
import { BARE_ALTERNATION, changeSign, CORE_VERBS, NEGATED_RISES, RATE_NOUN_ALTERNATION, VERB_ALTERNATION, VERB_OBJECT } from './changeLexicon.js';
import { COMPARED, unbracketDirection } from './changeLexicon.js';
import { conceptOf } from './concepts.js';
import { isComplete, partitionsOf } from './lexicon.js';
import { SELF_NAME } from './selfName.js';
import { labelStart } from './labelStart.js';
import { clauseAfter, ITEM_STOPS, parenChain, PHRASE_STOPS, sentenceOf, type Paragraph } from './text.js';

export { conceptOf } from './concepts.js';

export type Role = 'level' | 'change' | 'base' | 'share' | 'rate';
export type Stage = 'budget' | 'adjusted' | 'actual';

export interface Figure {
  id: number;
  q: Quantity;
  para: number;
  start: number;
  end: number;
  sentence: number;
  /** 0-based line of the document. */
  line: number;
  depth: number;
  /** Open parentheses around the figure, innermost first (offsets in the paragraph). */
  parens: number[];
  /** Text since the previous figure of the sentence (or the sentence start). */
  lead: string;
  /** The noun phrase the figure measures, cue and verb words removed. */
  label: string;
  concept: string | null;
  scope: string[];
  stage: Stage | null;
  year: string | null;
  prior: boolean;
  role: Role;
  /** +1 增加/增长, −1 减少/下降 (changes only). */
  sign: 1 | -1 | 0;
  /** Read negative after a minus that may be a separator (结余-1.83万元): no relation on it is an error. */
  signDoubt?: true;
  /** The noun a count is of (2个专项 → 专), to tell 2个专项 from 3个项目. */
  noun: string;
  /** Units the count is also counted in: 1200卷（册、盒） adds 册 and 盒 to its 卷. */
  units?: string[];
}

/** 1200卷（册、盒）: the units listed in a bracket right after a count, each a single-character unit. */
function otherUnits(text: string, q: Quantity): { units?: string[] } {
  const m = q.kind === 'count' ? /^\s*（([\u4e00-\u9fff](?:、[\u4e00-\u9fff])+)）/.exec(text.slice(q.end, q.end + 24)) : null;
  return m ? { units: [q.unit, ...m[1]!.split('、')] } : {};
}

/** （以合同签订为准） / （含上年结转） / （不含车辆）: an aside that qualifies a name, no figure in it. */
const ASIDE = /（(?:以[^（）\d，。；]{1,12}为准|不?含[^（）\d，。；]{1,12}|按[^（）\d，。；]{1,12}口径)）/g;
// 与上年相比较，增加: the comma after the closing word of a comparison, dropped from a change's label
const COMPARED_COMMA = new RegExp(`(${COMPARED})[，,]`);
const CUE_PREFIX = new RegExp(
  `^(?:其中|包括|资金来源(?:构成)?(?:为|是)|主要包括|分别为|分别是|分别|即|含|另有?|以及|此外|和|及|与|或|共计|合计|总计|其余|剩余|(?:19|20)\\d\\d年(?:度)?|${SELF_NAME}|共|累计|完成|用于|安排|下达|拨付|发生|为|是|的|总额|包含)+`,
);
const VERB_SUFFIX = /(?:为|是|达到|达|共|累计|计|约|合计|总计|共计|：|的|了|总额为|金额为|数为)+$/;
const SCOPES: [RegExp, string][] = [
  [/一般公共预算/, '一般公共预算'],
  [/政府性基金/, '政府性基金'],
  [/国有资本经营/, '国有资本经营'],
  [/社会保险基金/, '社会保险基金'],
  [/财政拨款/, '财政拨款'],
  [/其他资金/, '其他资金'],
];
const SIGN_WORD = new RegExp(`(${VERB_ALTERNATION}|持平)了?(?:${VERB_OBJECT}|幅度)?(?:为|达|约)?$`);
const FALL_WORD = /(?:减少|下降|降低|减收|减支|回落|下滑|缩减|压减|降幅|减幅)了?(?:为|达|约)?$/;
const COMPARISON = /(?:比|较|同比|环比|相比|对比)/;
const BARE_CHANGE = new RegExp(`^负?(?:${BARE_ALTERNATION})了?(?:为|达|约)?$`);
const RATE_NOUN = new RegExp(`(${RATE_NOUN_ALTERNATION})(?:只|仅|仅仅|才)?(?:是|为|达|约)?$`);
const OPENS_CHANGE = new RegExp(`^(?:${CORE_VERBS}|增幅|降幅)`);
const NEGATED = new RegExp(`负(?:${NEGATED_RISES})了?(?:幅度)?(?:为|达|约)?$`);

/** 总支出安排N / 支出总计安排N: the amount arranged for a total is that total (the verb closes the label); a part
 * arranged (财政拨款支出安排X) stays unnamed, the importer lists it against its stage. */
const arrangedConcept = (label: string): string | null => (/(?:总支出|支出总计|总收入|收入总计)安排$/.test(label) ? conceptOf(label.slice(0, -2)) : null);

/** The direction of a change word of the lexicon (changeLexicon.ts); 0 for none (持平). */
export const signOf = (word: string): 1 | -1 | 0 => changeSign(word);

// 第一产业 is a name, not a list mark
const LIST_MARK = /^(?:\d+[.、．](?!\d)|[一二三四五六七八九十]+[、是]|（[一二三四五六七八九十\d]+）|[①-⑳]|第[一二三四五六七八九十]+(?:[，、]|(?!产业)))/;

// the same short leads are cleaned again and again (labels, clauses, list items): each once
const CLEANED = new Map<string, string>();

export function cleanLabel(raw: string): string {
  const known = CLEANED.get(raw);
  if (known !== undefined) return known;
  let s = raw.replace(/[“”"'‘’\s]/g, '').replace(LIST_MARK, '');
  for (let i = 0; i < 4; i++) {
    const t = s.replace(CUE_PREFIX, '').replace(VERB_SUFFIX, '');
    if (t === s) break; // a pass that changes nothing: the next ones would not either
    s = t;
  }
  if (raw.length <= 200) {
    if (CLEANED.size >= 20_000) CLEANED.clear();
    CLEANED.set(raw, s);
  }
  return s;
}

export function stageOf(label: string): Stage | null {
  // (一般预算拨款收入: the older name of 一般公共预算拨款收入, its 预算 no stage)
  const raw = label.replace(/一般公共预算|一般预算(?=(?:财政)?拨款)|政府性基金预算|国有资本经营预算|社会保险基金预算/g, '');
  if (/调整后(?:的)?预算|全年预算|调整预算|预算调整后/.test(raw)) return 'adjusted';
  if (/决算|执行(?:数|金额)?|实际|完成/.test(raw)) return 'actual';
  if (/预算/.test(raw)) return 'budget';
  return null;
}

function roleOf(q: Quantity, lead: string, sentenceBefore: string, afterFigure = false): { role: Role; sign: 1 | -1 | 0 } {
  const tail = lead.replace(/[（\s]+$/, '');
  if (q.kind === 'percent' && /占[^，；。]{0,24}?(?:的)?(?:比例|比重|比)?(?:为|达|约)?$|占比(?:为|达|约)?$|比重(?:为|达|约)?$/.test(tail))
    return { role: 'share', sign: 0 };
  const sw = SIGN_WORD.exec(tail);
  if (sw && (COMPARISON.test(sentenceBefore) || OPENS_CHANGE.test(tail))) return { role: 'change', sign: NEGATED.test(tail) ? -1 : signOf(sw[1]!) };
  // 完成80万元，增加6万元，负增长2%: a bare change word right after a figure of the sentence is its change
  const clause = clauseAfter(tail, `${ITEM_STOPS},`);
  if (sw && afterFigure && /^[，,、]$/.test(tail.slice(0, tail.length - clause.length)) && BARE_CHANGE.test(clause))
    return { role: 'change', sign: clause.startsWith('负') ? -1 : signOf(sw[1]!) };
  const noun = q.kind === 'percent' ? RATE_NOUN.exec(tail) : null;
  if (noun) return { role: 'change', sign: changeSign(noun[1]!) };
  if (/(?:比|较)(?:上年|去年|上年度|同期|上年同期)?[^，；。比较]{0,12}?(?:的)?$/.test(tail) && /(?:比|较)[^，；。]*$/.test(tail))
    return { role: 'base', sign: 0 };
  if (q.kind === 'percent' && /率(?:为|是|达到?|约)?$|完成(?:任务|目标|计划)?[^，。；]{0,6}的$/.test(tail)) return { role: 'rate', sign: 0 };
  return { role: 'level', sign: 0 };
}

/** Figures of one paragraph, in order; `firstId` numbers them across the document. */
export function figuresOf(p: Paragraph, para: number, firstId: number): Figure[] {
  const out: Figure[] = [];
  const qs = extractQuantities(p.text);
  let prevEnd = 0;
  let prevSentence = -1;
  for (const q0 of qs) {
    let q = q0;
    const sentence = sentenceOf(p, q.start);
    const sStart = p.sentenceStarts[sentence]!;
    const from = sentence === prevSentence ? Math.max(prevEnd, sStart) : sStart;
    let lead = p.text.slice(from, q.start).replace(/[ \t\u3000\u00a0]+/g, '');
    // 增长-8.7% / 较一季度（-10.8%）/ 结余为负1.83万元: a sign right before the figure (never a dash after a digit: a range)
    const mark = q.value.startsWith('-') ? null : signBefore(p.text, q.start);
    if (mark && lead.length >= mark.length) {
      lead = lead.slice(0, -mark.length);
      q = negated(q, p.text.slice(q.start - mark.length, q.start));
    }
    lead = unbracketDirection(lead);
    const cut = labelStart(lead);
    let rawLabel = lead.slice(cut).replace(ASIDE, '');
    // 2、支出：799.12万元 — the name stands before the colon
    if (!cleanLabel(rawLabel) && cut > 1 && lead[cut - 1] === '：') {
      const before = lead.slice(0, cut - 1);
      rawLabel = clauseAfter(before, `${PHRASE_STOPS}。`);
    }
    // 右岸1段，长0.98km: a bare length after a count of stretches measures the stretches named before the count
    if (/^(?:长|长度|全长|宽|面积)$/.test(cleanLabel(rawLabel)) && cut > 1 && lead[cut - 1] === '，') {
      const named = /([\u4e00-\u9fff]{1,12}?)\d+(?:段|处|条|道)$/.exec(lead.slice(0, cut - 1));
      if (named && cleanLabel(named[1]!)) rawLabel = named[1]! + rawLabel;
    }
    // 公务接待费减少0.9万元 / 较预算数100万元: the noun is what stands before the comparison words
    // X比上年增加c。其中：a增加x — a 其中 sentence goes on with the comparison of the sentence before
    // (and so does a numbered cause right after it: X比上年增加c。一是a增加x)
    const opensList = sentence > 0 && /^\s*(?:其中|一是)/.test(p.text.slice(sStart, sStart + 4));
    const context = p.text.slice(Math.max(opensList ? p.sentenceStarts[sentence - 1]! : sStart, q.start - 160), q.start);
    let { role, sign } = roleOf(q, lead, context, sentence === prevSentence);
    // 减少-2.00万元 / 下降-40%: a minus after a word of falling repeats the word; the figure is the fall's size
    if (mark && role === 'change' && sign < 0 && FALL_WORD.test(lead)) q = q0;
    // 与年初预算150万元相比: the figure between 与 and 相比 is the base of the comparison
    if (role === 'level' && /^\s*(?:相比|比较|对比)/.test(p.text.slice(q.end, q.end + 4)) && /(?:与|同|和)[^，；。]{0,12}$/.test(lead)) {
      role = 'base';
      sign = 0;
    }
    if (role === 'change')
      rawLabel = rawLabel
        .replace(COMPARED_COMMA, '$1')
        .replace(/(?:比|较|同比|环比|与)[^，；。]*$/, '')
        .replace(SIGN_WORD, '')
        .replace(/(?:按照?)?同口径(?:计算)?$/, '');
    if (role === 'base') rawLabel = rawLabel.replace(/^.*?(?:比|较|与|同|和)/, '');
    if (role === 'share') rawLabel = rawLabel.replace(/占.*$/, '');
    const joint = jointLabel(lead, cut, rawLabel);
    const label = joint?.label ?? cleanLabel(rawLabel);
    let concept = joint ? joint.concept : (conceptOf(label) ?? arrangedConcept(label));
    // …公车运行费（“三公”经费）决算总额2771万元: the name in the parenthesis before a bare 决算总额
    if (!concept && cut > 0 && lead[cut - 1] === '）' && /^(?:决算|预算)?(?:总额|合计|总计|数)?$/.test(label)) {
      const open = lead.lastIndexOf('（', cut - 1);
      if (open >= 0) concept = conceptOf(cleanLabel(lead.slice(open + 1, cut - 1)));
    }
    const year = /((?:19|20)\d\d)年(?!\d)/.exec(joint?.raw ?? rawLabel)?.[1] ?? null;
    const scope = SCOPES.filter(([re]) => re.test(rawLabel)).map(([, s]) => s);
    out.push({
      id: firstId + out.length,
      q,
      para,
      start: q.start,
      end: q.end,
      sentence,
      line: p.lineAt(q.start),
      depth: p.depth[q.start] ?? 0,
      parens: parenChain(p, q.start),
      lead,
      label,
      concept,
      scope,
      stage: stageOf(rawLabel),
      year,
      prior: /(?<!加)上年(?!初|结转|结余)|去年|上一年|同期/.test(rawLabel) || (role === 'level' && /(?:比|较)(?:上年|去年)[^，；。]*$/.test(context)),
      role,
      sign,
      ...(mark && !mark.sure ? { signDoubt: true as const } : {}),
      noun: q.kind === 'count' ? (/^[\u4e00-\u9fff]/.exec(p.text.slice(q.end, q.end + 1))?.[0] ?? '') : '',
      ...otherUnits(p.text, q),
    });
    prevEnd = q.end;
    prevSentence = sentence;
  }
  elliptical(out);
  parenRates(p, out);
  currentOfComparison(p, out);
  pairLabels(p, out);
  return out;
}

/**
 * 去年全年收入完成T，同比增加c: a level followed by its own change on the year before is the
 * current figure of that comparison (a news item written the next year), not a prior-year one.
 */
function currentOfComparison(p: Paragraph, figs: Figure[]): void {
  for (let i = 0; i + 1 < figs.length; i++) {
    const [f, next] = [figs[i]!, figs[i + 1]!];
    if (!f.prior || f.role !== 'level' || next.role !== 'change' || next.sentence !== f.sentence || !/去年/.test(f.lead)) continue;
    if (/^[，\s]*(?:同比|比上年|较上年|(?:与|同|和)上年(?:相比|比较|对比))/.test(p.text.slice(f.end, next.start))) f.prior = false;
  }
}

/** 较上年减少1.5万元（42.86%）: a bare percent in parentheses right after a change amount is its rate. */
function parenRates(p: Paragraph, figs: Figure[]): void {
  for (let i = 1; i < figs.length; i++) {
    const [prev, f] = [figs[i - 1]!, figs[i]!];
    if (f.q.unit !== '%' || f.role !== 'level' || prev.role !== 'change' || prev.q.kind !== 'money' || prev.sentence !== f.sentence) continue;
    if (!/^\s*（\s*$/.test(p.text.slice(prev.end, f.start)) || !/^\s*）/.test(p.text.slice(f.end, f.end + 2))) continue;
    f.role = 'change';
    f.sign = prev.sign;
  }
}

const HEAD_STAGE = /^(支出|收入)(?:预算|决算|执行)(?:数|金额)?$/;
const STAGE_TAIL = /(?:年初|全年|调整后)?(?:预算|决算|执行)(?:数|金额)?$/;
const STAGE_ONLY = /^(?:(?:19|20)\d\d年度?)?(?:年初|全年|调整后)?(?:预算|决算|执行)(?:数|金额)?$/;

/** 三公经费预算数2711.65万元、决算数2488.79万元，2011年预算数2687.06万元: a label of only a stage or year goes on the quantity before it. */
function elliptical(figs: Figure[]): void {
  for (let i = 1; i < figs.length; i++) {
    const f = figs[i]!;
    const prev = figs[i - 1]!;
    if (spentOf(f, prev)) continue;
    // X支出预算为A，支出决算为B: a bare 支出/收入 with its stage after X支出 with another stage is X again
    const restated = HEAD_STAGE.exec(f.label);
    const again = !!restated && !!prev.stage && prev.stage !== f.stage && prev.label.replace(STAGE_TAIL, '').endsWith(restated[1]!);
    if ((f.concept && !again) || (!again && !STAGE_ONLY.test(f.label)) || f.role !== 'level' || prev.role !== 'level' || !prev.concept) continue;
    // 年初预算12万元，调整后预算数15.5万元: stages of a budget, not one quantity stated again
    if (prev.concept === 'initialBudget' || prev.concept === 'budgetAdjust') continue;
    if (prev.sentence !== f.sentence || prev.depth !== f.depth || prev.q.kind !== f.q.kind || /[；：]/.test(f.lead)) continue;
    // only a separator before it: 其中年初预算45万元 is a part, not the same quantity again
    if (
      !/^[，、]?$/.test(
        f.lead.replace(/\s/g, '').replace(/(?:(?:19|20)\d\d年度?)?(?:支出|收入)?(?:年初|全年|调整后)?(?:预算|决算|执行)(?:数|金额)?(?:为|是|达)?$/, ''),
      )
    )
      continue;
    f.concept = prev.concept;
    f.scope = [...new Set([...prev.scope, ...f.scope])];
    f.year ??= prev.year;
  }
}

const SPENDING = new Set([
  'threePublic',
  'abroad',
  'reception',
  'vehicle',
  'vehiclePurchase',
  'vehicleOperation',
  'basic',
  'project',
  'personnel',
  'publicUse',
]);

/**
 * “三公”经费支出预算为3万元，支出决算为1.71万元: a bare 支出决算 right after a spending item of another
 * stage, in its clause chain, is that item's actual (not the unit's whole 支出).
 */
function spentOf(f: Figure, prev: Figure): boolean {
  if (f.concept !== 'expenditure' || !prev.concept || !SPENDING.has(prev.concept) || /收入/.test(prev.label)) return false;
  if (!/^(?:支出|实际支出)(?:预算|决算|执行)(?:数|金额)?$|^(?:预算|决算)支出(?:数)?$/.test(f.label)) return false;
  if (prev.sentence !== f.sentence || prev.depth !== f.depth || prev.role !== 'level' || f.role !== 'level' || prev.q.kind !== f.q.kind) return false;
  if (!f.stage || f.stage === prev.stage || !/^[，、]/.test(f.lead)) return false;
  f.concept = prev.concept;
  f.scope = [...new Set([...prev.scope, ...f.scope])];
  f.year ??= prev.year;
  return true;
}

/**
 * 收入、支出决算总计665.96万元 / 因公出国（境）费、公务用车购置及运行费和公务接待费的预算数: the names
 * before a 、 with no figure between are one label for several quantities together. It is the
 * total of a partition when the names list it completely; otherwise it names no single concept.
 */
function jointLabel(lead: string, cut: number, rawLabel: string): { label: string; raw: string; concept: string | null } | null {
  if (cut === 0 || lead[cut - 1] !== '、') return null;
  const before = lead.slice(0, cut - 1);
  let from = before.length;
  for (let depth = 0; from > 0; from--) {
    const c = before[from - 1]!;
    if (c === '）') depth++;
    else if (c === '（') {
      if (depth === 0) break;
      depth--;
    } else if (/[，；：。！？]/.test(c)) break;
  }
  const names = before
    .slice(from)
    .split('、')
    .map((x) => cleanLabel(x));
  // 二、2024年基本支出: a list mark, not a name
  if (!names.length || names.some((n) => !/[\u4e00-\u9fff]/.test(n) || /^[一二三四五六七八九十百]+$/.test(n))) return null;
  // 行政单位、事业单位和其他单位安排的三公经费: names of who, not of what — the label is the last one's
  if (!names.some((n) => conceptOf(n))) return null;
  const last = cleanLabel(rawLabel);
  const k = last.lastIndexOf('的');
  const body = k > 0 ? last.slice(0, k) : last;
  const pair = body.split('和');
  const tail = pair.length === 2 && pair.every((x) => conceptOf(x)) ? pair : [body];
  const raw = `${before.slice(from)}、${rawLabel}`;
  const label = cleanLabel(raw);
  const concepts = [...names, ...tail].map((n) => conceptOf(n));
  if (concepts.some((c) => !c) || new Set(concepts).size !== concepts.length) return { label, raw, concept: null };
  const listed = new Set(concepts as string[]);
  const p = partitionsOf(concepts[0]!).find((x) => x.totals && [...listed].every((c) => x.parts.includes(c)) && isComplete(x, listed));
  return { label, raw, concept: p?.totals?.[0] ?? null };
}

const PAIRED = /(?:^|[，；。：（])(?:其中|包括)?[：]?([^，；。：（）]{2,60}?)(?:分别为|分别是|分别达到?|各为|分别)[：]?/g;

/**
 * 基本支出、项目支出分别为 80万元、20万元: the names listed before 分别为 go to the figures after
 * it, in order — only when the counts match and the figures are one plain list (never 分别占 …%).
 */
function pairLabels(p: Paragraph, figs: Figure[]): void {
  if (!/分别|各为/.test(p.text)) return;
  for (const m of p.text.matchAll(PAIRED)) {
    const names = m[1]!
      .split(/、|和|及|与/)
      .map((x) => cleanLabel(x))
      .filter(Boolean);
    if (names.length < 2 || names.some((n) => n.length < 2 || /\d/.test(n))) continue;
    const at = m.index + m[0].length;
    const k = figs.findIndex((f) => f.start >= at);
    const run = k < 0 ? [] : figs.slice(k, k + names.length);
    if (run.length !== names.length || run[0]!.start - at > 2 || run.some((f) => f.q.kind === 'percent' || f.role !== 'level')) continue;
    if (run.some((f, i) => i > 0 && !/^\s*[、和及与]\s*$/.test(p.text.slice(run[i - 1]!.end, f.start)))) continue;
    const next = figs[k + names.length];
    if (next && next.sentence === run[0]!.sentence && /^\s*[、和及与]\s*$/.test(p.text.slice(run[run.length - 1]!.end, next.start))) continue;
    run.forEach((f, i) => {
      f.label = names[i]!;
      f.concept = conceptOf(names[i]!);
    });
  }
}

/** Same measure: money with money, people with people, percent with percent. */
export function compatible(a: Figure, b: Figure): boolean {
  // a bare number in prose (15.00 in a line of file metadata) measures nothing we can name
  if (a.q.unit === '' || b.q.unit === '') return false;
  if (a.q.kind === 'money' || b.q.kind === 'money') return a.q.kind === b.q.kind;
  if (a.q.kind === 'percent' || b.q.kind === 'percent') return a.q.kind === b.q.kind && a.q.unit === b.q.unit;
  const people = new Set(['人', '名', '位', '人次']);
  if (a.q.unit === b.q.unit) return !(a.noun && b.noun && a.noun !== b.noun);
  if (a.units?.includes(b.q.unit) || b.units?.includes(a.q.unit)) return true;
  return people.has(a.q.unit) && people.has(b.q.unit) && a.q.unit !== '人次' && b.q.unit !== '人次';
}

/** a lies inside b's parenthesis context or at the same level (not in a closed sibling parenthesis). */
export function visibleFrom(a: Figure, cueParens: number[]): boolean {
  // every parenthesis around `a` must also be around the cue
  return a.parens.every((o) => cueParens.includes(o));
}
