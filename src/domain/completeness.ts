// What is still empty in an evaluation (shown in the submit confirmation). Informational: only
// checker errors block a submit. Pure: the API and the web's confirmation dialog share it.
import { cmp } from './decimal.js';
import { buildIndicatorTable, type TableContent } from './indicators/table.js';
import type { ComputeContext } from './indicators/compute.js';
import type { Evaluation, Framework } from './types.js';
import { BUDGET_TYPES } from './types.js';
import { BUDGET_TYPE_LABELS } from './types.js';

export type CompletenessArea = 'indicators' | 'budget' | 'profile' | 'keyProjects' | 'sections' | 'report';

export interface CompletenessItem {
  area: CompletenessArea;
  key: string; // stable, e.g. "indicator:2.2.1:actual"
  label: string; // what is empty, in Chinese
  blocking: false;
}

export type CompletenessContent = TableContent & Pick<Evaluation, 'reportDate' | 'sections'>;

const BUDGET_LABEL = BUDGET_TYPE_LABELS;

export function completenessOf(framework: Framework, content: CompletenessContent, context?: ComputeContext): CompletenessItem[] {
  const out: CompletenessItem[] = [];
  const push = (area: CompletenessArea, key: string, label: string) => out.push({ area, key, label, blocking: false });
  if (!content.reportDate) push('report', 'report:reportDate', '报告日期未填');

  if (framework.kind === 'departmentWide') {
    const p = content.profile;
    if (!p) push('profile', 'profile', '单位基本情况未填');
    else {
      if (p.authorizedPosts === null) push('profile', 'profile:authorizedPosts', '编制数未填');
      if (p.staffActual === null) push('profile', 'profile:staffActual', '实有在职人数未填');
      if (p.duties.length === 0) push('profile', 'profile:duties', '主要职责未填');
    }
    for (const t of BUDGET_TYPES) {
      const a = content.budget.find((b) => b.budgetType === t);
      if (!a) push('budget', `budget:${t}`, `${BUDGET_LABEL[t]}支出情况未填报（无支出请勾选“无${BUDGET_LABEL[t]}支出”）`);
      else if (!a.noActivity && !a.rows.total && !a.rows.basic && !a.rows.project) push('budget', `budget:${t}`, `${BUDGET_LABEL[t]}支出情况未填金额`);
    }
  }

  const table = buildIndicatorTable(framework, content, context);
  for (const r of table.rows) {
    if (!r.leaf || !r.applicable || r.rule.kind === 'none') continue;
    const name = `指标 ${r.code} ${r.name}`;
    if (r.computed) {
      if (r.computed.value === null) push('indicators', `indicator:${r.code}:actual`, `${name}：无法计算（${r.computed.problem ?? ''}）`);
    } else if (r.actual === null && r.achievement === null) push('indicators', `indicator:${r.code}:actual`, `${name}：实际完成值未填`);
    if (r.target === null && r.operator !== 'yesNo' && r.rule.kind !== 'budgetExecution') push('indicators', `indicator:${r.code}:target`, `${name}：年度指标值未填`);
    if (r.score !== null && r.weight !== null && cmp(r.score, r.weight) < 0 && !r.deviationReason) {
      push('indicators', `indicator:${r.code}:deviationReason`, `${name}：未完成目标，偏差原因分析及改进措施未填`);
    }
  }

  for (const p of content.keyProjects) {
    const measures = [{ key: 'main', name: p.measure, target: p.target, actual: p.actual }, ...(p.measures ?? [])];
    for (const m of measures) {
      if (m.actual === null) push('keyProjects', `keyProject:${p.code}:${m.key}:actual`, `${p.name}“${m.name}”：完成数未填`);
    }
  }

  const hasChild = new Set(content.sections.map((s) => s.parentKey));
  for (const s of content.sections) {
    if (!hasChild.has(s.key) && s.paragraphs.every((t) => t.trim() === '')) {
      push('sections', `section:${s.key}`, `${s.numbering ?? ''}${s.title || '（无标题）'}：正文为空`);
    }
  }
  return out;
}
