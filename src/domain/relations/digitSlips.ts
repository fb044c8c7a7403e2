// The mirror of otherReadings.ts: a list the checker could only read as a subset (其中 a, b of X, Σ < X)
// is taken as complete when ONE keystroke in ONE of its figures — a digit changed, or two neighbouring
// digits swapped — makes it add up exactly. A real partial list misses a remainder that has no reason to
// be a single digit at a place where the figures have finer digits; a typo leaves exactly that.
import { abs, cmp, normalize, roundHalfUp, shift, sub, sum } from '../decimal.js';
import { halfStep } from '../quantity/index.js';
import { decimalsOf, scaleExp, written } from './compare.js';
import type { Figure } from './figures.js';
import type { Paragraph } from './text.js';
import type { Decimal } from '../types.js';

/** What the reading looks at (structural: groups.ts hands it the checker's context). */
export interface SlipCtx {
  paras: Paragraph[];
  bySentence: Figure[][][];
}

export interface Slip {
  figure: Figure;
  /** The figure's digits as written and as the slip reading makes them. */
  from: string;
  to: string;
}

/** Limits of the reading: a figure that may change has this many significant digits at least. */
export const SLIP_LIMITS = { digits: 3, candidatesShown: 3 };

/** The digits a figure is written with (no separators, no unit or scale word): 13,100万元 → 13100. */
export function digitsOf(f: Figure): string | null {
  if (!/\d/.test(f.q.text) || /[〇零一二三四五六七八九两]/.test(f.q.text)) return null;
  const e = scaleExp(f.q);
  const shown = roundHalfUp(abs(shift(f.q.value, -e)), decimalsOf(shift(f.q.precision, -e)));
  return shown.replace(/^0+(?=\d)/, '');
}

/** Significant digits as written: 12100 → 3, 0.98 → 2, 53.65 → 4, 6.90 → 3. */
export function significant(digits: string): number {
  const bare = digits.replace('.', '').replace(/^0+/, '');
  return (digits.includes('.') ? bare : bare.replace(/0+$/, '')).length;
}

/** A value of fewer than three significant digits, trailing zeros not counted (300.00 → 1, 12100 → 3). */
function roundValue(v: Decimal): boolean {
  return normalize(abs(v)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length < SLIP_LIMITS.digits;
}

/** Power of ten of the lowest nonzero digit of a value (its base units): 13100万元 → 6. */
function lowestPlace(v: Decimal): number {
  const s = normalize(abs(v));
  if (cmp(s, '0') === 0) return Infinity;
  const [int, frac = ''] = s.split('.');
  if (frac) return -frac.replace(/0+$/, '').length;
  return int!.length - int!.replace(/0+$/, '').length;
}

/** Every string one keystroke from `s`: one digit changed (the first never to 0), or two neighbours swapped. */
export function keystrokes(s: string): { to: string; at: number }[] {
  const out: { to: string; at: number }[] = [];
  const first = s.search(/[1-9]/);
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '.') continue;
    for (const d of '0123456789') {
      if (d === s[i] || (i === first && d === '0')) continue;
      out.push({ to: s.slice(0, i) + d + s.slice(i + 1), at: i });
    }
    const j = s[i + 1] === '.' ? i + 2 : i + 1;
    if (j < s.length && s[j] !== s[i] && !(i === first && s[j] === '0'))
      out.push({ to: s.slice(0, i) + s[j] + s.slice(i + 1, j) + s[i] + s.slice(j + 1), at: i });
  }
  return out;
}

/** Power of ten (base units) of the written digit at index `at` of a figure's digits. */
function placeOf(f: Figure, digits: string, at: number): number {
  const point = digits.includes('.') ? digits.indexOf('.') : digits.length;
  const k = at < point ? point - at - 1 : point - at;
  return k + scaleExp(f.q);
}

// the text itself says the list is partial (其中主要是…，…等): a remainder is expected there
const LEADS_PARTIAL = /主要|部分|重点|大头|之一|等(?!级|次|于|同|额|量|比|值)/;
const ENDS_PARTIAL = /^[^，。；]{0,3}等(?!级|次|于|同)|^[^，。；]{0,3}(?:以上|左右)/;

/**
 * Σ parts short of the total (a list read as a subset): the one-keystroke readings of one figure under which
 * the parts add up to the total at its stated precision, when the list may be taken as complete by them.
 */
export function digitSlips(ctx: SlipCtx, total: Figure, parts: Figure[]): Slip[] {
  const { paras } = ctx;
  if (parts.length < 2) return [];
  const all = [total, ...parts];
  // levels, or changes all of one direction (their sizes add up like levels)
  const role = total.role === 'change' ? 'change' : 'level';
  if (all.some((f) => f.q.qualifier !== 'exact' || f.q.kind === 'percent' || f.role !== role || f.sign !== total.sign || cmp(f.q.value, '0') <= 0)) return [];
  // (1200卷（册、盒）: a count in several units may have parts in either)
  if (all.some((f) => f.q.unit !== total.q.unit && !total.units?.includes(f.q.unit))) return [];
  const short = sub(total.q.value, sum(parts.map((x) => x.q.value)));
  if (cmp(short, '0') <= 0 || partialByText(paras, total, parts) || goesOn(ctx, total, parts, short)) return [];
  // a round total (90万元, 300.00万元) is an amount allocated: the items may leave some of it unspent or unlisted
  if (roundValue(total.q.value)) return [];
  // the slip stands above every figure's last written digit, and some figure has a nonzero digit below it
  const coarsest = Math.max(...all.map((f) => lowestPlace(stepOf(f, all))));
  const finest = Math.min(...all.map((f) => lowestPlace(f.q.value)));
  const out: Slip[] = [];
  for (const f of all) {
    const from = digitsOf(f);
    if (!from || significant(from) < SLIP_LIMITS.digits) continue;
    const e = scaleExp(f.q);
    for (const { to, at } of keystrokes(from)) {
      const place = placeOf(f, from, at);
      if (place <= coarsest || place <= finest) continue;
      const value = shift(to, e);
      const parts2 = parts.map((x) => (x === f ? value : x.q.value));
      const total2 = f === total ? value : total.q.value;
      if (cmp(abs(sub(sum(parts2), total2)), halfStep(total.q)) <= 0) out.push({ figure: f, from, to });
    }
  }
  return out;
}

/**
 * …，C c。此外，D d。: a figure of the list's unit right after it (up to the end of the next sentence) that is
 * exactly the shortfall is the item the list went on to — a remainder stated, not a typo.
 */
function goesOn(ctx: SlipCtx, total: Figure, parts: Figure[], short: Decimal): boolean {
  const last = parts[parts.length - 1]!;
  const after = [...(ctx.bySentence[last.para]?.[last.sentence] ?? []), ...(ctx.bySentence[last.para]?.[last.sentence + 1] ?? [])];
  return after.some((f) => f.id > last.id && f.q.unit === total.q.unit && cmp(abs(sub(f.q.value, short)), halfStep(total.q)) <= 0);
}

/** 15.5万元 beside 20万元: a list is written at one precision, so the integer is 20.0 (compare.ts onePrecision). */
function stepOf(f: Figure, all: Figure[]): Decimal {
  if (digitsOf(f)?.includes('.')) return f.q.precision;
  const finer = all.filter((g) => g.q.scale === f.q.scale && g.q.unit === f.q.unit && cmp(g.q.precision, f.q.precision) < 0);
  return finer.length ? finer.reduce((m, g) => (cmp(g.q.precision, m) > 0 ? g.q.precision : m), finer[0]!.q.precision) : f.q.precision;
}

/** 其中主要是A a，B b / …，C c等: the words opening the list or closing it say it is partial (…等资金c names the rest). */
function partialByText(paras: Paragraph[], total: Figure, parts: Figure[]): boolean {
  const [first, last] = [parts[0]!, parts[parts.length - 1]!];
  const p = paras[last.para];
  if (!p) return true;
  const lead = paras[first.para]!.text.slice(total.para === first.para ? total.end : Math.max(0, first.start - 12), first.start);
  return LEADS_PARTIAL.test(lead) || ENDS_PARTIAL.test(p.text.slice(last.end, last.end + 6));
}

/** The reading, in words: which figure(s) one keystroke would put right. */
export function slipReason(slips: Slip[]): { zh: string; en: string } {
  const shown = slips.slice(0, SLIP_LIMITS.candidatesShown);
  const zh = shown.map((s) => `“${s.figure.label ? `${s.figure.label} ` : ''}${written(s.figure.q)}”若为 ${s.to}`).join('，或');
  const en = shown.map((s) => `${written(s.figure.q)} read as ${s.to}`).join(', or ');
  return {
    zh: `所列各项之和与总数恰差一位数字：${zh}，各项之和即等于总数，疑为笔误`,
    en: `the parts miss the total by exactly one digit: with ${en} they add up, likely a typo`,
  };
}
