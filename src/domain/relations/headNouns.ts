// The head noun of a flow figure (收入 / 支出 / 结余): a 其中 opening a sentence lists parts of the
// earlier total of the same noun (收入A，…；支出B。结余C。其中，甲收入a — a is a part of A, not of C).
import { inSentence, type Ctx } from './context.js';
import { cleanLabel, type Figure } from './figures.js';

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
