// "X较上年增加c。主要变动原因如下：⏎1.A较上年增加a，…⏎2.B较上年（减少）b，…": the change of a total explained
// by numbered paragraphs, each a class of the total stating only its own change. Read only when every item is a
// class of one lexicon set of the total that the items complete (or a last 其他 closes), each item states one
// change and nothing else in money (or says 较上年无增减), on the total's basis: then the signed changes add up to
// the total's. The items may also go on in the cue's own paragraph (如下：1.A…。2.B…。).
import { type Ctx, type Group } from './context.js';
import { cleanLabel, compatible, conceptOf, type Figure } from './figures.js';
import { ADJUSTED_BASE, basisWords } from './changeBasis.js';
import { subjectOf } from './changes.js';
import { judgeGroup, partitionFor, register } from './groups.js';
import { descendants } from './lexicon.js';
import { ITEM_MARK } from './text.js';

// the paragraph of the total ends with the cue: 主要变动原因如下： / 具体情况如下： / 主要是：
const CUE = /(?:如下|主要(?:是|为|有|包括)|具体(?:是|为))\s*[：:]\s*$/;
// …如下：1.A… — the items go on in the cue's own paragraph
const CUE_INLINE = /(?:如下|主要(?:是|为|有|包括)|具体(?:是|为))\s*[：:]\s*(?=1[.、．](?!\d)|[（(]1[）)]|①)/;
// 1. / 1、 / （1） / ①: the mark of an item; the next paragraph opening with another kind of mark ends the list
const ITEM = new RegExp(`^\\s*(?:${ITEM_MARK})`);
const HEADING = /^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[章节部分、])/;
const REST = /^其[他它余]/;

/** 较上年 / 比2030年 / 较上年预算: the words a change is measured against, the year before written one way. */
const basisOf = (lead: string): string | null => basisWords(lead, { strict: true });

/** The number of an item's mark and its kind, or null for a paragraph that opens with none. */
function markOf(text: string): { n: number; kind: number } | null {
  const m = ITEM.exec(text);
  if (!m) return null;
  if (m[1]) return { n: Number(m[1]), kind: /^\s*\d+\./.test(text) ? 1 : 2 };
  if (m[2]) return { n: Number(m[2]), kind: 3 };
  return { n: m[3]!.charCodeAt(0) - 0x2460 + 1, kind: 4 };
}

/** A class listed with its change, or with none when its line says it did not change (较上年无增减). */
interface Item {
  label: string;
  concept: string | null;
  change: Figure | null;
}

// 2.B较上年无增减。 / 2.B与上年持平。: a class that did not change, its name before the comparison
const UNCHANGED =
  /^([^，；。：\d]{2,20}?)(?:较|比|与|和|同)(上年|去年|上年度|(?:19|20)\d\d年度?)(?:相比较|相比|相较|比较|对比)?[，]?(?:无增减|持平|无变化|没有变化|未发生变化|保持不变)(?:变化)?[。；]?$/;

/** The one class of an item's line, or null when the line is not such a class line. */
function itemOf(figs: Figure[], text: string, end: number, total: Figure, basis: string): Item | null {
  const money = figs.filter((f) => f.q.kind === 'money');
  if (!money.length) {
    // the whole line is the class and its standstill: nothing else said (a reason may follow in its next sentence)
    const first = text
      .replace(ITEM, '')
      .replace(/\s/g, '')
      .split(/(?<=。)/)[0]!;
    const m = UNCHANGED.exec(first);
    if (!m || basisOf(`较${m[2]}增加`) !== basis || figs.some((f) => f.start < end)) return null;
    const label = cleanLabel(m[1]!);
    return { label, concept: conceptOf(label), change: null };
  }
  // one change in money, of a named class right after the mark (1.A较上年增加a): no level, no second change
  if (money.length !== 1) return null;
  const c = money[0]!;
  if (c.role !== 'change' || c.sign === 0 || c.q.qualifier !== 'exact' || c.depth !== 0 || !compatible(c, total)) return null;
  // (an item opening right after the cue in its sentence: 如下：1.A较上年增加a — its lead starts at the mark)
  const lead = c.lead
    .replace(/^[^]*?[：:](?=(?:\d{1,2}[.、．]|[（(]\d{1,2}[）)]|[①-⑳]))/, '')
    .replace(ITEM, '')
    // 1.A与上年相比较，增加a: the comma closing the comparison is no clause of its own
    .replace(/(相比较|相比|相较|比较|对比)[，,]/g, '$1');
  // 1.A：较上年增加a — the class named before a colon
  const named = /^([^，；、：]{2,20})：(?=比|较)/.exec(lead);
  if (/[，；、：]/.test(named ? lead.slice(named[0].length) : lead) || basisOf(c.lead) !== basis) return null;
  // 较同口径上年 and 较上年 read as one basis: a like-for-like change is still not of the total's plain one (or vice versa)
  if (ADJUSTED_BASE.test(c.lead) !== ADJUSTED_BASE.test(total.lead)) return null;
  const label = named && !c.label ? cleanLabel(named[1]!) : c.label;
  const concept = named && !c.label ? conceptOf(label) : c.concept;
  return { label, concept, change: concept === c.concept ? c : { ...c, label, concept } };
}

/** An item's text: a paragraph, or a stretch of one after an inline cue; `at` is its offset in the paragraph. */
interface Unit {
  para: number;
  at: number;
  text: string;
}

/** The figures of a unit, and where its first sentence ends (in paragraph offsets). */
function unitFigures(ctx: Ctx, u: Unit): { figs: Figure[]; end: number } {
  const figs = ctx.byPara[u.para]!.filter((f) => f.start >= u.at && f.start < u.at + u.text.length);
  const stop = u.text.indexOf('。');
  return { figs, end: u.at + (stop < 0 ? u.text.length : stop) };
}

/** The numbered items among the units, or null when any item is not a class line. */
function itemsOf(ctx: Ctx, units: Unit[], total: Figure, bareLines: boolean): Item[] | null {
  const basis = basisOf(total.lead);
  if (!basis) return null;
  const items: Item[] = [];
  let kind = 0;
  let current: Unit | null = null;
  const close = (): boolean => {
    if (current === null) return true;
    const { figs, end } = unitFigures(ctx, current);
    const item = itemOf(figs, current.text, end, total, basis);
    if (!item || (!item.concept && !REST.test(item.label))) return false;
    items.push(item);
    current = null;
    return true;
  };
  let bare = 0;
  for (const u of units) {
    const mark = markOf(u.text);
    if (mark && (kind === 0 || mark.kind === kind) && mark.n === items.length + (current === null ? 1 : 2)) {
      if (!close()) return null;
      kind = mark.kind;
      current = u;
      bare = 0;
      continue;
    }
    // a wrapped line of an item's reason (no figure, no heading) belongs to it
    if (bareLines && current !== null && !mark && !HEADING.test(u.text) && !unitFigures(ctx, u).figs.length && bare < 3) {
      bare++;
      continue;
    }
    break;
  }
  return close() ? items : null;
}

/** The paragraphs after pi, each a unit. */
function paragraphsAfter(ctx: Ctx, pi: number): Unit[] {
  return ctx.paras.slice(pi + 1, pi + 40).map((p, k) => ({ para: pi + 1 + k, at: 0, text: p.text }));
}

/** 如下：1.A…。2.B…。 within one paragraph: the stretches from each mark opening a sentence (the first right after the cue). */
function stretchesAfter(ctx: Ctx, pi: number, from: number): Unit[] {
  const p = ctx.paras[pi]!;
  const starts = [from, ...p.sentenceStarts.filter((s) => s > from && markOf(p.text.slice(s)))];
  return starts.map((at, k) => ({ para: pi, at, text: p.text.slice(at, starts[k + 1] ?? p.text.length) }));
}

export function findNumberedChanges(ctx: Ctx): void {
  ctx.paras.forEach((p, pi) => {
    const inline = CUE_INLINE.exec(p.text);
    const below = CUE.test(p.text) && !!markOf(ctx.paras[pi + 1]?.text ?? '');
    if (!below && !inline) return;
    // the cue may stand alone on its line, after the total's paragraph
    const own = !below || ctx.byPara[pi]!.length || pi === 0 || p.text.trim().length > 16 ? pi : pi - 1;
    const cueAt = below ? Infinity : inline!.index;
    const units = below ? paragraphsAfter(ctx, pi) : stretchesAfter(ctx, pi, inline!.index + inline![0].length);
    const money = ctx.byPara[own]!.filter((f) => f.q.kind === 'money' && f.start < cueAt);
    const changes = money.filter((f) => f.role === 'change');
    // the total: the one change in money of the paragraph, its last money figure
    if (changes.length !== 1 || changes[0] !== money[money.length - 1]) return;
    const total = changes[0]!;
    if (total.sign === 0 || total.q.qualifier !== 'exact' || total.depth !== 0 || !basisOf(total.lead)) return;
    if (ctx.totals.has(total.id) || ctx.partOf.has(total.id)) return;
    const concept = total.concept ?? subjectOf(ctx, total)?.concept ?? null;
    if (!concept) return;
    const items = itemsOf(ctx, units, total, below);
    if (!items || items.length < 2) return;
    const parts = items.flatMap((x) => (x.change ? [x.change] : []));
    if (!parts.length || parts.some((x) => ctx.partOf.has(x.id) || ctx.totals.has(x.id))) return;
    // a last 其他 closes the set; every other item is a class of the total, each once
    const rest = REST.test(items[items.length - 1]!.label);
    const classes = rest ? items.slice(0, -1) : items;
    if (classes.some((x) => !x.concept) || new Set(classes.map((x) => x.concept)).size !== classes.length) return;
    const under = descendants(concept);
    if (classes.some((x) => !under.has(x.concept!))) return;
    const part = partitionFor(
      { ...total, concept },
      classes.map((x) => ({ ...total, concept: x.concept })),
    );
    if (!part || !(part.complete || rest)) return;
    const unchanged = items.length - parts.length;
    // 主要是：/ 主要有： name the main causes (mainlyChanges.ts): causes of both directions may be gross movements,
    // so a sum that fails is then only unsure; 如下 / 具体 lists every class
    const mainly = !/如下|具体/.test(below ? p.text.slice(-12) : p.text.slice(inline!.index, inline!.index + inline![0].length));
    const exhaustive = !mainly || parts.every((x) => x.sign === total.sign);
    const g: Group = { total, parts, exhaustive, mode: 'change', cue: mainly ? '主要是' : '如下' };
    register(ctx, g);
    judgeGroup(ctx, g, {
      zh: `逐条列出的各类变动覆盖全部分类：${part.p.rule}${rest ? '（末项为其他）' : ''}${unchanged ? `，${unchanged}项无增减` : ''}`,
      en: `the numbered items state the change of every class: ${part.p.rule}${rest ? ' (the last item is the rest)' : ''}${unchanged ? `, ${unchanged} unchanged` : ''}`,
    });
  });
}
