// The indicator table of an evaluation (指标自评表) as the filler sees it: every framework row, the
// leaf's values, computed actuals with their formula, each score with how it was reached, the
// total and grade. Pure: GET /api/evaluations/:id/indicators and the web's live scoring share it.
import type { Achievement, Evaluation, Framework, Grade, IndicatorSource, IndicatorValue, Operator, ScoringRule } from '../types.js';
import { leavesOf } from '../frameworks/utils.js';
import type { Finding } from '../scoring/finding.js';
import { GRADE_LABEL } from '../scoring/table.js';
import { scoreEvaluation } from '../scoring/evaluation.js';
import { applyComputed, computeIndicators, EMPTY_CONTEXT, type ComputeContent, type ComputeContext, type ComputedActual } from './compute.js';

export type TableContent = ComputeContent & Pick<Evaluation, 'indicators'>;

export interface IndicatorRow {
  code: string;
  parentCode: string | null;
  level: 1 | 2 | 3;
  name: string;
  unit: string | null;
  operator: Operator | null;
  weight: string | null;
  leaf: boolean;
  rule: ScoringRule;
  source: IndicatorSource | null;
  target: string | null;
  actual: string | null;
  deviationReason: string | null;
  applicable: boolean;
  achievement: Achievement | null;
  achievementPercent: number | null;
  sample: boolean;
  computed: ComputedActual | null;
  score: string | null; // leaf score or group subtotal
  missed: boolean; // a scored leaf whose actual fails its target: a 偏差原因 is needed
  explanation: string | null;
  problem: string | null;
}

export interface IndicatorTableBody {
  context: ComputeContext;
  rows: IndicatorRow[];
  total: string | null;
  grade: Grade | null;
  gradeLabel: string | null;
  totalExplanation: string | null;
  complete: boolean;
  findings: Finding[];
  /** The values as they are stored after a save (computed actuals filled in). */
  values: IndicatorValue[];
}

/** Computes sourced actuals, scores every leaf and lays the table out in framework order. */
export function buildIndicatorTable(framework: Framework, content: TableContent, context: ComputeContext = EMPTY_CONTEXT): IndicatorTableBody {
  const computed = computeIndicators(framework, content, context);
  const values = applyComputed(framework, content.indicators, computed);
  const scores = scoreEvaluation(framework, values, content.budgetLines);
  const leafCodes = new Set(leavesOf(framework).map((l) => l.code));
  const valueOf = new Map(values.map((v) => [v.indicatorCode, v]));
  const leafScore = new Map(scores.indicators.map((s) => [s.indicatorCode, s]));
  const groupScore = new Map(scores.groups.map((g) => [g.indicatorCode, g]));
  // Framework order: depth-first by `order`, so each group precedes its children.
  const ordered: typeof framework.indicators = [];
  const walk = (parent: string | null) => {
    for (const i of framework.indicators.filter((x) => x.parentCode === parent).sort((a, b) => a.order - b.order)) {
      ordered.push(i);
      walk(i.code);
    }
  };
  walk(null);
  const rows: IndicatorRow[] = ordered.map((def) => {
    const leaf = leafCodes.has(def.code);
    const v = valueOf.get(def.code);
    const s = leaf ? leafScore.get(def.code) : undefined;
    const g = leaf ? undefined : groupScore.get(def.code);
    return {
      code: def.code,
      parentCode: def.parentCode,
      level: def.level,
      name: def.name,
      unit: def.unit,
      operator: def.operator,
      weight: def.weight,
      leaf,
      rule: def.rule,
      source: def.source ?? null,
      target: v?.target ?? null,
      actual: v?.actual ?? null,
      deviationReason: v?.deviationReason ?? null,
      applicable: v?.applicable ?? true,
      achievement: v?.achievement ?? null,
      achievementPercent: v?.achievementPercent ?? null,
      sample: v?.sample ?? false,
      computed: computed.get(def.code) ?? null,
      score: leaf ? (s?.score ?? null) : (g?.score ?? null),
      missed: leaf && (s?.missed ?? false),
      explanation: leaf ? (s?.score !== null && s ? s.explanation : null) : null,
      problem: leaf ? (s?.problem ?? (s?.score === null && s?.applicable ? '尚未填写' : null)) : null,
    };
  });
  return {
    context,
    rows,
    total: scores.total,
    grade: scores.grade,
    gradeLabel: scores.grade ? GRADE_LABEL[scores.grade] : null,
    totalExplanation: scores.totalExplanation,
    complete: scores.complete,
    findings: scores.findings,
    values,
  };
}
