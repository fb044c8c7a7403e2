// buildReport: an Evaluation → the ordered outline every document format is written from. Pure.
import type { BudgetType, Evaluation, IndicatorDef, NarrativeSection } from '../types.js';
import { BUILTIN_FRAMEWORKS } from '../frameworks/builtin.js';
import { formatDateCn } from './amount.js';
import { defaultSections } from './default-sections.js';
import { indicatorTable } from './indicator-table.js';
import type { HeadingLevel, ReportBlock, ReportCover, ReportDocument } from './model.js';
import { outlineNumbering } from './numbering.js';
import { budgetSentence, budgetTypeOfTitle, dutyParagraphs, expenseClassOfTitle, keyProjectParagraphs, profileParagraph } from './sentences.js';

export interface BuildReportOptions {
  /**
   * The framework's indicator definitions: names and weights for the 自评表 table.
   * Defaults to the built-in framework with the evaluation's framework code.
   */
  indicators?: IndicatorDef[];
}

/** Where officials break a long title on the cover: before 绩效自评报告 (二号 fits ~20 characters). */
export function titleLines(title: string): string[] {
  const t = title.trim();
  if ([...t].length <= 20) return [t];
  const m = /(绩效(?:评估)?自评报告|自评报告|报告)$/.exec(t);
  if (m && m.index > 0) return [t.slice(0, m.index), m[0]];
  const half = Math.ceil([...t].length / 2);
  return [[...t].slice(0, half).join(''), [...t].slice(half).join('')];
}

function clampLevel(depth: number): HeadingLevel {
  return Math.min(Math.max(depth, 1), 4) as HeadingLevel;
}

function childrenOf(sections: NarrativeSection[], key: string | null): NarrativeSection[] {
  return sections.filter((s) => s.parentKey === key).sort((a, b) => a.order - b.order);
}

interface Ctx {
  e: Evaluation;
  sections: NarrativeSection[];
  out: ReportBlock[];
}

const para = (text: string): ReportBlock => ({ kind: 'paragraph', lead: null, leadLevel: null, text });

/** Paragraphs for a section whose stored paragraphs are empty and whose text comes from data. */
function generatedParagraphs(ctx: Ctx, s: NarrativeSection): string[] {
  const { e } = ctx;
  switch (s.kind) {
    case 'duties':
      return e.profile ? dutyParagraphs(e.profile) : [];
    case 'profile':
      // only a leaf profile section gets the generated staffing paragraph
      return e.profile && childrenOf(ctx.sections, s.key).length === 0 ? [profileParagraph(e, e.profile)] : [];
    case 'keyProject': {
      const k = e.keyProjects.find((p) => s.title.includes(p.name) || s.key === p.code) ?? (e.keyProjects.length === 1 ? e.keyProjects[0] : undefined);
      return k && childrenOf(ctx.sections, s.key).length === 0 ? keyProjectParagraphs(e, k) : [];
    }
    default:
      return [];
  }
}

/** Budget sections: the sentence for the type (or class), plus 基本/项目 sub-headings when the tree has none. */
function emitBudget(ctx: Ctx, s: NarrativeSection, depth: number, inheritedType: BudgetType | null): void {
  const { e, out } = ctx;
  const type = budgetTypeOfTitle(s.title) ?? inheritedType;
  const cls = expenseClassOfTitle(s.title);
  const kids = childrenOf(ctx.sections, s.key);
  if (s.paragraphs.length > 0) {
    for (const p of s.paragraphs) out.push(para(p));
  } else if (type && cls) {
    const t = budgetSentence(e, type, cls);
    if (t) out.push(para(t));
  } else if (type) {
    const t = budgetSentence(e, type, 'total');
    if (t) out.push(para(t));
    const account = e.budget.find((a) => a.budgetType === type);
    const hasClassKids = kids.some((k) => expenseClassOfTitle(k.title) !== null);
    if (account && !account.noActivity && !hasClassKids) {
      let n = 0;
      for (const [c, label] of [
        ['basic', '基本支出情况'],
        ['project', '项目支出情况'],
      ] as const) {
        const sentence = budgetSentence(e, type, c);
        if (!sentence) continue;
        out.push({ kind: 'heading', level: clampLevel(depth + 1), numbering: outlineNumbering(depth + 1, ++n), text: label });
        out.push(para(sentence));
      }
    }
  } else {
    // an umbrella 预算执行情况 heading: one sentence per budget type
    for (const a of e.budget) {
      const t = budgetSentence(e, a.budgetType, 'total');
      if (t) out.push(para(t));
    }
  }
  for (const k of kids) emitSection(ctx, k, depth + 1, type);
}

function emitSection(ctx: Ctx, s: NarrativeSection, depth: number, inheritedType: BudgetType | null): void {
  const { out } = ctx;
  const level = clampLevel(depth);
  const lead = `${s.numbering ?? ''}${s.title}`;
  if (s.kind !== 'preamble' && !s.runIn && s.title.trim() !== '') {
    out.push({ kind: 'heading', level, numbering: s.numbering, text: s.title });
  }
  if (s.kind === 'budget') {
    emitBudget(ctx, s, depth, inheritedType);
    return;
  }
  const paragraphs = s.paragraphs.length > 0 ? s.paragraphs : generatedParagraphs(ctx, s);
  if (s.runIn && s.kind !== 'preamble') {
    const [first, ...rest] = paragraphs;
    // stored text sometimes already starts with the lead sentence: do not print it twice
    const body = first === undefined ? '' : first.startsWith(lead) ? first.slice(lead.length) : first.startsWith(s.title) ? first.slice(s.title.length) : first;
    out.push({ kind: 'paragraph', lead, leadLevel: level, text: body });
    for (const p of rest) out.push(para(p));
  } else {
    for (const p of paragraphs) out.push(para(p));
  }
  for (const k of childrenOf(ctx.sections, s.key)) emitSection(ctx, k, depth + 1, inheritedType);
}

export function buildCover(e: Evaluation): ReportCover {
  return { label: null, title: e.title, titleLines: titleLines(e.title), unitName: e.unit.name, dateText: formatDateCn(e.reportDate) };
}

export function buildReport(e: Evaluation, options: BuildReportOptions = {}): ReportDocument {
  const sections = e.sections.length > 0 ? e.sections : defaultSections(e);
  const ctx: Ctx = { e, sections, out: [] };
  const keys = new Set(sections.map((s) => s.key));
  // roots: no parent, or a parent that is missing (keeps orphans visible rather than dropping text)
  const roots = sections.filter((s) => s.parentKey === null || !keys.has(s.parentKey)).sort((a, b) => a.order - b.order);
  for (const s of roots) emitSection(ctx, s, 1, null);

  const cover = buildCover(e);
  const coverPage = e.outline !== 'hunanProvincial';
  if (!coverPage && cover.dateText) {
    ctx.out.push({ kind: 'signature', unitName: cover.unitName, dateText: cover.dateText });
  }
  const defs = options.indicators ?? BUILTIN_FRAMEWORKS.find((f) => f.code === e.framework.code)?.indicators ?? [];
  const table = indicatorTable(e, defs, `${e.year}年度${e.unit.name}绩效自评表`);
  if (table) ctx.out.push({ kind: 'pageBreak' }, table);
  return { outline: e.outline, coverPage, cover, title: e.title, blocks: ctx.out };
}
