// 收入、支出分别是300,280万元: an ASCII comma between digits is a thousands separator (1,234.56) or the
// separator of two amounts sharing one unit. After 各/分别 the names before the cue tell how many values
// there are; after 均 one value is expected. A run is rewritten (the comma becomes 、, same length, so
// offsets hold) only when exactly one reading gives that count; a run no reading fits, or several do,
// is listed with its reason — never a wrong value. Pure.

const CUE = /(?:各|分别|均)(?:是|为|达到?|计|减少|增加|增长|下降|降低|减|增)?\s*[：:]?\s*/g;
const UNIT = '(?:万元|亿元|元|万|亿|%|％)';
const CHUNK = '\\d+(?:\\.\\d+)?(?:,\\d+(?:\\.\\d+)?)*';
const RUN = new RegExp(`^${CHUNK}${UNIT}?(?:\\s*(?:[、，和及与]|,\\s)\\s*${CHUNK}${UNIT}?)*`);
const ITEMS = new RegExp(`(${CHUNK})(${UNIT})?`, 'g');
// the end of the clause naming what the run measures (an ASCII comma only outside a number)
const CLAUSE_END = /[，。；;：:！？!?（）()]|,(?!\d)|(?<!\d),/g;

export const COMMA_RUN_REASON = '“分别/各/均”之后的数与前面的名称个数对不上：数中的逗号可能是千位分隔符，也可能分隔几个数，读法不唯一，不入栏目';

export interface CommaRuns {
  /** The text with each comma read as a separator replaced by 、 and the unit written after every amount of a run. */
  text: string;
  /** Where units were written in (offsets in `text`), to map a figure back to the line as written. */
  inserts: { at: number; length: number }[];
  /** [start, end) in `text` of the runs that cannot be read (their figures are listed). */
  unsure: [number, number][];
}

/** An offset of the rewritten line back in the line as written. */
export function toWritten(inserts: CommaRuns['inserts'], x: number): number {
  let d = 0;
  for (const i of inserts) {
    if (x >= i.at + i.length) d += i.length;
    else if (x > i.at) d += x - i.at;
  }
  return x - d;
}

const decimals = (t: string) => t.split('.')[1]?.length ?? 0;

/** Tokens ti..tj (joined by commas) make one thousands-grouped number. */
function joins(tokens: string[], i: number, j: number): boolean {
  if (i === j) return true;
  if (!/^\d{1,3}$/.test(tokens[i]!)) return false;
  for (let k = i + 1; k < j; k++) if (!/^\d{3}$/.test(tokens[k]!)) return false;
  return /^\d{3}(?:\.\d+)?$/.test(tokens[j]!);
}

type Reading = { splits: boolean[]; count: number };

/** Every way of reading a chunk's commas. */
function readings(tokens: string[]): Reading[] {
  const n = tokens.length - 1;
  if (n > 10) return [];
  const out: Reading[] = [];
  for (let mask = 0; mask < 1 << n; mask++) {
    const splits = Array.from({ length: n }, (_, k) => (mask & (1 << k)) !== 0);
    const groups: [number, number][] = [];
    let from = 0;
    splits.forEach((s, k) => {
      if (s) {
        groups.push([from, k]);
        from = k + 1;
      }
    });
    groups.push([from, n]);
    if (!groups.every(([i, j]) => joins(tokens, i, j))) continue;
    // 1,234.56 is not 1 and 234.56: two parts that would join, with different decimals, are one number
    const odd = groups.some(([i, j], g) => {
      const next = groups[g + 1];
      return next && joins(tokens, i, next[1]) && decimals(tokens[j]!) !== decimals(tokens[next[1]]!);
    });
    if (!odd) out.push({ splits, count: groups.length });
  }
  return out;
}

/** How many values the names before the cue expect: [least, most]; null for 各 after one name (各 = each). */
function expected(text: string, cueStart: number, cue: string): [number, number] | null {
  if (cue.startsWith('均')) return [1, 1];
  let from = 0;
  for (const m of text.slice(0, cueStart).matchAll(CLAUSE_END)) from = m.index + 1;
  const names = text.slice(from, cueStart);
  const listed = 1 + (names.match(/、/g)?.length ?? 0);
  const joined = names.match(/[和及与]/g)?.length ?? 0;
  // (和 may be inside a name: 社会保障和就业支出)
  if (joined === 0 && listed >= 2) return [listed, listed];
  if (joined === 0 && cue.startsWith('各')) return null;
  return [Math.max(2, listed), listed + joined > 1 ? listed + joined : Infinity];
}

/** Reads the runs of amounts after 各/分别/均 in one line of prose. */
export function readCommaRuns(text: string): CommaRuns {
  const chars = text.split('');
  const added: { pos: number; text: string }[] = []; // units written in, at offsets of `text`
  const unsureRaw: [number, number][] = [];
  for (const cue of text.matchAll(CUE)) {
    const at = cue.index + cue[0].length;
    const run = RUN.exec(text.slice(at));
    if (!run) continue;
    const items = [...run[0].matchAll(ITEMS)].map((m) => ({ start: at + m.index, tokens: m[1]!.split(','), unit: m[2] ?? '' }));
    const unit = items.at(-1)!.unit;
    const money = /元|万|亿/.test(unit);
    const bare = money && (items.slice(0, -1).some((i) => !i.unit) || items.some((c) => c.tokens.length > 1));
    const ambiguous = items.some((c) => c.tokens.some((_, i) => i > 0 && joins(c.tokens, i - 1, i)));
    if (!ambiguous && !bare) continue;
    const each = items.map((c) => readings(c.tokens));
    // (a run too long to try every reading is unsure, as is one no reading fits)
    const tries = each.reduce((n, rs) => n * rs.length, 1);
    let reading = each.map((rs, i) => rs.find((r) => r.splits.every((s, k) => !s || !joins(items[i]!.tokens, k, k + 1))));
    const range = ambiguous ? expected(text, cue.index, cue[0]) : null;
    if (ambiguous && !range) continue;
    if (ambiguous && (tries === 0 || tries > 4096)) {
      unsureRaw.push([at, at + run[0].length]);
      continue;
    }
    if (reading.some((r) => !r)) continue;
    if (range) {
      const [least, most] = range;
      // every combination of the items' readings whose total count is expected
      let combos: Reading[][] = [[]];
      for (const rs of each) combos = combos.flatMap((combo) => rs.map((r) => [...combo, r]));
      const fits = combos.filter((combo) => {
        const total = combo.reduce((s, r) => s + r.count, 0);
        // (收、支总计各增加X: 各 before one value says each rose by X)
        return (total >= least && total <= most) || (total === 1 && cue[0].startsWith('各'));
      });
      // a name count known only as a range (和 may be inside a name) confirms the plain reading only
      const plain = (combo: Reading[]) => combo.every((r, i) => r.splits.every((s, k) => !s || !joins(items[i]!.tokens, k, k + 1)));
      if (fits.length !== 1 || (least !== most && !plain(fits[0]!))) {
        unsureRaw.push([at, at + run[0].length]);
        continue;
      }
      reading = fits[0]!;
    }
    items.forEach((c, i) => {
      let pos = c.start;
      c.tokens.forEach((t, k) => {
        pos += t.length;
        const split = k < c.tokens.length - 1 && reading[i]!.splits[k]!;
        if (split) chars[pos] = '、';
        // (every amount but the run's last gets the unit written after it)
        if (money && (split || (k === c.tokens.length - 1 && !c.unit && i < items.length - 1))) added.push({ pos, text: unit });
        pos += 1;
      });
    });
  }
  // write the units in; offsets of the rewritten text
  let out = '';
  let from = 0;
  const inserts: CommaRuns['inserts'] = [];
  for (const a of added.sort((x, y) => x.pos - y.pos)) {
    out += chars.slice(from, a.pos).join('');
    inserts.push({ at: out.length, length: a.text.length });
    out += a.text;
    from = a.pos;
  }
  out += chars.slice(from).join('');
  const shift = (x: number) => x + added.filter((a) => a.pos < x).reduce((s, a) => s + a.text.length, 0);
  return { text: out, inserts, unsure: unsureRaw.map(([a, b]) => [shift(a), shift(b)]) };
}
