// A checker finding (DOMAIN.md glossary: 校验发现). Shared with scoring and the API.

export type Severity = 'error' | 'warning';

/** Rule identifiers; one per rule module. */
export type RuleId =
  | 'budgetIdentity' // 年初 + 收入 − 支出 = 年末
  | 'budgetComposition' // 基本 + 项目 = 合计
  | 'budgetNoActivity' // 无…支出 but figures stored
  | 'sum' // total followed by 其中/分别/包括 parts
  | 'rate' // 完成任务数的X%, 执行率, 占…的X%
  | 'tableTotal' // totals row vs 其中 rows, 总分 vs Σ得分
  | 'scoreWeight' // 得分 ≤ 分值
  | 'weightSum' // 产出指标(50分) = Σ 分值
  | 'executionScore' // 执行率 × 分值 = 得分
  | 'grade' // 等级 matches 总分
  | 'rounding' // 9.685 printed 9.68 (warning)
  | 'narrative' // narrative figure ≠ stored value
  | 'deviationReason' // target missed without 偏差原因
  | 'change' // 比上年增加/减少 …, 较预算数 … (amount, rate, direction)
  | 'crossReference'; // one quantity stated twice with different values

export interface FindingLocation {
  section?: string; // section key or printed title
  paragraph?: number;
  field?: string; // e.g. 'budget.general.total.closing', 'indicator 1.2.3'
  file?: string;
  line?: number; // 1-based line in the document
}

export interface Finding {
  severity: Severity;
  rule: RuleId;
  message: string; // Chinese, for the filler
  messageEn?: string; // the same in English, for the English UI (quoted report text stays Chinese)
  stated: string | null; // what the document/data says
  computed: string | null; // what it should be
  text: string; // excerpt
  location?: FindingLocation;
}

export function finding(
  severity: Severity,
  rule: RuleId,
  message: string,
  stated: string | null,
  computed: string | null,
  text: string,
  location?: FindingLocation,
  messageEn?: string,
): Finding {
  const f: Finding = { severity, rule, message, stated, computed, text };
  if (location) f.location = location;
  if (messageEn) f.messageEn = messageEn;
  return f;
}
