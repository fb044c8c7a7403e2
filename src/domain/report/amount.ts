// Amounts and dates as officials write them. Inputs are exact decimal strings in 万元.
import { abs, cmp, isDecimal, normalize, roundHalfUp, shift } from '../decimal.js';
import type { Decimal } from '../types.js';

/** Round half-up to at most `dp` decimals and drop trailing zeros: "153.980" → "153.98", "0.00" → "0". */
export function formatDecimal(x: Decimal, dp = 2): string {
  const r = normalize(roundHalfUp(x, dp));
  return r === '-0' ? '0' : r;
}

export type AmountScale = 'auto' | 'wan' | 'yi';

/**
 * An amount held in 万元, written as officials write it: "153.98万元", "0万元", and from
 * 1亿 up (scale 'auto') "1.91亿元". Budget sentences keep 万元 throughout (scale 'wan').
 */
export function formatAmount(wan: Decimal, scale: AmountScale = 'auto'): string {
  if (!isDecimal(wan)) throw new Error(`not a decimal amount: ${wan}`);
  const useYi = scale === 'yi' || (scale === 'auto' && cmp(abs(wan), '10000') >= 0);
  if (useYi) return `${formatDecimal(shift(wan, -4))}亿元`;
  return `${formatDecimal(wan)}万元`;
}

/** An amount or a dash when unknown (tables). */
export function formatAmountCell(wan: Decimal | null): string {
  return wan === null ? '—' : formatDecimal(wan);
}

/** "2023-07-18" → "2023年7月18日" (no leading zeros, as 公文 dates are written). */
export function formatDateCn(iso: string | null): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(iso.trim());
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}

/** A count with its unit; from 10万 up officials write 万: 1017600人 → 101.76万人, 10780人 stays. */
export function formatCount(x: Decimal, unit: string): string {
  if (cmp(abs(x), '100000') >= 0) return `${formatDecimal(shift(x, -4))}万${unit}`;
  return `${formatDecimal(x)}${unit}`;
}
