// A change of the reviewer diff (and of an audit entry) labelled in the UI's language. The server
// labels changes in Chinese (预算执行 · 一般公共预算 · 基本支出 · 本年收入) next to a machine path
// (budget.general.basic.income); in English the chrome parts come from the path and the dictionary,
// while names that are data (a budget line, a key project, a section title) stay as written.
import type { MessageKey } from '../i18n/zh.js';

type Translate = (key: MessageKey) => string;

const TAB_OF_SECTION_LABEL: Record<string, MessageKey> = {
  绩效情况: 'ed.tab.performance',
  基本情况: 'ed.tab.profile',
  预算执行: 'ed.tab.budget',
  问题与措施: 'ed.tab.problems',
  公开: 'ed.tab.publication',
};
const LINE_FIGURES: Record<string, string> = { initial: 'Initial budget', adjusted: 'Full-year budget', executed: 'Executed' };
const THREE_PUBLIC: Record<string, string> = {
  total: 'Total',
  reception: 'Official reception',
  vehicles: 'Official vehicles',
  vehiclePurchase: 'Vehicle purchase',
  vehicleOperation: 'Vehicle operation',
  overseas: 'Overseas trips',
};
const INDICATOR_FIELDS: Record<string, string> = {
  target: 'Target',
  actual: 'Actual',
  score: 'Score',
  deviationReason: 'Reason for deviation',
  applicable: 'Applicable',
  achievement: 'Achievement',
};

export function englishChangeLabel(t: Translate, c: { path: string; label: string }): string {
  const p = c.path.split('.');
  const last = p[p.length - 1] ?? '';
  // indicator codes and section keys contain dots themselves: fields are read from the end
  const zh = c.label.split(' · '); // data names are taken from here
  const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' · ');
  switch (p[0]) {
    case 'title':
      return 'Title';
    case 'reportDate':
      return 'Report date';
    case 'profile':
      return join(t('ed.tab.profile'), t(`ed.profile.${p[1]}` as MessageKey));
    case 'budget': {
      const type = t(`budgetType.${p[1]}` as MessageKey);
      if (p[2] === 'noActivity') return join(t('ed.tab.budget'), type, 'No such expenditure');
      return join(t('ed.tab.budget'), type, t(`row.${p[2]}` as MessageKey), t(`figure.${p[3]}` as MessageKey));
    }
    case 'budgetLines':
      return join('Budget funds', zh[1], LINE_FIGURES[last] ?? last);
    case 'threePublic':
      return join('“Three public” funds', THREE_PUBLIC[p[1] ?? ''] ?? p[1], last === 'budget' ? 'Budget' : 'Actual');
    case 'indicators':
      return join(`Indicator ${p.slice(1, -1).join('.')}`, INDICATOR_FIELDS[last] ?? last);
    case 'keyProjects':
      if (p[2] === 'funding') return join(t('ed.tab.keyProjects'), zh[1], 'Funding', zh[2], zh[3]?.replace('（万元）', ' (10,000 yuan)'));
      return join(t('ed.tab.keyProjects'), zh[1], p[2] === 'target' ? 'Target' : 'Actual');
    case 'sections': {
      const tabKey = TAB_OF_SECTION_LABEL[zh[0] ?? ''];
      const where = last === 'title' ? 'Heading' : `Paragraph ${Number(last) + 1}`;
      return join(tabKey ? t(tabKey) : zh[0], zh[1], where);
    }
    default:
      return c.label || c.path;
  }
}
