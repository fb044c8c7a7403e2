// Rates of funds whose denominator is stated elsewhere in the document (rates.ts reads one paragraph):
//   下达资金合计A，其中中央资金B。……（later）中央资金完成b，预算执行率r%        → r = b ÷ B
//   （a flattened table: 公务接待费 预算数 35.00 决算数 26.40）… 公务接待费支出决算为26.40万元，完成年初预算的r% → 26.40 ÷ 35.00
//   下达专项资金A。……资金执行数b，执行率r%                                    → r = b ÷ A
//   …预算数A，执行数b，执行率r%（both in the rate's own clause run）            → r = b ÷ A
// The numerator is the one amount of the rate's clause run; the denominator is found by the numerator's subject
// and the role the rate needs (a budget, 下达 or 到位 amount), never by its value: one value among the candidates
// (the same value written twice is one) is checked, several leave the rate unsure, none says nothing.
import { cmp } from '../decimal.js';
import { inUnit, judgeRange, ratio } from './compare.js';
import { add, inSentence, type Ctx } from './context.js';
import { compatible, type Figure } from './figures.js';
import { GENERIC, SOURCE, headingItem, roleOf, sameSubject, subjectOf, type RateRole } from './rateSubjects.js';
import { tableBudget } from './rateTables.js';
import { clauseAfter, MIXED_CLAUSE_STOPS } from './text.js';

type Kind = 'execution' | 'payment' | 'arrival' | 'usage';

const NAMES: [RegExp, Kind][] = [
  [
    /^(?:[\u4e00-\u9fff]{0,8}?)(?:预算|资金|支出)?执行率(?:为|达到?|是)?$|^(?:完成|为|是|达到?)(?:了)?(?:年初|全年|调整后的?)?预算(?:数)?的$|^(?:资金|预算)完成率(?:为|达到?|是)?$/,
    'execution',
  ],
  [/^(?:[\u4e00-\u9fff]{0,8}?)(?:拨付|支付|兑付)率(?:为|达到?|是)?$/, 'payment'],
  [/^(?:[\u4e00-\u9fff]{0,8}?)到位率(?:为|达到?|是)?$/, 'arrival'],
  [/^(?:[\u4e00-\u9fff]{0,8}?)(?:资金|预算)使用率(?:为|达到?|是)?$/, 'usage'],
];
// what each rate is of: the amount done (到位 for 到位率) over a budget, 下达 or 到位 amount
const OVER: Record<Kind, { num: RateRole; den: RateRole[] }> = {
  execution: { num: 'done', den: ['budget', 'arrived'] },
  payment: { num: 'done', den: ['budget', 'arrived'] },
  usage: { num: 'done', den: ['budget', 'arrived'] },
  arrival: { num: 'arrived', den: ['budget'] },
};
const RATE_WORDS: Record<Kind, string> = { execution: '预算执行率', payment: '拨付（支付）率', arrival: '资金到位率', usage: '资金使用率' };
const NUMBERED = /^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．](?!\d)|[一二三四五六七八九十]+、)/;

function kindOf(r: Figure): Kind | null {
  const c = clauseAfter(r.lead, `${MIXED_CLAUSE_STOPS}:`, 'drop').replace(/[（(]+$/, '');
  if (/结转|结余|增长|下降|同比|比上年|较上年/.test(c)) return null;
  return NAMES.find(([re]) => re.test(c))?.[1] ?? null;
}

/** The figures of r's clause run before it: its sentence from the last semicolon. */
function runOf(ctx: Ctx, r: Figure): Figure[] {
  const p = ctx.paras[r.para]!;
  const from = Math.max(p.text.lastIndexOf('；', r.start), p.sentenceStarts[r.sentence]! - 1) + 1;
  const fs = inSentence(ctx, r.para, r.sentence).filter((f) => f.start >= from && f.end <= r.start);
  // 甲资金完成a，执行率p，乙资金完成b，执行率q: a rate closes the clauses of the one before it
  const last = fs.findLastIndex((f) => f.q.unit === '%');
  return fs.slice(last + 1);
}

const amount = (f: Figure) => f.q.kind === 'money' && f.role === 'level' && !f.prior;

interface Found {
  num: Figure;
  /** Candidate denominators, one per value; empty when none. */
  dens: Figure[];
  where: string;
  whereEn: string;
}

/** One figure per value (the same amount written twice is one candidate). */
function distinct(fs: Figure[]): Figure[] {
  const out: Figure[] = [];
  for (const f of fs) if (!out.some((g) => cmp(g.q.value, f.q.value) === 0)) out.push(f);
  return out;
}

/**
 * What a bare amount (资金执行数b) is of: the item the sentence opens with when that is its only clause before the
 * amount's own (甲项目，资金执行数b); null when it opens with no name (截至年底，项目资金执行数b).
 */
function sentenceItem(ctx: Ctx, num: Figure): string | null {
  const p = ctx.paras[num.para]!;
  const head = p.text.slice(p.sentenceStarts[num.sentence]!, num.start);
  const before = head.slice(0, Math.max(0, head.search(/[，,；;：:][^，,；;：:]*$/)));
  if (!before.trim() || /[，,；;：:]/.test(before) || inSentence(ctx, num.para, num.sentence)[0] !== num) return null;
  const name = subjectOf({ ...num, lead: before });
  return GENERIC.test(name) ? null : name;
}

/** One item named two ways (糖料蔗推广时间补助 / 糖料蔗推广补助资金): most of the shorter name opens both. */
function sameItem(item: string, subject: string): boolean {
  let k = 0;
  while (k < item.length && item[k] === subject[k]) k++;
  return k >= 4 && k >= 0.7 * Math.min(item.length, subject.length);
}

interface Budget {
  f: Figure;
  role: RateRole;
  subject: string;
}
/** Beyond this many budget amounts a document is a data dump: no denominator is looked for across it. */
const MAX_BUDGETS = 3000;

/** The budget, 下达 and 到位 amounts of the document, and how many headings naming an item stand before each paragraph. */
const indexed = new WeakMap<Ctx, { budgets: Budget[]; items: number[] }>();
function indexOf(ctx: Ctx): { budgets: Budget[]; items: number[] } {
  let x = indexed.get(ctx);
  if (x) return x;
  const budgets: Budget[] = [];
  for (const f of ctx.figs) {
    if (!amount(f) || cmp(f.q.value, '0') <= 0) continue;
    const role = roleOf(ctx, f);
    if (role === 'budget' || role === 'arrived') budgets.push({ f, role, subject: subjectOf(f) });
  }
  const items: number[] = [];
  ctx.paras.forEach((p, i) => items.push((items[i - 1] ?? 0) + (p.heading && headingItem(p.text) ? 1 : 0)));
  x = { budgets: budgets.length > MAX_BUDGETS ? [] : budgets, items };
  indexed.set(ctx, x);
  return x;
}

/** The denominators of a rate: by the numerator's subject, or the project's own fund for a generic one. */
function candidates(ctx: Ctx, r: Figure, num: Figure, kind: Kind): Figure[] {
  const subject = subjectOf(num);
  const generic = GENERIC.test(subject);
  const item = generic ? sentenceItem(ctx, num) : null;
  const { budgets, items } = indexOf(ctx);
  const fits = ({ f, role, subject: s }: Budget) => {
    if (f === num || f.id >= r.id || !compatible(f, num) || !OVER[kind].den.includes(role)) return false;
    // 2023年下达 … 2024年完成: the budget of another year
    if (f.year && num.year && f.year !== num.year) return false;
    // a heading between them that names an item (二、乙项目) starts another subject
    if (items[r.para]! - items[f.para]! > 0) return false;
    if (item) return sameItem(item, s);
    // a generic amount is of the project's whole fund: any budget but a source's (中央/省级/自筹 …)
    return generic ? !SOURCE.test(s) : s.includes(subject);
  };
  const hits = budgets.filter(fits);
  if (generic) {
    // a numbered paragraph is an item of its own (（二）乙项目……): its fund is not one stated before
    if (NUMBERED.test(ctx.paras[r.para]!.text)) return [];
    // the fund of the paragraph first, else of the document before it; a 其中 part beside its total is no other fund
    const own = hits.filter((b) => b.f.para === r.para);
    const pool = (own.length ? own : hits).map((b) => b.f);
    return distinct(pool.filter((f) => !pool.includes(ctx.partOf.get(f.id)?.total as Figure)));
  }
  // 追加中央资金 / 调整后中央资金 beside 中央资金: another budget of the subject, so the base is not known
  const same = distinct(hits.filter((b) => sameSubject(b.subject, subject)).map((b) => b.f));
  const all = distinct(hits.map((b) => b.f));
  return same.length && all.length > same.length ? all : same;
}

function resolve(ctx: Ctx, r: Figure, kind: Kind): Found | null {
  const run = runOf(ctx, r).filter(amount);
  const want = OVER[kind];
  if (run.length === 2) {
    // 预算数A，执行数b，执行率r: both in the clause run, the budget first
    const [a, b] = run as [Figure, Figure];
    if (!want.den.includes(roleOf(ctx, a)!) || roleOf(ctx, b) !== want.num || !compatible(a, b) || cmp(a.q.value, '0') <= 0) return null;
    return { num: b, dens: [a], where: '同一句中的', whereEn: 'in the same clauses' };
  }
  if (run.length !== 1) return null;
  const num = run[0]!;
  if (roleOf(ctx, num) !== want.num) return null;
  const dens = candidates(ctx, r, num, kind);
  if (kind === 'execution' && !GENERIC.test(subjectOf(num))) {
    const cell = tableBudget(ctx, num);
    if (cell && !dens.some((d) => cmp(d.q.value, cell.q.value) === 0)) dens.push(cell);
  }
  return { num, dens, where: '前文', whereEn: 'stated before' };
}

/** Rates already judged by another finder, or left unsure for a reason other than a denominator not found. */
function settled(ctx: Ctx): Set<string> {
  const out = new Set<string>();
  for (const x of ctx.relations) if (x.kind === 'rate' && (x.verdict !== 'unsure' || !x.leftOpen)) out.add(`${x.line}|${x.stated}`);
  return out;
}

export function findDocRates(ctx: Ctx): void {
  const done = settled(ctx);
  for (const r of ctx.figs) {
    if (r.q.unit !== '%' || r.q.qualifier !== 'exact') continue;
    const kind = kindOf(r);
    if (!kind) continue;
    const key = `${r.line + 1}|${inUnit(r.q, r.q.value)}`;
    if (done.has(key)) continue;
    const found = resolve(ctx, r, kind);
    if (!found || !found.dens.length) continue;
    const { num, dens } = found;
    const name = RATE_WORDS[kind];
    // several candidates: left as rates.ts left it (unsure, or not listed)
    if (dens.length > 1) continue;
    // the open relation of rates.ts is replaced by this one
    ctx.relations = ctx.relations.filter((x) => !(x.kind === 'rate' && x.verdict === 'unsure' && `${x.line}|${x.stated}` === key));
    const den = dens[0]!;
    const q = ratio(num.q, den.q);
    if (!q) continue;
    const exact = num.q.qualifier === 'exact' && den.q.qualifier === 'exact';
    // bound across the document: a rate cut instead of rounded is a warning here, not an error
    let verdict = exact ? judgeRange(r.q, r.q.value, q.exact, q.lo, q.hi, false) : 'unsure';
    if (verdict === 'error' && judgeRange(r.q, r.q.value, q.exact, q.lo, q.hi, true) !== 'error') verdict = 'rounding';
    const label = (f: Figure) => f.label || f.q.text;
    add(ctx, {
      kind: 'rate',
      verdict,
      stated: r,
      computed: q.exact,
      parts: [num, den],
      reason: `${name} = ${label(num)} ÷ ${found.where}${den.id < 0 ? '表中' : ''}预算（下达）数“${label(den)}”（同一事项、唯一的数值）`,
      reasonEn: `${kind} rate = the amount over the one budget (allocated) amount of the same subject ${found.whereEn}`,
    });
  }
}
