import { roundHalfUp } from '../decimal.js';
import type { Decimal } from '../types.js';

export type Warning = 'yellow' | 'red' | null;
export const LIKELIHOODS = ['确定能', '有可能', '完全不可能'] as const;
export type Likelihood = (typeof LIKELIHOODS)[number];
/** A printed figure: a decimal string with exactly 2 decimals, or null where the rule gives none. */
export type Figure = Decimal | null;

export interface Thresholds {
  yellow: Decimal;
  red: Decimal;
}

/** Half-up to 2 decimals; never "-0.00". */
export function fix2(x: Decimal): Decimal {
  const s = roundHalfUp(x, 2);
  return s === '-0.00' ? '0.00' : s;
}
