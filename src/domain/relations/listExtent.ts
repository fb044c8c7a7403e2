// How far a 其中 list reaches: across sentences (其中：⏎ A a，占…。B b，占…。) and, one item a line, across
// the paragraphs after it; and whether a ； before 其中 only closes the total's own change clause.
import { inSentence, type Ctx } from './context.js';
import { cleanLabel, compatible, conceptOf, type Figure } from './figures.js';

/** 总额为A，较上年减少c，下降r%；其中：… — only A's own change and rate stand before the ；, so the list is A's. */
export function ownClauses(ctx: Ctx, total: Figure, cueAt: number): boolean {
  const text = ctx.paras[total.para]!.text;
  if (!/；\s*$/.test(text.slice(total.end, cueAt))) return false;
  const between = inSentence(ctx, total.para, total.sentence).filter((f) => f.start > total.end && f.end <= cueAt);
  return (
    between.length > 0 &&
    between.every((f) => f.role === 'change' || f.role === 'base' || f.prior) &&
    !/；/.test(text.slice(total.end, cueAt).replace(/；\s*$/, ''))
  );
}

const NONE = /^(.{2,24}?)(?:费用|经费)?(?:支出)?(?:为零|为0|为空|没有(?:支出|发生|安排)?|无(?:支出|发生)?|未(?:发生|安排|开支)(?:支出)?)$/;

/**
 * 其中，因公出国（境）费没有支出；公务用车运行维护费40万元… — an item the list names as nil counts as
 * listed (at zero), so the others may complete the lexicon set: the concepts of such clauses between
 * the cue and the last part.
 */
export function nilItems(ctx: Ctx, pi: number, from: number, last: Figure): Figure[] {
  const text = ctx.paras[pi]!.text.slice(from, last.end);
  const out: Figure[] = [];
  for (const clause of text.split(/[，；。]/)) {
    const m = NONE.exec(clause.replace(/^[：:\s]*(?:其中[：:，]?)?/, '').trim());
    const concept = m ? conceptOf(cleanLabel(m[1]!)) : null;
    if (concept) out.push({ ...last, concept, label: m![1]!, q: { ...last.q, value: '0' } });
  }
  return out;
}

/**
 * 一般转移支付收入X（含甲a、乙b、其他一般转移支付收入c，专项…）: a 含 aside is no breakdown by itself, but one
 * whose items, joined by 、, end with 其他 + the figure's own name lists all of it: the items up to that one.
 */
export function remainderAside(ctx: Ctx, pi: number, openAt: number, parts: Figure[]): { total: Figure; parts: Figure[] } | null {
  const p = ctx.paras[pi]!;
  if (!/^（\s*(?:含|包含|包括)/.test(p.text.slice(openAt, openAt + 4)) || !parts.length) return null;
  const total = ctx.figs[parts[0]!.id - 1];
  if (!total || total.para !== pi || total.end > openAt || p.text.slice(total.end, openAt).trim() || total.role !== 'level') return null;
  const name = cleanLabel(total.label);
  const k = parts.findIndex((x) => {
    const rest = cleanLabel(x.label).replace(/^(?:其他|其它|其余)/, '');
    return rest !== cleanLabel(x.label) && rest.length >= 2 && name.endsWith(rest);
  });
  if (k < 1) return null;
  const items = parts.slice(0, k + 1);
  const joined = items.every((x, i) => i === 0 || /^[^，；。（）]*$/.test(p.text.slice(items[i - 1]!.end, x.start)));
  if (!joined || items.some((x) => x.role !== 'level' || !compatible(x, total) || x.depth !== items[0]!.depth)) return null;
  return { total, parts: items };
}
