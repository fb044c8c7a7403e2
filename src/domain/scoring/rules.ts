// One pure function per scoring rule (issue 5 item 3). Exact decimals throughout; every result is
// the leaf score rounded half-up to 2 decimals plus a one-line explanation of the arithmetic.
import { abs, cmp, div, isZero, mul, normalize, roundHalfUp, sub } from '../decimal.js';
import type { Achievement, Decimal } from '../types.js';

export interface RuleResult {
  score: string; // rounded half-up to 2 dp, e.g. "8.00"
  explanation: string; // e.g. "50 ÷ 50 = 100% × 8 = 8.00"
  exact?: Decimal; // the unrounded score, when rounding could change it (used to explain published values)
}

export interface Band {
  min: Decimal | null; // inclusive; null = no lower bound
  max: Decimal | null; // inclusive; null = no upper bound
  points: Decimal;
}

export interface DeductionParams {
  perUnit: Decimal; // points taken off per unit of deviation
  unitSize: Decimal; // size of one unit (e.g. 1 percentage point, 5%)
  threshold: Decimal; // deviation counts beyond this value
  direction: 'over' | 'under'; // deduct when actual is over / under the threshold
}

const r2 = (x: Decimal): string => roundHalfUp(x, 2);
const n = (x: Decimal): string => normalize(x);
/** A ratio as a percentage for explanations: "0.9685" → "96.85%". */
export const pct = (ratio: Decimal): string => `${normalize(roundHalfUp(mul(ratio, 100), 2))}%`;
const minD = (a: Decimal, b: Decimal): Decimal => (cmp(a, b) <= 0 ? a : b);
const maxD = (a: Decimal, b: Decimal): Decimal => (cmp(a, b) >= 0 ? a : b);

function full(weight: Decimal, why: string): RuleResult {
  return { score: r2(weight), explanation: `${why}，满分 ${r2(weight)}` };
}

/** Ratio × weight, capped to [0, 1]: "45 ÷ 50 = 90% × 8 = 7.20". */
function proportional(num: Decimal, den: Decimal, weight: Decimal): RuleResult {
  const ratio = div(num, den);
  const head = `${n(num)} ÷ ${n(den)} = ${pct(ratio)}`;
  if (cmp(ratio, 1) > 0) return { score: r2(weight), explanation: `${head}，按100%计 × ${n(weight)} = ${r2(weight)}` };
  if (cmp(ratio, 0) < 0) return { score: r2('0'), explanation: `${head}，按0计 = 0.00` };
  // weight × num ÷ den in one division keeps the result exact to 20 places before rounding.
  const exact = div(mul(weight, num), den);
  const score = r2(exact);
  return { score, exact, explanation: `${head} × ${n(weight)} = ${score}` };
}

/** `>=`: weight × min(actual ÷ target, 1); target 0 → full marks. */
export function scoreAtLeast(actual: Decimal, target: Decimal, weight: Decimal): RuleResult {
  if (cmp(target, 0) <= 0) {
    return cmp(actual, target) >= 0
      ? full(weight, `目标值 ${n(target)}，实际 ${n(actual)} ≥ 目标`)
      : { score: '0.00', explanation: `实际 ${n(actual)} < 目标 ${n(target)} = 0.00` };
  }
  return proportional(actual, target, weight);
}

/** `<=`: full marks when actual ≤ target, else weight × target ÷ actual. */
export function scoreAtMost(actual: Decimal, target: Decimal, weight: Decimal): RuleResult {
  if (cmp(actual, target) <= 0) return full(weight, `${n(actual)} ≤ ${n(target)}`);
  if (cmp(actual, 0) <= 0 || cmp(target, 0) < 0) {
    return { score: '0.00', explanation: `${n(actual)} > ${n(target)}，无法按比例计分 = 0.00` };
  }
  return proportional(target, actual, weight);
}

/** `=`: full when equal, else weight × max(0, 1 − |actual − target| ÷ |target|). */
export function scoreEqual(actual: Decimal, target: Decimal, weight: Decimal): RuleResult {
  if (cmp(actual, target) === 0) return full(weight, `${n(actual)} = ${n(target)}`);
  if (isZero(target)) return { score: '0.00', explanation: `${n(actual)} ≠ 目标 0 = 0.00` };
  const gap = abs(sub(actual, target));
  const dev = div(gap, abs(target));
  const closeness = maxD(sub(1, dev), '0');
  const exact = mul(weight, closeness);
  const score = r2(exact);
  return {
    score,
    exact,
    explanation: `|${n(actual)} − ${n(target)}| ÷ ${n(abs(target))} = ${pct(dev)}，1 − ${pct(dev)} = ${pct(closeness)} × ${n(weight)} = ${score}`,
  };
}

export const ACHIEVEMENT_LABEL: Record<Achievement, string> = { achieved: '达成', partial: '部分达成', notAchieved: '未达成' };
export const DEFAULT_ACHIEVEMENT_PERCENT: Record<Achievement, Decimal> = { achieved: '100', partial: '70', notAchieved: '0' };
/** Range a reviewer may set, in percent of the weight. */
export const ACHIEVEMENT_RANGE: Record<Achievement, [Decimal, Decimal]> = {
  achieved: ['80', '100'],
  partial: ['60', '80'],
  notAchieved: ['0', '60'],
};

/**
 * Reads 达成 / 部分达成 / 未达成 from an actual written as text. Negations first: "未达成" and
 * "部分达成" both contain "达成". An actual identical to the target text counts as achieved.
 */
export function readAchievement(actual: string | null, target?: string | null): Achievement | null {
  const s = (actual ?? '').replace(/\s+/g, '');
  if (!s) return null;
  if (/(未达成|未完成|没有完成|未达到|没有达到|未实现|不达标)/.test(s)) return 'notAchieved';
  if (/(部分达成|基本完成|部分完成|基本达成|基本达到|部分实现|基本实现)/.test(s)) return 'partial';
  if (/(达成|已完成|完成|达到|实现|达标)/.test(s) || s === '是') return 'achieved';
  if (target && s === target.replace(/\s+/g, '')) return 'achieved';
  return null;
}

/** `qualitative`: achieved 100 %, partial 70 %, notAchieved 0 % unless a reviewer set a percent. */
export function scoreQualitative(achievement: Achievement, weight: Decimal, percent?: Decimal | null, readFrom?: string): RuleResult {
  const p = percent ?? DEFAULT_ACHIEVEMENT_PERCENT[achievement];
  const exact = div(mul(weight, p), 100);
  const score = r2(exact);
  const label = readFrom ? `${ACHIEVEMENT_LABEL[achievement]}（据“${readFrom}”）` : ACHIEVEMENT_LABEL[achievement];
  return { score, exact, explanation: `${label} → ${n(p)}% × ${n(weight)} = ${score}` };
}

/** 定性 by level: the chosen level's points, never above the weight: "等级“良” → 4.00". */
export function scoreLevel(chosen: { level: string; points: Decimal }, weight: Decimal): RuleResult {
  const exact = minD(chosen.points, weight);
  return { score: r2(exact), explanation: `等级“${chosen.level}” → ${r2(exact)}` };
}

const YES = /^(是|有|达成|完成|已完成|yes|y|true|√|✓|✔)$/i;
const NO = /^(否|无|没有|未发生|无发生|no|n|false|×|✗|0)$/i;
/** 'yes' / 'no' from text such as 是/否/无/有, or null when it is neither. */
export function readYesNo(text: string | null): 'yes' | 'no' | null {
  const s = (text ?? '').replace(/\s+/g, '');
  if (YES.test(s)) return 'yes';
  if (NO.test(s) || /^(无|没有|未)[^，,；;]*$/.test(s)) return 'no';
  // A count of incidents: 0 is "none", any other number means there were some.
  if (/^\d+(\.\d+)?[^\d]*$/.test(s)) return /^0+(\.0+)?[^\d]*$/.test(s) ? 'no' : 'yes';
  return null;
}

/** A yes/no item expects its target's answer; a "no incident" item (名称以"无"开头) expects 无 when no target is written. */
export function expectedYesNo(target: string | null, name: string): 'yes' | 'no' {
  const t = readYesNo(target);
  if (t) return t;
  return /^(无|没有|未发生)/.test(name) ? 'no' : 'yes';
}

/** `yesNo`: full or 0. */
export function scoreYesNo(met: boolean, weight: Decimal, why: string): RuleResult {
  return met ? { score: r2(weight), explanation: `${why}，符合 → 满分 ${r2(weight)}` } : { score: '0.00', explanation: `${why}，不符合 → 0.00` };
}

/** `deduction`: weight − perUnit × (deviation beyond threshold ÷ unitSize), never below 0. */
export function scoreDeduction(actual: Decimal, weight: Decimal, p: DeductionParams): RuleResult {
  const deviation = p.direction === 'over' ? sub(actual, p.threshold) : sub(p.threshold, actual);
  const word = p.direction === 'over' ? '超出' : '低于';
  if (cmp(deviation, 0) <= 0) return full(weight, `${n(actual)} 未${word}阈值 ${n(p.threshold)}`);
  const units = div(deviation, p.unitSize);
  const deducted = mul(p.perUnit, units);
  const exact = maxD(sub(weight, deducted), '0');
  const score = r2(exact);
  const floor = cmp(deducted, weight) > 0 ? '，扣完为止' : '';
  return {
    score,
    exact,
    explanation: `${word}阈值 ${n(deviation)}，每${n(p.unitSize)}扣${n(p.perUnit)}：${n(weight)} − ${n(units)} × ${n(p.perUnit)} = ${score}${floor}`,
  };
}

/** `bands`: the first band whose closed range [min, max] holds the value gives the points. */
export function scoreBands(actual: Decimal, weight: Decimal, bands: Band[]): RuleResult {
  for (const b of bands) {
    if ((b.min === null || cmp(actual, b.min) >= 0) && (b.max === null || cmp(actual, b.max) <= 0)) {
      const score = r2(minD(b.points, weight));
      const range = b.min === b.max && b.min !== null ? `= ${n(b.min)}` : `∈ [${b.min === null ? '−∞' : n(b.min)}, ${b.max === null ? '+∞' : n(b.max)}]`;
      return { score, explanation: `${n(actual)} ${range} → ${score}` };
    }
  }
  return { score: '0.00', explanation: `${n(actual)} 不在任何计分区间 → 0.00` };
}

/** Budget execution: weight × min(executed ÷ adjusted budget, 1), the initial budget when no adjusted one. */
export function scoreBudgetExecution(executed: Decimal, adjusted: Decimal | null, initial: Decimal | null, weight: Decimal): RuleResult {
  const budget = adjusted ?? initial;
  if (budget === null) return { score: '0.00', explanation: '无预算数，无法计算执行率 = 0.00' };
  if (cmp(budget, 0) <= 0) return full(weight, `预算数为 ${n(budget)}`);
  return proportional(executed, budget, weight);
}

/** The execution rate itself (执行率), exact. */
export function executionRate(executed: Decimal, adjusted: Decimal | null, initial: Decimal | null): Decimal | null {
  const budget = adjusted ?? initial;
  return budget === null || isZero(budget) ? null : div(executed, budget);
}
