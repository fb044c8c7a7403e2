// The 示例 counties' report outline: every chapter of the 部门整体 outline. A draft's narrative
// chapters are left for its filler to write (as a real draft is); once submitted, the chapters carry
// a short invented narrative (our own words, marked 示例, no figures to disagree with the tables).
import { defaultSections } from '../domain/report/default-sections.js';
import type { Evaluation, EvaluationStatus, NarrativeSection, SectionKind } from '../domain/types.js';

const TEXT: Partial<Record<SectionKind, (county: string, met: boolean) => string[]>> = {
  performance: (county, met) => [
    `示例：本年度${county}妇联围绕“两癌”免费检查、家庭教育指导和妇女技能培训等重点工作安排预算，各项资金按计划拨付使用。`,
    met ? '示例：年度绩效目标总体完成，服务对象反映良好。' : '示例：部分绩效目标未完成，偏差原因已在自评表中逐项说明。',
  ],
  problems: () => ['示例：部分项目资金到位较晚，支出进度前慢后快；基层妇联工作力量仍较薄弱。'],
  measures: () => ['示例：加强预算执行监控，按月通报支出进度；加大对乡镇妇联干部的业务培训。'],
  publication: () => ['示例：自评结果作为下一年度预算安排的参考，并按要求在单位门户网站公开。'],
};

export function sampleSections(county: string, status: EvaluationStatus, met: boolean): NarrativeSection[] {
  const outline = defaultSections({ outline: 'departmentWide', keyProjects: [] } as unknown as Evaluation);
  if (status === 'draft') return outline;
  return outline.map((s) => {
    const text = s.parentKey === null ? TEXT[s.kind] : undefined;
    return text ? { ...s, paragraphs: text(county, met) } : s;
  });
}
