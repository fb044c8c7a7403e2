// "A比B多/少C" where A and B are names, not figures: "收入120万元，支出110万元，收入比支出多10万元",
// "决算5万元，预算数为6万元，决算数比预算数少1万元". C = A − B, the direction word agreeing; A and B are the
// one figure each name stands for in the sentence or the two before it (a stage word alone names the
// figure of that stage). Nothing is read when a name fits no figure or several.
import { add as plus, sub } from '../decimal.js';
import { halfStep } from '../quantity/index.js';
import { addChange, inSentence, type Ctx } from './context.js';
import { cleanLabel, compatible, conceptOf, type Figure } from './figures.js';
import { already } from './yearPairs.js';

// the clause of the change: 名A 比/较 名B (多|少|增加|减少|节约|超支)
const CLAUSE = /(?:^|[，,；;。])([^，,；;。\d]{1,20}?)(?:比|较)([^，,；;。\d]{1,20}?)(?:多|少|增加|减少|节约|超支|高|低)了?(?:出)?(?:为)?$/;

// 决算数大于预算数C: a comparison word, not a change verb (the figure is read as a level)
const COMPARED = /(?:^|[，,；;。])([^，,；;。\d]{1,20}?)(大于|超过|超出|高于|多于|小于|低于|少于)([^，,；;。\d]{1,20}?)(?:为)?$/;
const ABOVE = /大于|超过|超出|高于|多于/;
// 支出决算B，比年初预算减少C: the subject left out — the amount done, compared with the budget it names
const OMITTED = /(?:^|[，,；;。])(?:比|较)((?:年初|调整后?|全年)?预算(?:数|金额)?)(?:增加|减少|多|少|节约|超支)了?(?:为)?$/;
const YEARS = /上年|去年|同期|(?:19|20)\d\d年/;

const BUDGET_NAME = /^(?:年初|调整后?|全年)?预算(?:数|金额)?$/;
const ACTUAL_NAME = /^(?:决算|执行|实际(?:支出)?|实际执行)(?:数|金额)?$/;

function named(name: string, cands: Figure[]): Figure | null {
  const n = cleanLabel(name);
  if (!n) return null;
  let hits: Figure[];
  if (BUDGET_NAME.test(n)) hits = cands.filter((f) => f.stage === 'budget' || f.stage === 'adjusted' || /预算/.test(f.label));
  else if (ACTUAL_NAME.test(n)) hits = cands.filter((f) => f.stage === 'actual' && !/预算/.test(f.label));
  else {
    const c = conceptOf(n);
    hits = cands.filter((f) => f.label === n || f.label.endsWith(n) || (!!c && f.concept === c && !/预算/.test(f.label) === !/预算/.test(n)));
  }
  return hits.length === 1 ? hits[0]! : null;
}

/** The two names of a comparison, and the direction its words give (0: the figure's own sign). */
function comparison(c: Figure): { a: string; b: string; sign: number; said: string } | null {
  const lead = c.lead.replace(/\s/g, '');
  if (c.role === 'change') {
    const m = CLAUSE.exec(lead);
    if (m) return { a: m[1]!, b: m[2]!, sign: 0, said: `${m[1]}比${m[2]}` };
    const o = OMITTED.exec(lead);
    return o ? { a: '决算', b: o[1]!, sign: 0, said: `（决算）比${o[1]}` } : null;
  }
  const m = c.role === 'level' ? COMPARED.exec(lead) : null;
  return m ? { a: m[1]!, b: m[3]!, sign: ABOVE.test(m[2]!) ? 1 : -1, said: `${m[1]}${m[2]}${m[3]}` } : null;
}

export function findNamedGaps(ctx: Ctx): void {
  for (const c of ctx.figs) {
    if (c.q.kind !== 'money' || c.q.qualifier !== 'exact' || c.depth !== 0) continue;
    const m = comparison(c);
    if (!m || (m.sign === 0 && c.sign === 0) || YEARS.test(m.b) || YEARS.test(m.a)) continue;
    const cands: Figure[] = [];
    for (let s = Math.max(0, c.sentence - 2); s <= c.sentence; s++)
      for (const f of inSentence(ctx, c.para, s))
        if (f.end <= c.start && f.role === 'level' && f.q.kind === 'money' && f.q.qualifier === 'exact' && !f.prior && f.depth === 0 && compatible(f, c))
          cands.push(f);
    const a = named(m.a, cands);
    const b = named(m.b, cands);
    if (!a || !b || a === b || already(ctx, c)) continue;
    addChange(ctx, c, sub(a.q.value, b.q.value), plus(halfStep(a.q), halfStep(b.q)), {
      parts: [a, b],
      sign: m.sign || undefined,
      reason: `“${m.said}”：${a.q.text} − ${b.q.text}`,
      reasonEn: 'one named figure compared with another: their difference, the direction agreeing',
    });
  }
}
