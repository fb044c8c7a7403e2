// Numbered items under a numbered item, each opening with its amount, in running text (公告, 决算说明 whose
// outline was flattened into one paragraph or kept on lines):
//   一、群众体育a（其中补助地方x） （一）健身活动b，其中… 1、运动会c；2、示范活动d；3、其他活动e。 （二）场地f …
// The items one level down, numbered 1, 2, 3 … without a gap, are the uses of the item's amount. They are all
// of it when the text closes the list with an item of 其他 (其他活动, 其他支出), or when the outline is
// confirmed by its own figures: at least two other items of the document add up exactly to their children,
// and at most two do not (one changed figure breaks its item and the item above). Otherwise nothing is read.
import { judgeSum } from './compare.js';
import type { Ctx, Group } from './context.js';
import { cleanLabel, type Figure } from './figures.js';
import { judgeGroup, register } from './groups.js';
import { cmp } from '../decimal.js';

const CN = '一二三四五六七八九十';
const MARK = /(?:^|(?<=[\s。；：]))(?:([一二三四五六七八九十]{1,3})、|（([一二三四五六七八九十]{1,3})）|(\d{1,2})、(?!\d)|（(\d{1,2})）)/g;

interface Item {
  kind: number; // 0 一、 1 （一） 2 1、 3 （1）
  n: number;
  amount: Figure | null;
  label: string;
  children: Item[];
}

const cnNumber = (s: string): number => {
  if (s.length === 1) return CN.indexOf(s) + 1;
  if (s.startsWith('十')) return 10 + CN.indexOf(s[1]!) + 1;
  const tens = CN.indexOf(s[0]!) + 1;
  return s.length === 2 ? tens * 10 : tens * 10 + CN.indexOf(s[2]!) + 1;
};

function itemsOf(ctx: Ctx): Item[] {
  const out: Item[] = [];
  ctx.paras.forEach((p, pi) => {
    const figs = ctx.byPara[pi] ?? [];
    const marks = [...p.text.matchAll(MARK)];
    marks.forEach((m, k) => {
      const end = m.index + m[0].length;
      const next = marks[k + 1]?.index ?? p.text.length;
      const kind = m[1] ? 0 : m[2] ? 1 : m[3] ? 2 : 3;
      const n = kind < 2 ? cnNumber((m[1] ?? m[2])!) : Number(m[3] ?? m[4]);
      // the item's amount: the first figure of its first clause, outside brackets
      const f = figs.find((x) => x.start >= end && x.start < next);
      const lead = f ? p.text.slice(end, f.start) : '';
      const amount = f && f.q.kind === 'money' && f.role === 'level' && !f.prior && f.depth === 0 && lead.length <= 40 && !/[，。；：,]/.test(lead) ? f : null;
      out.push({ kind, n, amount, label: cleanLabel(lead), children: [] });
    });
  });
  return out;
}

/** Items nested by marker kind: a kind met again closes the deeper ones; a new kind opens a level. */
function tree(items: Item[]): Item[] {
  const roots: Item[] = [];
  const stack: Item[] = [];
  for (const it of items) {
    const at = stack.findIndex((x) => x.kind === it.kind);
    if (at >= 0) stack.length = at;
    (stack.length ? stack[stack.length - 1]!.children : roots).push(it);
    stack.push(it);
  }
  return roots;
}

interface Node {
  item: Item;
  parts: Figure[];
  holds: boolean;
}

function nodes(roots: Item[]): Node[] {
  const out: Node[] = [];
  const walk = (it: Item) => {
    const c = it.children;
    if (it.amount && c.length >= 2 && c.every((x, k) => x.amount && x.n === k + 1)) {
      const parts = c.map((x) => x.amount!);
      const holds = judgeSum(
        it.amount.q,
        parts.map((x) => x.q),
      ).verdict;
      out.push({ item: it, parts, holds: holds === 'ok' && parts.filter((x) => cmp(x.q.value, '0') !== 0).length >= 2 });
    }
    c.forEach(walk);
  };
  roots.forEach(walk);
  return out;
}

export function outlineItems(ctx: Ctx): void {
  if (!ctx.paras.some((p) => /、|（[一二三四五六七八九十\d]）/.test(p.text))) return;
  const all = nodes(tree(itemsOf(ctx)));
  if (!all.length) return;
  const held = all.filter((x) => x.holds).length;
  const failed = all.length - held;
  for (const node of all) {
    const { item, parts } = node;
    const total = item.amount!;
    const units = new Set([total.q.unit, ...parts.map((x) => x.q.unit)]);
    if (units.size > 1 || parts.some((x) => x.q.qualifier !== 'exact') || total.q.qualifier !== 'exact') continue;
    if (parts.some((x) => ctx.partOf.get(x.id)?.exhaustive)) continue;
    const rest = item.children[item.children.length - 1]!.label.startsWith('其他');
    const confirmed = held - (node.holds ? 1 : 0) >= 2 && failed - (node.holds ? 0 : 1) <= 1;
    if (!rest && !confirmed) continue;
    const g: Group = { total, parts, exhaustive: true, mode: 'level', cue: '一、（一）1、' };
    register(ctx, g);
    judgeGroup(
      ctx,
      g,
      rest
        ? { zh: `编号下列各项以“其他”收尾，为“${item.label}”的全部`, en: `the numbered items under it close with 其他: they are all of it` }
        : {
            zh: `编号下列各项为“${item.label}”的分项（文中其他${held}处编号分项均相加一致）`,
            en: `the numbered items under it are its parts (the document's other numbered items add up the same way)`,
          },
    );
  }
}
