// Pure roll-up arithmetic: deltas between a unit's old and new own measures, rates from summed
// numerators and denominators (never averaged), and statistics across children.
import { cmp, div, mul, roundHalfUp, sub, sum } from './decimal.js';
import type { Decimal } from './types.js';
import type { ChildStats, TrendPoint } from './wire.js';

export type { ChildStats, TrendPoint };

export interface MeasureValue {
  measure: string;
  value: Decimal;
}

export interface MeasureDelta {
  measure: string;
  total: Decimal; // added to every ancestor's sum
  reporting: number; // +1 a unit starts reporting, −1 it stops
}

export function measureDeltas(before: MeasureValue[], after: MeasureValue[]): MeasureDelta[] {
  const old = new Map(before.map((m) => [m.measure, m.value]));
  const now = new Map(after.map((m) => [m.measure, m.value]));
  const out: MeasureDelta[] = [];
  for (const measure of [...new Set([...old.keys(), ...now.keys()])].sort()) {
    const total = sub(now.get(measure) ?? '0', old.get(measure) ?? '0');
    const reporting = (now.has(measure) ? 1 : 0) - (old.has(measure) ? 1 : 0);
    if (total !== '0' || reporting !== 0) out.push({ measure, total, reporting });
  }
  return out;
}

/** Rate in percent to 2 decimals from summed parts; null when the denominator is 0 or missing. */
export function rate(numerator: Decimal | null, denominator: Decimal | null): string | null {
  if (numerator === null || denominator === null || cmp(denominator, 0) === 0) return null;
  return roundHalfUp(mul(div(numerator, denominator), 100), 2);
}

export function childStats(values: (Decimal | null)[]): ChildStats {
  const xs = values.filter((v): v is Decimal => v !== null).sort((a, b) => cmp(a, b));
  if (xs.length === 0) return { count: 0, min: null, max: null, median: null, sum: '0' };
  const mid = Math.floor(xs.length / 2);
  const median = xs.length % 2 === 1 ? xs[mid]! : div(sum([xs[mid - 1]!, xs[mid]!]), 2);
  return { count: xs.length, min: xs[0]!, max: xs[xs.length - 1]!, median, sum: sum(xs) };
}

/**
 * Key-project figures are stated for an area (a county's 两癌 count covers its townships), so a
 * unit's own figure replaces the sum below it. Everything else (budgets, scores, counts) adds up.
 */
export const isAreaMeasure = (measure: string) => measure.startsWith('kp:') || measure.startsWith('pub:kp:');

/** Measure keys, in one place so the store, services and UI agree. */
export const measureKey = {
  projectTarget: (code: string) => `kp:${code}:target`,
  projectActual: (code: string) => `kp:${code}:actual`,
  projectFunding: (code: string, category: string, source: string) => `kp:${code}:fund:${category}:${source}`,
  /** A further measure of a key project (救助人数, 救助金 …), rolled up like the headline one. */
  projectMeasure: (code: string, key: string, field: 'target' | 'actual') => `kp:${code}:m:${key}:${field}`,
  budget: (type: string, row: string, figure: string) => `budget:${type}:${row}:${figure}`,
  /** Prefix of every funding measure of a project (a store query lists them by prefix). */
  projectFundingPrefix: (code: string) => `kp:${code}:fund:`,
  score: 'score:total',
  grade: (g: string) => `grade:${g}`,
  status: (s: string) => `eval:${s}`,
  units: 'units',
  /** Units with key-project figures but no evaluation of their own (仅报数据), summed over a subtree. */
  figures: 'figures',
};

/**
 * One key project's points across years, keyed by its project code (the same code in 2016 and
 * 2022 is one project): every year up to `upTo` in which the unit's subtree states a target or an
 * actual, oldest first. Years without a figure of that project are left out, not drawn as gaps.
 * `ownYears`: the years the unit stated the figure itself (it then covers its whole area).
 */
export function projectTrend(
  rows: { year: number; measure: string; total: Decimal; reporting?: number }[],
  code: string,
  upTo: number,
  ownYears: ReadonlySet<number> = new Set(),
): TrendPoint[] {
  const t = measureKey.projectTarget(code);
  const a = measureKey.projectActual(code);
  const byYear = new Map<number, { target: Decimal | null; actual: Decimal | null; reporting: number }>();
  for (const r of rows) {
    if (r.year > upTo || (r.measure !== t && r.measure !== a)) continue;
    const p = byYear.get(r.year) ?? { target: null, actual: null, reporting: 0 };
    if (r.measure === t) p.target = r.total;
    else p.actual = r.total;
    p.reporting = Math.max(p.reporting, r.reporting ?? 0);
    byYear.set(r.year, p);
  }
  return [...byYear.entries()]
    .sort(([x], [y]) => x - y)
    .map(([year, p]) => {
      const own = ownYears.has(year);
      return { year, target: p.target, actual: p.actual, rate: rate(p.actual, p.target), scope: own ? 'own' : 'below', reporting: own ? 1 : p.reporting };
    });
}

/**
 * The points of the newest point's scope, and the others apart. A province that reported its own
 * province-wide count in 2016 and only its counties' sum later is not one series: joined, the line
 * fell from 101.76万 to 5.7万 people, a drop that never happened.
 */
export function comparableTrend(points: TrendPoint[]): { trend: TrendPoint[]; apart: TrendPoint[] } {
  const scope = points.at(-1)?.scope;
  return { trend: points.filter((p) => p.scope === scope), apart: points.filter((p) => p.scope !== scope) };
}

/**
 * A child's row status on a dashboard: its own evaluation's status; without one, 'figures' when
 * figures were stated for it (a township's 两癌 count entered by its county) — it did report, so
 * it is not 未填报 — else 'missing'.
 */
export function childStatus(evaluationStatus: string | null, hasFigures: boolean): string {
  return evaluationStatus ?? (hasFigures ? 'figures' : 'missing');
}
