// A multiple: "本年支出A，是上年B的N倍" / "A，相当于B的N倍" — N = A ÷ B, the two amounts written one right after the
// other in one clause run, the multiple right after the second. 增长N倍 (a growth, read two ways in practice),
// 近/约/多 (a bound) and anything between the three figures: nothing asserted.
import { cmp, div, sub, add as plus } from '../decimal.js';
import { halfStep } from '../quantity/index.js';
import { ratio } from './compare.js';
import { add, inSentence, type Ctx } from './context.js';
import { compatible, type Figure } from './figures.js';

// B's lead: the copula and B's name (是上年 / 为2023年的 / 相当于预算数); no growth word
const OF = /^[，,]?(?:是|为|相当于|达到?)[^，,；;。\d]{0,12}$/;
const GROWTH = /增长|增加|提高|翻/;

const usable = (f: Figure | undefined): f is Figure => !!f && f.q.qualifier === 'exact' && f.depth === 0 && f.role === 'level';

export function findMultiples(ctx: Ctx): void {
  for (const n of ctx.figs) {
    if (n.q.unit !== '倍' || n.q.qualifier !== 'exact' || !/^的$/.test(n.lead.trim())) continue;
    const p = ctx.paras[n.para]!;
    // 3倍多 / 3倍左右: a bound
    if (/^(?:多|余|以上|左右)/.test(p.text.slice(n.end, n.end + 2))) continue;
    const fs = inSentence(ctx, n.para, n.sentence);
    const i = fs.indexOf(n);
    const [a, b] = [fs[i - 2], fs[i - 1]];
    if (!usable(a) || !usable(b) || a.q.kind === 'percent' || !compatible(a, b) || cmp(b.q.value, '0') <= 0) continue;
    if (!OF.test(b.lead.replace(/\s/g, '')) || GROWTH.test(b.lead) || /[；;。]/.test(p.text.slice(a.end, n.start))) continue;
    const q = ratio(a.q, b.q);
    if (!q) continue;
    // the range of A ÷ B over the rounding of the two, widened by half a step of N as written
    const h = halfStep(n.q);
    const [lo, hi] = [sub(div(q.lo, 100), h), plus(div(q.hi, 100), h)];
    const fits = cmp(n.q.value, lo) >= 0 && cmp(n.q.value, hi) <= 0;
    add(ctx, {
      kind: 'rate',
      verdict: fits ? 'ok' : 'error',
      stated: n,
      computed: div(q.exact, 100),
      parts: [a, b],
      reason: `“是…的N倍”：${a.label || ''} ${a.q.text} ÷ ${b.label || ''} ${b.q.text}`,
      reasonEn: 'a multiple: the first amount over the second',
    });
  }
}
