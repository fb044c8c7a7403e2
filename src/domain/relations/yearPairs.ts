// Two years of one item in one sentence, then their change: "X 2024年预算a万元，2023年预算b万元；对比减少c万元；
// 减少率r%". c = a − b (the direction word agreeing), r = c ÷ b. A total pair followed by 其中 and item pairs of the
// same two years: each year's items add up to (or, when the lexicon does not complete the total, stay within) the
// total of that year, and with a complete list the items' changes add up to the total's change.
import { cmp, mul, sub } from '../decimal.js';
import { judgeRange, ratio } from './compare.js';
import { add, addChange, addLevelsRate, sentenceText, type Ctx, type Group } from './context.js';
import { compatible, conceptOf, type Figure } from './figures.js';
import { judgeGroup, register } from './groups.js';
import { descendants, isComplete, partitionsOf } from './lexicon.js';
import { PLAIN_VERB, RATE_NOUN, VERB } from './changeLexicon.js';

interface Pair {
  later: Figure;
  earlier: Figure;
  change: Figure;
  concept: string | null;
}

/** What a label measures without its year, stage and verb words (公务接待费2024年预算 → 公务接待费). */
const stem = (label: string) =>
  label
    .replace(/(?:19|20)\d\d年度?|本年度?|上年度?|当年|年初|调整后?|全年|(?:预算|决算|执行|实际)(?:数|金额)?|拨入|安排|为|的|[、，：\s]/g, '')
    .replace(/^(?:\d+[.、．]|[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）)/, '');

// one clause break between the two years' figures, nothing else but the second one's label
const BETWEEN = /^[^，；,;。]*[，；,;][^，；,;。]*$/;
// …b万元；对比减少c / ，与上年相比增加c / ，减少c: only the comparison's own words
export const CHANGE = new RegExp(
  `^[，；,;\\s]*(?:(?:(?:19|20)\\d\\d年度?)?(?:与|比|较|同)(?:上年度?|去年|(?:19|20)\\d\\d年度?)?)?(?:相比|对比|比较)?[，,]?${VERB}了?(?:为)?$`,
);
export const RATE = new RegExp(`^[，；,;\\s]*(?:${PLAIN_VERB}(?:率|幅度?)|${RATE_NOUN}|${PLAIN_VERB})(?:了|为|是)?$`);

const CURRENT = /本年|今年|当年/;
const PRIOR = /(?:上年|去年)(?!初|结转|结余)/;

const when = (f: Figure) => (f.year ? `${f.year}年` : CURRENT.test(f.label) ? '本年' : '上年');

const money = (f: Figure | undefined): f is Figure => !!f && f.q.kind === 'money' && f.q.qualifier === 'exact';

/** Two levels of one item a year apart (years written, or 本年 / 上年), one clause break between them. */
function levelsPair(ctx: Ctx, a: Figure | undefined, b: Figure | undefined): { later: Figure; earlier: Figure; name: string } | null {
  if (!money(a) || !money(b) || a.role !== 'level' || b.role !== 'level') return null;
  const years = !!a.year && !!b.year && Math.abs(Number(a.year) - Number(b.year)) === 1;
  const words = !a.year && !b.year && ((CURRENT.test(a.label) && PRIOR.test(b.label)) || (PRIOR.test(a.label) && CURRENT.test(b.label)));
  if ((!years && !words) || a.depth !== b.depth || !compatible(a, b)) return null;
  if ((a.stage ?? 'actual') !== (b.stage ?? 'actual')) return null;
  const text = ctx.paras[a.para]!.text;
  const name = stem(a.label);
  const other = stem(b.label);
  // the second figure names the same item or only its year and stage
  const same = (x: string, y: string) => x.replace(/支出/g, '') === y.replace(/支出/g, '');
  if (!name || (other && !same(other, name)) || !BETWEEN.test(text.slice(a.end, b.start))) return null;
  const [later, earlier] = (years ? Number(a.year) > Number(b.year) : CURRENT.test(a.label)) ? [a, b] : [b, a];
  return { later, earlier, name };
}

function pairAt(ctx: Ctx, fs: Figure[], i: number): Pair | null {
  const c = fs[i + 2];
  if (!money(c) || c.role !== 'change' || c.sign === 0) return null;
  const p = levelsPair(ctx, fs[i], fs[i + 1]);
  if (!p || !compatible(p.later, c) || !CHANGE.test(ctx.paras[c.para]!.text.slice(fs[i + 1]!.end, c.start))) return null;
  return { later: p.later, earlier: p.earlier, change: c, concept: conceptOf(p.name.replace(/支出$/, '')) ?? conceptOf(p.name) };
}

/** 2024年X a，2023年X b，增长r%: no amount of change, the rate is (a − b) ÷ b. */
function rateAt(ctx: Ctx, fs: Figure[], i: number): Figure | null {
  const r = fs[i + 2];
  if (!r || r.q.unit !== '%' || r.q.qualifier !== 'exact' || r.role !== 'change') return null;
  const p = levelsPair(ctx, fs[i], fs[i + 1]);
  if (!p || !RATE.test(ctx.paras[r.para]!.text.slice(fs[i + 1]!.end, r.start)) || cmp(p.earlier.q.value, '0') <= 0 || already(ctx, r)) return null;
  const { later, earlier } = p;
  const added = addLevelsRate(ctx, r, later, earlier, {
    reason: `变动率 =（${when(later)} ${later.q.text} − ${when(earlier)} ${earlier.q.text}）÷ ${when(earlier)} ${earlier.q.text}`,
    reasonEn: 'rate of change of two years of one item: (later − earlier) ÷ earlier',
  });
  return added ? earlier : null;
}

/** Another finder has judged this very figure already (its span in the sentence is the stated one). */
export function already(ctx: Ctx, f: Figure): boolean {
  const at = f.start - ctx.paras[f.para]!.sentenceStarts[f.sentence]!;
  const head = sentenceText(ctx, f).slice(0, 40);
  return ctx.relations.some(
    (r) => (r.kind === 'difference' || r.kind === 'yoy') && r.line === f.line + 1 && r.spans?.[0]?.[0] === at && r.text.startsWith(head),
  );
}

function judgePair(ctx: Ctx, fs: Figure[], i: number, p: Pair): void {
  const { later, earlier, change: c } = p;
  if (!already(ctx, c)) {
    // one list is written at one precision: 8万元 beside 12.5万元 and 4.35万元 is 8.00 (as in judgeSum)
    const finest = [later, earlier, c].map((f) => f.q.precision).reduce((m, x) => (cmp(x, m) < 0 ? x : m));
    addChange(ctx, c, sub(later.q.value, earlier.q.value), finest, {
      parts: [later, earlier],
      reason: `两年对比：${when(later)} ${later.q.text} − ${when(earlier)} ${earlier.q.text}`,
      reasonEn: 'two years of one item: the later year less the earlier one',
    });
  }
  const r = fs[i + 3];
  const text = ctx.paras[c.para]!.text;
  if (!r || r.q.unit !== '%' || r.q.qualifier !== 'exact' || !RATE.test(text.slice(c.end, r.start)) || already(ctx, r)) return;
  if (cmp(earlier.q.value, '0') <= 0) return;
  const rr = ratio(c.q, earlier.q);
  if (!rr) return;
  const signed = (v: string, s: number) => (s < 0 ? mul(v, -1) : v);
  const sign = r.sign !== 0 ? r.sign : c.sign;
  const [lo, hi] = cmp(rr.lo, rr.hi) <= 0 ? [rr.lo, rr.hi] : [rr.hi, rr.lo];
  const flip = (v: string) => signed(v, c.sign);
  const bounds = c.sign < 0 ? [flip(hi), flip(lo)] : [lo, hi];
  add(ctx, {
    kind: 'yoy',
    verdict: judgeRange(r.q, signed(r.q.value, sign), flip(rr.exact), bounds[0]!, bounds[1]!),
    stated: r,
    statedValue: signed(r.q.value, sign),
    computed: flip(rr.exact),
    parts: [c, earlier],
    reason: `变动率 = ${c.q.text} ÷ ${when(earlier)} ${earlier.q.text}`,
    reasonEn: 'rate of change = the change ÷ the earlier year',
  });
}

/** Item pairs after a total pair and a 其中 (same paragraph, same two years): their sums and changes. */
function lists(ctx: Ctx, pairs: Pair[]): void {
  for (let t = 0; t < pairs.length; t++) {
    const total = pairs[t]!;
    const text = ctx.paras[total.later.para]!.text;
    const next = pairs[t + 1];
    if (!next || next.later.para !== total.later.para) continue;
    const gap = text.slice(total.change.end, Math.min(next.later.start, next.earlier.start));
    if (!/其中/.test(gap)) continue;
    const items: Pair[] = [];
    for (let k = t + 1; k < pairs.length; k++) {
      const x = pairs[k]!;
      if (x.later.para !== total.later.para || x.later.year !== total.later.year || x.earlier.year !== total.earlier.year) break;
      items.push(x);
    }
    const want = total.concept;
    const concepts = items.map((x) => x.concept);
    if (!want || concepts.some((c) => !c) || new Set(concepts).size !== concepts.length) continue;
    const below = descendants(want);
    if (!concepts.every((c) => below.has(c!))) continue;
    const complete = partitionsOf(concepts[0]!).some((p) => p.totals?.includes(want) && isComplete(p, new Set(concepts as string[])));
    const why = complete
      ? { zh: '“其中”所列各项构成总数（两年各自相加）', en: 'the items after 其中 make up the total (each year)' }
      : { zh: '“其中”（两年各自）', en: '其中, each year' };
    for (const side of ['later', 'earlier'] as const) {
      const g: Group = { total: total[side], parts: items.map((x) => x[side]), exhaustive: complete, mode: 'level', cue: '其中', named: true };
      register(ctx, g);
      judgeGroup(ctx, g, why);
    }
    if (complete) {
      const g: Group = { total: total.change, parts: items.map((x) => x.change), exhaustive: true, mode: 'change', cue: '其中' };
      register(ctx, g);
      judgeGroup(ctx, g, why);
    }
    t += items.length;
  }
}

/**
 * Before the change finders run: the earlier figure of a pair is the prior (2024年X a，2023年X b，增加c — the
 * change is of a, not of the figure right before it).
 */
export function markYearPairs(ctx: Ctx): void {
  ctx.byPara.forEach((fs) => {
    for (let i = 0; i + 2 < fs.length; i++) {
      if (fs[i]!.sentence !== fs[i + 2]!.sentence) continue;
      const p = pairAt(ctx, fs, i) ?? (fs[i + 2]?.q.unit === '%' ? levelsPair(ctx, fs[i], fs[i + 1]) : null);
      if (p) p.earlier.prior = true;
    }
  });
}

export function findYearPairs(ctx: Ctx): void {
  ctx.byPara.forEach((fs) => {
    if (fs.length < 3) return;
    const pairs: Pair[] = [];
    for (let i = 0; i + 2 < fs.length; i++) {
      if (fs[i]!.sentence !== fs[i + 2]!.sentence) continue;
      const p = pairAt(ctx, fs, i);
      if (!p) {
        if (rateAt(ctx, fs, i)) i += 2;
        continue;
      }
      judgePair(ctx, fs, i, p);
      pairs.push(p);
      i += 2;
    }
    if (pairs.length >= 2) lists(ctx, pairs);
  });
}
