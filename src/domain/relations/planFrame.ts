// "根据年初计划，项目总投资T，其中省级资金P，目前已下达A，完成年初计划的X%": the sentence opens with the plan the
// rate names, so the amounts before the one done are that plan — a whole and its 其中 parts. Which of them the
// amount done is of, the text does not say (下达 is of the 省级 part, 完成投资 of the whole): the rate holds when it
// fits one of them, and is an error only when it fits none.
import { judgeRange, ratio } from './compare.js';
import { addRatio, inSentence, type Ctx } from './context.js';
import { compatible, type Figure } from './figures.js';

const NAMED_PLAN = /(?:^|[，,])(?:完成|达到)((?:年初|年度|全年|本年)?(?:计划|目标|任务))(?:数)?的$/;

export function ofPlanFrame(ctx: Ctx, r: Figure, num: Figure, tail: string): boolean {
  const word = NAMED_PLAN.exec(tail.replace(/\s/g, ''))?.[1];
  if (!word || num.role !== 'level' || num.q.kind !== 'money' || num.q.qualifier !== 'exact') return false;
  const fs = inSentence(ctx, r.para, r.sentence);
  // nothing between the amount done and the rate
  if (fs[fs.indexOf(r) - 1] !== num) return false;
  const plans = fs.filter((f) => f.end <= num.start);
  if (!plans.length) return false;
  const [whole, ...parts] = plans as [Figure, ...Figure[]];
  if (plans.some((f) => f.role !== 'level' || f.q.kind !== 'money' || f.q.qualifier !== 'exact' || f.depth !== 0 || f.prior || !compatible(f, num)))
    return false;
  if (parts.some((f) => ctx.partOf.get(f.id)?.total !== whole)) return false;
  // the sentence itself names the plan before its figures (根据年初计划，…)
  const p = ctx.paras[r.para]!;
  if (!p.text.slice(p.sentenceStarts[r.sentence]!, whole.start).replace(/\s/g, '').includes(word)) return false;
  const readings = plans.map((den) => ({ den, q: ratio(num.q, den.q) })).filter((x) => x.q);
  if (!readings.length) return false;
  const fits = readings.find((x) => judgeRange(r.q, r.q.value, x.q!.exact, x.q!.lo, x.q!.hi) !== 'error');
  // none fits: judged against the nearest reading (the computed value closest to the stated rate)
  const gap = (x: (typeof readings)[number]) => Math.abs(Number(x.q!.exact) - Number(r.q.value));
  const pick = fits ?? readings.reduce((a, b) => (gap(b) < gap(a) ? b : a));
  const names = plans.map((f) => `${f.label || ''} ${f.q.text}`.trim()).join('、');
  return addRatio(ctx, r, num.q, pick.den.q, {
    parts: [num, pick.den],
    reason: `“完成${word}的X%”：句首所说的${word}为 ${names}，完成数 ${num.q.text} 除以其中之一`,
    reasonEn: `the sentence opens with the plan the rate names; the amount done over one of the planned amounts (${plans.length})`,
  });
}
