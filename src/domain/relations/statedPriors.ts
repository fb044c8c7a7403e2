// Changes whose other figure is stated elsewhere in the paragraph, not in the change's clause:
// "上年支出为P。本年支出X，同比增长r%" (r = (X − P) ÷ P), "X，比上年增加c" with P stated (X − P = c),
// "年初预算为B。…决算X，比年初预算增加c" (X − B = c), "2023年X为a，2024年X为b，与上年持平" (a = b), and
// point changes "由a%调整为b%，下降r个百分点" (b − a = ∓r). Only one candidate of the same quantity counts.
import { abs, add as plus, cmp, mul, shift, sub } from '../decimal.js';
import { halfStep } from '../quantity/index.js';
import { judge, scaleExp } from './compare.js';
import { add, addChange, addLevelsRate, inSentence, type Ctx } from './context.js';
import { subjectOf } from './changes.js';
import { compatible, type Figure } from './figures.js';
import { sentenceOf } from './text.js';
import { SELF_NAME } from './selfName.js';
import { COMPARED, PLAIN_VERB } from './changeLexicon.js';
import { ADJUSTED_BASE } from './changeBasis.js';

const PRIOR_WORDS = new RegExp(`(?:19|20)\\d\\d年度?|上年度?|去年|本年度?|今年|当年|同期|${SELF_NAME}|全年|实际|决算数?|完成数?|累计|为|的`, 'g');

const YEAR_BASIS = new RegExp(
  `(?:同比|(?:比|较|与)(?:上年|去年|上年度|上年同期)${COMPARED}?[，]?|(?:同|和)(?:上年|去年|上年度|上年同期)${COMPARED}[，]?)${PLAIN_VERB}了?$`,
);
const BUDGET_BASIS = new RegExp(`(?:比|较|与)(年初预算|调整后?预算|全年预算|预算)(?:数)?${COMPARED}?[，]?(?:${PLAIN_VERB}|节约|节省|节支|超支)了?$`);
const UNCHANGED = /(?:与|较|同|和)(?:上年|去年|上年度)(?:同期)?(?:相比较|相比|相较|比较|对比)?(?:数)?[，]?(?:持平|无增减|没有变化|无变化)|同比持平/;

/** The noun a label names without its year, period and stage words (上年本单位支出 ~ 2024年本单位支出). */
const head = (label: string) => label.replace(PRIOR_WORDS, '');

/** What a budget or an actual figure is of (“三公”经费调整预算 ~ “三公”经费支出决算). */
const stem = (label: string) => label.replace(/(?:19|20)\d\d年度?|年初|调整后?|全年|预算数?|决算数?|执行数?|支出|实际|为|的/g, '');

/** A budget is compared with a budget only; an unnamed stage is taken for the actual figure. */
const sameStage = (a: Figure, b: Figure) => (a.stage ?? 'actual') === (b.stage ?? 'actual');

/** The same quantity a year before: same concept, scope and head noun, marked 上年 or of the year before. */
function priorOf(ctx: Ctx, x: Figure, skip: Figure[]): Figure | null {
  if (!x.concept || x.prior || x.q.qualifier !== 'exact') return null;
  const found: Figure[] = [];
  // the sentences around it (bounded: a table run into one paragraph is no place to search)
  const near: Figure[] = [];
  for (let k = Math.max(0, x.sentence - 3); k <= x.sentence + 1; k++) near.push(...inSentence(ctx, x.para, k));
  for (const f of near) {
    if (skip.includes(f) || f.role !== 'level' || !compatible(f, x) || f.depth !== x.depth) continue;
    // …X，同比增长r%，上年为P: a label of only the year measures the quantity before it
    if (f.prior && head(f.label) === '' && !f.concept && f.sentence === x.sentence && f.start > x.end) {
      found.push(f);
      continue;
    }
    const earlier = f.prior || (!!f.year && !!x.year && Number(f.year) === Number(x.year) - 1);
    if (!earlier || f.concept !== x.concept || head(f.label) !== head(x.label) || f.scope.join() !== x.scope.join() || !sameStage(f, x)) continue;
    found.push(f);
  }
  if (!found.length || found.some((f) => cmp(f.q.value, found[0]!.q.value) !== 0)) return null;
  return found[0]!.q.qualifier === 'exact' ? found[0]! : null;
}

/** The level a rate or change of its own clause is about: the figure right before it in the sentence. */
function levelBefore(ctx: Ctx, c: Figure): Figure | null {
  const fs = inSentence(ctx, c.para, c.sentence);
  const before = fs.slice(0, fs.indexOf(c)).filter((f) => f.depth === c.depth);
  const f = before[before.length - 1];
  return f && f.role === 'level' && f.q.kind === 'money' && !f.prior ? f : null;
}

/** Nothing between the level and its change but the change's own words (no amount, base or prior). */
function adjacent(ctx: Ctx, f: Figure, c: Figure): boolean {
  return !inSentence(ctx, c.para, c.sentence).some((x) => x.start > f.end && x.end <= c.start) && !/[；。]/.test(ctx.paras[c.para]!.text.slice(f.end, c.start));
}

function rates(ctx: Ctx, r: Figure): void {
  if (adjusted(ctx, r.para)) return;
  const x = levelBefore(ctx, r);
  if (!x || !adjacent(ctx, x, r)) return;
  const p = priorOf(ctx, x, [x]);
  if (!p || cmp(p.q.value, '0') <= 0) return;
  addLevelsRate(ctx, r, x, p, {
    reason: `变动率 = （${x.q.text} − ${p.q.text}）÷ ${p.q.text}（上年数在同一段中写明）`,
    reasonEn: 'rate of change = (current − prior) ÷ prior, the prior stated elsewhere in the paragraph',
  });
}

function difference(ctx: Ctx, c: Figure, x: Figure, base: Figure, why: string, whyEn: string): void {
  addChange(ctx, c, sub(x.q.value, base.q.value), plus(halfStep(x.q), halfStep(base.q)), {
    parts: [x, base],
    reason: why,
    reasonEn: whyEn,
  });
}

/** 比年初预算增加c: the budget of the basis, stated before the level in its sentence or up to two sentences back. */
function budgetOf(ctx: Ctx, x: Figure, which: string): Figure | null {
  const want = /年初/.test(which) ? /年初/ : /调整|全年/.test(which) ? /调整|全年/ : /预算/;
  for (let s = x.sentence; s >= Math.max(0, x.sentence - 2); s--) {
    const cands = inSentence(ctx, x.para, s).filter(
      (f) =>
        f.end <= x.start &&
        f.role === 'level' &&
        !f.prior &&
        compatible(f, x) &&
        f.stage !== 'actual' &&
        want.test(f.label) &&
        (f.concept === x.concept || f.concept === 'initialBudget' || f.concept === 'budgetAdjust' || (!!stem(f.label) && stem(f.label) === stem(x.label))) &&
        (!f.year || !x.year || f.year === x.year),
    );
    // 年初预算a，调整预算b, then 比预算增加c: which one is not said
    const kinds = new Set(cands.map((f) => (/年初/.test(f.label) ? 'initial' : /调整|全年/.test(f.label) ? 'adjusted' : 'bare')));
    if (kinds.size > 1 && want.source === '预算') return null;
    if (cands.length) return cands[cands.length - 1]!.q.qualifier === 'exact' ? cands[cands.length - 1]! : null;
  }
  return null;
}

function changes(ctx: Ctx, c: Figure): void {
  const lead = c.lead.replace(/\s/g, '');
  if (adjusted(ctx, c.para)) return;
  const budget = BUDGET_BASIS.exec(lead);
  if (!budget && !YEAR_BASIS.test(lead)) return;
  const x = subjectOf(ctx, c);
  if (!x || x.q.kind !== 'money' || x.q.qualifier !== 'exact' || c.q.qualifier !== 'exact') return;
  // a base or a prior stated in the sentence is read by findChanges
  if (inSentence(ctx, c.para, c.sentence).some((f) => f.start > x.end && f.end <= c.start && (f.role === 'base' || f.prior))) return;
  if (budget) {
    const b = budgetOf(ctx, x, budget[1]!);
    if (b && b !== x)
      difference(
        ctx,
        c,
        x,
        b,
        `比${budget[1]}${c.sign > 0 ? '增加' : '减少'}：${x.q.text} − ${b.q.text}（${budget[1]}在前文写明）`,
        'change against the budget: actual − the budget stated before',
      );
    return;
  }
  const p = priorOf(ctx, x, [x]);
  if (p)
    difference(
      ctx,
      c,
      x,
      p,
      `比上年${c.sign > 0 ? '增加' : '减少'}：${x.q.text} − ${p.q.text}（上年数在同一段中写明）`,
      'change on the previous year: current − the prior stated in the paragraph',
    );
}

/** 2023年X为a，2024年X为b，与上年持平: the two are equal. */
function unchanged(ctx: Ctx): void {
  ctx.paras.forEach((p, pi) => {
    for (const m of p.text.matchAll(new RegExp(UNCHANGED.source, 'g'))) {
      if (/基本$|大体$|略有$/.test(p.text.slice(Math.max(0, m.index - 2), m.index))) continue;
      const fs = inSentence(ctx, pi, sentenceOf(p, m.index)).filter((f) => f.end <= m.index);
      const x = fs[fs.length - 1];
      if (!x || x.role !== 'level' || x.q.kind !== 'money') continue;
      if (/[；。]/.test(p.text.slice(x.end, m.index)) || inSentence(ctx, pi, x.sentence).some((f) => f.start > x.end && f.start < m.index)) continue;
      const prior = priorOf(ctx, x, [x]);
      if (!prior) continue;
      add(ctx, {
        kind: 'difference',
        verdict: judge(x.q, prior.q.value, halfStep(prior.q)),
        stated: x,
        computed: prior.q.value,
        computedAs: prior,
        parts: [x, prior],
        reason: `“与上年持平”：本年数应等于上年数 ${prior.q.text}`,
        reasonEn: 'unchanged on the previous year: the current figure equals the prior one',
      });
    }
  });
}

const POINT_WORD = /(?:提高|上升|增加|增长|扩大|下降|降低|减少|回落|收窄)了?$/;

/** 由a%调整为b%，下降r个百分点: r = |b − a|, the direction word agreeing. */
function points(ctx: Ctx, g: Figure): void {
  const word = POINT_WORD.exec(g.lead.replace(/\s/g, ''));
  if (!g.q.unit.endsWith('百分点') || !word) return;
  const sign = /提高|上升|增加|增长|扩大/.test(word[0]) ? 1 : -1;
  const fs = inSentence(ctx, g.para, g.sentence);
  const i = fs.indexOf(g);
  const [a, b] = [fs[i - 2], fs[i - 1]];
  if (!a || !b || a.q.unit !== '%' || b.q.unit !== '%') return;
  const text = ctx.paras[g.para]!.text;
  if (!/(?:由|从)(?:上年度?|去年|年初|(?:19|20)\d\d年度?)?(?:的)?$/.test(text.slice(Math.max(0, a.start - 10), a.start))) return;
  if (!/^(?:[，]?(?:提高|上升|增加|增长|下降|降低|减少|回落|调整|变化|变动|升|降))(?:到|为|至)$/.test(text.slice(a.end, b.start))) return;
  if (!/^，(?:提高|上升|增加|增长|扩大|下降|降低|减少|回落|收窄)了?$/.test(text.slice(b.end, g.start).replace(/\s/g, ''))) return;
  const diff = sub(b.q.value, a.q.value);
  const direction = Math.sign(Number(cmp(diff, '0')));
  let verdict = judge(g.q, abs(diff), plus(halfStep(a.q), halfStep(b.q)));
  if (direction !== 0 && direction !== sign) verdict = 'error';
  add(ctx, {
    kind: 'difference',
    verdict,
    stated: g,
    computed: direction === 0 || direction === sign ? abs(diff) : diff,
    parts: [a, b],
    reason: `由${a.q.text}到${b.q.text}：相差的百分点与方向应一致`,
    reasonEn: 'a change of a rate in percentage points: the gap between the two rates, and its direction',
  });
}

/** Whether a paragraph speaks of an adjusted base, read once per paragraph. */
const adjustedParas = new WeakMap<Ctx, Map<number, boolean>>();
function adjusted(ctx: Ctx, para: number): boolean {
  let m = adjustedParas.get(ctx);
  if (!m) adjustedParas.set(ctx, (m = new Map()));
  let v = m.get(para);
  if (v === undefined) m.set(para, (v = ADJUSTED_BASE.test(ctx.paras[para]!.text)));
  return v;
}

// 较上年2.08减少0.03万元: the prior written without its unit between the basis and the direction word
const BARE_PRIOR = /(?:较|比)(?:上年|去年|上年度|上年同期)的?(\d+(?:\.\d+)?)(?=(?:相比)?[，]?(?:减少|增加|下降|增长|降低|上升))/g;

/** "X a万元，较上年P减少c万元": P carries the unit of the change; a − P = ±c. */
function barePriors(ctx: Ctx): void {
  ctx.paras.forEach((p, pi) => {
    if (!p.text.includes('上年') && !p.text.includes('去年')) return;
    for (const m of p.text.matchAll(BARE_PRIOR)) {
      const fs = inSentence(ctx, pi, sentenceOf(p, m.index));
      const end = m.index + m[0].length;
      const c = fs.find((f) => f.start >= end);
      const x = [...fs].reverse().find((f) => f.end <= m.index);
      if (!c || !x || c.role !== 'change' || c.sign === 0 || c.q.kind !== 'money' || c.q.qualifier !== 'exact') continue;
      if (!/^(?:相比)?[，]?(?:减少|增加|下降|增长|降低|上升)了?$/.test(p.text.slice(end, c.start).replace(/\s/g, ''))) continue;
      if (
        x.role !== 'level' ||
        x.q.kind !== 'money' ||
        x.q.qualifier !== 'exact' ||
        x.prior ||
        !compatible(x, c) ||
        !/^[，\s]*$/.test(p.text.slice(x.end, m.index))
      )
        continue;
      const digits = m[1]!;
      const exp = scaleExp(c.q);
      const prior = shift(digits, exp);
      const step = shift(digits.includes('.') ? `1e-${digits.length - digits.indexOf('.') - 1}` : '1', exp);
      addChange(ctx, c, sub(x.q.value, prior), plus(halfStep(x.q), mul(step, '0.5')), {
        parts: [x],
        reason: `比上年${c.sign > 0 ? '增加' : '减少'}：${x.q.text} − 上年 ${digits}（上年数写在“较上年”之后）`,
        reasonEn: 'change on the previous year: current − the prior written after 较上年',
      });
    }
  });
}

export function findStatedPriors(ctx: Ctx): void {
  barePriors(ctx);
  for (const f of ctx.figs) {
    if (f.q.unit.endsWith('百分点')) points(ctx, f);
    if (f.role !== 'change' || f.sign === 0) continue;
    if (f.q.unit === '%' && YEAR_BASIS.test(f.lead.replace(/\s/g, ''))) rates(ctx, f);
    else if (f.q.kind === 'money') changes(ctx, f);
  }
  unchanged(ctx);
}
