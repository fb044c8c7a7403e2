// A figure corrected in the text: "上报A户，（因…）核减d户，实际B户" — B = A − d. 自评 reports state the number
// reported or allocated first, then what was taken off (减少 / 核减 / 调减 / 剔除 / 扣除 / 清退) and what is left as
// 实际 / 最终 / 调整后 / 核定. Read only when all three stand in that order in one paragraph (the cut in the
// whole's sentence or the next one, the result right after the cut), the whole names a reported or planned amount
// (上报 / 申报 / 下达 / 计划 / 安排 …) and the result says it is the actual one. Several units written together
// (11200户26940人) are read unit by unit. 其中 parts between the whole and the cut, figures in parentheses and
// comparisons (比上年减少) are passed over; without the 实际 word nothing is asserted (a cut may be one of several).
import { finestPrecision } from './compare.js';
import { addDifference, type Ctx } from './context.js';
import { compatible, type Figure } from './figures.js';
import { clauseAfter, MIXED_PHRASE_STOPS } from './text.js';

const CUT = /(?:减少|核减|调减|剔除|扣除|扣减|清退|退出|取消)了?(?:资金|补助|补贴)?(?:为|是|共)?$/;
const RESULT = /(?:实际|最终|调整后|核减后|调减后|剔除后|核定|实有)/;
const WHOLE = /(?:上报|申报|报送|审核|初审|摸底|登记|下达|安排|计划|预算|核定|原)/;
// 实际支出 / 已拨付 after a cut allocation is progress, not the corrected amount (unless the whole says so too)
const PROGRESS = /支出|支付|拨付|使用|发放|执行|完成|到位|兑付/g;
const COMPARE = /比|较|同比|环比|相比|对比|上年|去年/;

const clause = (f: Figure) => clauseAfter(f.lead, MIXED_PHRASE_STOPS).replace(/\s|(?:19|20)\d\d年(?:度)?/g, '');
const usable = (f: Figure) => f.q.qualifier === 'exact' && f.depth === 0 && f.q.kind !== 'percent' && f.q.unit !== '';

/** A figure and the ones written right after it with nothing between (11200户26940人). */
function groupAt(figs: Figure[], i: number): Figure[] {
  const g = [figs[i]!];
  for (let j = i + 1; j < figs.length && figs[j]!.lead === '' && figs[j]!.sentence === figs[i]!.sentence; j++) g.push(figs[j]!);
  return g;
}

export function findCorrections(ctx: Ctx): void {
  for (const figs of ctx.byPara) {
    for (let i = 1; i < figs.length; i++) {
      const cut = figs[i]!;
      if (!usable(cut) || cut.lead === '' || !CUT.test(clause(cut)) || COMPARE.test(clause(cut))) continue;
      const cuts = groupAt(figs, i);
      const next = i + cuts.length;
      if (next >= figs.length) continue;
      const result = figs[next]!;
      if (!usable(result) || result.sentence - cut.sentence > 1 || !RESULT.test(clause(result)) || CUT.test(clause(result))) continue;
      const results = groupAt(figs, next);
      // the whole: the last figure before the cut outside any 其中 list and any parenthesis, then its group
      let w = i - 1;
      while (w >= 0 && (ctx.partOf.has(figs[w]!.id) || figs[w]!.depth > 0)) w--;
      while (w > 0 && figs[w]!.lead === '' && figs[w - 1]!.sentence === figs[w]!.sentence) w--;
      if (w < 0 || cut.sentence - figs[w]!.sentence > 1) continue;
      const whole = figs[w]!;
      if (!usable(whole) || !WHOLE.test(clause(whole)) || CUT.test(clause(whole)) || RESULT.test(clause(whole))) continue;
      const progress = clause(result).match(PROGRESS) ?? [];
      if (progress.some((v) => !clause(whole).includes(v))) continue;
      const wholes = groupAt(figs, w);
      for (const d of cuts) {
        const a = wholes.find((f) => f.q.unit === d.q.unit && compatible(f, d));
        const b = results.find((f) => f.q.unit === d.q.unit && compatible(f, d));
        if (!a || !b || !usable(d) || !usable(a) || !usable(b)) continue;
        addDifference(ctx, b, [a, d], {
          room: finestPrecision([a, d, b].map((f) => f.q)) ?? '0',
          reason: `“${clause(cut)}”后“${clause(result)}”：${a.q.text} − ${d.q.text}`,
          reasonEn: 'a corrected figure: the amount reported less the amount taken off is the actual one',
        });
      }
    }
  }
}
