// A form flattened to one "label: value" per line, two breakdowns of one amount interleaved:
//   按收入性质分: t1   按支出性质分: t2   其中: 一般公共预算: a   其中: 基本支出: b   政府性基金: c   项目支出: d …
// Each line goes to the breakdown of its side (…支出 to the spending one, funds and income to the
// other); the rows of a form's breakdown are all of it, so each side adds up to its head.
import type { Ctx } from './context.js';
import type { Figure } from './figures.js';
import { judgeGroup } from './groups.js';

type Side = 'spend' | 'fund';

const HEAD = /^\s*按([^：:，。]{1,8})分\s*[：:]\s*[\d.,]+\s*$/;
const ROW = /^\s*(?:其中\s*[：:]\s*)?([^：:，。\d]{2,24})\s*[：:]\s*([\d.,]*)\s*$/;

function sideOf(name: string, head: boolean): Side | null {
  if (/支出/.test(name) && (head || name.endsWith('支出'))) return 'spend';
  if (head ? /收入|来源|资金/.test(name) : /收入|拨款|资金|预算|基金/.test(name)) return 'fund';
  return null;
}

export function findFormBreakdowns(ctx: Ctx): void {
  let i = 0;
  while (i < ctx.paras.length) {
    const heads: { fig: Figure; side: Side }[] = [];
    let j = i;
    for (; j < ctx.paras.length; j++) {
      const m = HEAD.exec(ctx.paras[j]!.text);
      const fig = ctx.byPara[j]![0];
      const side = m ? sideOf(m[1]!, true) : null;
      if (!m || !fig || !side || heads.some((h) => h.side === side)) break;
      heads.push({ fig, side });
    }
    if (!heads.length) {
      i++;
      continue;
    }
    const parts = new Map<Side, Figure[]>(heads.map((h) => [h.side, []]));
    let bad = false;
    for (; j < ctx.paras.length; j++) {
      const m = ROW.exec(ctx.paras[j]!.text);
      if (!m) break;
      const side = sideOf(m[1]!, false);
      const list = side ? parts.get(side) : undefined;
      if (!list) {
        bad = true;
        break;
      }
      const fig = ctx.byPara[j]![0];
      if (m[2] && fig) list.push(fig);
    }
    i = Math.max(j, i + 1);
    if (bad) continue;
    for (const h of heads) {
      const xs = parts.get(h.side)!;
      if (xs.length < 2 || xs.some((x) => x.q.kind !== h.fig.q.kind || x.q.unit !== h.fig.q.unit || x.q.scale !== h.fig.q.scale)) continue;
      judgeGroup(
        ctx,
        { total: h.fig, parts: xs, exhaustive: true, mode: 'level', cue: '其中' },
        {
          zh: `表单“${h.fig.label}”的各行为全部分项（${h.side === 'spend' ? '按支出' : '按资金来源'}）`,
          en: `a form's breakdown (${h.side === 'spend' ? 'by spending' : 'by source of funds'}): its rows are all of it`,
        },
      );
    }
  }
}
