// The chapters of the department-wide outline (DOMAIN.md) that carry the filler's own words:
// 绩效情况, 问题, 措施, 公开. Budget, profile and duties are written from data and 其他 defaults to
// “无”, so these four are what a published report would otherwise print as empty headings.
import type { Evaluation, NarrativeSection, ReportOutline, SectionKind } from '../types.js';
import { defaultSections } from './default-sections.js';
import { outlineNumbering } from './numbering.js';

export const REQUIRED_CHAPTER_KINDS: readonly SectionKind[] = ['performance', 'problems', 'measures', 'publication'];

type OutlineOf = Pick<Evaluation, 'outline' | 'keyProjects'>;

const outlineSections = (outline: ReportOutline): NarrativeSection[] => defaultSections({ outline, keyProjects: [] } as unknown as Evaluation);

/** The required chapters of an outline as the default outline numbers and titles them (none outside 部门整体). */
export function requiredChapters(outline: ReportOutline): NarrativeSection[] {
  if (outline !== 'departmentWide') return [];
  return outlineSections(outline).filter((s) => s.parentKey === null && REQUIRED_CHAPTER_KINDS.includes(s.kind));
}

/** The sections the report is printed from: the stored ones, or the default outline when there are none (as buildReport does). */
export function effectiveSections(e: OutlineOf & Pick<Evaluation, 'sections'>): NarrativeSection[] {
  return e.sections.length > 0 ? e.sections : defaultSections(e as Evaluation);
}

/** A section's own text and its sub-sections', trimmed: a chapter whose sub-sections are written is written. */
export function hasText(s: NarrativeSection, all: readonly NarrativeSection[]): boolean {
  if (s.paragraphs.some((p) => p.trim() !== '')) return true;
  return all.some((c) => c.parentKey === s.key && hasText(c, all));
}

/** Where a top-level kind sits in the default outline (a kind it does not have goes with 绩效情况). */
function rank(kind: SectionKind): number {
  if (kind === 'preamble') return -1;
  const at = outlineSections('departmentWide').findIndex((s) => s.parentKey === null && s.kind === kind);
  return at >= 0 ? at : 5;
}

/**
 * The sections with every missing required chapter added, empty, at its place in the outline, so a
 * filler has somewhere to write it; no sections at all → the whole default outline. Top-level
 * numbering is redone only when a chapter is added (the rest keep their keys and text).
 */
export function withRequiredChapters(e: OutlineOf & Pick<Evaluation, 'sections'>): NarrativeSection[] {
  const sections = effectiveSections(e);
  const missing = requiredChapters(e.outline).filter((r) => !sections.some((s) => s.parentKey === null && s.kind === r.kind));
  if (missing.length === 0) return sections;
  const keys = new Set(sections.map((s) => s.key));
  const added = missing.map((r) => ({ ...r, key: keys.has(r.key) ? `chapter-${r.kind}` : r.key }));
  const top = sections.filter((s) => s.parentKey === null).sort((a, b) => a.order - b.order);
  for (const a of added) {
    const after = top.reduce((at, s, i) => (rank(s.kind) <= rank(a.kind) ? i + 1 : at), 0);
    top.splice(after, 0, a);
  }
  let n = 0;
  const renumbered = new Map(
    top.map((s, i) => [
      s.key,
      { ...s, order: i + 1, numbering: s.kind === 'preamble' || (s.numbering === null && !added.includes(s)) ? s.numbering : outlineNumbering(1, ++n) },
    ]),
  );
  return [...sections.map((s) => renumbered.get(s.key) ?? s), ...added.map((a) => renumbered.get(a.key)!)];
}
