// 运行监控 (issue 15): a whole monitoring sheet computed; re-exports the rules.
import { budgetExecution, indicatorProgress, overallExecution, timeProgress, type IndicatorResult, type OverallResult } from './rules.js';
import { parseIsoDate } from './time.js';
import { readMonitoringSheet, type MonitoringSheet } from './input.js';
import type { Figure, Warning } from './types.js';

export * from './types.js';
export * from './time.js';
export * from './rules.js';
export * from './input.js';
export * from './likelihood.js';
export * from './levels.js';
export * from './workflow.js';
export * from './targets.js';
export * from './evaluationTargets.js';

export interface MonitoringResult {
  timeProgress: Figure;
  budget: { label: string; executionRate: Figure; gap: Figure; warning: Warning }[];
  overall: OverallResult;
  indicators: ({ code: string } & IndicatorResult)[];
}

export function computeMonitoring(sheet: MonitoringSheet): MonitoringResult {
  const asOf = parseIsoDate(sheet.asOf);
  if (!asOf) throw new Error(`invalid as-of date ${sheet.asOf}`);
  const tp = timeProgress(asOf);
  return {
    timeProgress: tp,
    budget: sheet.budget.map((b) => ({ label: b.label, ...budgetExecution(b.budget, b.executed, tp, sheet.thresholds) })),
    overall: overallExecution(sheet.budget, tp, sheet.thresholds),
    indicators: sheet.indicators.map((i) => ({ code: i.code, ...indicatorProgress(i, asOf, sheet.thresholds) })),
  };
}

/** Raw JSON in, result out; throws MonitoringInputError naming the first problem. */
export const monitor = (raw: unknown): MonitoringResult => computeMonitoring(readMonitoringSheet(raw));
