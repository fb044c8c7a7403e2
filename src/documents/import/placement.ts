// Placing the figures of an imported report's prose into the draft's cells with the relation model
// (src/domain/relations): each figure's label, lexicon concept, scope, stage and the 其中 list it
// belongs to decide its cell — budget accounts (type × 基本/项目/合计 × 年初/收入/支出/年末), income
// sources, "三公" items. Two different values for one cell place neither. Pure.
import type { ParsedDocument } from '../../domain/checks/document.js';
import { cmp, normalize } from '../../domain/decimal.js';
import { buildContext, sentenceText, type Ctx } from '../../domain/relations/context.js';
import type { Figure } from '../../domain/relations/figures.js';
import { cellKey, cellName, type Cell } from './cellNames.js';
import { ALL_FUNDS, isFundReport, isProjectReport, MONEY_WORDS, NON_FISCAL, yearBefore } from './placementWords.js';
import { documentStage } from './stage.js';
import { GOVERNMENT_REPORT, INSURANCE_FUND_FIGURE, insuranceFundClause, isGovernmentReport, namesRegion } from './government.js';
import { REGION_FIGURE, regionClause, regionFigure } from './government.js';
import { ARRANGED, classify, GRAND_TOTALS, UNSPENT } from './classify.js';
import { LIMITS } from '../../domain/relations/index.js';
import { findSums } from '../../domain/relations/sums.js';
import { shareListUnits } from './listUnits.js';
import { COMMA_RUN_REASON, readCommaRuns, toWritten } from './commaRuns.js';
import { sumOverTypes } from './typeSums.js';
import type { Decimal } from '../../domain/types.js';
import { BUDGET_TYPE_LABELS } from '../../domain/types.js';

export { cellName, type Cell } from './cellNames.js';
export { simplify } from './simplify.js';
import { simplify } from './simplify.js';

/** A block of prose to read: one section's paragraphs, with its heading path for scope. */
export interface PlaceSource {
  paragraphs: string[];
  /** Heading titles from the top (一般公共预算支出情况 gives the budget type). */
  context: string;
  /** Figures with no known cell are reported only for data sections. */
  data: boolean;
}

export interface PlacedFigure {
  source: number;
  paragraph: number;
  /** Offset and text of the figure in the source paragraph (as written there). */
  start: number;
  text: string;
  cell: Cell;
  value: Decimal;
  sentence: string;
}

export interface UnplacedFigure {
  source: number;
  paragraph: number;
  start: number;
  text: string;
  reason: string;
  sentence: string;
}

export interface Placement {
  placed: PlacedFigure[];
  unplaced: UnplacedFigure[];
}

const LIST_START = /^\s*(?:[一二三四五六七八九十]+[、是]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．](?!\d)|[①-⑳]|第[一二三四五六七八九十]+[，、])/;

// （一）收入情况 / 三、支出说明: a heading line inside a section's text, never half a sentence
const HEADING = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．](?!\d))[^\d]{0,30}$|(?:情况|说明|概况|分析)\s*$/;

// 单位：万元 over a table whose rows went to the table reader: a note of its own, never the start of the next sentence
const UNIT_NOTE = /(?:^|\s)[（(]?(?:金额)?单位[:：]\s*(?:万元|元|亿元|千元)[)）]?\s*$/;

interface Candidate {
  f: Figure;
  cell: Cell;
  value: Decimal;
  /**
   * 0: the year's figure of a scope its sentence states; 1: scope from the heading or none (a
   * department-wide figure, taken as 一般公共预算); 2: a budget-stage or 收支总计 figure. A cell takes
   * the best tier that states it; the others, when they differ, are listed with `why`.
   */
  tier: 0 | 1 | 2;
  why: string;
  guessed: boolean;
}

const TYPE_NAME = BUDGET_TYPE_LABELS;
// labels of a budget's lines that have no cell (本级支出, 专项上解, 结转下年使用, 基金调入, 彩票公益金): listed, not dropped
const BUDGET_LABEL = /收入|支出|结转|结余|上解|调入|调出|公益金/;
// 非财政性资金 / 非财政拨款资金 named as money the unit had (not 无非财政性资金)
// reasons of shapes read for what they are: listed under any heading
const LISTED = new Set([ARRANGED, UNSPENT, GRAND_TOTALS]);
const OUTSIDE_MONEY = /(?<![无没未]有?)非财政(?:性|拨款)(?:资金|收入)/;

/**
 * Reads every source's paragraphs as one document with the relation model and places its figures.
 * `taken` says which figures other readers already used (source, paragraph, start).
 */
export function placeFigures(
  sources: PlaceSource[],
  opts: {
    title: string | null;
    year: number | null;
    taken?: (source: number, paragraph: number, start: number) => boolean;
    /** The whole document's lines (headings too), for its stage; default: the sources' lines. */
    text?: string[];
  },
): Placement {
  // One line per sentence run: a paragraph that stops mid-sentence (本年支出合计 / 1,200,000.00元) goes on
  // in the next one (the model would take a short unpunctuated line for a heading).
  const lines: string[] = [];
  const at: ({ source: number; parts: { paragraph: number; offset: number }[] } | null)[] = [];
  sources.forEach((s, si) => {
    s.paragraphs.forEach((p, pi) => {
      const prev = at[at.length - 1];
      const last = lines[lines.length - 1] ?? '';
      if (prev && prev.source === si && !/[。！？!?；;：:]\s*$/.test(last) && !LIST_START.test(p) && !HEADING.test(last) && !UNIT_NOTE.test(last)) {
        prev.parts.push({ paragraph: pi, offset: lines[lines.length - 1]!.length });
        lines[lines.length - 1] += simplify(p);
      } else {
        lines.push(simplify(p));
        at.push({ source: si, parts: [{ paragraph: pi, offset: 0 }] });
        // (the model joins a short unpunctuated line to the next: a unit note stands apart)
        if (UNIT_NOTE.test(p)) {
          lines.push('');
          at.push(null);
        }
      }
    });
    lines.push('');
    at.push(null);
  });
  // 收入、支出分别是300,280万元: the comma separates two amounts (read apart), or may (the run is listed)
  const commaRuns = lines.map(readCommaRuns);
  commaRuns.forEach((r, i) => (lines[i] = r.text));
  const doc: ParsedDocument = { lines, sections: [], tables: [], title: opts.title ? simplify(opts.title) : null, junk: [] };
  const ctx = buildContext(doc);
  if (ctx.figs.length > LIMITS.figures) return { placed: [], unplaced: [] };
  shareListUnits(ctx);
  findSums(ctx);
  ctx.relations.length = 0;
  const year = opts.year ? String(opts.year) : yearOfFigures(ctx);
  const project = isProjectReport(doc.title ?? '');
  const fund = isFundReport(doc.title ?? '');
  const docStage = documentStage(doc.title ?? '', opts.text ? opts.text.map(simplify) : lines, ctx);
  const government = isGovernmentReport(doc.title ?? '', opts.text ? opts.text.map(simplify) : lines);
  const regionDocument = namesRegion(lines);

  // where a figure is in its source paragraph
  const locate = (f: Figure): { source: number; paragraph: number; start: number; text: string } | null => {
    const p = ctx.paras[f.para]!;
    const line = at[f.line];
    if (!line) return null;
    let lineStart = f.start;
    while (lineStart > 0 && p.lineAt(lineStart - 1) === f.line) lineStart--;
    // (offsets in the line as written: units the comma runs wrote in are left out)
    const inserts = commaRuns[f.line]?.inserts ?? [];
    const inLine = toWritten(inserts, f.start - lineStart);
    const part = [...line.parts].reverse().find((x) => x.offset <= inLine)!;
    const start = inLine - part.offset;
    const raw = sources[line.source]!.paragraphs[part.paragraph]!;
    const text = raw.slice(start, start + toWritten(inserts, f.end - lineStart) - inLine).trim();
    return text ? { source: line.source, paragraph: part.paragraph, start: start + raw.slice(start).indexOf(text), text } : null;
  };

  const candidates: (Candidate & { loc: NonNullable<ReturnType<typeof locate>> })[] = [];
  const unplaced: UnplacedFigure[] = [];
  for (const f of ctx.figs) {
    const loc = locate(f);
    if (!loc || opts.taken?.(loc.source, loc.paragraph, loc.start)) continue;
    if (inUnsureRun(ctx, f, commaRuns[f.line]?.unsure ?? [])) {
      unplaced.push({ ...loc, reason: COMMA_RUN_REASON, sentence: sentenceText(ctx, f) });
      continue;
    }
    const r = classify(ctx, f, sources[loc.source]!.context, year, docStage, project, fund);
    if (!r) continue;
    // 全县一般公共预算收入X / a town's 财政预算执行情况: the region's money, not the unit's (三公 items stay: a
    // government-wide 三公 table fills the same cells)
    // (全县一般公共预算收入完成X, no cell of its own: listed as the region's, not as an unknown line)
    if ('reason' in r ? /收入|支出/.test(f.label) : r.cell.kind !== 'threePublic') {
      const p = ctx.paras[f.para]!;
      const from = p.sentenceStarts[f.sentence]!;
      const before = p.text.slice(from, f.start);
      const region = regionClause(before) || regionFigure(p.text.slice(0, from), before, f.label, regionDocument);
      const why = government && !('reason' in r) ? GOVERNMENT_REPORT : region ? REGION_FIGURE : insuranceFundClause(before) ? INSURANCE_FUND_FIGURE : null;
      if (why) {
        unplaced.push({ ...loc, reason: why, sentence: sentenceText(ctx, f) });
        continue;
      }
    }
    if ('reason' in r) {
      // outside data sections only what the lexicon names as budget money is listed (not every 万元 of the narrative)
      // (a concept of the lexicon — 工资福利支出, 经营支出 — or a label naming income, spending or a balance is never dropped)
      if (sources[loc.source]!.data || f.concept || MONEY_WORDS.test(f.label) || BUDGET_LABEL.test(f.label) || LISTED.has(r.reason))
        unplaced.push({ ...loc, reason: r.reason, sentence: sentenceText(ctx, f) });
      continue;
    }
    candidates.push({ f, cell: r.cell, value: normalize(f.q.wan!), tier: r.tier, why: r.why, loc, guessed: r.guessed ?? false });
    if (r.also)
      candidates.push({
        f,
        cell: r.also,
        value: normalize(f.q.wan!),
        tier: r.tier,
        why: `句中未注明预算类型，与注明${TYPE_NAME[r.also.kind === 'budget' ? r.also.budgetType : 'general']}的数不同`,
        loc,
        guessed: false,
      });
  }
  // 总收入X，其中：财政拨款收入a，事业收入b，其他收入c: a unit with money from outside the budget states its
  // all-funds totals — an unscoped 收入/支出/基本支出 is then no 一般公共预算 figure
  const outside = candidates.some((c) => c.cell.kind === 'budgetLine' && NON_FISCAL.has(c.cell.key) && c.cell.field === 'executed' && cmp(c.value, '0') !== 0);
  // 总收入X，…主要原因是增加非财政性资金Y: the paragraph's own words say its unscoped totals hold outside money
  const outsideHere = (c: Candidate) => OUTSIDE_MONEY.test(ctx.paras[c.f.para]!.text);
  for (const c of candidates.filter((x) => x.guessed && (outside || outsideHere(x)))) {
    unplaced.push({ ...c.loc, reason: ALL_FUNDS, sentence: sentenceText(ctx, c.f) });
    candidates.splice(candidates.indexOf(c), 1);
  }

  // one value per cell: the best tier that states it; two different values at that tier place neither
  const placed: PlacedFigure[] = [];
  const byCell = new Map<string, typeof candidates>();
  for (const c of candidates) {
    const k = cellKey(c.cell);
    const list = byCell.get(k);
    if (list) list.push(c);
    else byCell.set(k, [c]);
  }
  const kept: (typeof candidates)[number][] = [];
  const lost = new Set<Figure>(); // figures that lost their cell to another value
  const outranked: { c: (typeof candidates)[number]; stated: Decimal }[] = [];
  for (const cs of byCell.values()) {
    const best = cs.reduce((m, c) => Math.min(m, c.tier), Infinity);
    const top = cs.filter((c) => c.tier === best);
    const values = new Set(top.map((c) => c.value));
    if (values.size > 1) {
      const reason = conflictReason(cellName(top[0]!.cell), values);
      for (const c of top) unplaced.push({ ...c.loc, reason, sentence: sentenceText(ctx, c.f) });
      top.forEach((c) => lost.add(c.f));
      continue;
    }
    for (const c of cs) {
      if (c.tier === best) kept.push(c);
      else if (cmp(c.value, top[0]!.value) !== 0) {
        outranked.push({ c, stated: top[0]!.value });
        lost.add(c.f);
      }
    }
  }
  // (财政拨款收入 of all budget types beside each type's: its reason says so)
  for (const { c, stated } of outranked) {
    const reason = sumOverTypes(c.cell, c.value, kept) ?? `${c.why}（${cellName(c.cell)}：${stated} 万元）`;
    unplaced.push({ ...c.loc, reason, sentence: sentenceText(ctx, c.f) });
  }
  // 其中基本支出…，项目支出… of a total that lost its cell (the unit's 支出 beside the account's) go with it
  for (const c of kept) {
    const total = ctx.partOf.get(c.f.id)?.total;
    if (total && lost.has(total) && c.cell.kind === 'budget' && c.cell.row !== 'total' && c.tier !== 0)
      unplaced.push({ ...c.loc, reason: `其中的一项，所属总数 ${total.q.text} 未入栏目`, sentence: sentenceText(ctx, c.f) });
    else placed.push({ ...c.loc, cell: c.cell, value: c.value, sentence: sentenceText(ctx, c.f) });
  }
  return { placed, unplaced };
}

/** A money figure (or a bare number) inside a run of amounts whose commas read more than one way. */
function inUnsureRun(ctx: Ctx, f: Figure, runs: [number, number][]): boolean {
  if (!runs.length || (f.q.kind !== 'money' && f.q.kind !== 'number')) return false;
  const p = ctx.paras[f.para]!;
  let lineStart = f.start;
  while (lineStart > 0 && p.lineAt(lineStart - 1) === f.line) lineStart--;
  const at = f.start - lineStart;
  return runs.some(([a, b]) => at >= a && at < b);
}

/**
 * The year of a document that names none in its title: the year most of its amounts are stated for, when
 * one year has more than any other (2013年…预算79.69亿元中，…21.36亿元… beside 2012年…执行数80.95亿元: 2013, and
 * the 2012 figure is listed as another year's). Null when no amount names a year, or two years tie.
 */
function yearOfFigures(ctx: Ctx): string | null {
  const count = new Map<string, number>();
  for (const f of ctx.figs) {
    if (f.q.kind !== 'money' || f.role !== 'level') continue;
    const y = f.year ?? yearBefore(ctx, f) ?? yearOfParagraph(ctx, f);
    if (y) count.set(y, (count.get(y) ?? 0) + 1);
  }
  const [first, second, third] = [...count.entries()].sort((a, b) => b[1] - a[1]);
  if (first && (!second || first[1] > second[1])) return first[0];
  // 2016年…33万元，2015年…57.55万元，与上年对比减少…: two years side by side, the text speaking of 上年 — the later
  // one is the report's (the earlier is its 上年)
  const [a, b] = [Number(first?.[0]), Number(second?.[0])];
  const ofLastYear = ctx.paras.some((p) => /(?:比|较|与|同)上年|上年同期/.test(p.text));
  return first && second && (!third || third[1] < second[1]) && Math.abs(a - b) === 1 && ofLastYear ? String(Math.max(a, b)) : null;
}

/**
 * (For counting only) the year a sentence before the figure's, in its paragraph, names last: 2015年…合计X。
 * “三公”经费中，因公出国经费Y — Y is stated for 2015 too. Not 比/较 a year.
 */
function yearOfParagraph(ctx: Ctx, f: Figure): string | null {
  const p = ctx.paras[f.para]!;
  const years = [...p.text.slice(0, p.sentenceStarts[f.sentence]).matchAll(/((?:19|20)\d\d)年/g)].filter(
    (m) => !/(?:比|较|与|同|和)\s*$/.test(p.text.slice(Math.max(0, m.index - 3), m.index)),
  );
  return years.at(-1)?.[1] ?? null;
}

/**
 * Why figures that disagree on one cell are left out. A handful of values are all named; beyond
 * that the first few and the count: every figure carries the reason, so a list of all values made
 * a report repeating one label thousands of times quadratic (5,000 lines → over 512 MB of preview).
 */
export function conflictReason(cell: string, values: Set<string>): string {
  const list = [...values];
  if (list.length <= 6) return `两处数值不同（${cell}：${list.join(' / ')} 万元）`;
  return `多处数值不同（${cell}：${list.slice(0, 5).join(' / ')} / … 万元，共 ${list.length} 个不同数值）`;
}
