// Scoring an evaluation against its framework: the store calls this on every save. Lenient by
// design — a draft with missing actuals still scores what it can; the total waits for all leaves.
import { cmp, mul, normalize, sum } from '../decimal.js';
import type { BudgetLine, Decimal, Framework, Grade, IndicatorDef, IndicatorValue } from '../types.js';
import type { Finding } from './finding.js';
import { type IndicatorInputJson, type InputIssue, type ScoringTable, type TableBudget, type TableIndicator, parseIndicator } from './input.js';
import { scoredLevels } from '../indicators/levels.js';
import { meetsTarget } from './missed.js';
import { scoreTable } from './table.js';

export interface IndicatorScore {
  indicatorCode: string;
  name: string;
  weight: Decimal;
  applicable: boolean;
  score: string | null; // null when not applicable or not scorable yet
  missed: boolean; // scored and the target missed: a 偏差原因 is needed
  explanation: string;
  problem: string | null; // why it could not be scored (missing or invalid values)
}

export interface GroupScore {
  indicatorCode: string;
  name: string;
  weight: Decimal | null;
  score: string | null; // sum of its scored leaves; null when none is scored yet
}

export interface EvaluationScores {
  indicators: IndicatorScore[]; // scored leaves in framework order
  groups: GroupScore[]; // level 1 and 2 subtotals
  complete: boolean; // every applicable leaf has a score
  total: string | null; // null until complete
  totalExplanation: string | null;
  grade: Grade | null;
  findings: Finding[];
}

const leafCodes = (f: Framework): Set<string> => {
  const parents = new Set(f.indicators.map((i) => i.parentCode));
  return new Set(f.indicators.filter((i) => !parents.has(i.code)).map((i) => i.code));
};

function toJson(def: IndicatorDef, v: IndicatorValue | undefined, byCode: Map<string, IndicatorDef>): IndicatorInputJson {
  const parent = def.parentCode ? byCode.get(def.parentCode) : undefined;
  const top = parent?.parentCode ? byCode.get(parent.parentCode) : parent;
  const rule = def.rule;
  const levels = scoredLevels(rule);
  const operator = rule.kind === 'deduction' ? 'deduction' : rule.kind === 'bands' ? 'bands' : (def.operator ?? '');
  return {
    code: def.code,
    level1: top?.name ?? '',
    level2: parent && parent !== top ? parent.name : '',
    name: def.name,
    unit: def.unit,
    operator,
    target: v?.target ?? null,
    actual: v?.actual ?? null,
    weight: def.weight ?? '',
    applicable: v?.applicable ?? true,
    achievement: v?.achievement ?? null,
    achievementPercent: v?.achievementPercent ?? null,
    deviationReason: v?.deviationReason ?? null,
    ...(rule.kind === 'deduction'
      ? { deduction: { perUnit: rule.perUnit, unitSize: rule.unitSize, threshold: rule.threshold, direction: rule.direction } }
      : {}),
    ...(rule.kind === 'bands' ? { bands: rule.bands } : {}),
    ...(operator !== def.operator ? { targetOperator: def.operator } : {}),
    ...(levels ? { levels } : {}),
  };
}

/** The budget line scored by 预算执行率: the 'total' line, else the first one. */
function budgetFrom(lines: BudgetLine[] | undefined, weight: Decimal): TableBudget | null {
  const line = lines?.find((l) => l.key === 'total') ?? lines?.[0];
  if (!line || line.executed === null || (line.adjusted === null && line.initial === null)) return null;
  return { initial: line.initial, adjusted: line.adjusted, executed: line.executed, weight, statedScore: null, lines: [] };
}

/** Per-indicator scores, subtotals, total and grade of one evaluation. Pure. */
export function scoreEvaluation(framework: Framework, values: IndicatorValue[], budgetLines?: BudgetLine[]): EvaluationScores {
  const byCode = new Map(framework.indicators.map((i) => [i.code, i]));
  const valueOf = new Map(values.map((v) => [v.indicatorCode, v]));
  const leafSet = leafCodes(framework);
  const leaves = framework.indicators.filter((i) => leafSet.has(i.code) && i.rule.kind !== 'none');
  const problems = new Map<string, string>();
  const tableIndicators: TableIndicator[] = [];
  const codeOfIndex: string[] = [];
  let budget: TableBudget | null = null;
  let budgetCode: string | null = null;

  for (const def of leaves) {
    const v = valueOf.get(def.code);
    const applicable = v?.applicable ?? true;
    if (def.rule.kind === 'budgetExecution' && applicable && budgetCode === null) {
      budget = budgetFrom(budgetLines, def.weight ?? '0');
      if (budget) {
        budgetCode = def.code;
        continue;
      }
      // No budget lines: the actual is the execution rate itself, in % against a 100 % target.
      const json = { ...toJson(def, v, byCode), operator: '>=', target: v?.target ?? '100' };
      pushParsed(json, def.code);
      continue;
    }
    pushParsed(toJson(def, v, byCode), def.code);
  }
  function pushParsed(json: IndicatorInputJson, code: string) {
    const issues: InputIssue[] = [];
    const ind = parseIndicator(json, tableIndicators.length, issues);
    if (ind) {
      tableIndicators.push(ind);
      codeOfIndex.push(code);
    } else problems.set(code, issues.map((i) => i.message).join('；'));
  }

  const table: ScoringTable = { meta: {}, budget, indicators: tableIndicators, statedTotal: null };
  const result = scoreTable(table);
  const scored = new Map<string, { score: string | null; explanation: string; applicable: boolean; missed: boolean }>();
  if (budgetCode && result.budget) {
    const b = result.budget;
    const met = b.rate === null ? null : meetsTarget(mul(b.rate, 100), valueOf.get(budgetCode)?.target ?? null, '>=');
    scored.set(budgetCode, { ...b, applicable: true, missed: met === null ? cmp(b.score, b.weight) < 0 : !met });
  }
  for (const s of result.indicators) scored.set(codeOfIndex[s.index]!, s);

  const indicators: IndicatorScore[] = leaves.map((def) => {
    const s = scored.get(def.code);
    const problem = problems.get(def.code) ?? null;
    return {
      indicatorCode: def.code,
      name: def.name,
      weight: def.weight ?? '0',
      applicable: s?.applicable ?? valueOf.get(def.code)?.applicable ?? true,
      score: s?.score ?? null,
      missed: s?.missed ?? false,
      explanation: s?.explanation ?? `未能计分：${problem ?? ''}`,
      problem,
    };
  });
  const scoreOf = new Map(indicators.map((i) => [i.indicatorCode, i.score]));
  const subtotal = (code: string): Decimal[] =>
    framework.indicators
      .filter((i) => i.parentCode === code)
      .flatMap((i) => (scoreOf.has(i.code) ? (scoreOf.get(i.code) === null ? [] : [scoreOf.get(i.code)!]) : subtotal(i.code)));
  const groups: GroupScore[] = framework.indicators
    .filter((i) => !leafSet.has(i.code))
    .map((g) => {
      const parts = subtotal(g.code);
      return { indicatorCode: g.code, name: g.name, weight: g.weight, score: parts.length ? normalize(sum(parts)) : null };
    });
  const complete = problems.size === 0;
  const findings = result.findings; // leaves carry their code, so findings name it
  return {
    indicators,
    groups,
    complete,
    total: complete ? result.total : null,
    totalExplanation: complete ? result.totalExplanation : null,
    grade: complete ? result.grade : null,
    findings,
  };
}

/** A scored leaf that missed its target (the actual fails the target's comparison). */
export const isMissed = (s: IndicatorScore): boolean => s.missed;
