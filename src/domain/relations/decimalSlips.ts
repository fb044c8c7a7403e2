// A figure written with its decimal point one place off (64320 for 6432, 252398.0 for 25239.8) is a typo of
// the text, not a binding gone wrong: when moving that one point makes the relation hold, the other figures
// confirm the binding, and a guard that takes a large excess for misbinding (a part above its whole, a share
// above 100%) stands down. A wrong whole one tenth of the right one to the share's last digit is no chance.
import { abs, add as plus, cmp, div, mul, shift, sub } from '../decimal.js';
import { halfStep, type Quantity } from '../quantity/index.js';
import { judgeSum } from './compare.js';
import type { Decimal } from '../types.js';

const SHIFTS = [1, -1];

/**
 * The computed share is the stated one with its point moved one place (743.89 for 74.4%), to the rounding of
 * the share and of the amounts it is computed from (`inputs`: each rounded by half its last digit).
 */
export function shiftedShare(stated: Quantity, computed: Decimal, inputs: Quantity[] = []): boolean {
  const rel = inputs.reduce((acc, q) => (cmp(q.value, '0') === 0 ? acc : plus(acc, div(halfStep(q), abs(q.value)))), '0');
  const room = mul(abs(computed), rel);
  return SHIFTS.some((n) => cmp(abs(sub(computed, shift(stated.value, n))), plus(shift(halfStep(stated), n), room)) <= 0);
}

/** The parts add up to the total when part i has its point moved one place back. */
export function shiftedPart(total: Quantity, parts: Quantity[], i: number): boolean {
  return SHIFTS.some((n) => {
    const p = parts[i]!;
    const back = parts.map((q, k) => (k === i ? { ...q, value: shift(q.value, n), precision: shift(q.precision, n) } : q));
    return cmp(p.value, '0') !== 0 && judgeSum(total, back).verdict === 'ok';
  });
}
