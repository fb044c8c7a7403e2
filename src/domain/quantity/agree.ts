// Does a computed value agree with a stated figure, given how precisely it was stated?
import { abs, add, cmp, div, mul, sub, sum } from '../decimal.js';
import type { Decimal } from '../types.js';
import type { Quantity } from './types.js';

/** Half of the stated step: 1.9亿 is any value that rounds to 1.9亿. */
export function halfStep(q: Pick<Quantity, 'precision'>): Decimal {
  return div(q.precision, 2);
}

/** Rounding room of a figure in sums: none for plain integers (5人, 5000元), half a step otherwise. */
export function roundingSlack(q: Pick<Quantity, 'precision' | 'scale'>): Decimal {
  return q.scale === '' && q.precision === '1' ? '0' : halfStep(q);
}

/**
 * True when `computed` (same base unit as `stated.value`) is what the writer could have meant:
 * exact — rounds or truncates to the stated figure (1.9亿 agrees with 19106万; 9.68 with 9.685);
 * approx — within 10% or one step; lowerBound — not below; upperBound — not above.
 */
export function agrees(stated: Pick<Quantity, 'value' | 'precision' | 'qualifier'>, computed: Decimal): boolean {
  const v = stated.value;
  const half = halfStep(stated);
  switch (stated.qualifier) {
    case 'exact': {
      if (cmp(abs(sub(computed, v)), half) <= 0) return true;
      // truncation is common in official tables: v ≤ computed < v + step
      return cmp(computed, v) >= 0 && cmp(computed, add(v, stated.precision)) < 0;
    }
    case 'approx': {
      const tenth = abs(mul(v, '0.1'));
      const tol = cmp(tenth, stated.precision) > 0 ? tenth : stated.precision;
      return cmp(abs(sub(computed, v)), tol) <= 0;
    }
    case 'lowerBound':
      return cmp(computed, sub(v, half)) >= 0;
    case 'upperBound':
      return cmp(computed, add(v, half)) <= 0;
  }
}

/**
 * Do stated parts add up to a stated total? A list is written at one precision (30万元 next to
 * 29.99万元 means 30.00), so each part may be off by half the finest step, the total by half its own;
 * a total may also be truncated (1.9亿 for 19106万). Strictly inside the tolerance, or exactly equal.
 */
export function sumAgrees(total: Quantity, parts: Pick<Quantity, 'value' | 'precision' | 'scale'>[]): boolean {
  const s = sum(parts.map((p) => p.value));
  const diff = abs(sub(s, total.value));
  if (cmp(diff, '0') === 0) return true;
  const rounded = parts.filter((p) => cmp(roundingSlack(p), '0') > 0);
  const finest = rounded.reduce<Decimal | null>((m, p) => (m === null || cmp(p.precision, m) < 0 ? p.precision : m), null);
  const tol = add(roundingSlack(total), finest === null ? '0' : mul(div(finest, 2), rounded.length));
  if (cmp(diff, tol) < 0) return true;
  return total.qualifier === 'exact' && total.scale !== '' && agrees(total, s);
}
