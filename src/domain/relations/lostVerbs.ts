// "较2022年决算数688.84万元131.49万元，增长19.09%": an amount right after the base of a comparison, with
// nothing between them, and a rate of change right after it is the change whose verb the text lost (a
// converter or a template dropped 增加). It is read as that change, its direction the rate's, so the
// difference (level − base) and the rate (change ÷ base) are checked as if the verb were there.
import type { Figure } from './figures.js';
import { PLAIN_VERB } from './changeLexicon.js';
import type { Paragraph } from './text.js';

const RATE_LEAD = new RegExp(`^[，,]\\s*(?:同比)?${PLAIN_VERB}了?(?:幅度)?(?:为|达)?\\s*$`);

export function lostVerbs(p: Paragraph, fs: Figure[]): void {
  for (let i = 1; i + 1 < fs.length; i++) {
    const [base, f, rate] = [fs[i - 1]!, fs[i]!, fs[i + 1]!];
    if (f.role !== 'level' || f.label || f.q.kind !== 'money' || f.q.qualifier !== 'exact') continue;
    if (base.role !== 'base' || base.q.kind !== 'money' || base.q.unit !== f.q.unit || base.q.scale !== f.q.scale) continue;
    if (p.text.slice(base.end, f.start).trim() !== '') continue;
    if (rate.q.unit !== '%' || rate.role !== 'change' || rate.sign === 0 || !RATE_LEAD.test(p.text.slice(f.end, rate.start))) continue;
    f.role = 'change';
    f.sign = rate.sign;
  }
}
