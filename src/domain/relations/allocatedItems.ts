// "具体安排情况是：" (分配 / 使用 / 下达…如下：) after the sentences that state the amount, the list inline after it
// (or in the next paragraph when the cue ends one):
//   下达奖补资金t万元，其中：…。按会议审定，全部安排到乡镇。具体安排情况是：
//   甲镇（3个）：…，资金a万元，乙镇（2个）：…，资金b万元，…
// The amounts of the list's sentence are parts of the one amount the paragraph allocates
// (the only one of it that is no part of another list). A subset: the text does not say they are all of it.
import type { Ctx, Group } from './context.js';
import { compatible } from './figures.js';
import { judgeGroup, register } from './groups.js';
import { itemised, partsAfter } from './listParts.js';

const OPENS = /(?:具体)?(?:安排|分配|使用|下达)(?:情况|明细)(?:是|为|如下)[：:]/g;
const NUMBERED = /^\s*(?:\d+[.、．]|（[\d一二三四五六七八九十]+）|[一二三四五六七八九十]+、|[①-⑳])/;
const ALLOCATES = /下达|安排|分配|拨付|下拨/;

export function findAllocatedItems(ctx: Ctx): void {
  ctx.paras.forEach((p, pi) => {
    for (const m of p.text.matchAll(OPENS)) {
      const at = m.index + m[0].length;
      // the list after the cue in its paragraph, or in the next one when the cue ends the paragraph
      const here = (ctx.byPara[pi] ?? []).some((f) => f.start >= at);
      const [lp, from] = here ? [pi, at] : [pi + 1, 0];
      const list = ctx.paras[lp];
      if (!list || (!here && NUMBERED.test(list.text))) continue;
      const { parts, etc } = partsAfter(ctx, lp, from, '如下');
      if (parts.length < 2 || etc || parts.some((f) => ctx.partOf.has(f.id) || f.q.kind !== 'money') || !itemised(list, parts)) continue;
      const own = (ctx.byPara[pi] ?? []).filter(
        (f) =>
          f.end <= m.index && f.role === 'level' && f.depth === 0 && f.q.qualifier === 'exact' && !f.prior && !ctx.partOf.has(f.id) && compatible(f, parts[0]!),
      );
      const total = own.length === 1 ? own[0]! : null;
      if (!total || !ALLOCATES.test(p.text.slice(p.sentenceStarts[total.sentence] ?? 0, total.start))) continue;
      const g: Group = { total, parts, exhaustive: false, mode: 'level', cue: '如下', named: true };
      register(ctx, g);
      judgeGroup(ctx, g, { zh: '“具体安排情况”后所列各项', en: 'the items listed after “具体安排情况”' });
    }
  });
}
