// Planted errors: where a figure is written in a text, and its three mutants (+7% keeping the
// decimals, a swap of its last two different adjacent digits, ×10). Pure functions, no I/O.

export type Mutation = 'plus7' | 'swap' | 'times10';
export const MUTATIONS: Mutation[] = ['plus7', 'swap', 'times10'];

const FULL_DIGITS = '０１２３４５６７８９';

/** Full-width digits and dot to ASCII (same length, so offsets stay valid). */
export function asciiDigits(s: string): string {
  return s.replace(/[０-９．，]/g, (c) => (c === '．' ? '.' : c === '，' ? ',' : String(FULL_DIGITS.indexOf(c))));
}

/** The number a figure writes (thousands separators dropped), or null. "1,234.50" → 1234.5 */
export function figureValue(figure: string): number | null {
  const m = /-?\d[\d,]*(?:\.\d+)?/.exec(asciiDigits(figure));
  if (!m) return null;
  const v = Number(m[0].replace(/,/g, ''));
  return Number.isFinite(v) ? v : null;
}

/** Every number written in a string (for a finding's figures). */
export function numbersIn(s: string): number[] {
  const out: number[] = [];
  for (const m of asciiDigits(s).matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
    // a comma is a thousands separator only before three digits
    const v = Number(/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(m[0]) ? m[0].replace(/,/g, '') : m[0].split(',')[0]);
    if (Number.isFinite(v)) out.push(v);
  }
  return out;
}

/** The core of a figure as written: its digits with separators and decimals ("153.98" of "153.98万元"). */
export function figureCore(figure: string): string | null {
  const m = /\d[\d,，]*(?:[.．]\d+)?|[０-９][０-９,，]*(?:[.．][０-９]+)?/.exec(figure);
  return m ? m[0] : null;
}

const isDigit = (c: string | undefined) => c !== undefined && /[\d０-９]/.test(c);

/**
 * Offset of the figure's core in the text: the first standalone occurrence inside `anchor` when
 * given and found, else the first standalone one in the text. Standalone = not part of a longer number.
 */
export function locateFigure(text: string, figure: string, anchor?: string): number | null {
  const core = figureCore(figure);
  if (!core) return null;
  const standalone = (at: number) => {
    const before = text[at - 1];
    const after = text[at + core.length];
    const after2 = text[at + core.length + 1];
    if (isDigit(before)) return false;
    if ((before === '.' || before === '．' || before === ',') && isDigit(text[at - 2])) return false;
    if (isDigit(after)) return false;
    // a comma after a decimal separates list items (4125.49,4143.91), it is no thousands separator
    if ((after === '.' || after === '．' || (after === ',' && !/[.．]/.test(core))) && isDigit(after2)) return false;
    return true;
  };
  const scan = (from: number, to: number) => {
    for (let at = text.indexOf(core, from); at >= 0 && at + core.length <= to; at = text.indexOf(core, at + 1)) if (standalone(at)) return at;
    return null;
  };
  if (anchor) {
    const a = text.indexOf(anchor);
    if (a >= 0) {
      const hit = scan(a, a + anchor.length);
      if (hit !== null) return hit;
    }
  }
  return scan(0, text.length);
}

function decimalsOf(core: string): number {
  const m = /[.．](\d+|[０-９]+)$/.exec(core);
  return m ? m[1]!.length : 0;
}

/** Write a value like the original core: same decimals, thousands separators when it had them. */
export function formatLike(core: string, value: number): string {
  const d = decimalsOf(core);
  const fixed = value.toFixed(d);
  if (!/[,，]/.test(core)) return fixed;
  const [int, frac] = fixed.split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** Exact scaling on the digits (no binary rounding): value × num / den, rounded half up to `d` decimals. */
function scaled(core: string, num: bigint, den: bigint): string {
  const plain = asciiDigits(core).replace(/,/g, '');
  const d = decimalsOf(core);
  const units = BigInt(plain.replace('.', '')); // value × 10^d
  let out = (units * num * 2n + den) / (den * 2n); // half up
  if (out === units) out += 1n; // +7% of a small integer must still change it
  const s = out.toString().padStart(d + 1, '0');
  const fixed = d ? `${s.slice(0, s.length - d)}.${s.slice(s.length - d)}` : s;
  return /[,，]/.test(core) ? formatLike(core, Number(fixed)) : fixed;
}

/** The mutant of a figure's core, or null when the mutation does not apply (no two different adjacent digits). */
export function mutateCore(core: string, mutation: Mutation): string | null {
  const ascii = asciiDigits(core);
  if (mutation === 'plus7') return scaled(ascii, 107n, 100n);
  if (mutation === 'times10') return scaled(ascii, 10n, 1n);
  const pos = [...ascii].flatMap((c, i) => (/\d/.test(c) ? [i] : []));
  for (let k = pos.length - 2; k >= 0; k--) {
    const i = pos[k]!;
    const j = pos[k + 1]!;
    if (ascii[i] === ascii[j]) continue;
    const chars = [...ascii];
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
    const out = chars.join('');
    if (/^0\d/.test(out)) return null; // a leading zero is no figure anyone writes
    return out;
  }
  return null;
}

export interface Mutant {
  at: number;
  from: string;
  to: string;
  mutation: Mutation;
  text: string;
}

/** The mutated text, with the one occurrence at `at` replaced. */
export function mutantAt(text: string, at: number, mutation: Mutation): Mutant | null {
  const core = figureCore(text.slice(at));
  if (!core || !text.startsWith(core, at)) return null;
  const to = mutateCore(core, mutation);
  if (to === null || to === asciiDigits(core)) return null;
  return { at, from: core, to, mutation, text: text.slice(0, at) + to + text.slice(at + core.length) };
}

/** The sentence around an offset (for MISSES.md), at most `max` characters. */
export function sentenceAround(text: string, at: number, max = 220): string {
  const stops = /[。；;\n]/;
  let a = at;
  while (a > 0 && !stops.test(text[a - 1]!) && at - a < max / 2) a--;
  let b = at;
  while (b < text.length && !stops.test(text[b]!) && b - at < max / 2) b++;
  return text
    .slice(a, Math.min(text.length, b + 1))
    .replace(/\s+/g, ' ')
    .trim();
}
