// A 一级指标 score and its numbered items written out in prose: "1. 投入（得17分）（1）项目立项：…（得6分）（2）绩效
// 目标：…（得5分）（3）资金落实：…（得6分）2. 过程（得18分）…" — the head's score is the sum of its items' scores.
// Read only when the head is a numbered name with 得 right before its score, the items after it are numbered
// （1）（2）… from 1 without a gap, each ending with its own 得 score, and no other score (满分, 扣分, 分值) stands
// among them; the run ends at the next numbered head or after the last item. Items over three paragraphs apart,
// a single item, or any score that does not fit: nothing asserted.
import { addSum, type Ctx } from './context.js';
import type { Figure } from './figures.js';

const HEAD = /(?:^|[。；）\s])\s*(?:\d{1,2}[.、．]|[一二三四五六七八九十][、.．])\s*[\u4e00-\u9fff]{2,10}(?:指标)?\s*[（(]?\s*(?:得分?|得分为)\s*[:：]?\s*$/;
const SCORE = /[（(]?\s*(?:得分?|得分为|实得)\s*[:：]?\s*$/;
const ITEM = /[（(]\s*(\d{1,2})\s*[）)]/;

/** The text between two figures, across at most three paragraphs (null when further apart). */
function between(ctx: Ctx, a: Figure, b: Figure): string | null {
  if (a.para === b.para) return ctx.paras[a.para]!.text.slice(a.end, b.start);
  if (b.para - a.para > 3) return null;
  const mid = ctx.paras.slice(a.para + 1, b.para).map((p) => p.text);
  return [ctx.paras[a.para]!.text.slice(a.end), ...mid, ctx.paras[b.para]!.text.slice(0, b.start)].join('\n');
}

const before = (ctx: Ctx, f: Figure) => ctx.paras[f.para]!.text.slice(Math.max(0, f.start - 30), f.start);

/** Scores of numbered heads and of their numbered items side by side: two levels, never one list to add up. */
export function headsAndItems(ctx: Ctx, fs: Figure[]): boolean {
  const heads = fs.filter((f) => HEAD.test(before(ctx, f)));
  return heads.length > 0 && fs.some((f, i) => i > 0 && !heads.includes(f) && ITEM.test(between(ctx, fs[i - 1]!, f) ?? '') && SCORE.test(before(ctx, f)));
}

export function findScoreItems(ctx: Ctx): void {
  const scores = ctx.figs.filter((f) => f.q.unit === '分');
  for (let i = 0; i < scores.length; i++) {
    const head = scores[i]!;
    if (head.q.qualifier !== 'exact' || !HEAD.test(before(ctx, head))) continue;
    const items: Figure[] = [];
    let ok = true;
    for (let j = i + 1; j < scores.length; j++) {
      const f = scores[j]!;
      const gap = between(ctx, scores[j - 1]!, f);
      if (gap === null) break;
      if (HEAD.test(before(ctx, f))) break; // the next 一级指标
      const mark = ITEM.exec(gap);
      if (mark && Number(mark[1]) === items.length + 1 && SCORE.test(before(ctx, f)) && f.q.qualifier === 'exact') {
        items.push(f);
        continue;
      }
      // another score inside the run (满分, 扣分, a number out of turn) leaves it unread; a new paragraph ends it
      if (mark || !gap.includes('\n')) ok = false;
      break;
    }
    if (!ok || items.length < 2) continue;
    addSum(ctx, head, items, {
      kind: 'score',
      reason: '一级指标得分 = 其下各编号分项得分之和',
      reasonEn: 'a top-level indicator’s score is the sum of the scores of its numbered items',
    });
  }
}
