// Editor tabs and where a finding points to (tab + field id), read from its location and rule.
import type { SectionKind } from '../../../../src/domain/types.js';
import type { Finding } from '../../api.js';
import { budgetFieldId } from './BudgetTab.js';
import type { Content } from './content.js';
import { indicatorFieldId } from './IndicatorsTab.js';
import { keyProjectFieldId } from './KeyProjectsTab.js';
import { paragraphFieldId } from './SectionsTab.js';

export const TABS = ['profile', 'budget', 'indicators', 'keyProjects', 'performance', 'problems', 'publication'] as const;
export type TabKey = (typeof TABS)[number];

export const SECTION_TAB: Record<SectionKind, TabKey> = {
  preamble: 'profile',
  profile: 'profile',
  duties: 'profile',
  budget: 'budget',
  performance: 'performance',
  indicatorCategory: 'performance',
  keyProject: 'performance',
  problems: 'problems',
  measures: 'problems',
  publication: 'publication',
  other: 'publication',
};

export const kindsOf = (tab: TabKey): SectionKind[] => (Object.keys(SECTION_TAB) as SectionKind[]).filter((k) => SECTION_TAB[k] === tab);

export interface Target {
  tab: TabKey;
  field: string | null;
}

const str = (v: unknown): string | null => (typeof v === 'string' || typeof v === 'number' ? String(v) : null);

export function findingTarget(f: Finding, content: Content): Target | null {
  const o = typeof f.location === 'object' && f.location !== null ? (f.location as Record<string, unknown>) : {};
  const path = typeof f.location === 'string' ? f.location : (str(o.path) ?? '');
  const hay = `${path} ${str(o.tab) ?? ''} ${str(o.kind) ?? ''} ${f.rule}`;

  const budgetType = str(o.budgetType);
  const m = /(general|governmentFund|stateCapital|socialInsurance)[./[\]]+(basic|project|total)[./[\]]+(opening|income|expenditure|closing)/.exec(path);
  if (budgetType || m || /budget/i.test(hay)) {
    const [type, row, figure] = m ? [m[1], m[2], m[3]] : [budgetType, str(o.row), str(o.figure)];
    return { tab: 'budget', field: type && row && figure ? budgetFieldId(type, row, figure) : null };
  }
  const code = str(o.indicatorCode) ?? str((f as { indicatorCode?: unknown }).indicatorCode);
  if (code || /indicator/i.test(hay)) return { tab: 'indicators', field: code ? indicatorFieldId(code, str(o.field) ?? 'actual') : null };

  const sectionKey = str(o.section) ?? str(o.sectionKey) ?? /sections?[./[\]]+([\d.]+)/.exec(path)?.[1] ?? null;
  if (sectionKey) {
    const s = content.sections.find((x) => x.key === sectionKey);
    if (s) return { tab: SECTION_TAB[s.kind], field: paragraphFieldId(s.key, Number(str(o.paragraph) ?? 0)) };
  }
  const project = str(o.project) ?? /keyProjects?[./[\]]+(\w+)/.exec(path)?.[1] ?? null;
  if (project || /keyProject|funding/i.test(hay)) return { tab: 'keyProjects', field: project ? keyProjectFieldId(project, str(o.field) ?? 'actual') : null };
  if (/profile/i.test(hay)) return { tab: 'profile', field: null };
  if (/section|narrative|figure|paragraph/i.test(hay)) return { tab: 'performance', field: null };
  return null;
}
