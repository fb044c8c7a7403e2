// 比2013年增加a，年平均增长r%: an average yearly rate over several years is no (change ÷ base) — it is
// the compound rate (S ÷ (S − a))^(1/n) − 1, n the years from the basis year to the figure's own.
// Only a basis year written as a number and a year the figure is of; otherwise the rate is left alone.
import { judgeRange } from './compare.js';
import { add, type Ctx } from './context.js';
import type { Figure } from './figures.js';
import { halfStep } from '../quantity/index.js';
import { yearOfFigure } from './sentenceYears.js';

/** The words of a rate averaged over years (年均增长, 年平均下降, 平均每年, 复合增长率). */
export const AVERAGED = /年均|年平均|平均每?年|每年平均|复合/;

const fixed = (x: number) => x.toFixed(8);

/** Judges r as the compound yearly rate of subject's change c (nothing when the years are not both written). */
export function averageRate(ctx: Ctx, subject: Figure, c: Figure, r: Figure): void {
  const basis = /(?:比|较|与)((?:19|20)\d\d)\s*年度?[^，；。\d]{0,12}$/.exec(c.lead.replace(/\s/g, ''))?.[1];
  const own = yearOfFigure(ctx, subject);
  if (!basis || !own) return;
  const n = Number(own) - Number(basis);
  if (n < 2 || n > 30) return;
  if (subject.q.qualifier !== 'exact' || c.q.qualifier !== 'exact' || r.q.qualifier !== 'exact' || c.sign === 0) return;
  // the rate's word and the change's must go one way (a mixed pair is changes.ts's matter)
  if (r.sign !== 0 && r.sign !== c.sign) return;
  const rate = (s: number, a: number) => {
    const prior = s - c.sign * a;
    return prior > 0 && s > 0 ? (Math.pow(s / prior, 1 / n) - 1) * 100 : NaN;
  };
  const [s, a] = [Number(subject.q.value), Number(c.q.value)];
  const [hs, ha] = [Number(halfStep(subject.q)), Number(halfStep(c.q))];
  const exact = rate(s, a);
  const corners = [rate(s - hs, a - ha), rate(s - hs, a + ha), rate(s + hs, a - ha), rate(s + hs, a + ha)];
  if (!Number.isFinite(exact) || corners.some((x) => !Number.isFinite(x))) return;
  const stated = Math.abs(Number(r.q.value));
  const [e, lo, hi] = [Math.abs(exact), Math.min(...corners.map(Math.abs)), Math.max(...corners.map(Math.abs))];
  const verdict = judgeRange(r.q, fixed(stated), fixed(e), fixed(lo), fixed(hi));
  add(ctx, {
    kind: 'yoy',
    verdict,
    stated: r,
    computed: fixed(e),
    parts: [subject, c],
    reason: `比${basis}年${c.sign > 0 ? '增加' : '减少'}${c.q.text}，${n} 年的年均变动率 = (${subject.q.text} ÷ ${basis}年数)^(1/${n}) − 1，${basis}年数 = ${subject.q.text} ${c.sign > 0 ? '−' : '+'} ${c.q.text}`,
    reasonEn: `an average yearly rate over ${n} years: (current ÷ the ${basis} figure)^(1/${n}) − 1`,
  });
}
