// Exact decimal arithmetic over strings (big.js underneath). Amounts never touch floats.
import Big from 'big.js';
import type { Decimal } from './types.js';

Big.DP = 20;
Big.RM = Big.roundHalfUp;

export type DecimalInput = Decimal | number | bigint;

function big(x: DecimalInput): Big.Big {
  return new Big(typeof x === 'bigint' ? x.toString() : x);
}

const PLAIN = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Sign, integer digits and fraction digits of a canonical decimal, from its parts (no big.js). */
function plain(sign: string, int: string, frac: string): Decimal {
  let i = 0;
  while (i < int.length - 1 && int.charCodeAt(i) === 48) i++;
  let f = frac.length;
  while (f > 0 && frac.charCodeAt(f - 1) === 48) f--;
  const digits = f ? `${int.slice(i)}.${frac.slice(0, f)}` : int.slice(i);
  return sign && digits !== '0' ? `-${digits}` : digits;
}

/** Canonical form: no exponent, no trailing zeros ("153.980" → "153.98", "0.0" → "0"). */
export function normalize(x: DecimalInput): Decimal {
  // plain decimal strings (nearly every call: figures read from text) skip big.js parsing twice
  const m = typeof x === 'string' ? PLAIN.exec(x) : null;
  if (m) return plain(m[1]!, m[2]!, m[3] ?? '');
  const s = big(x).toFixed();
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s === '-0' ? '0' : s;
}

export function isDecimal(s: string): boolean {
  return /^-?\d+(\.\d+)?$/.test(s.trim());
}

// Plain decimals (nearly every operand: figures read from text) are added, subtracted and multiplied as
// integers of their digits (BigInt, exact), without big.js parsing and printing them.
export function add(a: DecimalInput, b: DecimalInput): Decimal {
  const x = scaled(a);
  const y = x && scaled(b);
  if (!x || !y) return normalize(big(a).plus(big(b)).toFixed());
  const dp = Math.max(x.dp, y.dp);
  return unscaled(x.n * pow10(dp - x.dp) + y.n * pow10(dp - y.dp), dp);
}
export function sub(a: DecimalInput, b: DecimalInput): Decimal {
  const x = scaled(a);
  const y = x && scaled(b);
  if (!x || !y) return normalize(big(a).minus(big(b)).toFixed());
  const dp = Math.max(x.dp, y.dp);
  return unscaled(x.n * pow10(dp - x.dp) - y.n * pow10(dp - y.dp), dp);
}
export function mul(a: DecimalInput, b: DecimalInput): Decimal {
  const x = scaled(a);
  const y = x && scaled(b);
  if (!x || !y) return normalize(big(a).times(big(b)).toFixed());
  return unscaled(x.n * y.n, x.dp + y.dp);
}

const POWERS = Array.from({ length: 41 }, (_, k) => BigInt(10) ** BigInt(k));
const pow10 = (k: number): bigint => POWERS[k] ?? BigInt(10) ** BigInt(k);

/** A plain decimal (or a safe integer) as an integer of its digits and the places of its point; null otherwise. */
function scaled(v: DecimalInput): Scaled | null {
  const s = typeof v === 'string' ? v : typeof v === 'number' && Number.isSafeInteger(v) ? String(v) : null;
  if (s === null) return null;
  // the same figures, steps and limits come again and again: each string read once
  const known = SCALED.get(s);
  if (known !== undefined) return known;
  const m = PLAIN.exec(s);
  const frac = m?.[3] ?? '';
  const n = m ? BigInt(m[2]! + frac) : null;
  const x = m && n !== null ? { n: m[1] ? -n : n, dp: frac.length } : null;
  if (s.length <= 40) {
    if (SCALED.size >= 20_000) SCALED.clear();
    SCALED.set(s, x);
  }
  return x;
}

interface Scaled {
  readonly n: bigint;
  readonly dp: number;
}
const SCALED = new Map<string, Scaled | null>();

/** n ÷ 10^dp in canonical form. */
function unscaled(n: bigint, dp: number): Decimal {
  const neg = n < 0;
  const digits = (neg ? -n : n).toString().padStart(dp + 1, '0');
  return plain(neg ? '-' : '', digits.slice(0, digits.length - dp), digits.slice(digits.length - dp));
}
/** Division to 20 decimal places, half-up. Throws on division by zero. */
export function div(a: DecimalInput, b: DecimalInput): Decimal {
  // the slowest operation of big.js, asked of the same figures by many relations (half steps, ratios)
  const key = typeof a === 'string' && typeof b === 'string' ? `${a}/${b}` : null;
  const known = key === null ? undefined : QUOTIENTS.get(key);
  if (known !== undefined) return known;
  const q = quotient(a, b) ?? normalize(big(a).div(big(b)).toFixed());
  if (key !== null) {
    if (QUOTIENTS.size >= 10_000) QUOTIENTS.clear();
    QUOTIENTS.set(key, q);
  }
  return q;
}
const QUOTIENTS = new Map<string, Decimal>();

/** a ÷ b of plain decimals to Big.DP places, half away from zero, as big.js divides; null for the rest (and ÷ 0: big.js throws). */
function quotient(a: DecimalInput, b: DecimalInput): Decimal | null {
  const x = scaled(a);
  const y = x && scaled(b);
  if (!x || !y || y.n === BigInt(0)) return null;
  const num = (x.n < 0 ? -x.n : x.n) * pow10(y.dp + Big.DP);
  const den = (y.n < 0 ? -y.n : y.n) * pow10(x.dp);
  let q = num / den;
  if ((num % den) * BigInt(2) >= den) q += BigInt(1);
  return unscaled(x.n < 0 !== y.n < 0 ? -q : q, Big.DP);
}
export function cmp(a: DecimalInput, b: DecimalInput): -1 | 0 | 1 {
  // plain decimals (nearly every comparison) as integers of their digits, without big.js
  const x = scaled(a);
  const y = x && scaled(b);
  if (!x || !y) return big(a).cmp(big(b)) as -1 | 0 | 1;
  const dp = Math.max(x.dp, y.dp);
  const u = x.n * pow10(dp - x.dp);
  const v = y.n * pow10(dp - y.dp);
  return u < v ? -1 : u > v ? 1 : 0;
}

export const eq = (a: DecimalInput, b: DecimalInput): boolean => cmp(a, b) === 0;
export function abs(a: DecimalInput): Decimal {
  const m = typeof a === 'string' ? PLAIN.exec(a) : null;
  return m ? plain('', m[2]!, m[3] ?? '') : normalize(big(a).abs().toFixed());
}
export const isZero = (a: DecimalInput): boolean => big(a).eq(0);
export function sum(xs: DecimalInput[]): Decimal {
  let acc: Decimal = '0';
  for (const x of xs) acc = add(acc, x);
  return acc;
}

/** Round half-up to `dp` places, keeping trailing zeros ("9.685" → "9.69" at 2). */
export function roundHalfUp(a: DecimalInput, dp: number): string {
  const x = Number.isInteger(dp) && dp >= 0 ? scaled(a) : null;
  if (!x) return big(a).round(dp, Big.roundHalfUp).toFixed(dp);
  const m = x.n < 0 ? -x.n : x.n;
  let q = m;
  if (x.dp > dp) {
    const unit = pow10(x.dp - dp);
    q = m / unit;
    if ((m % unit) * BigInt(2) >= unit) q += BigInt(1);
  } else q = m * pow10(dp - x.dp);
  const digits = q.toString().padStart(dp + 1, '0');
  const int = digits.slice(0, digits.length - dp);
  // no sign on a value that rounds to zero ("0.00", as big.js prints it)
  return `${x.n < 0 && q !== BigInt(0) ? '-' : ''}${dp ? `${int}.${digits.slice(digits.length - dp)}` : int}`;
}
/** Shift the decimal point: ×10^n exactly (used for 万/亿). */
export function shift(a: DecimalInput, n: number): Decimal {
  const m = typeof a === 'string' && Number.isInteger(n) ? PLAIN.exec(a) : null;
  if (!m) return normalize(big(a).times(new Big(10).pow(n)).toFixed());
  // moving the point within the digit string is exact by construction
  const int = m[2]!;
  const frac = m[3] ?? '';
  const digits = int + frac;
  const point = int.length + n;
  if (point <= 0) return plain(m[1]!, '0', '0'.repeat(-point) + digits);
  if (point >= digits.length) return plain(m[1]!, digits + '0'.repeat(point - digits.length), '');
  return plain(m[1]!, digits.slice(0, point), digits.slice(point));
}
export const toNumber = (a: DecimalInput): number => big(a).toNumber();
