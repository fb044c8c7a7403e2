// A breakdown written in brackets right after its total, with no cue word: "资金X万元（一般公共预算：a万元；彩票公益金：b万元）",
// "编制N人（行政编a人、事业编b人）". When the bracket holds nothing but labelled amounts of the total's unit — each
// item a name and one figure, set off by 、，；, the bracket closing right after the last — it is the whole
// breakdown: a writer who lists only some parts says 其中, 主要, 等 or 含 (those stay subsets, as before). Not
// read as a breakdown: one item, a name that is a stage or another basis (预算数 / 实际 / 上年 / 到位 / 计划 …, two
// views of one amount, not its parts), a year or date (2023年a，2024年b), an average (人均 / 每户), a cut list.
import type { Figure } from './figures.js';
import type { Why } from './groups.js';
import type { Paragraph } from './text.js';

const NAME = /^[，、；,;\s]*([\u4e00-\u9fffA-Za-z“”"·][\u4e00-\u9fffA-Za-z“”"·、]{0,23})[：:]?\s*$/;
const NOT_A_PART =
  /其中|包括|主要|等|含|如|约|以上|累计|合计|共计|总计|预算数|决算数|^预算|^决算|计划|目标|实际|完成|到位|拨付|支付|执行|结余|结转|上年|去年|同期|同比|人均|户均|平均|每|年|月|日|期|批|号/;

/** The reason a bracket after `total` lists all of it, or null. `open` is the offset of its （. */
export function bracketBreakdown(p: Paragraph, open: number, total: Figure, parts: Figure[]): Why | null {
  if (parts.length < 2 || total.q.qualifier !== 'exact' || total.role !== 'level') return null;
  if (p.text.slice(total.end, open).trim() !== '') return null;
  let prev = open + 1;
  for (const f of parts) {
    if (f.q.qualifier !== 'exact' || f.role !== 'level' || f.q.unit !== total.q.unit) return null;
    const name = NAME.exec(p.text.slice(prev, f.start))?.[1];
    if (!name || NOT_A_PART.test(name)) return null;
    prev = f.end;
  }
  // the bracket closes right after the last item: nothing more (等, 已到位, a date) is said inside it
  if (!/^\s*）/.test(p.text.slice(prev, prev + 4))) return null;
  return {
    zh: '括号内逐项列出总数的构成（无“其中/主要/等”），为全部列举',
    en: 'the bracket right after the total lists its items and nothing else (no 其中 / 主要 / 等): all of it',
  };
}
