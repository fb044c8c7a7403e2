// Scoring a whole 自评表: each leaf by its rule, N/A leaves dropped and the total rescaled to the
// table's full weight, leaf scores rounded half-up to 2 dp and the total summed from those.
import { cmp, div, mul, normalize, roundHalfUp, sum } from '../decimal.js';
import type { Decimal, Grade } from '../types.js';
import { type ScoringTable, type TableIndicator, parseScoringInput } from './input.js';
import {
  type RuleResult,
  executionRate,
  expectedYesNo,
  readYesNo,
  scoreAtLeast,
  scoreAtMost,
  scoreBands,
  scoreBudgetExecution,
  scoreDeduction,
  scoreEqual,
  scoreLevel,
  scoreQualitative,
  scoreYesNo,
} from './rules.js';
import { impossibleRateFindings, missedTargetFindings, statedScoreFindings } from './findings.js';
import { missedTarget } from './missed.js';
import type { ScoredBudget, ScoredIndicator, TableResult } from './results.js';

export type { ScoredBudget, ScoredIndicator, TableResult };

export const GRADE_LABEL: Record<Grade, string> = { excellent: '优', good: '良', fair: '中', poor: '差' };

/** 结果应用: how a grade feeds the next budget (优 priority, 良 keep, 中 cut, 差 cancel). */
export const GRADE_USE_LABEL: Record<Grade, string> = { excellent: '优先保障', good: '保持', fair: '压减', poor: '取消或大幅压减' };

/** 结果应用 in words; the grade applies to the budget only once the level above has approved it (approved or published). */
export function resultUseOf(grade: string | null, status: string): string | null {
  const reviewed = status === 'approved' || status === 'published';
  return reviewed && grade !== null && grade in GRADE_USE_LABEL ? GRADE_USE_LABEL[grade as Grade] : null;
}

/** ≥ 90 优, ≥ 80 良, ≥ 60 中, else 差 — on a 100-point scale (a table of another full weight is scaled). */
export function gradeOf(total: Decimal, fullWeight: Decimal = '100'): Grade {
  const points = cmp(fullWeight, 0) > 0 && cmp(fullWeight, 100) !== 0 ? div(mul(total, 100), fullWeight) : total;
  if (cmp(points, 90) >= 0) return 'excellent';
  if (cmp(points, 80) >= 0) return 'good';
  if (cmp(points, 60) >= 0) return 'fair';
  return 'poor';
}

/** Scores one applicable leaf. The indicator must come from parseIndicator (validated). */
export function scoreIndicator(ind: TableIndicator): RuleResult {
  const w = ind.weight;
  switch (ind.rule.kind) {
    case 'qualitative':
      return scoreQualitative(ind.achievement!, w, ind.achievementPercent, ind.achievementReadFrom ?? undefined);
    case 'levels':
      return scoreLevel(ind.rule.chosen, w);
    case 'yesNo': {
      const expected = expectedYesNo(ind.target, ind.name);
      const got = readYesNo(ind.actual);
      return scoreYesNo(got === expected, w, `目标“${ind.target ?? (expected === 'no' ? '无' : '是')}”，实际“${ind.actual ?? ''}”`);
    }
    case 'deduction':
      return scoreDeduction(ind.actualValue!, w, ind.rule.params);
    case 'bands':
      return scoreBands(ind.actualValue!, w, ind.rule.bands);
    case 'ratio': {
      const a = ind.actualValue!;
      const t = ind.targetValue!;
      if (ind.operator === '<=') return scoreAtMost(a, t, w);
      if (ind.operator === '=') return scoreEqual(a, t, w);
      return scoreAtLeast(a, t, w);
    }
  }
}

/** Scores a parsed table (see parseScoringInput). Pure; the result carries findings for the checker. */
export function scoreTable(table: ScoringTable): TableResult {
  let budget: ScoredBudget | null = null;
  if (table.budget) {
    const b = table.budget;
    const r = scoreBudgetExecution(b.executed, b.adjusted, b.initial, b.weight);
    budget = { weight: b.weight, rate: executionRate(b.executed, b.adjusted, b.initial), ...r, explanation: `预算执行率：${r.explanation}` };
  }
  const indicators: ScoredIndicator[] = table.indicators.map((ind) => {
    const base = { index: ind.index, code: ind.code, level1: ind.level1, level2: ind.level2, name: ind.name, weight: ind.weight, applicable: ind.applicable };
    if (!ind.applicable) return { ...base, score: null, missed: false, explanation: `不适用，分值 ${normalize(ind.weight)} 不计入，总分按比例折算` };
    const r = scoreIndicator(ind);
    return { ...base, ...r, missed: missedTarget(ind, r.score) };
  });
  const weights = [...(budget ? [budget.weight] : []), ...indicators.map((i) => i.weight)];
  const fullWeight = sum(weights);
  const applicableWeight = sum([...(budget ? [budget.weight] : []), ...indicators.filter((i) => i.applicable).map((i) => i.weight)]);
  const parts = [...(budget ? [budget.score] : []), ...indicators.flatMap((i) => (i.score === null ? [] : [i.score]))];
  const raw = sum(parts);
  const rescaled = cmp(applicableWeight, fullWeight) !== 0;
  let total: string;
  let totalExplanation: string;
  if (!rescaled) {
    total = roundHalfUp(raw, 2);
    totalExplanation = `各项得分之和 ${total}`;
  } else if (cmp(applicableWeight, 0) === 0) {
    total = '0.00';
    totalExplanation = '没有适用的指标，总分 0.00';
  } else {
    total = roundHalfUp(div(mul(raw, fullWeight), applicableWeight), 2);
    totalExplanation = `适用指标得分之和 ${normalize(raw)} ÷ 适用分值 ${normalize(applicableWeight)} × ${normalize(fullWeight)} = ${total}`;
  }
  const grade = gradeOf(total, fullWeight);
  const result: TableResult = { budget, indicators, fullWeight, applicableWeight, sum: raw, total, totalExplanation, grade, findings: [] };
  result.findings = [...missedTargetFindings(table, result), ...impossibleRateFindings(table), ...statedScoreFindings(table, result)];
  return result;
}

/** Parse + score raw JSON input in one call (throws ScoringInputError on invalid input). */
export function scoreInput(json: unknown): TableResult {
  return scoreTable(parseScoringInput(json));
}
