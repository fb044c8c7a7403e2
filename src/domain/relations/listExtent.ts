// How far a 其中 list reaches: across sentences (其中：⏎ A a，占…。B b，占…。) and, one item a line, across
// the paragraphs after it; and whether a ； before 其中 only closes the total's own change clause.
import { inSentence, type Ctx } from './context.js';
import { cleanLabel, compatible, conceptOf, type Figure } from './figures.js';
import { partitionFor } from './groups.js';
import { partsAfter } from './sums.js';

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

/**
 * 其中：⏎ A 2016908.34元，占…，同比…。B 445372.24元，占…。 — an enumeration whose items are
 * sentences: each next sentence that opens with a sibling of the lexicon joins the list. When every
 * item so far opens its own sentence and the paragraph ends, the next paragraphs may go on with
 * one sibling each (其中：⏎因公出国（境）费…。⏎公务接待费…。).
 */
export function extendAcrossSentences(ctx: Ctx, pi: number, parts: Figure[]): void {
  let s = parts[parts.length - 1]!.sentence;
  const opens = (f: Figure) => inSentence(ctx, f.para, f.sentence)[0] === f;
  for (;;) {
    s += 1;
    let first = inSentence(ctx, pi, s)[0];
    const crossing = !first && s >= ctx.paras[pi]!.sentenceStarts.length && parts[0]!.role === 'level' && parts.every(opens);
    if (crossing) {
      if (!ctx.byPara[pi + 1]?.length) return;
      [pi, s] = [pi + 1, 0];
      first = inSentence(ctx, pi, 0)[0];
      if (!first || first.para !== pi || first.sentence !== 0 || !first.concept) return;
    }
    if (!first || first.role !== parts[0]!.role || first.depth !== 0 || /[，；、]/.test(first.lead) || !compatible(first, parts[0]!)) return;
    if (!partitionFor(null, [...parts, first])) return;
    // 具体情况如下：（一）甲费支出a — an item already listed, restated in its own section, is no new part
    if (first.concept && parts.some((x) => x.concept === first.concept)) return;
    if (first.role === 'level') {
      parts.push(first);
      continue;
    }
    // changes: the sentence may go on with siblings after ； (公务接待费减少38万元；购置费减少334万元)
    const more = partsAfter(ctx, pi, ctx.paras[pi]!.sentenceStarts[s]!, '其中').parts;
    if (!more.length || more[0] !== first || !partitionFor(null, [...parts, ...more])) return;
    parts.push(...more);
  }
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
