// A 差值 clause: "X支出a万元，年初预算为b万元，差值为d万元" — d is the gap between the two amounts right before it
// (unsigned: the text says which way in its reason, if at all). Only when the two are the same item at two stages
// (a budget and the amount spent) or of two years, with no other figure or clause end between them.
import { abs, cmp, sub } from '../decimal.js';
import { judge } from './compare.js';
import { add, type Ctx } from './context.js';
import { compatible, type Figure } from './figures.js';

const GAP = /(?:差值|差额|相差)(?:为|是|了)?$/;

const exact = (f: Figure | undefined): f is Figure => !!f && f.q.kind === 'money' && f.q.qualifier === 'exact' && f.depth === 0;

export function findGaps(ctx: Ctx): void {
  ctx.bySentence.forEach((sentences, pi) =>
    sentences.forEach((fs) => {
      for (let i = 2; i < fs.length; i++) {
        const [a, b, d] = [fs[i - 2], fs[i - 1], fs[i]];
        if (!exact(a) || !exact(b) || !exact(d) || !GAP.test(d.lead.replace(/[\s，,]/g, ''))) continue;
        if (a.role !== 'level' || b.role !== 'level' || !compatible(a, b) || !compatible(a, d)) continue;
        const text = ctx.paras[pi]!.text;
        if (/[；。;]/.test(text.slice(a.end, d.start))) continue;
        // the same item at two stages (预算 / 决算) or two years: what 差值 is between
        const stages = (a.stage === 'budget' || a.stage === 'adjusted') !== (b.stage === 'budget' || b.stage === 'adjusted');
        const years = !!a.year && !!b.year && a.year !== b.year;
        if (!stages && !years) continue;
        const computed = abs(sub(a.q.value, b.q.value));
        const finest = [a, b, d].map((f) => f.q.precision).reduce((m, x) => (cmp(x, m) < 0 ? x : m));
        add(ctx, {
          kind: 'difference',
          verdict: judge(d.q, computed, finest),
          stated: d,
          computed,
          parts: [a, b],
          reason: `“差值”：${a.q.text} 与 ${b.q.text} 之差`,
          reasonEn: 'a stated gap between the two amounts before it',
        });
      }
    }),
  );
}
