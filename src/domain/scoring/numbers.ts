// Reading numbers the way officials write them ("95%", "≥90", "10,361", "１２个") into exact
// decimal strings. Anything that is not one clear number gives null — never a guess.
import { normalize } from '../decimal.js';
import type { Decimal } from '../types.js';

const FULL_WIDTH = /[０-９．－＋，％]/g;
function halfWidth(s: string): string {
  return s.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

// Comparison words that may precede a target ("≥90%", "不低于95%", "大于等于3").
const PREFIX =
  /^(?:≥|≤|>=|<=|=|>|<|≧|≦|＞|＜|＝|大于等于|小于等于|不低于|不少于|不小于|不高于|不超过|不多于|不大于|大于|小于|高于|低于|超过|达到|约|共|计|累计|完成)\s*/;
// After the number only a unit may follow: no digits, and not a second number or a range.
const SUFFIX_OK = /^[^\d]*$/;

/** One exact decimal from text as written, or null when the text is not a single number. */
export function parseNumber(value: unknown): Decimal | null {
  if (typeof value === 'number') return Number.isFinite(value) ? normalize(String(value)) : null;
  if (typeof value !== 'string') return null;
  let s = halfWidth(value).trim().replace(/\s+/g, '');
  for (let i = 0; i < 3; i++) {
    const m = PREFIX.exec(s);
    if (!m || m[0] === '') break;
    s = s.slice(m[0].length);
  }
  const m = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?(.*)$/.exec(s);
  if (!m) return null;
  const [, sign, intPart, frac, rest] = m;
  if (intPart === undefined && frac === undefined) return null;
  if (!SUFFIX_OK.test(rest ?? '')) return null;
  // "10-20", "3/5", "1.2.3" — a range or a date is not one number.
  if (/^[-~～—/.:：]/.test(rest ?? '')) return null;
  const digits = `${sign === '-' ? '-' : ''}${(intPart ?? '0').replace(/,/g, '')}${frac ?? ''}`;
  return normalize(digits);
}

/** The comparison a target writes in front of itself ("≥90%" → '>='), if any. */
export function operatorPrefix(value: string): '>=' | '<=' | '=' | null {
  const s = halfWidth(value).trim();
  if (/^(≥|>=|≧|＞|>|大于等于|不低于|不少于|不小于|大于|高于|达到)/.test(s)) return '>=';
  if (/^(≤|<=|≦|＜|<|小于等于|不高于|不超过|不多于|不大于|小于|低于)/.test(s)) return '<=';
  if (/^(=|＝)/.test(s)) return '=';
  return null;
}

/** The unit written after a number ("95%" → "%", "50个" → "个"), or null. */
export function unitSuffix(value: string): string | null {
  const s = halfWidth(value).trim();
  const m = /\d(?:\.\d+)?([^\d]+)$/.exec(s);
  const u = m?.[1]?.trim();
  return u ? u : null;
}

/** A range target ("90%-100%", "10~20人", "5至8") as [low, high], or null. */
export function parseRange(value: string): [Decimal, Decimal] | null {
  const s = halfWidth(value).trim().replace(/\s+/g, '');
  const m = /^(\d+(?:\.\d+)?)([^\d\-~～—–至到]*)[-~～—–至到](\d+(?:\.\d+)?)([^\d]*)$/.exec(s);
  if (!m) return null;
  const lo = normalize(m[1]!);
  const hi = normalize(m[3]!);
  return Number(lo) <= Number(hi) ? [lo, hi] : null;
}
