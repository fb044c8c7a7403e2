// Public API of automatic scoring (issue 5). The store and API call these; all pure.
export type { Finding } from './finding.js';
export { parseNumber, operatorPrefix, unitSuffix } from './numbers.js';
export * from './rules.js';
export {
  parseScoringInput,
  parseIndicator,
  ScoringInputError,
  type InputIssue,
  type ScoringInputJson,
  type IndicatorInputJson,
  type BudgetLineJson,
  type ScoringTable,
  type TableIndicator,
  type TableBudget,
  type TableRule,
} from './input.js';
export { scoreTable, scoreInput, scoreIndicator, gradeOf, GRADE_LABEL, type TableResult, type ScoredIndicator, type ScoredBudget } from './table.js';
export { missedTargetFindings, statedScoreFindings, explainDifference } from './findings.js';
export { scoreEvaluation, isMissed, type EvaluationScores, type IndicatorScore, type GroupScore } from './evaluation.js';
