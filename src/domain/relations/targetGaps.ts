// The gap between an indicator's target and what was done, in one sentence of a self-evaluation:
//   计划培训300人次，实际培训320人次，超出计划20人次。        → 20 = 320 − 300
//   覆盖率目标值为95%，实际完成值为97%，高于目标值2个百分点。 → 2 = 97 − 95 (percentages: 个百分点)
//   计划完成12项，实际完成10项，较计划少2项。               → 2 = 12 − 10, the direction agreeing
// The target, the actual and the gap stand in that order, one of each, the gap naming the target (超出计划,
// 低于目标值, 比计划多 …); the units agree (人次 and 人次; % and 个百分点). Anything else relates nothing.
import { sub } from '../decimal.js';
import { halfStepSum } from './compare.js';
import { addChange, inSentence, type Ctx } from './context.js';
import type { Figure } from './figures.js';
import { clauseAfter, ITEM_STOPS } from './text.js';
import { changeSign } from './changeLexicon.js';

const TARGET = /计划|目标|指标值|任务|预期|预算/;
// 预算数A，完成B，（完成预算的r%，）超收/短收C: against a budget the words say the direction themselves
const BUDGET_GAP = /^(超收|超支|短收|节支)(?:了)?(?:为)?$/;
const ACTUAL = /实际|完成|达到|实现/;
const COMPLETED_BUDGET = /^完成(?:年初|全年|调整后?)?预算数?$/;
const GAP =
  /(?:(超出|超过|高于|多于|超额完成)(?:了)?(?:年度)?(?:计划|目标值?|指标值|任务|预期)(?:数|值)?|(?:比|较|与)(?:年度)?(?:计划|目标值?|指标值|任务|预期)(?:数|值)?(?:相比)?[，,]?(多|少|增加|减少|高|低|超出|超额完成)(?:了)?|(低于|少于|未达到?)(?:年度)?(?:计划|目标值?|指标值|任务|预期)(?:数|值)?|(偏差|差额|差距)(?:为|是)?)(?:为|是)?$/;

const clause = (lead: string) => clauseAfter(lead, ITEM_STOPS, 'trim');

function signOf(m: RegExpExecArray): number {
  const w = m[1] ?? m[2] ?? m[3] ?? '';
  if (m[4]) return 0; // 偏差 alone says no direction
  // 低于/少于/未达 below the target; 比计划少/减少/低: a fall of the lexicon, or 低 (a word of level, not of change)
  if (m[3] || w === '低') return -1;
  return changeSign(w) < 0 ? -1 : 1;
}

/** Same unit, or a percentage gap in 个百分点 (or %) between two rates. */
function unitsAgree(t: Figure, a: Figure, d: Figure): boolean {
  if (t.q.unit !== a.q.unit) return false;
  if (t.q.unit === '%') return d.q.unit === '个百分点' || d.q.unit === '%';
  return d.q.unit === t.q.unit && t.q.kind === d.q.kind;
}

export function findTargetGaps(ctx: Ctx): void {
  ctx.bySentence.forEach((sentences, pi) =>
    sentences.forEach((_, si) => {
      const fs = inSentence(ctx, pi, si);
      fs.forEach((d, k) => {
        if (k < 2) return;
        const words = clauseAfter(d.lead, ITEM_STOPS, 'drop');
        const budget = d.q.kind === 'money' ? BUDGET_GAP.exec(words) : null;
        const m = budget ? ([words, /短收|节支/.test(budget[1]!) ? '少' : '多'] as unknown as RegExpExecArray) : GAP.exec(words);
        if (!m) return;
        // (a rate between: 完成预算的96.85%)
        const money = budget ? fs.slice(0, k).filter((f) => f.q.kind === 'money') : [];
        let [t, a] = budget ? [money[money.length - 2], money[money.length - 1]] : [fs[k - 2]!, fs[k - 1]!];
        if (!t || !a) return;
        // 收入A，完成预算B的r%，超收C: the budget after the amount, as what it was completed against
        const after =
          !!budget &&
          COMPLETED_BUDGET.test(clauseAfter(a.lead, ITEM_STOPS, 'drop')) &&
          t.role === 'level' &&
          !/计划|目标|任务|预期|预算数?$/.test(clause(t.lead));
        if (after) [t, a] = [a, t];
        else if (budget && !/预算/.test(clause(t.lead))) return;
        else if (!TARGET.test(clause(t.lead)) || TARGET.test(clause(a.lead)) || !ACTUAL.test(clause(a.lead))) return;
        if (!unitsAgree(t, a, d) || [t, a, d].some((f) => f.q.qualifier !== 'exact') || [t, a].some((f) => f.role === 'change')) return;
        const sign = signOf(m);
        const diff = sub(a.q.value, t.q.value);
        const room = halfStepSum([a.q, t.q]);
        addChange(ctx, d, diff, room, {
          sign: sign === 0 ? (Number(diff) >= 0 ? 1 : -1) : sign,
          parts: [a, t],
          reason:
            sign !== 0 && Number(diff) * sign < 0
              ? `实际 ${a.q.text} ${Number(diff) > 0 ? '高于' : '低于'}目标 ${t.q.text}，文中写为“${m[1] ?? m[2] ?? m[3]}”`
              : `实际 ${a.q.text} 与目标 ${t.q.text} 之差`,
          reasonEn: 'the gap between the actual and the target',
        });
      });
    }),
  );
}
