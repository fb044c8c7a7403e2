// A level moved from one amount to another, then the amount of the move, in one sentence (预算调整方案):
//   A由年初预算X万元调整为Y万元，调增Z万元      B由X万元减少到Y万元，减少Z万元
// Z = Y − X (调减 / 减少: X − Y). Only when the three amounts follow one another, nothing but the move words
// between them, all exact and of one unit; the direction word then says which way (the wrong one is an error).
import { sub } from '../decimal.js';
import { halfStepSum } from './compare.js';
import { addChange, inSentence, type Ctx } from './context.js';
import { compatible, type Figure } from './figures.js';

const FROM = /(?:从|由)(?:年初预算|年初|预算|原预算|原|上年)?(?:的|数)?$/;
const TO = /^(?:调整|增加|减少|提高|降低|上调|下调|调增|调减|变更|调)?(?:为|到|至)$/;
const MOVE = /^[，,]?(?:共|合计)?(调增|调减|增加|减少|追加|核减|核增|增|减)(?:了)?$/;
const DOWN = /调减|减少|核减|^减$/;

const amount = (f: Figure | undefined): f is Figure => !!f && f.q.kind === 'money' && f.q.qualifier === 'exact' && f.depth === 0;
const squeezed = (s: string) => s.replace(/\s/g, '');

export function findFromToAmounts(ctx: Ctx): void {
  ctx.paras.forEach((_, pi) => {
    (ctx.bySentence[pi] ?? []).forEach((_fs, si) => {
      const fs = inSentence(ctx, pi, si);
      for (let i = 2; i < fs.length; i++) {
        const [a, b, c] = [fs[i - 2], fs[i - 1], fs[i]];
        if (!amount(a) || !amount(b) || !amount(c) || !compatible(a, b) || !compatible(a, c)) continue;
        const m = MOVE.exec(squeezed(c.lead));
        if (!m || !FROM.test(squeezed(a.lead)) || !TO.test(squeezed(b.lead))) continue;
        const sign = DOWN.test(m[1]!) ? -1 : 1;
        addChange(ctx, c, sub(b.q.value, a.q.value), halfStepSum([a.q, b.q]), {
          parts: [b, a],
          sign,
          reason: `由${a.q.text}${squeezed(b.lead)}${b.q.text}，${m[1]}${c.q.text}：${m[1]}额 = ${sign < 0 ? `${a.q.text} − ${b.q.text}` : `${b.q.text} − ${a.q.text}`}`,
          reasonEn: `moved from ${a.q.text} to ${b.q.text}: the amount of the move is their difference`,
        });
      }
    });
  });
}
