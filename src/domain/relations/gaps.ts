// A 差值 clause: "X支出a万元，年初预算为b万元，差值为d万元" — d is the gap between the two amounts right before it
// (unsigned: the text says which way in its reason, if at all). Only when the two are the same item at two stages
// (a budget and the amount spent) or of two years, with no other figure or clause end between them.
import { abs, cmp, sub } from '../decimal.js';
import { halfStepSum, judge } from './compare.js';
import { add, addChange, addRatio, inSentence, type Ctx } from './context.js';
import { compatible, type Figure } from './figures.js';
import { clauseAfter, MIXED_CLAUSE_STOPS } from './text.js';
import { CORE_FALLS, CORE_RISES, CORE_VERBS } from './changeLexicon.js';

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

// 年初结转A，年末结转B，减少C: the change between an opening and a closing balance of the same thing, named by
// the same words (年初/期初 vs 年末/期末) in one clause run; C = B − A, the direction agreeing.
const OPEN = /(?:年初|期初)/;
const CLOSE = /(?:年末|期末|年底)/;
const BALANCE_CHANGE = new RegExp(`^(?:(?:年末|期末)?(?:比|较)(?:年初|期初)(?:数)?)?(?:共)?(?:${CORE_VERBS})(?:了)?$`);
const BALANCE_RATE = new RegExp(`^(?:(${CORE_FALLS})|(${CORE_RISES}))(?:了)?(?:幅度)?(?:为)?$`);
const named = (f: Figure) =>
  clauseAfter(f.lead, MIXED_CLAUSE_STOPS, 'drop')
    .replace(/(?:19|20)\d\d(?=年)/g, '')
    .replace(/年初|期初|年末|期末|年底|本年|上年|数|为|是|的|余额/g, '');

export function findBalanceChanges(ctx: Ctx): void {
  ctx.bySentence.forEach((sentences, pi) =>
    sentences.forEach((_, si) => {
      const fs = inSentence(ctx, pi, si);
      for (let i = 2; i < fs.length; i++) {
        const [a, b, d] = [fs[i - 2]!, fs[i - 1]!, fs[i]!];
        if (![a, b, d].every(exact) || d.role !== 'change' || d.sign === 0 || a.role !== 'level' || b.role !== 'level') continue;
        if (!BALANCE_CHANGE.test(clauseAfter(d.lead, MIXED_CLAUSE_STOPS, 'drop')) || !compatible(a, b) || !compatible(a, d)) continue;
        if (
          !OPEN.test(clauseAfter(a.lead, MIXED_CLAUSE_STOPS, 'drop')) ||
          !CLOSE.test(clauseAfter(b.lead, MIXED_CLAUSE_STOPS, 'drop')) ||
          named(a) !== named(b)
        )
          continue;
        if (/[；。;]/.test(ctx.paras[pi]!.text.slice(a.end, d.start))) continue;
        addChange(ctx, d, sub(b.q.value, a.q.value), halfStepSum([a.q, b.q]), {
          parts: [b, a],
          reason: `年末 ${b.q.text} 与年初 ${a.q.text} 之差`,
          reasonEn: 'the change between a closing and an opening balance',
        });
        // …，减少C，下降r%: r = C ÷ A, the opening balance the base, the direction words agreeing
        const r = fs[i + 1];
        const word = r && r.q.unit === '%' ? BALANCE_RATE.exec(clauseAfter(r.lead, MIXED_CLAUSE_STOPS, 'drop')) : null;
        if (!r || !word || r.q.value.startsWith('-') || (word[1] ? -1 : 1) !== d.sign) continue;
        addRatio(ctx, r, d.q, a.q, {
          kind: 'yoy',
          parts: [d, a],
          reason: `变动率 = 变动额 ${d.q.text} ÷ 年初 ${a.q.text}`,
          reasonEn: 'the rate of a balance change over the opening balance',
        });
      }
    }),
  );
}
