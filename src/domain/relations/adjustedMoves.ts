// An adjustment and the moves it makes, stated apart:
//   经批准追加X 500万元，…。调整后，A由1200万元增加到1700万元，B由…增加到…
// every move of the same unit after 调整后 (…增加到 / 提高到) rises by the amount added (增发 / 追加 / 调增 /
// 新增), stated in that sentence before the moves or closing the sentence before it.
import { addDifference, type Ctx } from './context.js';
import { compatible, type Figure } from './figures.js';

const ADDED = /(?:增发|追加|调增|新增)[^，；。\d]{0,8}$/;
const AFTER = /调整后|追加后|增发后/;
const FROM = /(?:从|由)[^，；。、\d]{0,12}$/;
const UP_TO = /^[^，；。\d]{0,12}(?:增加|提高|上升|扩大)(?:到|至)[^，；。\d]{0,8}$/;

const plain = (f: Figure) => f.q.kind === 'money' && f.q.qualifier === 'exact' && f.depth === 0 && f.sign >= 0;
const squeezed = (s: string) => s.replace(/\s/g, '');

export function findAdjustedMoves(ctx: Ctx): void {
  ctx.paras.forEach((p, pi) => {
    const sentences = ctx.bySentence[pi] ?? [];
    sentences.forEach((fs, si) => {
      const moves: [Figure, Figure][] = [];
      for (let i = 1; i < fs.length; i++) {
        const [a, b] = [fs[i - 1]!, fs[i]!];
        if (plain(a) && plain(b) && compatible(a, b) && FROM.test(squeezed(a.lead)) && UP_TO.test(squeezed(b.lead))) moves.push([a, b]);
      }
      if (!moves.length) return;
      const first = moves[0]![0];
      const start = p.sentenceStarts[si]!;
      // the adjustment: the one added amount of this sentence before the moves, else of the sentence before
      const here = fs.filter((f) => f.id < first.id);
      const before = si > 0 ? (sentences[si - 1] ?? []) : [];
      const pool = here.length ? here : before;
      const added = pool.filter((f) => plain(f) && ADDED.test(squeezed(f.lead)));
      if (added.length !== 1) return;
      const adj = added[0]!;
      const from = here.length ? adj.end : start;
      if (!AFTER.test(p.text.slice(from, first.start))) return;
      for (const [a, b] of moves) {
        if (!compatible(a, adj)) continue;
        addDifference(ctx, adj, [b, a], {
          reason: `调整后由${a.q.text}增加到${b.q.text}：增加额 = ${b.q.text} − ${a.q.text}，应等于前文${ADDED.exec(squeezed(adj.lead))?.[0] ?? ''}${adj.q.text}`,
          reasonEn: 'a move made by an adjustment rises by the amount added, stated before it',
        });
      }
    });
  });
}
