// 其中 ends a line and numbered sub-items follow, one per line, each opening with its amount:
//   1.甲类支出t亿元，主要是…。其中：
//   （1）A项a亿元，比上年…；（2）B项b亿元…；（3）其他甲类支出c亿元…
// The items are a part of the head figure; they are the whole of it when the last one is the rest
// (其他…), and otherwise may only fall short of it.
import type { Ctx } from './context.js';
import { cleanLabel, compatible, type Figure } from './figures.js';
import { judgeGroup, partitionFor } from './groups.js';

// （1） or 1. / 1、 (never 1.5, a decimal)
const NUMBER = /^\s*(?:[（(](\d{1,2})[）)]|(\d{1,2})[.．、](?!\d))/;
const numberOf = (text: string): string | undefined => {
  const m = NUMBER.exec(text);
  return m ? (m[1] ?? m[2]) : undefined;
};
// a heading of the outline above the items ends them: （二） / 二、
const HEADING = /^\s*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．])/;
const OPENS = /^\s*其中[：:]?\s*/;

/** The first amount of a paragraph after an offset (its own, not a bracketed one). */
function firstAmount(ctx: Ctx, pi: number, from: number): Figure | undefined {
  return ctx.byPara[pi]!.find((f) => f.start >= from && f.depth === 0 && f.q.kind === 'money' && f.role === 'level');
}

export function findSubItemLines(ctx: Ctx): void {
  ctx.paras.forEach((p, pi) => {
    const k = p.sentenceStarts.findIndex((s) => OPENS.test(p.text.slice(s, s + 8)));
    if (k < 1) return;
    const at = p.sentenceStarts[k]!;
    const after = p.text.slice(at).replace(OPENS, '');
    // (1) in this paragraph after 其中, or 其中 closing it and (1) opening the next
    let first: { pi: number; from: number } | null = null;
    if (numberOf(after) === '1') first = { pi, from: at };
    else if (!after.trim() && numberOf(ctx.paras[pi + 1]?.text ?? '') === '1') first = { pi: pi + 1, from: 0 };
    if (!first) return;
    const head = ctx.byPara[pi]!.filter((f) => f.sentence === k - 1 && f.depth === 0 && f.q.kind === 'money' && f.role === 'level').at(-1);
    if (!head || head.q.qualifier !== 'exact') return;
    const items: Figure[] = [];
    const one = firstAmount(ctx, first.pi, first.from);
    if (!one) return;
    items.push(one);
    // (an unnumbered line between two items goes on the item before it: 1.税收a…⏎其他税种b…⏎2.非税c)
    for (let j = first.pi + 1, n = 2, loose = 0; j < ctx.paras.length; j++) {
      const text = ctx.paras[j]!.text;
      const num = numberOf(text);
      if (num === undefined && !HEADING.test(text) && ++loose <= 2) continue;
      if (num !== String(n)) break;
      const f = firstAmount(ctx, j, 0);
      if (!f) return;
      items.push(f);
      n++;
      loose = 0;
    }
    if (items.length < 2 || items.some((f) => !compatible(f, head) || f.q.qualifier !== 'exact')) return;
    const rest = /^(?:其他|其余)/.test(cleanLabel(items.at(-1)!.label));
    // 1.税收收入a ⏎ 2.非税收入b: a complete set of the lexicon is the whole of the head too
    const part = rest ? null : partitionFor(head, items);
    judgeGroup(
      ctx,
      { total: head, parts: items, exhaustive: rest || !!part?.complete, mode: 'level', cue: '其中' },
      rest
        ? { zh: '“其中”逐行列出（1）至（' + items.length + '），末项为“其他”，为全部列举', en: 'numbered sub-items ending with “other”: the whole of the head' }
        : part?.complete
          ? { zh: `“其中”逐行列出的分项；分类口径：${part.p.rule}`, en: `numbered sub-items after 其中; classification: ${part.p.rule}` }
          : { zh: '“其中”逐行列出的分项', en: 'numbered sub-items after 其中' },
    );
  });
}
