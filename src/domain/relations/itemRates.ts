// An item's change and rate stated apart from its amount: "A支出a万元；B支出b万元。…其中，A比预算无增减变化，
// 比去年增加c万元，增长r%" — the clause names the item, but its amount stands in another sentence (before or
// after, a few paragraphs around). r = c ÷ (a ∓ c). Only when exactly one amount of that item (its lexicon
// concept, the same stage) is stated around, and the clause holds no amount of its own.
import { cmp, mul, sub, add as plus } from '../decimal.js';
import type { Quantity } from '../quantity/index.js';
import { judgeRange, ratio } from './compare.js';
import { add, inSentence, sentenceText, type Ctx } from './context.js';
import { compatible, conceptOf, cleanLabel, stageOf, type Figure } from './figures.js';
import { COMPARED, PLAIN_VERB, RATE_NOUN } from './changeLexicon.js';

const YEAR_BASIS = new RegExp(`^[，,]?(?:比|较|与|同|和)(?:上年|去年|上年度|上年同期)${COMPARED}?[，,]?${PLAIN_VERB}了?$`);
const RATE = new RegExp(`^[，,]?(?:${PLAIN_VERB}|${RATE_NOUN})(?:了|为)?$`);
const COMPARISON = /^(?:比|较|与|同比)/;
const AROUND = 5;

// not clauseAfter: it keeps the comma, and is the whole lead when a ； or 。 follows the last comma
const lastClause = (lead: string) => lead.replace(/\s/g, '').slice(Math.max(0, lead.replace(/\s/g, '').search(/[，,][^，,；。]*$/)));

/** The item a change clause is of: the words before the first 比/较/与 of the clause run it continues. */
function subject(ctx: Ctx, c: Figure): string | null {
  const p = ctx.paras[c.para]!;
  const start = p.sentenceStarts[c.sentence]!;
  // the clauses before the change, back to the one that opens with a name rather than a comparison
  const clauses = p.text.slice(start, c.start).split(/[，,；;：:]/);
  clauses.pop(); // the change's own clause (比去年增加)
  for (let i = clauses.length - 1; i >= 0; i--) {
    const t = clauses[i]!.trim();
    if (!t) return null;
    if (COMPARISON.test(t)) continue;
    const m = /^(.{2,30}?)(?:比|较|与)/.exec(t);
    return m ? cleanLabel(m[1]!.replace(/^其中/, '')) : null;
  }
  return null;
}

const PERIOD = /上半年|下半年|前三季度|[一二三四]季度|\d{1,2}[-—至]\d{1,2}月|\d{1,2}月(?:份)?|全年/;
const OWN_BASIS = new RegExp(
  `(?:同比|(?:比|较|与)(?:上年|去年|上年度|上年同期)${COMPARED}?[，,]?|(?:同|和)(?:上年|去年|上年度|上年同期)${COMPARED}[，,]?)${PLAIN_VERB}了?$`,
);
/** A label without its period, place and verb words (上半年非税收入 → 非税收入; …累计完成 → …). */
const bare = (label: string) => label.replace(/上半年|下半年|前三季度|[一二三四]季度|全年|累计|完成|实现|全[州市区县省]/g, '');

/** 上半年非税收入同比增收c: a change that names its item itself, with no amount before it in its sentence. */
function labelled(ctx: Ctx, c: Figure): string | null {
  if (!c.label || !c.concept || !OWN_BASIS.test(c.lead.replace(/\s/g, ''))) return null;
  const before = inSentence(ctx, c.para, c.sentence).filter((f) => f.end <= c.start);
  return before.length ? null : c.label;
}

export function findItemRates(ctx: Ctx): void {
  ctx.bySentence.forEach((sentences, pi) =>
    sentences.forEach((fs) => {
      for (let i = 0; i + 1 < fs.length; i++) {
        const [c, r] = [fs[i]!, fs[i + 1]!];
        if (c.role !== 'change' || c.q.kind !== 'money' || c.sign === 0 || c.q.qualifier !== 'exact') continue;
        const own = labelled(ctx, c);
        if (!own && !YEAR_BASIS.test(lastClause(c.lead))) continue;
        if (r.q.unit !== '%' || r.q.qualifier !== 'exact' || !RATE.test(lastClause(r.lead))) continue;
        // a level in the change's clause run is read by findChanges
        const text = ctx.paras[pi]!.text;
        const prev = fs[i - 1];
        if (prev && !/[；。]/.test(text.slice(prev.end, c.start)) && prev.role === 'level') continue;
        const name = own ?? subject(ctx, c);
        const concept = name ? conceptOf(name.replace(/(?:支出)?(?:决算|预算)(?:数)?$/, '')) : null;
        if (!name || !concept) continue;
        const period = PERIOD.exec(sentenceText(ctx, c).slice(0, c.start - ctx.paras[pi]!.sentenceStarts[c.sentence]!))?.[0];
        const stage = stageOf(name);
        const cands = new Map<string, Figure>();
        for (let p = Math.max(0, pi - AROUND); p <= Math.min(ctx.byPara.length - 1, pi + AROUND); p++)
          for (const f of ctx.byPara[p]!)
            if (
              f.concept === concept &&
              f.role === 'level' &&
              !f.prior &&
              f.q.kind === 'money' &&
              f.depth === 0 &&
              compatible(f, c) &&
              (!stage || (f.stage ?? stage) === stage) &&
              // 上半年非税收入同比增收c: the amount of the same item (its words end the level's label) and period
              (!own || bare(f.label).endsWith(bare(own))) &&
              (!period || sentenceText(ctx, f).includes(period))
            )
              cands.set(f.q.value, f);
        if (cands.size !== 1) continue;
        const level = [...cands.values()][0]!;
        if (level.q.qualifier !== 'exact' || inSentence(ctx, pi, c.sentence).includes(level)) continue;
        // 公务接待费a。公务接待费比预算减少b。公务接待费比上年减少c: another change of the item between leaves a unsure
        const [lo0, hi0] = level.id < c.id ? [level.id, c.id] : [c.id, level.id];
        if (ctx.figs.slice(lo0 + 1, hi0).some((f) => f.role === 'change' && f.q.kind === 'money' && f.concept === concept)) continue;
        const prior = c.sign > 0 ? sub(level.q.value, c.q.value) : plus(level.q.value, c.q.value);
        if (cmp(prior, '0') <= 0) continue;
        const priorQ: Quantity = { ...level.q, value: prior, precision: cmp(level.q.precision, c.q.precision) >= 0 ? level.q.precision : c.q.precision };
        const rr = ratio(c.q, priorQ);
        if (!rr) continue;
        const signed = (v: string) => (c.sign < 0 ? mul(v, -1) : v);
        const [lo, hi] = c.sign < 0 ? [signed(rr.hi), signed(rr.lo)] : [rr.lo, rr.hi];
        add(ctx, {
          kind: 'yoy',
          verdict: judgeRange(r.q, signed(r.q.value), signed(rr.exact), lo, hi),
          stated: r,
          statedValue: signed(r.q.value),
          computed: signed(rr.exact),
          parts: [level, c],
          reason: `${name}：变动率 = ${c.q.text} ÷ 上年数（${level.q.text} ${c.sign > 0 ? '−' : '+'} ${c.q.text}），本年数在前后文写明`,
          reasonEn: "an item's rate of change = change ÷ (its amount stated elsewhere ∓ the change)",
        });
      }
    }),
  );
}
