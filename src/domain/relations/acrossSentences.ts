// A 其中： list whose items are sentences, going on past the sentence of the cue (read by sums.ts).
import { inSentence, type Ctx } from './context.js';
import { compatible, type Figure } from './figures.js';
import { partitionFor, underOne } from './groups.js';
import { descendants } from './lexicon.js';
import { partsAfter } from './listParts.js';

const HEADING = /^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．](?!\d))/;

/**
 * 其中：⏎ A 2016908.34元，占…，同比…。B 445372.24元，占…。 — an enumeration whose items are
 * sentences: each next sentence that opens with a sibling of the lexicon (or another part of the same
 * total, 购置费 next to 出国费) joins the list, on into the next paragraphs while each opens with one.
 */
export function extendAcrossSentences(ctx: Ctx, pi: number, parts: Figure[], total: Figure): void {
  let s = parts[parts.length - 1]!.sentence;
  const fits = (xs: Figure[]) => !!partitionFor(null, xs) || underOne(total, xs);
  // 公务接待费a，比上年减少c。主要原因是…。⏎ 购置费b…: a sentence with no figure (the item's reason) is passed over
  for (let pj = parts[parts.length - 1]!.para, bare = 0; pj <= pi + 12;) {
    s += 1;
    if (s >= ctx.paras[pj]!.sentenceStarts.length) {
      pj += 1;
      s = 0;
      if (pj >= ctx.paras.length) return;
    }
    const first = inSentence(ctx, pj, s)[0];
    // (a figure-less line of its own may be a wrapped reason too, never a numbered heading)
    if (!first && bare < 4 && (s > 0 || !HEADING.test(ctx.paras[pj]!.text))) {
      bare += 1;
      continue;
    }
    bare = 0;
    if (!first || first.role !== parts[0]!.role || first.depth !== 0 || /[，；、]/.test(first.lead) || !compatible(first, parts[0]!)) return;
    if (!fits([...parts, first])) return;
    // 具体情况如下：（一）甲费支出a — an item already listed, restated in its own section, is no new part
    if (first.concept && parts.some((x) => x.concept === first.concept)) return;
    // （二）公务用车…a。其中：购置费b；运行费c。⏎（三）公务接待费d: a class beside the total, not under it
    const under = total.concept ? descendants(total.concept) : null;
    if (under?.size && first.concept && !under.has(first.concept)) return;
    if (first.role === 'level') {
      parts.push(first);
      continue;
    }
    // changes: the sentence may go on with siblings after ； (公务接待费减少38万元；购置费减少334万元)
    const more = partsAfter(ctx, pj, ctx.paras[pj]!.sentenceStarts[s]!, '其中').parts;
    if (!more.length || more[0] !== first || !fits([...parts, ...more])) return;
    parts.push(...more);
  }
}
