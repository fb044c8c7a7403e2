// "增速最高为甲县（增长55.5%），最低为乙县（下降13.2%），高低相差68.7个百分点": the gap between the
// highest and the lowest rate named in the sentence, in percentage points. Only when the sentence
// names both ends (最高…最低), so a gap to a figure not stated (与全省平均相差…) is never computed.
import { abs, add as plus, mul, sub } from '../decimal.js';
import { halfStep } from '../quantity/index.js';
import { judge } from './compare.js';
import { add, type Ctx } from './context.js';
import type { Figure } from './figures.js';

const GAP = /(?:相差|差距|相距)(?:为|达|了)?$/;
const HIGH = /最(?:高|快|大)/;
const LOW = /最(?:低|慢|小)/;
const signed = (f: Figure) => (f.sign < 0 && !f.q.value.startsWith('-') ? mul(f.q.value, -1) : f.q.value);

export function findPointGaps(ctx: Ctx): void {
  for (const g of ctx.figs) {
    if (!g.q.unit.endsWith('百分点') || !GAP.test(g.lead)) continue;
    const fs = (ctx.bySentence[g.para]?.[g.sentence] ?? []).filter((f) => f.end <= g.start && f.q.unit === '%');
    if (fs.length < 2) continue;
    const [a, b] = [fs[fs.length - 2]!, fs[fs.length - 1]!];
    const p = ctx.paras[g.para]!;
    const start = p.sentenceStarts[g.sentence]!;
    const beforeA = p.text.slice(start, a.start);
    const between = p.text.slice(a.end, b.start);
    const ends = (HIGH.test(beforeA) && LOW.test(between)) || (LOW.test(beforeA) && HIGH.test(between));
    if (!ends) continue;
    const computed = abs(sub(signed(a), signed(b)));
    add(ctx, {
      kind: 'difference',
      verdict: judge(g.q, computed, plus(halfStep(a.q), halfStep(b.q))),
      stated: g,
      computed,
      parts: [a, b],
      reason: `最高与最低之差：${a.q.text} 与 ${b.q.text} 相差的百分点`,
      reasonEn: 'the gap between the highest and the lowest rate named, in percentage points',
    });
  }
}
