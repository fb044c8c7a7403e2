// The head noun of a flow figure (收入 / 支出 / 结余): a 其中 opening a sentence lists parts of the
// earlier total of the same noun (收入A，…；支出B。结余C。其中，甲收入a — a is a part of A, not of C).
import { cmp, sum } from '../decimal.js';
import { inSentence, type Ctx } from './context.js';
import { cleanLabel, type Figure } from './figures.js';
import { partsAfter } from './listParts.js';

const HEAD = /(收入|支出|结余|结存)(?:合计|总额|总计|共计|累计|完成|决算数?|预算数?)*$/;

export function headNoun(label: string): '收入' | '支出' | '结余' | null {
  const m = HEAD.exec(cleanLabel(label));
  return !m ? null : m[1] === '结存' ? '结余' : (m[1] as '收入' | '支出' | '结余');
}

/** The nearest level figure of head noun `want` in the (at most three) sentences before sentence `s`, outside brackets. */
export function earlierOfHead(ctx: Ctx, pi: number, s: number, want: string, fits: (f: Figure) => boolean): Figure | null {
  for (let k = s - 1; k >= 0 && k >= s - 3; k--) {
    const xs = inSentence(ctx, pi, k);
    for (let i = xs.length - 1; i >= 0; i--) {
      const f = xs[i]!;
      if (f.depth === 0 && f.role === 'level' && fits(f) && headNoun(f.label) === want) return f;
    }
  }
  return null;
}

/** A cue opening sentence `s` of paragraph `pi`, its list starting at `listAt`, `cands` the fitting figures of the sentence before. */
interface Opening {
  pi: number;
  s: number;
  listAt: number;
  first: Figure;
  cands: Figure[];
  fits: (f: Figure) => boolean;
}

/**
 * X，…，Y。其中：… — the list belongs to the figure it adds up to, else to the sentence's first figure.
 * `opts.unbound` is set when every figure before names another quantity and none earlier names the parts'.
 */
export function openingTotal(ctx: Ctx, o: Opening, opts: { unbound?: boolean }): Figure | null {
  let cands = o.cands;
  const parts = partsAfter(ctx, o.pi, o.listAt, '其中').parts;
  const total = parts.length ? sum(parts.map((x) => x.q.value)) : null;
  const exact = cands.find((c) => total !== null && cmp(c.q.value, total) === 0);
  if (exact) return exact;
  // 收入A；支出B。结余C。其中，甲收入a: the part's head noun (收入/支出/结余) names its total, never another's
  const want = headNoun(o.first.label);
  if (want) {
    const other = (c: Figure) => !!headNoun(c.label) && headNoun(c.label) !== want;
    if (cands.length && cands.every(other)) {
      const earlier = earlierOfHead(ctx, o.pi, o.s - 1, want, o.fits);
      if (!earlier) opts.unbound = true;
      return earlier;
    }
    cands = cands.filter((c) => !other(c));
  }
  // …年初预算A，支出决算B。其中甲费支出决算a: else the one of the parts' stage
  const staged = parts[0]?.stage ? cands.find((c) => c.stage === parts[0]!.stage && c.depth === 0) : undefined;
  return staged ?? actualAfterBudget(cands) ?? cands[0] ?? null;
}

/**
 * X预算为A，X决算为B。其中：甲a，乙b — the first figure is a budget and a later one the actual of that same
 * quantity and year: a breakdown with no stage of its own after them is of what was spent.
 */
function actualAfterBudget(cands: Figure[]): Figure | undefined {
  const first = cands[0];
  if (!first || !first.concept || (first.stage !== 'budget' && first.stage !== 'adjusted')) return undefined;
  return cands.find((c) => c.concept === first.concept && c.stage === 'actual' && c.depth === 0 && (!c.year || !first.year || c.year === first.year));
}
