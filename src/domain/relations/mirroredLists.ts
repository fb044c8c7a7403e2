// Two 其中 lists of the same items, as a 自评表's 预期目标 and 实际完成情况 state them:
//   申请预算资金120万元。其中：40万元用于A；50万元用于B；30万元用于C。
//   共支出资金118.5万元。其中：40万元用于A；48.5万元用于B；30万元用于C。
// Read alone, each is a subset (Σ ≤ total). When one of them adds up to its total exactly, the list of those
// items is the whole breakdown, so the other list — the same items, in the same order — must add up too.
// Precision first: at least two items, every item named alike (its label or the words after its amount),
// money only, within three paragraphs; when neither list adds up nothing is said.
import { judgeSum } from './compare.js';
import { addSum, type Ctx, type Group } from './context.js';
import type { Figure } from './figures.js';

const SPAN = 3;

/** What an item is: its label, else the words right after its amount (用于河道清淤). */
function itemName(ctx: Ctx, f: Figure): string {
  const after = ctx.paras[f.para]!.text.slice(f.end, f.end + 40);
  const words = /^[^，；。,;、（）()\d]*/.exec(after)![0].trim();
  return `${f.label.trim()}|${words}`;
}

const open = (g: Group) =>
  g.mode === 'level' && !g.exhaustive && g.parts.length >= 2 && [g.total, ...g.parts].every((f) => f.q.kind === 'money' && f.q.qualifier === 'exact');

export function findMirroredLists(ctx: Ctx): void {
  const lists = ctx.groups.filter(open);
  const done = new Set<Group>();
  lists.forEach((a, i) => {
    const names = a.parts.map((p) => itemName(ctx, p));
    if (names.some((n) => n.replace('|', '').length < 2) || new Set(names).size !== names.length) return;
    for (const b of lists.slice(i + 1)) {
      if (b.total.para - a.total.para > SPAN) break;
      if (b.parts.length !== a.parts.length || b.total === a.total) continue;
      if (!b.parts.every((p, k) => itemName(ctx, p) === names[k])) continue;
      const ja = judgeSum(
        a.total.q,
        a.parts.map((p) => p.q),
      );
      const jb = judgeSum(
        b.total.q,
        b.parts.map((p) => p.q),
      );
      // one adds up: the items are the whole of both totals
      if (ja.verdict === 'ok' && !done.has(b)) mirror(ctx, b, a);
      if (jb.verdict === 'ok' && !done.has(a)) mirror(ctx, a, b);
      done.add(a).add(b);
      break;
    }
  });
}

function mirror(ctx: Ctx, g: Group, whole: Group): void {
  // a list another rule already reads as a whole (two yearly lists, a 合计 after it) is left to it
  if (ctx.relations.some((r) => r.kind === 'sum' && r.stated === Number(g.total.q.value) && r.line === g.total.line + 1)) return;
  addSum(ctx, g.total, g.parts, {
    reason: `与“${whole.total.label || whole.total.q.text}”所列同样的${g.parts.length}项，彼处各项之和等于总数，此处也应等于总数`,
    reasonEn: `the same ${g.parts.length} items as the list of ${whole.total.q.text}, which adds up to its total: this list must add up as well`,
  });
}
