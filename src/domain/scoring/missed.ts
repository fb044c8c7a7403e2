// Whether a scored leaf missed its target, read from the target's own comparison (≤10% is met by
// 3.67%), not from its score: a band or a deduction may give less than the weight to a target met.
import { cmp } from '../decimal.js';
import type { Decimal } from '../types.js';
import type { ScoredLevel } from '../indicators/levels.js';
import type { TableIndicator } from './input.js';
import { operatorPrefix, parseNumber, parseRange } from './numbers.js';
import { expectedYesNo, readYesNo } from './rules.js';

export type Comparison = '>=' | '<=' | '=';

/** True when the actual satisfies the target as written (≤ / ≥ / = / a range); null when the target says no comparison. */
export function meetsTarget(actual: Decimal, target: string | null, fallback: Comparison | null): boolean | null {
  if (target === null) return null;
  const range = parseRange(target);
  if (range) return cmp(actual, range[0]) >= 0 && cmp(actual, range[1]) <= 0;
  const t = parseNumber(target);
  const op = operatorPrefix(target) ?? fallback;
  if (t === null || op === null) return null;
  const c = cmp(actual, t);
  return op === '>=' ? c >= 0 : op === '<=' ? c <= 0 : c === 0;
}

/** A scored applicable leaf: did it miss its target (so a 偏差原因 is needed)? */
export function missedTarget(ind: TableIndicator, score: string): boolean {
  const belowWeight = cmp(score, ind.weight) < 0;
  const rule = ind.rule;
  if (rule.kind === 'qualitative') return ind.achievement !== 'achieved';
  // 定性 by level: the target names a level; reaching it is met even when its points are below the weight
  if (rule.kind === 'levels') return levelMissed(rule.levels, rule.chosen, ind.target) ?? belowWeight;
  if (rule.kind === 'yesNo') return readYesNo(ind.actual) !== expectedYesNo(ind.target, ind.name);
  if (ind.actualValue === null) return belowWeight;
  const met = meetsTarget(ind.actualValue, ind.target, ind.comparison);
  if (met !== null) return !met;
  if (rule.kind === 'deduction') {
    const c = cmp(ind.actualValue, rule.params.threshold);
    return rule.params.direction === 'over' ? c > 0 : c < 0;
  }
  return belowWeight;
}

/** A level target (良, ≥良, 良及以上): missed when the chosen level ranks below it (levels are best first); null when the target names no level. */
export function levelMissed(levels: readonly ScoredLevel[], chosen: ScoredLevel, target: string | null): boolean | null {
  const t = (target ?? '')
    .replace(/\s+/g, '')
    .replace(/^(≥|>=|不低于|达到)/, '')
    .replace(/(及以上|以上|等级|级)$/, '');
  const want = levels.findIndex((l) => l.level === t);
  if (want < 0) return null;
  return levels.findIndex((l) => l.level === chosen.level) > want;
}
