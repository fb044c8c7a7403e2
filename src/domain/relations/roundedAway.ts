// A rate of change of exact figures written further from zero than its value by more than half a unit
// (2047 ÷ 17813 = 11.49% written 增长12%; 1242 ÷ 16597 = 7.48% written 下降8%): neither rounded nor cut.
// The one-unit tolerance of judgeRange is for shares nudged to add up to 100%; a rate of change is
// no part of such a list. A stated interval the figures' own rounding reaches stays a warning.
import { abs, add, cmp, roundHalfUp, sub } from '../decimal.js';
import { halfStep, type Quantity } from '../quantity/index.js';
import { decimalsOf, truncates } from './compare.js';
import type { Decimal } from '../types.js';

export function roundedAway(stated: Quantity, statedValue: Decimal, exact: Decimal, lo: Decimal, hi: Decimal): boolean {
  if (stated.qualifier !== 'exact') return false;
  const half = halfStep(stated);
  if (cmp(roundHalfUp(exact, decimalsOf(stated.precision)), roundHalfUp(statedValue, decimalsOf(stated.precision))) === 0) return false;
  if (cmp(abs(sub(exact, statedValue)), half) <= 0 || truncates(statedValue, exact, stated.precision)) return false;
  if (cmp(sub(statedValue, half), hi) <= 0 && cmp(lo, add(statedValue, half)) <= 0) return false;
  return cmp(abs(statedValue), abs(exact)) > 0;
}
