// Changes of the parts of a breakdown against the change of its total:
// "X 53.73亿元，比预算数减少9.43亿元。X中，a 17.44亿元，比预算数减少1.94亿元；b …，减少3.72亿元" (each
// part with its own change right after it), and "X 79.69亿元中，a，b，c。与2012年执行数相比，分别减少
// 0.29、0.33、0.64亿元。…2012年X执行数为80.95亿元" (one 分别 list of changes, the prior total stated after).
import { add as plus, cmp, mul, sub, sum } from '../decimal.js';
import { halfStep } from '../quantity/index.js';
import { judge } from './compare.js';
import { add, inSentence, type Ctx, type Group } from './context.js';
import { compatible, type Figure } from './figures.js';
import { judgeGroup } from './groups.js';
import { ADJUSTED_BASE, basisWords } from './changeBasis.js';
import { VERB } from './changeLexicon.js';

const signed = (f: Figure) => (f.sign < 0 ? mul(f.q.value, -1) : f.q.value);

/** What a change is measured against (basisWords), else 'year' when a base figure of the year before stands right before it. */
function basisOfChange(ctx: Ctx, c: Figure): string {
  return basisWords(c.lead, { strict: false }) ?? (yearBaseBefore(ctx, c) ? 'year' : '');
}

/** A base figure of the year before right before a change (较2024年的1800万元减少150万元). */
function yearBaseBefore(ctx: Ctx, c: Figure): boolean {
  const prev = ctx.figs[c.id - 1];
  if (!prev || prev.para !== c.para || prev.sentence !== c.sentence || !(prev.role === 'base' || prev.prior)) return false;
  return /(?:比|较|与)(?:(?:19|20)\d\d年度?|上年度?|去年)(?:的|[^，；。\d比较与]{0,8})$/.test(prev.lead.replace(/\s/g, ''));
}

/** 与上年持平 / 无增减变化: a part stated without a change amount that did not change. */
const UNCHANGED = /持平|无增减|没有增减|无变化|没有变化|未发生变化|保持不变/;

/** A form's blank cell: a change verb right before its unit with no amount (比上年减少 万元). */
const BLANK_CHANGE = new RegExp(`${VERB}\\s*(?:万元|亿元|元)`);

/**
 * The change that follows a level before the next part of the list (its share, rate or prior year
 * may stand between: 占p%，比上年减少c / 较上年的P减少c; so may a count of another measure, 车辆2辆),
 * '0' when the clause says 持平, 'blank' when a part at zero left its change blank, else null.
 */
function ownChange(ctx: Ctx, f: Figure, before: Figure | undefined): Figure | '0' | 'blank' | null {
  const p = ctx.paras[f.para]!;
  const end = before && before.para === f.para ? before.start : p.text.length;
  // the clause of f: up to the next part, or the end of f's sentence when it is the last part
  const stop = before ? end : (p.sentenceStarts[f.sentence + 1] ?? p.text.length);
  for (const next of inSentence(ctx, f.para, f.sentence)) {
    if (next.start <= f.end) continue;
    if (next.start >= stop) break;
    if (next.role === 'share' || next.q.kind === 'percent' || next.role === 'base' || next.prior) continue;
    if (next.role === 'level' && next.q.kind !== 'money') continue;
    if (next.role !== 'change' || next.sign === 0 || next.q.kind !== 'money' || !compatible(next, f)) return null;
    return next;
  }
  const clause = p.text.slice(f.end, stop);
  if (UNCHANGED.test(clause)) return '0';
  return cmp(f.q.value, '0') === 0 && BLANK_CHANGE.test(clause) ? 'blank' : null;
}

/** Each part of a breakdown states its change, and so does the total: the changes add up too. */
function partChanges(ctx: Ctx, g: Group): void {
  const total = ownChange(ctx, g.total, g.parts[0]);
  if (!total || total === '0' || total === 'blank') return;
  const basis = basisOfChange(ctx, total);
  const totalAdjusted = ADJUSTED_BASE.test(total.lead);
  const changes: Figure[] = [];
  let unchanged = 0;
  // a part at zero whose change cell was left blank (0万元，比上年减少 万元) fell from last year's amount, if at all
  let blank = false;
  for (let k = 0; k < g.parts.length; k++) {
    const c = ownChange(ctx, g.parts[k]!, g.parts[k + 1]);
    if (c === '0') {
      unchanged++;
      continue;
    }
    if (c === 'blank') {
      blank = true;
      continue;
    }
    if (!c || !compatible(c, total)) return;
    const b = basisOfChange(ctx, c);
    if (b && b !== basis) return;
    // 较同口径上年 and 比上年 are both the year before, but a like-for-like change is not one of the figures written:
    // a part's change of such a base (or one naming its basis plainly under such a total) is of another base
    const adjusted = ADJUSTED_BASE.test(c.lead);
    if (adjusted !== totalAdjusted && (adjusted || b)) return;
    changes.push(c);
  }
  if (!changes.length) return;
  // a nil item (A没有支出) may have fallen from last year's amount: the parts' changes may only exceed the total's decrease
  const residual = sub(signed(total), sum(changes.map(signed)));
  const exhaustive = g.exhaustive && !((g.nil || blank) && cmp(residual, '0') < 0);
  judgeGroup(
    ctx,
    { total, parts: changes, exhaustive, mode: 'change', cue: g.cue, ...(blank ? { nil: true } : {}) },
    {
      zh: `各分项与总数都写明了变动（比${basis === 'year' || !basis ? '上年' : basis.replace(/^year /, '上年')}）${unchanged ? `，${unchanged}项持平` : ''}${blank ? '，为零的项未填变动' : ''}`,
      en: `the total and each part state their change (against ${basis === 'year' || !basis ? 'the previous year' : basis.replace(/^year /, 'last year ')})${unchanged ? `, ${unchanged} unchanged` : ''}${blank ? ', a part at zero left its change blank' : ''}`,
    },
  );
}

const RESPECTIVE = new RegExp(`分别${VERB}了?$`);

/**
 * a，b，c。与2012年执行数相比，分别减少x、y、z。…2012年X执行数为P: the changes of the parts, in order;
 * the total of the other year is the current total ∓ their sum.
 */
function respectiveChanges(ctx: Ctx, g: Group): void {
  const last = g.parts[g.parts.length - 1]!;
  if (g.parts.some((x) => x.para !== last.para)) return;
  const after = [...inSentence(ctx, last.para, last.sentence), ...inSentence(ctx, last.para, last.sentence + 1)].filter((f) => f.start > last.end);
  const k = after.findIndex((f) => f.role === 'change' && RESPECTIVE.test(f.lead.replace(/\s/g, '')));
  if (k < 0) return;
  const text = ctx.paras[last.para]!.text;
  const run = [after[k]!];
  for (let j = k + 1; j < after.length && /^[、和及]$/.test(text.slice(after[j - 1]!.end, after[j]!.start).trim()); j++) run.push(after[j]!);
  if (run.length !== g.parts.length || run.some((c) => c.q.kind !== 'money' || !compatible(c, g.total) || c.q.qualifier !== 'exact')) return;
  const sign = run[0]!.sign;
  const sentence = text.slice(ctx.paras[last.para]!.sentenceStarts[run[0]!.sentence]!, run[0]!.start);
  const year = /(?:与|比|较|同)((?:19|20)\d\d)年/.exec(sentence)?.[1];
  if (!year && !/(?:与|比|较|同)(?:上年|去年)/.test(sentence)) return;
  // the other year's total: same concept, that year (or 上年), stated within the next two sentences
  const end = run[run.length - 1]!;
  const cands = [0, 1, 2]
    .flatMap((d) => inSentence(ctx, end.para, end.sentence + d))
    .filter((f) => f.start > end.end && f.role === 'level' && f.concept === g.total.concept && compatible(f, g.total) && (year ? f.year === year : f.prior));
  if (cands.length !== 1 || !g.total.concept) return;
  const prior = cands[0]!;
  const changes = run.map((c) => ({ ...c, sign }));
  const computed = sub(g.total.q.value, sum(changes.map(signed)));
  const room = plus(halfStep(g.total.q), sum(run.map((c) => halfStep(c.q))));
  add(ctx, {
    kind: 'changeSum',
    verdict: judge(prior.q, computed, room),
    stated: prior,
    computed,
    parts: [g.total, ...run],
    reason: `“分别${sign < 0 ? '减少' : '增加'}”按顺序对应各分项：${year ? `${year}年` : '上年'}总数 = ${g.total.q.text} ${sign < 0 ? '+' : '−'} 各项变动之和`,
    reasonEn: `the changes listed “respectively” belong to the parts in order: the other year's total = current total ${sign < 0 ? '+' : '−'} their sum`,
  });
}

/** The parts of a subset list that add up to its total to the last digit (no rounding, no nil item). */
function addsUpExactly(g: Group): boolean {
  if (g.nil || [g.total, ...g.parts].some((x) => x.q.qualifier !== 'exact' || x.role !== 'level')) return false;
  return cmp(sum(g.parts.map((x) => x.q.value)), g.total.q.value) === 0 && g.parts.every((x) => cmp(x.q.value, '0') > 0);
}

export function findChangeLists(ctx: Ctx): void {
  for (const g of ctx.groups) {
    if (g.mode !== 'level' || g.parts.length < 2 || g.total.q.kind !== 'money') continue;
    // 总额T，其中：甲a，…，乙b with a + b = T exactly: the listed parts are all of it, whatever the cue said
    if (!g.exhaustive && !addsUpExactly(g)) continue;
    partChanges(ctx, g.exhaustive ? g : { ...g, exhaustive: true });
    if (g.exhaustive) respectiveChanges(ctx, g);
  }
}
