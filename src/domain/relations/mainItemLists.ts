// "…甲收入80亿元，…。主要甲收入项目情况：⏎1.子项A 30亿元，增长5%。⏎2.子项B 20亿元…⏎3.C类中，子项C1 6亿元；
// 子项C2 4亿元。⏎4.丁、戊等其他甲收入20亿元。" — a paragraph closing with a sentence that only names a total
// (主要X项目情况：, no figure in it) opens a numbered list of X's items, X the one amount of that paragraph
// whose name ends with X. An item that is a group with no amount of its own (C类中，…；…) gives each of its
// amounts. 主要 lists the main items: a subset, unless the last item is the rest of X (等其他X).
import type { Ctx, Group } from './context.js';
import { cleanLabel, compatible, type Figure } from './figures.js';
import { exhaustiveness, judgeGroup, register } from './groups.js';
import { markOf } from './cuelessRuns.js';

/** The closing sentence: 主要X(项目|科目)情况(如下)：— X the name of a total. */
const CUE = /(?:^|[。；])\s*主要([\u4e00-\u9fff“”"]{2,12}?)(?:项目|科目)?(?:完成|执行)?情况(?:如下)?[：:]\s*$/;
/** An item paragraph opening with a group name and no amount of its own: C类中，/ C类方面，. */
const GROUP_HEAD = /^[^，。；：\d]{2,16}(?:中|方面)[，,：:]/;
/** The last item is the rest of the total: …等其他X. */
const REST = /等其[他它]([\u4e00-\u9fff]{2,10})$/;

const isLevel = (f: Figure): boolean => f.role === 'level' && f.q.kind === 'money' && f.depth === 0 && !f.prior;

function totalNamed(ctx: Ctx, pi: number, name: string): Figure | null {
  const hits = ctx.byPara[pi]!.filter((f) => isLevel(f) && cleanLabel(f.label).endsWith(name));
  return hits.length === 1 ? hits[0]! : null;
}

/** The amounts of one numbered item: its opening amount, or each amount of a group item. */
function itemParts(ctx: Ctx, pj: number, total: Figure): Figure[] | null {
  const text = ctx.paras[pj]!.text.replace(/^\s*(?:\d{1,2}[、.．]|（\d{1,2}）|\(\d{1,2}\))\s*/, '');
  const fs = ctx.byPara[pj]!;
  const ok = (f: Figure) => isLevel(f) && compatible(f, total) && !ctx.partOf.has(f.id) && !!f.label;
  if (GROUP_HEAD.test(text)) {
    const items = fs.filter((f) => f.sentence === 0 && isLevel(f));
    // each amount set off by ；: one item per clause run
    const p = ctx.paras[pj]!;
    const apart = items.slice(1).every((x, i) => /；/.test(p.text.slice(items[i]!.end, x.start)));
    return items.length >= 2 && apart && items.every(ok) ? items : null;
  }
  const f = fs[0];
  return f && f.sentence === 0 && ok(f) ? [f] : null;
}

export function mainItemLists(ctx: Ctx): void {
  ctx.paras.forEach((p, pi) => {
    const m = CUE.exec(p.text);
    if (!m) return;
    const name = m[1]!.replace(/[“”"]/g, '');
    const total = totalNamed(ctx, pi, name);
    if (!total || ctx.totals.has(total.id)) return;
    const parts: Figure[] = [];
    let style = -1;
    for (let pj = pi + 1, n = 1; pj < ctx.paras.length && pj <= pi + 16; pj++, n++) {
      const mark = markOf(ctx.paras[pj]!.text);
      if (!mark || mark.n !== n || (style >= 0 && mark.style !== style)) break;
      style = mark.style;
      const items = itemParts(ctx, pj, total);
      if (!items) return; // an item not read: the list's extent is unknown
      parts.push(...items);
    }
    if (parts.length < 2) return;
    const rest = REST.exec(cleanLabel(parts[parts.length - 1]!.lead))?.[1];
    const closed = !!rest && cleanLabel(total.label).endsWith(rest);
    const ex = closed
      ? { exhaustive: true, zh: `末项“其他${rest}”为其余部分，所列为全部`, en: `the last item is the rest (其他${rest}), so the items are all of it` }
      : exhaustiveness(`主要${name}情况`, total, parts, false);
    const g: Group = { total, parts, exhaustive: ex.exhaustive, mode: 'level', cue: `主要${name}情况`, named: true };
    register(ctx, g);
    judgeGroup(ctx, g, { zh: `“主要${name}情况”后逐条编号列出：${ex.zh}`, en: `“main items of ${name}” opens a numbered list: ${ex.en}` });
  });
}
