// The 两癌 project's own 项目支出绩效自评表 (10/50/30/10) for 武冈 2022, from seed 002's figures:
// 检查任务 10361 人、完成 10780 人，发放救助金 31 万、救助低收入妇女 31 人，"超额完成". What the seed
// does not give (budget amounts, quality and satisfaction figures) is marked 示例.
import type { IndicatorValue } from '../../domain/types.js';
import type { DemoEvaluation } from '../types.js';
import { emptyIndicatorValue } from '../../domain/indicators/emptyValue.js';

function v(indicatorCode: string, fields: Partial<IndicatorValue>): IndicatorValue {
  return emptyIndicatorValue(indicatorCode, fields);
}

const NOT_APPLICABLE = '本项目不涉及，本项不适用（示例）';

export const wugangLiangaiProject: DemoEvaluation = {
  unitCode: '430581',
  frameworkCode: 'project-expenditure',
  projectCode: 'liangai',
  year: 2022,
  outline: 'projectExpenditure',
  title: '2022年度农村适龄妇女“两癌”免费检查项目支出绩效自评表',
  reportDate: '2023-07-18',
  status: 'draft',
  profile: null,
  budget: [],
  // The executed 31 is the seed's 救助金; the budget amounts are 示例.
  budgetLines: [{ key: 'total', label: '两癌救助金（预算数为示例）', initial: '31', adjusted: '31', executed: '31' }],
  threePublic: [],
  indicators: [
    v('1.1.1', { target: '100%', actual: '100' }), // computed: 31 ÷ 31
    v('2.1.1', { target: '31', actual: '31', sample: true }), // 救助低收入妇女 31 人 (target 示例)
    v('2.1.2', { target: '10361', actual: '10780' }), // 两癌检查人数
    v('2.2.1', { target: '≥95%', actual: '98%', sample: true }),
    v('2.2.2', { target: '资金使用合规', actual: '达成', achievement: 'achieved', sample: true }),
    v('2.3.1', { target: '100%', actual: '100%' }), // "已超额完成检查人数"
    v('2.4.1', { target: '≤100%', actual: '100%', sample: true }),
    v('3.1.1', { applicable: false, deviationReason: NOT_APPLICABLE, sample: true }),
    v('3.2.1', { target: '防治因病致贫、因病返贫', actual: '达成', achievement: 'achieved' }),
    v('3.2.2', { target: '≥85%', actual: '90%', sample: true }),
    v('3.3.1', { applicable: false, deviationReason: NOT_APPLICABLE, sample: true }),
    v('3.4.1', { target: '长效机制健全', actual: '达成', achievement: 'achieved', sample: true }),
    v('4.1.1', { target: '≥90%', actual: '96%', sample: true }),
  ],
  keyProjects: [],
  sections: [],
};
