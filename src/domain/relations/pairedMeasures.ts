// A total and its items each written with a count and a measure:
//   新建渠道30条，长12.5千米，其中支渠4条长5.1千米；斗渠26条长7.4千米；…
// The counts are parts of the count and the lengths of the length: two lists read side by side, item by
// item. A 其中 list, so a subset (the text does not say the items are all of it).
import type { Ctx, Group } from './context.js';
import { compatible, type Figure } from './figures.js';
import { judgeGroup, register } from './groups.js';

// what may stand between a count and its measure: 30条，长12.5千米 / 4条长5.1千米 / 2处共计300平方米
const JOIN = /^[，、]?\s*(?:总|全)?(?:长|长度|面积|总长|共计|合计|总计|共)?(?:为|约|达|计)?$/;
const CUE = /其中[：，]?/g;

const plain = (f: Figure) => f.role === 'level' && f.depth === 0 && f.q.qualifier === 'exact' && f.q.kind !== 'money' && f.q.kind !== 'percent';

export function findPairedMeasures(ctx: Ctx): void {
  ctx.paras.forEach((p, pi) => {
    for (const m of p.text.matchAll(CUE)) {
      if (p.depth[m.index] !== 0) continue;
      const at = m.index;
      const inPara = ctx.byPara[pi] ?? [];
      const before = inPara.filter((f) => f.end <= at);
      const [t1, t2] = before.slice(-2);
      if (!t1 || !t2 || t1.sentence !== t2.sentence || !plain(t1) || !plain(t2) || compatible(t1, t2)) continue;
      if (!JOIN.test(p.text.slice(t1.end, t2.start)) || !/^[，；]?\s*$/.test(p.text.slice(t2.end, at))) continue;
      if (ctx.totals.has(t1.id) || ctx.totals.has(t2.id)) continue;
      const after = inPara.filter((f) => f.start >= at + m[0].length && f.sentence === t2.sentence);
      const counts: Figure[] = [];
      const measures: Figure[] = [];
      for (let i = 0; i + 1 < after.length; i += 2) {
        const [a, b] = [after[i]!, after[i + 1]!];
        if (!plain(a) || !plain(b) || !compatible(a, t1) || !compatible(b, t2) || !JOIN.test(p.text.slice(a.end, b.start))) break;
        // the next item is set off by a mark and names itself (U型渠a条…；B渠b条…), no new list inside
        if (counts.length && (!/[，；、]/.test(p.text.slice(measures.at(-1)!.end, a.start)) || /其中|包括/.test(p.text.slice(measures.at(-1)!.end, a.start))))
          break;
        counts.push(a);
        measures.push(b);
      }
      if (counts.length < 2 || [...counts, ...measures].some((f) => ctx.partOf.has(f.id))) continue;
      const why = { zh: '“其中”：各项同时写明数量和长度（面积），两者分别相加', en: '“其中” items each with a count and a measure, each added up' };
      for (const g of [
        { total: t1, parts: counts },
        { total: t2, parts: measures },
      ]) {
        const group: Group = { ...g, exhaustive: false, mode: 'level', cue: '其中' };
        register(ctx, group);
        judgeGroup(ctx, group, why);
      }
    }
  });
}
