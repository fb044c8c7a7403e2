// A level moving from one figure to another, then its rate of change, in one sentence:
//   经费从去年的A亿元减少到今年的B亿元，降幅达r%      由A万元增加至B万元，增长r%
// r = (B − A) ÷ A, the direction word agreeing with the move. Only when nothing stands between the two
// levels and the rate, and both levels are exact (近115亿元 is no base).
import { addLevelsRate, inSentence, type Ctx } from './context.js';
import { compatible, type Figure } from './figures.js';

const FROM = /(?:从|由)[^，；。、\d]{0,12}$/;
const TO = /^[^，；。\d]{0,12}(?:到|至|为)[^，；。\d]{0,8}$/;
const RATE = /(?:增长|增幅|涨幅|提高|上升|增加|下降|降幅|减幅|减少|降低|回落)(?:了|达到|达|为|约)?$/;
const DOWN = /下降|降幅|减幅|减少|降低|回落/;

const level = (f: Figure) => f.q.kind !== 'percent' && f.q.qualifier === 'exact' && f.depth === 0 && f.role !== 'share' && f.role !== 'rate';

export function findFromTo(ctx: Ctx): void {
  for (const r of ctx.figs) {
    if (r.q.kind !== 'percent' || r.depth !== 0 || r.q.qualifier !== 'exact') continue;
    const m = RATE.exec(r.lead.replace(/\s/g, ''));
    // 年均增长 over several years is no (B − A) ÷ A
    if (!m || /年均|平均|每年|复合/.test(r.lead)) continue;
    const fs = inSentence(ctx, r.para, r.sentence);
    const i = fs.indexOf(r);
    const [a, b] = [fs[i - 2], fs[i - 1]];
    if (!a || !b || !level(a) || !level(b) || !compatible(a, b)) continue;
    // the rate's own clause follows the second level directly (…到B，降幅达r%)
    if (!/^[，,]?[^，；。\d]{0,6}$/.test(r.lead.replace(/\s/g, '').slice(0, -m[0].length))) continue;
    if (!FROM.test(a.lead.replace(/\s/g, '')) || !TO.test(b.lead.replace(/\s/g, ''))) continue;
    const sign: 1 | -1 = DOWN.test(m[0]) ? -1 : 1;
    addLevelsRate(ctx, { ...r, sign }, b, a, {
      reason: `从${a.q.text}到${b.q.text}：变动率 = (${b.q.text} − ${a.q.text}) ÷ ${a.q.text}`,
      reasonEn: 'a move from one level to another: the rate is the change over the level it started from',
    });
  }
}
