// Verdicts under the precision contract: ok when the computed value rounds (or truncates) to the
// stated figure; rounding (a warning) when the gap is within the rounding of the figures used;
// error beyond that. Exact decimals throughout.
import { abs, add, cmp, div, mul, normalize, roundHalfUp, shift, sub, sum } from '../decimal.js';
import { halfStep, type Quantity } from '../quantity/index.js';
import { SCALES } from '../quantity/units.js';
import type { Decimal } from '../types.js';

export type Verdict = 'ok' | 'rounding' | 'error' | 'unsure';

export const decimalsOf = (precision: Decimal): number => {
  const p = normalize(precision);
  return p.includes('.') ? p.length - p.indexOf('.') - 1 : 0;
};

/** Half a unit of the last stated digit; none for exact integers without scale (5人, 0万元 still has one). */
export function slack(q: Pick<Quantity, 'precision'>): Decimal {
  return halfStep(q);
}

/** computed vs stated, where `room` is the rounding carried by the figures the computation used. */
export function judge(stated: Pick<Quantity, 'value' | 'precision' | 'qualifier'>, computed: Decimal, room: Decimal): Verdict {
  if (stated.qualifier !== 'exact') return 'unsure';
  const diff = abs(sub(computed, stated.value));
  const half = halfStep(stated);
  if (cmp(diff, half) <= 0) return 'ok';
  // truncation, common in official tables: stated ≤ computed < stated + step (toward zero: below zero, mirrored)
  const [c, s] = cmp(stated.value, '0') < 0 && cmp(computed, '0') < 0 ? [abs(computed), abs(stated.value)] : [computed, stated.value];
  if (cmp(c, s) > 0 && cmp(c, add(s, stated.precision)) < 0) return 'ok';
  if (cmp(diff, add(half, room)) < 0) return 'rounding';
  return 'error';
}

/** Σ of half steps: the rounding a computation over these figures carries. */
export function halfStepSum(qs: Pick<Quantity, 'precision'>[]): Decimal {
  return sum(qs.map((q) => halfStep(q)));
}

/**
 * A stated change (its size, its direction word as `sign`) against the difference of two figures: the
 * size within `room`, and a direction opposite to the figures' is an error beyond one stated step.
 */
export function judgeDifference(
  stated: Pick<Quantity, 'value' | 'precision' | 'qualifier'>,
  sign: number,
  diff: Decimal,
  room: Decimal,
): { verdict: Verdict; computed: Decimal } {
  const direction = Math.sign(Number(cmp(diff, '0')));
  let verdict = judge(stated, abs(diff), room);
  if (direction !== 0 && direction !== sign && cmp(abs(diff), stated.precision) > 0) verdict = 'error';
  return { verdict, computed: direction === 0 || direction === sign ? abs(diff) : diff };
}

/** The finest step among figures (their smallest last-digit unit); null for none. */
export function finestPrecision(qs: Pick<Quantity, 'precision'>[]): Decimal | null {
  return qs.reduce<Decimal | null>((m, q) => (m === null || cmp(q.precision, m) < 0 ? q.precision : m), null);
}

/** Σ parts vs a total: each part may be off by half its step. */
export function judgeSum(total: Quantity, parts: Quantity[]): { verdict: Verdict; computed: Decimal; room: Decimal } {
  const computed = sum(parts.map((p) => p.value));
  // a list is written at one precision: 30万元 next to 29.99万元 means 30.00万元
  const rounded = parts.filter((p) => !(p.precision === '1' && p.scale === ''));
  const finest = finestPrecision(rounded);
  const room = finest === null ? '0' : mul(div(finest, 2), rounded.length);
  if (parts.some((p) => p.qualifier !== 'exact')) return { verdict: 'unsure', computed, room };
  return { verdict: judge(total, computed, room), computed, room };
}

/**
 * Two amounts of one relation are written at one precision: 预算为1万元 next to 0.53万元 is 1.00万元
 * (trailing zeros dropped), not anything from 0.5 to 1.5. The amount written without decimals takes
 * the precision of the one written with them (same unit and scale); two integers keep their own.
 */
export function onePrecision<T extends Pick<Quantity, 'precision' | 'scale' | 'unit' | 'kind'>>(a: T, b: T): [T, T] {
  if (a.kind !== 'money' || b.kind !== 'money' || a.scale !== b.scale || a.unit !== b.unit) return [a, b];
  const da = decimalsOf(shift(a.precision, -scaleExp(a)));
  const db = decimalsOf(shift(b.precision, -scaleExp(b)));
  if (da === 0 && db > 0) return [{ ...a, precision: b.precision }, b];
  if (db === 0 && da > 0) return [a, { ...b, precision: a.precision }];
  return [a, b];
}

/** A percentage of two stated figures, with the range their rounding allows. */
export function ratio(written: Quantity, writtenDen: Quantity): { exact: Decimal; lo: Decimal; hi: Decimal } | null {
  const [num, den] = onePrecision(written, writtenDen);
  if (cmp(den.value, '0') === 0) return null;
  const hn = halfStep(num);
  const hd = halfStep(den);
  const exact = mul(div(num.value, den.value), 100);
  const dLo = sub(den.value, hd);
  if (cmp(dLo, '0') <= 0) return { exact, lo: exact, hi: exact };
  // every corner: a signed numerator (a fall, −0.3 ÷ 1.5) is widest over the smaller denominator too
  const corners = [sub(num.value, hn), add(num.value, hn)].flatMap((n) => [dLo, add(den.value, hd)].map((d) => mul(div(n, d), 100)));
  return { exact, lo: corners.reduce((m, v) => (cmp(v, m) < 0 ? v : m)), hi: corners.reduce((m, v) => (cmp(v, m) > 0 ? v : m)) };
}

/**
 * The rate of a change against the prior year it implies (prior = current − signed change), with the range
 * over every rounding of the two written figures. The change sits in both numerator and denominator, so the
 * extremes are at the corners of the two figures, not of an independent prior: an increase widens (12.14 −
 * 1.14 is 11.00 ± 0.01), a decrease partly cancels. Null without a positive prior.
 */
export function changeRate(current: Quantity, change: Quantity, sign: number): { exact: Decimal; lo: Decimal; hi: Decimal } | null {
  const [c, d] = onePrecision(current, change);
  const rate = (cv: Decimal, dv: Decimal): Decimal | null => {
    const prior = sub(cv, mul(dv, sign));
    return cmp(prior, '0') > 0 ? mul(div(mul(dv, sign), prior), 100) : null;
  };
  const exact = rate(c.value, d.value);
  if (exact === null) return null;
  const [hc, hd] = [halfStep(c), halfStep(d)];
  const cs = [sub(c.value, hc), add(c.value, hc)].flatMap((cv) => [sub(d.value, hd), add(d.value, hd)].map((dv) => rate(cv, dv)));
  if (cs.some((v) => v === null)) return { exact, lo: exact, hi: exact };
  const vs = cs as Decimal[];
  return { exact, lo: vs.reduce((m, v) => (cmp(v, m) < 0 ? v : m)), hi: vs.reduce((m, v) => (cmp(v, m) > 0 ? v : m)) };
}

/**
 * A stated percentage vs a computed range. `truncation`: a figure cut instead of rounded (18.75%
 * written 18%) passes — shares are cut and nudged so a list adds up to 100%; a rate of two figures
 * (执行率, 节约率, 完成率) cut so is a rounding warning (round 12), anything further off an error.
 */
export function judgeRange(stated: Quantity, statedValue: Decimal, exact: Decimal, lo: Decimal, hi: Decimal, truncation = true): Verdict {
  if (stated.qualifier !== 'exact') return 'unsure';
  const half = halfStep(stated);
  const dp = decimalsOf(stated.precision);
  if (cmp(roundHalfUp(exact, dp), roundHalfUp(statedValue, dp)) === 0) return 'ok';
  if (cmp(abs(sub(exact, statedValue)), half) <= 0) return 'ok';
  if (!truncation) {
    // cut instead of rounded (18.75% written 18%, 6.68% written 6.6%): a warning that says so, never an error
    if (truncates(statedValue, exact, stated.precision)) return 'rounding';
    const sLo = sub(statedValue, half);
    const sHi = add(statedValue, half);
    return cmp(sLo, hi) <= 0 && cmp(lo, sHi) <= 0 ? 'rounding' : 'error';
  }
  // truncated: stated ≤ exact < stated + step
  if (cmp(exact, statedValue) > 0 && cmp(exact, add(statedValue, stated.precision)) < 0) return 'ok';
  const sLo = sub(statedValue, half);
  const sHi = add(statedValue, half);
  if (cmp(sLo, hi) <= 0 && cmp(lo, sHi) <= 0) return 'rounding';
  // one unit of the last digit: truncation, or a share nudged so a list adds up to 100%
  if (cmp(abs(sub(exact, statedValue)), stated.precision) <= 0) return 'rounding';
  return 'error';
}

/** The stated value is the exact one with its further digits cut off (toward zero): |s| ≤ |exact| < |s| + step. */
export function truncates(statedValue: Decimal, exact: Decimal, step: Decimal): boolean {
  if (cmp(statedValue, '0') !== 0 && Math.sign(Number(cmp(statedValue, '0'))) !== Math.sign(Number(cmp(exact, '0')))) return false;
  const [s, e] = [abs(statedValue), abs(exact)];
  return cmp(s, e) <= 0 && cmp(e, add(s, step)) < 0;
}

/** Power of ten of the way a figure is written (万 → 4, 亿 → 8). */
export function scaleExp(q: Pick<Quantity, 'scale'>): number {
  return SCALES.find(([w]) => w === q.scale)?.[1] ?? 0;
}

/** A base-unit value as a number in the unit the figure was written in (万元 → 万元). */
export function inUnit(q: Pick<Quantity, 'scale'>, value: Decimal): number {
  return Number(shift(value, -scaleExp(q)));
}

/** A value written with no fewer decimals than dp: a computed 305.1 beside a stated 305.10 reads 305.10. */
export function atDecimals(value: Decimal, dp: number): string {
  const s = normalize(value);
  const have = s.includes('.') ? s.length - s.indexOf('.') - 1 : 0;
  return have >= dp ? s : `${have ? s : `${s}.`}${'0'.repeat(dp - have)}`;
}

/** A value (in q's unit) at the decimals q is written with, more only when it has them (table cells). */
export const likeWritten = (q: Pick<Quantity, 'scale' | 'precision'>, value: Decimal): string =>
  atDecimals(value, decimalsOf(shift(q.precision, -scaleExp(q))));

/** "153.98万元" style text of a value in a figure's written unit, rounded to its precision + 2, never fewer decimals than it. */
export function shownIn(q: Pick<Quantity, 'scale' | 'unit' | 'precision'>, value: Decimal): string {
  const v = shift(value, -scaleExp(q));
  const own = decimalsOf(shift(q.precision, -scaleExp(q)));
  const r = atDecimals(roundHalfUp(v, Math.min(own + 2, 6)), own);
  return `${r}${q.scale}${q.unit}`;
}

export const written = (q: Quantity): string => q.text.replace(/\s+/g, '');
