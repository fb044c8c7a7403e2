// Names of the checker's rules (src/domain/checks/finding.ts RuleId), shown on each finding.
import type { RuleId } from '../../../src/domain/checks/finding.js';

export const rulesZh = {
  'rule.budgetIdentity': '预算恒等式',
  'rule.budgetComposition': '基本+项目=合计',
  'rule.budgetNoActivity': '无支出却有数',
  'rule.sum': '分项之和',
  'rule.rate': '比率',
  'rule.tableTotal': '表格合计',
  'rule.scoreWeight': '得分超过分值',
  'rule.weightSum': '分值之和',
  'rule.executionScore': '执行率得分',
  'rule.grade': '等级与总分',
  'rule.rounding': '四舍五入',
  'rule.narrative': '正文数字与数据',
  'rule.deviationReason': '偏差原因',
  'rule.change': '增减变动',
  'rule.crossReference': '前后数字不一致',
  'rule.scoring.deviationReasonMissing': '未达目标却无偏差原因',
  'rule.scoring.statedScoreMismatch': '表中得分与计分规则不符',
  'rule.scoring.statedTotalMismatch': '表中总分与计算不符',
  'rule.scoring.statedTotalNotSum': '总分不等于各项之和',
  'rule.scoring.rateAbove100': '满意度超过 100%',
  'rule.messageInChinese': '说明（原文）：',
} as const;

export type RuleKey = keyof typeof rulesZh;

// A new rule without a name here fails the typecheck.
type Missing = Exclude<`rule.${RuleId}`, RuleKey>;
const everyRuleNamed: [Missing] extends [never] ? true : Missing = true;
void everyRuleNamed;
