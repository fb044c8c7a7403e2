// English names of the checker's rules. Must define every key of rules.zh.ts.
import type { RuleKey } from './rules.zh.js';

export const rulesEn: Record<RuleKey, string> = {
  'rule.budgetIdentity': 'Budget identity (opening + income − expenditure = closing)',
  'rule.budgetComposition': 'Basic + project = total',
  'rule.budgetNoActivity': 'Figures stored for a budget marked “no activity”',
  'rule.sum': 'Parts do not add up to the stated total',
  'rule.rate': 'Stated rate differs from the figures',
  'rule.tableTotal': 'Table total differs from its rows',
  'rule.scoreWeight': 'Score above the indicator weight',
  'rule.weightSum': 'Weights do not add up',
  'rule.executionScore': 'Execution-rate score',
  'rule.grade': 'Grade does not match the total score',
  'rule.rounding': 'Rounding',
  'rule.narrative': 'Figure in the text differs from the data',
  'rule.deviationReason': 'Target missed without a reason',
  'rule.change': 'Change on the prior year or on the budget does not add up',
  'rule.crossReference': 'The same figure is stated twice with different values',
  'rule.scoring.deviationReasonMissing': 'Target missed without a reason (score table)',
  'rule.scoring.statedScoreMismatch': 'Stated score differs from the scoring rule',
  'rule.scoring.statedTotalMismatch': 'Stated total differs from the computed one',
  'rule.scoring.statedTotalNotSum': 'Stated total is not the sum of the scores',
  'rule.scoring.rateAbove100': 'Satisfaction above 100%',
  'rule.messageInChinese': 'Details (as written in the report language): ',
};
