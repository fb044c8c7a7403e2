// Editor tabs and where a finding points to (tab + field id), read from its location and rule.
import type { SectionKind } from '../../../../src/domain/types.js';
import type { Finding } from '../../api.js';
import { budgetFieldId } from './BudgetTab.js';
import type { Content } from './content.js';
import { indicatorFieldId } from './IndicatorsTab.js';
import { keyProjectFieldId } from './keyProjectModel.js';
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

/**
 * Finding locations are `{ section, paragraph, field }` with fields such as
 * 'budget.general.basic.closing', 'budget.general', 'indicator 1.2.3', 'indicators.1.2.3', 'budgetLines.total.executed'.
 */
export function findingTarget(f: Pick<Finding, 'location' | 'rule'>, content: Content): Target | null {
  const o: Record<string, unknown> = { ...f.location };
  const field = str(o.field) ?? '';

  const sectionKey = str(o.section);
  if (sectionKey) {
    const s = content.sections.find((x) => x.key === sectionKey || `${x.numbering ?? ''}${x.title}` === sectionKey || x.title === sectionKey);
    if (s) return { tab: SECTION_TAB[s.kind], field: paragraphFieldId(s.key, Number(str(o.paragraph) ?? 0)) };
  }
  const b = /^budget\.(general|governmentFund|stateCapital|socialInsurance)(?:\.(basic|project|total)\.(opening|income|expenditure|closing))?/.exec(field);
  if (b) return { tab: 'budget', field: b[2] && b[3] ? budgetFieldId(b[1]!, b[2], b[3]) : null };
  const line = /^budgetLines\.([\w-]+)\.(initial|adjusted|executed)$/.exec(field);
  if (line) return { tab: 'budget', field: `line-${line[1]}-${line[2]}` };
  const tp = /^threePublic\.(\w+)\.(budget|actual)$/.exec(field);
  if (tp) return { tab: 'budget', field: `threePublic-${tp[1]}-${tp[2]}` };
  if (/^(budgetLines|threePublic)/.test(field) || /budget/i.test(f.rule)) return { tab: 'budget', field: null };
  const ind = /^indicators?[. ](.+)$/.exec(field);
  if (ind) return { tab: 'indicators', field: indicatorFieldId(ind[1]!, 'actual') };
  const kp = /^keyProjects?\.([^.]+)(?:\.(\w+))?/.exec(field);
  if (kp) return { tab: 'keyProjects', field: keyProjectFieldId(kp[1]!, kp[2] ?? 'actual') };
  if (field.startsWith('profile')) return { tab: 'profile', field: null };
  if (/indicator|deviation|score|grade/i.test(f.rule)) return { tab: 'indicators', field: null };
  return null;
}
