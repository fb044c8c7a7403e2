// The year a figure is of when its own label names none: the year its sentence names before it
// ("2021年度X合计A，其中：a，b" — a and b are 2021's; so are the sentences after it in the paragraph). A comparison's year (较2021年度) is what the
// sentence is compared with, not its own. A change's basis year follows: 较上年 = the year before.
import type { Ctx } from './context.js';
import type { Figure } from './figures.js';

// how far back a year is looked for (a paragraph may be a whole document run into one line)
const LOOK_BACK = 800;
const YEAR = /((?:19|20)\d\d)\s*年/g;
const COMPARED_YEAR = /(?:比|较|与|同|和)\s*(?:19|20)\d\d\s*年度?/g;

/** The year of f: its label's, else the last year its paragraph names before it outside a comparison (a sentence goes on in the year of the one before). */
export function yearOfFigure(ctx: Ctx, f: Figure): string | null {
  if (f.year) return f.year;
  const p = ctx.paras[f.para]!;
  const text = p.text.slice(Math.max(0, f.start - LOOK_BACK), f.start).replace(COMPARED_YEAR, '');
  let year: string | null = null;
  for (const m of text.matchAll(YEAR)) year = m[1]!;
  return year;
}

/** The year a change is measured against: 较2021年 → 2021; 较上年 / 同比 → the year before its own, when that is named. */
export function basisYearOf(ctx: Ctx, c: Figure): string | null {
  const clause = c.lead.replace(/\s/g, '');
  const named = /(?:比|较|与|同)((?:19|20)\d\d)年度?[^，；。\d]{0,12}$/.exec(clause);
  if (named) return named[1]!;
  if (!/(?:比|较|与)(?:上年|去年|上年度)|同比/.test(clause)) return null;
  const own = yearOfFigure(ctx, c);
  return own ? String(Number(own) - 1) : null;
}

/**
 * 2021年度…公务接待A。2022年度…预算较2021年度增加…，其中公务接待较上年同期减少c: the figure named
 * before is of the year c is compared with — it is c's prior, not the level c changes.
 */
export function ofBasisYear(ctx: Ctx, level: Figure, c: Figure): boolean {
  const own = yearOfFigure(ctx, c);
  const basis = basisYearOf(ctx, c);
  const year = yearOfFigure(ctx, level);
  return !!own && !!basis && own !== basis && year === basis;
}
