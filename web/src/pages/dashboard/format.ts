// Figures as officials write them: exact decimal strings rounded half-up on the string (no float
// drift), 万元 with up to 2 decimals, people counts as 人 (≥ 10万 as 万人), rates with %.

/** Round a decimal string half-up to `places` and drop trailing zeros: "1.005" → "1.01", "2.50" → "2.5". */
export function roundDecimal(s: string, places = 2): string {
  const m = /^(-?)(\d*)(?:\.(\d*))?$/.exec(s.trim());
  if (!m) return s;
  const [, sign, intPart = '0', frac = ''] = m;
  const digits = (intPart || '0') + frac.padEnd(places + 1, '0').slice(0, places + 1);
  // digits holds the integer part, `places` kept decimals and one guard digit
  const keep = digits.slice(0, -1);
  let n = BigInt(keep || '0');
  if (Number(digits.slice(-1)) >= 5) n += 1n;
  let str = n.toString().padStart(places + 1, '0');
  const i = str.slice(0, str.length - places);
  let f = places ? str.slice(str.length - places) : '';
  f = f.replace(/0+$/, '');
  str = f ? `${i}.${f}` : i;
  return sign && str !== '0' ? `-${str}` : str;
}

/** Move the decimal point `k` places left: shiftLeft("1017600", 4) = "101.7600". */
export function shiftLeft(s: string, k: number): string {
  const neg = s.startsWith('-');
  const [i = '0', f = ''] = (neg ? s.slice(1) : s).split('.');
  const padded = i.padStart(k + 1, '0');
  const out = `${padded.slice(0, padded.length - k)}.${padded.slice(padded.length - k)}${f}`;
  return neg ? `-${out}` : out;
}

export const DASH = '—';

export type FmtLang = 'zh' | 'en';

/** Thousands separators on a decimal string (English only; Chinese reports write digits plain). */
export function groupThousands(s: string): string {
  const [i = '', f] = s.split('.');
  const g = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return f === undefined ? g : `${g}.${f}`;
}

/** 万元 amounts: "2990" → "2990万元", "12.345" → "12.35万元"; English: "2,990 ×10k yuan". */
export const fmtWan = (s: string | null | undefined, lang: FmtLang = 'zh') =>
  s == null ? DASH : lang === 'en' ? `${groupThousands(roundDecimal(s))} ×10k yuan` : `${roundDecimal(s)}万元`;

/** People counts: "10780" → "10780人"; from 10万 up "1017600" → "101.76万人". English has no 万:
 *  "1017600" → "1,017,600 people". */
export function fmtPeople(s: string | null | undefined, lang: FmtLang = 'zh'): string {
  if (s == null) return DASH;
  if (lang === 'en') return `${groupThousands(roundDecimal(s, 0))} people`;
  const abs = s.replace(/^-/, '').split('.')[0] ?? '';
  return abs.length >= 6 ? `${roundDecimal(shiftLeft(s, 4))}万人` : `${roundDecimal(s, 0)}人`;
}

export const fmtRate = (s: string | null | undefined) => (s == null ? DASH : `${roundDecimal(s)}%`);
export const fmtScore = (s: string | null | undefined) => (s == null ? DASH : roundDecimal(s));

/** For chart axes only (ECharts needs numbers); labels still come from the strings. */
export const num = (s: string | null | undefined) => (s == null ? null : Number(s));
