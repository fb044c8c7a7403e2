// 本级收入增加a（税收增加b、非税增加c）: a bracket right after a change that holds nothing but the changes of
// named items, closing after the last, lists all of that change — as a bracket of amounts after a level lists
// all of it (bracketLists.ts). 其中 / 主要 / 等 / 含 in it, a stage or a year for a name, or anything said after
// the last item leave it a subset.
import type { Figure } from './figures.js';
import type { Paragraph } from './text.js';

const ITEM = /^[，、；,;\s]*([\u4e00-\u9fff“”"]{1,16}?)(?:比上年|同比)?(?:增加|减少|增长|下降|增|减)了?\s*$/;
const NOT_A_PART = /其中|包括|主要|等|含|如|约|累计|合计|共计|总计|预算|决算|计划|实际|上年|去年|同期|年|月|日/;

/** Whether the bracket opening at `open` right after the change `total` lists all of it. */
export function bracketChange(p: Paragraph, open: number, total: Figure, parts: Figure[]): boolean {
  if (parts.length < 2 || total.role !== 'change' || total.q.qualifier !== 'exact') return false;
  if (p.text.slice(total.end, open).trim() !== '') return false;
  let prev = open + 1;
  for (const f of parts) {
    if (f.role !== 'change' || f.q.qualifier !== 'exact' || f.q.unit !== total.q.unit) return false;
    const name = ITEM.exec(p.text.slice(prev, f.start))?.[1];
    if (!name || NOT_A_PART.test(name)) return false;
    prev = f.end;
  }
  return /^\s*[）)]/.test(p.text.slice(prev, prev + 4));
}
