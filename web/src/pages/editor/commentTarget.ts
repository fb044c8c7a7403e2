// Where a review comment's anchor (the diff path) lives in the editor: the tab and the field's id.
import { budgetFieldId } from './BudgetTab.js';
import type { Content } from './content.js';
import { indicatorFieldId } from './IndicatorFields.js';
import { keyProjectFieldId } from './keyProjectModel.js';
import { paragraphFieldId } from './SectionsTab.js';
import { SECTION_TAB, type Target } from './tabs.js';

export function anchorTarget(path: string, content: Pick<Content, 'sections'>): Target | null {
  const p = path.split('.');
  switch (p[0]) {
    case 'profile':
      return { tab: 'profile', field: `profile-${p[1]}` };
    case 'budget':
      return { tab: 'budget', field: p.length === 4 ? budgetFieldId(p[1]!, p[2]!, p[3]!) : null };
    case 'budgetLines':
      return { tab: 'budget', field: `line-${p[1]}-${p[2]}` };
    case 'threePublic':
      return { tab: 'budget', field: `threePublic-${p[1]}-${p[2]}` };
    case 'indicators':
      return { tab: 'indicators', field: indicatorFieldId(p.slice(1).join('.'), 'actual') };
    case 'keyProjects':
      return { tab: 'keyProjects', field: keyProjectFieldId(p[1]!, 'actual') };
    case 'sections': {
      const at = p.indexOf('paragraphs');
      const key = (at < 0 ? p.slice(1) : p.slice(1, at)).join('.');
      const s = content.sections.find((x) => x.key === key);
      if (!s) return null;
      return { tab: SECTION_TAB[s.kind], field: paragraphFieldId(key, at < 0 ? 0 : Number(p[at + 1])) };
    }
    default:
      return null;
  }
}

/** The comment anchor of a clicked field (its id names the place), for the reviewer's pin form. */
export function anchorAt(el: HTMLElement | null): string | null {
  const host = el?.closest('[id]');
  const id = host?.id ?? '';
  let m = /^budget-(\w+)-(total|basic|project)-(opening|income|expenditure|closing)$/.exec(id);
  if (m) return `budget.${m[1]}.${m[2]}.${m[3]}`;
  if ((m = /^line-(.+)-(initial|adjusted|executed)$/.exec(id))) return `budgetLines.${m[1]}.${m[2]}`;
  if ((m = /^threePublic-(\w+)-(budget|actual)$/.exec(id))) return `threePublic.${m[1]}.${m[2]}`;
  if ((m = /^indicator-(.+)-(target|actual|deviationReason)$/.exec(id))) return `indicators.${m[1]}`;
  if ((m = /^keyProject-([^-]+)-/.exec(id))) return `keyProjects.${m[1]}`;
  if ((m = /^section-(.+)-p(\d+)$/.exec(id))) return `sections.${m[1]}.paragraphs.${m[2]}`;
  if ((m = /^profile-(\w+)$/.exec(id))) return `profile.${m[1]}`;
  return null;
}
