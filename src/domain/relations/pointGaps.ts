// "增速最高为甲县（增长55.5%），最低为乙县（下降13.2%），高低相差68.7个百分点": the gap between the
// highest and the lowest rate named in the sentence, in percentage points. Only when the sentence
// names both ends (最高…最低), so a gap to a figure not stated (与全省平均相差…) is never computed.
import { abs, add as plus, mul, sub } from '../decimal.js';
import { halfStep } from '../quantity/index.js';
import { judge } from './compare.js';
import { add, addChange, type Ctx } from './context.js';
import type { Figure } from './figures.js';
import { PACE_AFTER, PACE_OF_PRIOR, PACE_UP } from './changeLexicon.js';

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

// 增长11.1%，比全省平均水平（9.0%）高2.1个百分点 / 高于全省（9.0%）2.1个百分点 / 增速比上年的9.0%提高2.1个百分点: a
// growth rate against another rate stated right after the name it is compared with (in parentheses, or with the direction
// word after it); the gap is their difference, the direction agreeing.
// A compared rate that is not stated (比上年提高2个百分点 alone) is never computed.
const COMPARED =
  /^[，,]?(?:增速|增幅|增长率)?(?:(?:比|较)|(高于|低于|快于|慢于))(?:\d{2,4}年度?[^，,；;。\d%]{0,12}?|[^，,；;。\d%]{1,16}?)(?:的)?(?:([（(])(?:增长)?)?$/;
const AFTER = new RegExp(`^([）)])?(?:(${PACE_AFTER})(?:了|出)?)?$`);
// 增长a%，上年为（增长）b%，增幅提高g个百分点: the prior rate as a clause of its own, the gap after it
const PRIOR_RATE = /^[，,](?:上年|去年|上年同期|去年同期)(?:为|是)?(?:增长)?$/;
const PRIOR_GAP = new RegExp(`^[，,](?:增幅|增速)(?:比上年)?(${PACE_OF_PRIOR})(?:了)?$`);
// a growth rate: read as a change, or a level led by 增长/增速 (a sentence opening with it)
const grows = (a: Figure) => (a.role === 'change' && a.sign !== 0) || (a.role === 'level' && /(?:增长|增速|增幅)(?:为|达)?$/.test(a.lead));
// 比重为a%，较上年的b%提高g个百分点: a share or ratio against its own earlier value, the gap the same way
const ratioLevel = (a: Figure) => (a.role === 'share' || a.role === 'rate' || a.role === 'level') && a.q.kind === 'percent' && a.sign === 0;

export function findComparedGaps(ctx: Ctx): void {
  ctx.bySentence.forEach((sentences, pi) =>
    sentences.forEach((fs) => {
      const text = ctx.paras[pi]!.text;
      for (let i = 2; i < fs.length; i++) {
        const [a, b, g] = [fs[i - 2]!, fs[i - 1]!, fs[i]!];
        if (!g.q.unit.endsWith('百分点') || a.q.unit !== '%' || b.q.unit !== '%' || !(grows(a) || ratioLevel(a))) continue;
        if ([a, b, g].some((f) => f.q.qualifier !== 'exact')) continue;
        // (a minus read into b: 较一季度（-10.8%）)
        const before = COMPARED.exec(
          text
            .slice(a.end, b.start)
            .replace(/\s/g, '')
            .replace(/(?:[-－−﹣]|负)$/, ''),
        );
        const after = AFTER.exec(text.slice(b.end, g.start).replace(/\s/g, ''));
        const prior = PRIOR_RATE.test(text.slice(a.end, b.start).replace(/\s/g, '')) ? PRIOR_GAP.exec(text.slice(b.end, g.start).replace(/\s/g, '')) : null;
        const word = prior?.[1] ?? before?.[1] ?? after?.[2];
        // 比X（b%）or 比X的b%: the parenthesis closed after b when opened before it; without one the direction follows b
        const compared = !!before && !!after && !(before[1] && after[2]) && !before[2] === !after[1] && !!(before[2] || after[2]);
        if (!word || (!prior && !compared)) continue;
        addChange(ctx, g, sub(signed(a), b.q.value), plus(halfStep(a.q), halfStep(b.q)), {
          sign: PACE_UP.test(word) ? 1 : -1,
          parts: [a, b],
          reason: `${a.q.text} 与所比较的 ${b.q.text} 相差的百分点`,
          reasonEn: 'a rate against the rate stated for comparison: their gap in percentage points',
        });
      }
    }),
  );
}
