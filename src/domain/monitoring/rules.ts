// 运行监控 rules (issue 15 item 3): execution rate, gap to 序时进度, warning, forecast and likelihood.
// Every figure is exact until printed; printed figures are half-up to 2 decimals, and the gap is
// taken between the two printed figures, so a reader can check it from the table itself.
import { cmp, div, isZero, mul, sub, sum } from '../decimal.js';
import type { Decimal } from '../types.js';
import { dayOfYear, daysInYear, timeProgressExact, type CalendarDate } from './time.js';
import { judgeLevel } from './levels.js';
import { fix2, type Figure, type Likelihood, type Thresholds, type Warning } from './types.js';

export const DEFAULT_THRESHOLDS: Thresholds = { yellow: '10', red: '20' };

export const timeProgress = (asOf: CalendarDate): Decimal => fix2(timeProgressExact(asOf));

/** Behind schedule (budgets, ">=" indicators): red below −red, yellow below −yellow; exactly −10 is not yellow. */
export function warningBehind(gap: Figure, t: Thresholds): Warning {
  if (gap === null) return null;
  if (cmp(gap, sub(0, t.red)) < 0) return 'red';
  if (cmp(gap, sub(0, t.yellow)) < 0) return 'yellow';
  return null;
}

/** Ahead of schedule on a ceiling ("<=" indicators): red above red, yellow above yellow. */
export function warningAhead(gap: Figure, t: Thresholds): Warning {
  if (gap === null) return null;
  if (cmp(gap, t.red) > 0) return 'red';
  if (cmp(gap, t.yellow) > 0) return 'yellow';
  return null;
}

export interface RateResult {
  executionRate: Figure;
  gap: Figure;
  warning: Warning;
}

/** One budget line: executed ÷ budget × 100 against 序时进度; a budget of 0, or nothing typed (null, not 0), gives nulls. */
export function budgetExecution(budget: Decimal, executed: Decimal | null, tp: Decimal, t: Thresholds): RateResult {
  if (isZero(budget) || executed === null) return { executionRate: null, gap: null, warning: null };
  const executionRate = fix2(mul(div(executed, budget), 100));
  const gap = fix2(sub(executionRate, tp));
  return { executionRate, gap, warning: warningBehind(gap, t) };
}

export interface OverallResult extends RateResult {
  budget: Decimal;
  executed: Decimal;
}

/** The sums: the typed amounts over the whole budget; no rate (nor warning) while no line is typed. */
export function overallExecution(lines: { budget: Decimal; executed: Decimal | null }[], tp: Decimal, t: Thresholds): OverallResult {
  const budget = sum(lines.map((l) => l.budget));
  const typed = lines.flatMap((l) => (l.executed === null ? [] : [l.executed]));
  const executed = sum(typed);
  const rate = budgetExecution(budget, lines.length === 0 || typed.length > 0 ? executed : null, tp, t);
  return { budget: fix2(budget), executed: fix2(executed), ...rate };
}

/**
 * 预算执行率 to date from the declared lines (executed ÷ budget × 100, 2 decimals): what a 预算执行率
 * indicator has reached, so the filler need not compute and type it. Null before anything is
 * executed or without a budget.
 */
export function executionRateToDate(lines: { budget: Decimal; executed: Decimal | null }[]): Decimal | null {
  const done = lines.filter((l) => l.executed !== null);
  if (done.length === 0) return null;
  const budget = sum(lines.map((l) => l.budget));
  if (isZero(budget)) return null;
  return fix2(mul(div(sum(done.map((l) => l.executed!)), budget), 100));
}

export type ProgressKind = 'cumulative' | 'level';
/** Monitoring reads "=" as ">=": reaching the declared value is what the year is watched for. */
export type MonitoredOperator = '>=' | '<=' | '=' | 'qualitative' | 'yesNo';

export interface IndicatorResult {
  progress: Figure;
  gap: Figure;
  warning: Warning;
  forecast: Figure;
  likelihood: Likelihood | null;
}

const NONE: IndicatorResult = { progress: null, gap: null, warning: null, forecast: null, likelihood: null };

export interface IndicatorFigures {
  operator: MonitoredOperator;
  target: Decimal | null;
  actualToDate: Decimal | null;
  progress?: ProgressKind;
  /** 定性 / 是否: the scale (best first), the target as written and the level reached to date. */
  levels?: readonly string[] | null;
  targetText?: string | null;
  actualLevel?: string | null;
}

export function indicatorProgress(i: IndicatorFigures, asOf: CalendarDate, t: Thresholds): IndicatorResult {
  if ((i.operator === 'qualitative' || i.operator === 'yesNo') && i.levels) {
    const j = judgeLevel(i.levels, i.targetText ?? null, i.actualLevel ?? null);
    return j ? { ...NONE, warning: j.warning, likelihood: j.likelihood } : NONE;
  }
  if (i.operator === 'qualitative' || i.operator === 'yesNo' || i.target === null || i.actualToDate === null) return NONE;
  const ceiling = i.operator === '<=';
  const target = i.target;
  const actual = i.actualToDate;
  const progress = isZero(target) ? null : fix2(mul(div(actual, target), 100));
  if ((i.progress ?? 'cumulative') === 'level') {
    const meets = ceiling ? cmp(actual, target) <= 0 : cmp(actual, target) >= 0;
    return { progress, gap: null, warning: meets ? null : 'yellow', forecast: fix2(actual), likelihood: meets ? '确定能' : '有可能' };
  }
  const tp = timeProgress(asOf);
  const gap = progress === null ? null : fix2(sub(progress, tp));
  const forecast = fix2(div(mul(actual, daysInYear(asOf.year)), dayOfYear(asOf)));
  // Likelihood compares the forecast as printed, so the table never contradicts itself.
  const likelihood: Likelihood = ceiling
    ? cmp(forecast, target) <= 0
      ? '确定能'
      : cmp(forecast, mul(target, '1.2')) <= 0
        ? '有可能'
        : '完全不可能'
    : cmp(forecast, target) >= 0
      ? '确定能'
      : cmp(forecast, mul(target, '0.8')) >= 0
        ? '有可能'
        : '完全不可能';
  return { progress, gap, warning: ceiling ? warningAhead(gap, t) : warningBehind(gap, t), forecast, likelihood };
}
