// Two yearly lists of one total (本年合计A，其中：…；上年合计B，其中：…), then the changes in later
// paragraphs: 本年较上年增加c (A − B) and, item by item, 公务接待费增加d (its two yearly amounts).
// Also: a 合计 whose 其中 list holds a complete lexicon partition plus items the text names besides
// (会议费、培训费 counted inside the 三公 合计) is read as the whole of that total.
import { abs, add as plus, cmp, mul, sub } from '../decimal.js';
import { halfStep } from '../quantity/index.js';
import { judge, judgeSum } from './compare.js';
import { add, type Ctx, type Group } from './context.js';
import { cleanLabel, conceptOf, signOf, type Figure } from './figures.js';
import { partitionFor } from './groups.js';
import { BARE_ALTERNATION } from './changeLexicon.js';

const ITEM_VERB = new RegExp(`(?:${BARE_ALTERNATION})了?$`);

const TOTAL_WORD = /合计|共计|总计/;
const PRIOR = /上年|上一年|去年/;
/** 公务用车购置全区增加: the words before the sign word (the item's name opens them). */
const ITEM_CHANGE = new RegExp(`^(.+?)(${BARE_ALTERNATION})了?$`);

/** A 其中 list of a 合计: complete partition + named extras, as a sum (replacing the subset read). */
function withExtras(ctx: Ctx, g: Group): void {
  if (g.exhaustive || g.mode !== 'level' || !/其中/.test(g.cue) || !g.total.concept) return;
  if (!TOTAL_WORD.test(g.total.lead)) return;
  const known = g.parts.filter((x) => x.concept);
  const extras = g.parts.filter((x) => !x.concept);
  if (!extras.length || known.length < 2 || extras.some((x) => !x.label.endsWith('费') || x.q.kind !== 'money')) return;
  if (!partitionFor(g.total, known)?.complete) return;
  if ([g.total, ...g.parts].some((x) => x.q.qualifier !== 'exact')) return;
  const all = judgeSum(
    g.total.q,
    g.parts.map((x) => x.q),
  );
  // the extras may stand outside after all: a partition that adds up alone is not an error
  const alone = judgeSum(
    g.total.q,
    known.map((x) => x.q),
  );
  const verdict = all.verdict === 'error' && alone.verdict === 'ok' ? 'ok' : all.verdict;
  ctx.relations = ctx.relations.filter((r) => !(r.kind === 'subset' && r.line === g.total.line + 1 && r.statedText === g.total.q.text));
  g.exhaustive = true;
  add(ctx, {
    kind: 'sum',
    verdict,
    stated: g.total,
    computed: all.computed,
    computedAs: g.parts[0],
    parts: g.parts,
    reason: `“合计…其中”：所列分项含全部分类及文中另列的${extras.map((x) => x.label).join('、')}，之和应等于合计`,
    reasonEn: 'a 合计 whose 其中 list holds every class and the items the text adds: the list adds up to it',
  });
}

const keyOf = (label: string): string => cleanLabel(label).replace(/(?:经)?费$/, '');

function itemOf(list: Group, name: string): Figure | undefined {
  const c = conceptOf(cleanLabel(name));
  return list.parts.find((x) => (c && x.concept === c) || (keyOf(x.label).length >= 2 && name.startsWith(keyOf(x.label))));
}

function difference(ctx: Ctx, change: Figure, sign: 1 | -1, cur: Figure, prior: Figure, why: string): void {
  if ([change, cur, prior].some((x) => x.q.qualifier !== 'exact')) return;
  const d = sub(cur.q.value, prior.q.value);
  const signed = sign > 0 ? d : mul(d, -1);
  const verdict = cmp(signed, '0') < 0 && cmp(abs(d), change.q.precision) > 0 ? 'error' : judge(change.q, abs(d), plus(halfStep(cur.q), halfStep(prior.q)));
  add(ctx, {
    kind: 'difference',
    verdict,
    stated: change,
    computed: abs(d),
    parts: [cur, prior],
    reason: `${why}：本年 ${cur.q.text} ${sign > 0 ? '较上年增加' : '较上年减少'}，上年 ${prior.q.text}`,
    reasonEn: "the change is this year's amount less last year's, both listed earlier",
  });
}

/** The two lists of one concept a year apart, this year's first found; then their changes. */
function yearPairs(ctx: Ctx): void {
  const lists = ctx.groups.filter((g) => g.mode === 'level' && g.total.concept && g.total.year && g.parts.length >= 2);
  for (const cur of lists)
    for (const prior of lists) {
      if (prior === cur || prior.total.concept !== cur.total.concept || Number(prior.total.year) !== Number(cur.total.year) - 1) continue;
      const after = Math.max(cur.total.id, prior.total.id, ...cur.parts.map((x) => x.id), ...prior.parts.map((x) => x.id));
      const lastPara = Math.max(cur.total.para, prior.total.para);
      const used = new Set<Figure>();
      let seenTotal = false;
      // bounded: from the lists on, six paragraphs at most
      for (let i = after + 1; i < ctx.figs.length; i++) {
        const f = ctx.figs[i]!;
        if (f.para > lastPara + 6) break;
        if (f.q.kind !== 'money') continue;
        // another level of the same total (a new section: 区直…决算数为) ends the comparison
        if (f.role === 'level' && f.concept === cur.total.concept) break;
        if (!seenTotal && f.role === 'change' && f.sign !== 0) {
          const c = conceptOf(cleanLabel(f.label.replace(/相$/, '')));
          const lead = ctx.paras[f.para]!.text.slice(Math.max(0, f.start - 30), f.start);
          if (c === cur.total.concept && PRIOR.test(lead) && !/预算/.test(lead) && (!f.year || f.year === cur.total.year)) {
            seenTotal = true;
            difference(ctx, f, f.sign, cur.total, prior.total, '总额较上年的变动');
          }
          continue;
        }
        if (!seenTotal) continue;
        // a change against the budget (较年初预算减少) is not one between the two years
        if (/预算|计划/.test(f.lead.slice(-16))) continue;
        const m = ITEM_CHANGE.exec(f.role === 'change' ? `${f.label}${ITEM_VERB.exec(f.lead)?.[0] ?? ''}` : f.label);
        if (!m) continue;
        const a = itemOf(cur, m[1]!);
        const b = itemOf(prior, m[1]!);
        const sign = signOf(m[2]!);
        if (!a || !b || used.has(a) || sign === 0 || keyOf(a.label) !== keyOf(b.label)) continue;
        used.add(a);
        difference(ctx, f, sign, a, b, `${keyOf(a.label)}的变动`);
      }
    }
}

export function findYearLists(ctx: Ctx): void {
  for (const g of ctx.groups) withExtras(ctx, g);
  yearPairs(ctx);
}
