// A per-head amount: "全年培训480人次，培训费14.40万元，人均300元" — the one amount of money over the one count of
// people written before it in its sentence. A standard (人均标准 / 不超过), an approximate figure, or a second amount
// or count in the sentence: nothing asserted.
import { cmp, div, sub, add as plus, mul } from '../decimal.js';
import { halfStep } from '../quantity/index.js';
import { add, inSentence, type Ctx } from './context.js';
import type { Figure } from './figures.js';

const PER_HEAD = /^[，,]?人均(?:[\u4e00-\u9fff]{0,6}?(?:费用?|支出|经费|补助|成本))?(?:为|约为|达|是)?$/;
const PEOPLE = /^(?:人|人次|名)$/;

const exact = (f: Figure) => f.q.qualifier === 'exact' && f.depth === 0 && f.role === 'level';

export function findPerHead(ctx: Ctx): void {
  for (const x of ctx.figs) {
    if (x.q.kind !== 'money' || !exact(x) || !PER_HEAD.test(x.lead.replace(/\s/g, ''))) continue;
    const before = inSentence(ctx, x.para, x.sentence).filter((f) => f.end <= x.start);
    const money = before.filter((f) => f.q.kind === 'money');
    const counts = before.filter((f) => f.q.kind !== 'money' && f.q.kind !== 'percent');
    if (money.length !== 1 || counts.length !== 1) continue;
    const [total, n] = [money[0]!, counts[0]!];
    if (!exact(total) || !exact(n) || !PEOPLE.test(n.q.unit) || cmp(n.q.value, '0') <= 0) continue;
    const computed = div(total.q.value, n.q.value);
    // the rounding of the total spread over the heads, and half a step of the per-head amount as written
    const room = plus(div(halfStep(total.q), n.q.value), halfStep(x.q));
    const fits = cmp(mul(sub(x.q.value, computed), cmp(x.q.value, computed) < 0 ? -1 : 1), room) <= 0;
    add(ctx, {
      kind: 'rate',
      verdict: fits ? 'ok' : 'error',
      stated: x,
      computed,
      parts: [total, n],
      reason: `“人均”：${total.label || ''} ${total.q.text} ÷ ${n.q.text}`,
      reasonEn: 'a per-head amount: the amount over the number of people',
    });
  }
}
