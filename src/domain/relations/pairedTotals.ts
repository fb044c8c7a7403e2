// Income and spending named as one subject (收、支 / 收支), their change in the next sentence:
//   收入总计a，支出总计a。收、支与上年相比，减少c，下降r。        (one change of two equal totals)
//   收、支总计均为a。收、支与上年相比，减少c，下降r。
//   收、支总计各是a,b万元。与上年相比，收、支总计各减少c,d万元，各下降r、s。   (paired in order)
// r = c ÷ (a ± c). A bare number just before an amount of the same list (a,b万元) takes its unit.
import { shift } from '../decimal.js';
import { scaleExp } from './compare.js';
import { changeRate } from './clauseLists.js';
import type { Ctx } from './context.js';
import type { Figure } from './figures.js';
import type { Paragraph } from './text.js';

// 收、支 as the subject, not the balance of the two (收支结余, 收支差额)
const BOTH = /收[、，,和与及]?支(?!结余|结转|差额|相抵|平衡|缺口|赤字|余额|盈余|出)/;

/** Amounts of a sentence in order, a bare number taking the unit of the money right after it. */
function amounts(p: Paragraph, fs: Figure[]): Figure[] | null {
  const out: Figure[] = [];
  for (let i = 0; i < fs.length; i++) {
    const f = fs[i]!;
    if (f.q.kind === 'money') out.push(f);
    else if (f.q.kind === 'number' && !f.q.unit && !f.q.scale) {
      const next = fs[i + 1];
      if (!next || next.q.kind !== 'money' || !/^\s*[，,、]\s*$/.test(p.text.slice(f.end, next.start))) return null;
      const e = scaleExp(next.q);
      out.push({ ...f, q: { ...next.q, value: shift(f.q.value, e), precision: shift(f.q.precision, e), text: f.q.text, start: f.start, end: f.end } });
    } else if (f.q.kind !== 'percent') return null;
  }
  return out;
}

export function findPairedTotals(ctx: Ctx): void {
  ctx.paras.forEach((p, pi) => {
    const sentences = ctx.bySentence[pi] ?? [];
    for (let k = 1; k < sentences.length; k++) {
      const fs = sentences[k]!;
      const first = fs[0];
      if (!first) continue;
      const subject = p.text.slice(p.sentenceStarts[k]!, first.start);
      if (!BOTH.test(subject)) continue;
      const firstRate = fs.findIndex((f) => f.q.kind === 'percent');
      if (firstRate < 1) continue;
      const changes = amounts(p, fs.slice(0, firstRate));
      let n = firstRate;
      while (n < fs.length && fs[n]!.q.kind === 'percent') n++;
      const rates = fs.slice(firstRate, n);
      if (!changes?.length || changes.length > 2 || rates.length < changes.length) continue;
      const sign = changes[0]!.sign;
      const rateSign = rates[0]!.sign;
      if (sign === 0 || rateSign === 0) continue;
      const prev = sentences[k - 1]!;
      const levelText = p.text.slice(p.sentenceStarts[k - 1]!, p.sentenceStarts[k]!);
      const levels = amounts(p, prev);
      if (!levels || prev.some((f) => f.role !== 'level')) continue;
      const respectively = /各|分别/.test(subject);
      let pairs: [Figure, Figure, Figure][] = [];
      if (changes.length === 2) {
        if (!respectively || levels.length !== 2 || !BOTH.test(levelText)) continue;
        pairs = [0, 1].map((i) => [levels[i]!, { ...changes[i]!, sign }, { ...rates[i]!, sign: rateSign }]);
      } else {
        const one = levels.length === 1 && BOTH.test(levelText) && /均|各/.test(levelText);
        const equal = levels.length === 2 && levels[0]!.q.value === levels[1]!.q.value && /收入/.test(levelText) && /支出/.test(levelText);
        if (!one && !equal) continue;
        pairs = [[levels[0]!, changes[0]!, rates[0]!]];
      }
      for (const [level, change, rate] of pairs) changeRate(ctx, level, change, rate, '收、支较上年');
    }
  });
}
