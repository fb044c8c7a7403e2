// Builds NarrativeSection rows from compact specs: parentKey comes from the dotted key,
// order from the position among siblings in the list, so the data files stay terse.
import type { FigureLink, NarrativeSection, SectionKind } from '../domain/types.js';

export interface SectionSpec {
  key: string;
  kind: SectionKind;
  numbering?: string | null;
  title?: string;
  runIn?: boolean;
  paragraphs?: string[];
  indicatorCode?: string | null;
  figures?: FigureLink[];
}

export function parentKeyOf(key: string): string | null {
  const i = key.lastIndexOf('.');
  return i < 0 ? null : key.slice(0, i);
}

export function buildSections(specs: SectionSpec[]): NarrativeSection[] {
  const seen = new Set<string>();
  const siblings = new Map<string | null, number>();
  return specs.map((s) => {
    if (seen.has(s.key)) throw new Error(`duplicate section key ${s.key}`);
    seen.add(s.key);
    const parentKey = parentKeyOf(s.key);
    if (parentKey !== null && !seen.has(parentKey)) throw new Error(`section ${s.key} listed before its parent`);
    const order = siblings.get(parentKey) ?? 0;
    siblings.set(parentKey, order + 1);
    return {
      key: s.key,
      parentKey,
      order,
      kind: s.kind,
      numbering: s.numbering ?? null,
      title: s.title ?? '',
      runIn: s.runIn ?? false,
      paragraphs: s.paragraphs ?? [],
      indicatorCode: s.indicatorCode ?? null,
      figures: s.figures ?? [],
    };
  });
}
