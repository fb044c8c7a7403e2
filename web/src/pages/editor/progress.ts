// Tab progress ("7/9 已填"): the domain's checklist (the same one the submit confirmation lists
// from) counted per editor tab. Computed indicators are not typed in, so they do not count.
import { checklistOf, type ChecklistItem } from '../../../../src/domain/completeness.js';
import type { ComputeContext } from '../../../../src/domain/indicators/compute.js';
import type { Framework, SectionKind } from '../../../../src/domain/types.js';
import type { Content } from './content.js';
import { SECTION_TAB, TABS, type TabKey } from './tabs.js';

export interface TabProgress {
  filled: number;
  total: number;
}

export function tabOfItem(item: ChecklistItem, content: Pick<Content, 'sections'>): TabKey | null {
  switch (item.area) {
    case 'report':
    case 'profile':
      return 'profile';
    case 'budget':
      return 'budget';
    case 'indicators':
      return item.computed ? null : 'indicators';
    case 'keyProjects':
      return 'keyProjects';
    case 'sections': {
      const s = content.sections.find((x) => x.key === item.section);
      if (s) return SECTION_TAB[s.kind];
      // a required chapter the outline lacks ("section:missing:measures") belongs to its kind's tab
      const kind = /^section:missing:(\w+)$/.exec(item.key)?.[1] as SectionKind | undefined;
      return kind && kind in SECTION_TAB ? SECTION_TAB[kind] : null;
    }
    default:
      return null;
  }
}

/** Filled and asked-for items per tab; a tab that asks for nothing is absent. */
export function progressByTab(items: ChecklistItem[], content: Pick<Content, 'sections'>): Partial<Record<TabKey, TabProgress>> {
  const out: Partial<Record<TabKey, TabProgress>> = {};
  for (const item of items) {
    const tab = tabOfItem(item, content);
    if (!tab) continue;
    const p = (out[tab] ??= { filled: 0, total: 0 });
    p.total += 1;
    if (item.filled) p.filled += 1;
  }
  // keep the tab order stable for callers that iterate
  return Object.fromEntries(TABS.filter((t) => out[t]).map((t) => [t, out[t]!])) as Partial<Record<TabKey, TabProgress>>;
}

export function editorProgress(framework: Framework, content: Content, context?: ComputeContext) {
  return progressByTab(checklistOf(framework, content, context), content);
}
