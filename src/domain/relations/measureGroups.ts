// 重点项目共30项，总投资A，年度计划B，完成C，其中：在建项目20项，总投资a1，年度计划b1，完成c1；新开工10项，…
// A count of items with several measures, then a 其中 list of groups, each with its own count and the
// same measures. When the groups are all of it, every measure of the headline is the sum of that
// measure over the groups. That they are all of it is read from the counts (20 + 10 = 30) or from
// another measure that adds up exactly; without either the list may be a subset and nothing is said.
import { cmp, sum } from '../decimal.js';
import { addSum, type Ctx } from './context.js';
import type { Figure } from './figures.js';

const CUE = /其中[：:，,]?\s*$/;
/** How many paragraphs after the cue may each hold one group (省级6项…。 / 市级5项…。 on lines of their own). */
const MAX_GROUPS = 12;

/** A measure's name without its period and verb: 1-6月累计完成投资 → 投资, 年度计划投资 → 年计划投资. */
export function measureName(label: string): string {
  return label
    .replace(/^(?:截至|截止)?(?:\d{1,2}(?:[-—~至]\d{1,2})?月(?:份|底|末)?|上半年|前三季度|一季度)/, '')
    .replace(/^(?:累计|共|已)?(?:完成|实现|实际)?/, '')
    .replace(/(?:当|全|本)?年度?/g, '年')
    .replace(/的/g, '');
}

const isCount = (f: Figure, unit: string) => f.q.kind === 'count' && f.q.unit === unit && f.role === 'level';
const isMeasure = (f: Figure) => f.q.kind === 'money' && f.role === 'level' && !!f.label;

interface Head {
  /** The headline count (共30项) when it opens the clause the cue ends. */
  count: Figure | null;
  measures: Figure[];
}

/** The headline: measures before the cue back to the last count, through the paragraph before when the cue's starts the clause. */
function headOf(ctx: Ctx, para: number, cueAt: number): Head {
  const measures: Figure[] = [];
  let count: Figure | null = null;
  for (let p = para; p >= 0 && p >= para - 1; p--) {
    const fs = ctx.byPara[p]!.filter((f) => p !== para || f.end <= cueAt);
    for (let i = fs.length - 1; i >= 0; i--) {
      const f = fs[i]!;
      // 131个项目（含预备项目5项）: a count in an aside is not the headline's
      if (f.q.kind === 'count' && f.parens.length > 0) continue;
      if (f.q.kind === 'count') {
        if (p === para) count = f;
        return { count, measures };
      }
      if (isMeasure(f) && !f.prior && f.parens.length === 0) measures.unshift(f);
    }
  }
  return { count, measures };
}

/** The groups after the cue: each opens with a count of the unit, in this paragraph or on lines of their own after it. */
function groupsAfter(ctx: Ctx, para: number, cueAt: number, unit: string): Figure[][] {
  const groups: Figure[][] = [];
  const text = ctx.paras[para]!.text;
  let first = true;
  for (let p = para; p < ctx.byPara.length && p <= para + MAX_GROUPS; p++) {
    const fs = ctx.byPara[p]!.filter((f) => p !== para || f.start >= cueAt);
    if (p !== para && (!fs.length || !isCount(fs[0]!, unit))) break;
    let depth0: number | null = null;
    for (const f of fs) {
      // a group opens with a count at the outer level, after the cue, a ；/。 or at the start of its line
      const last = groups.at(-1)?.at(-1);
      const before = p === para ? text.slice(Math.max(cueAt, last?.end ?? cueAt), f.start) : ctx.paras[p]!.text.slice(last?.para === p ? last.end : 0, f.start);
      const opens = isCount(f, unit) && f.parens.length === 0 && (depth0 === null || f.depth === depth0) && (first || /[；;。]/.test(before) || f === fs[0]);
      // 新开工51个，总投资a，…，已开工44个: a count after the group's own measures, set off by a comma, is one of its figures
      const inner = isCount(f, unit) && !opens && !!groups.at(-1)?.some(isMeasure) && /^[^、；;。]*，[^、；;。]*$/.test(before);
      if (isCount(f, unit) && !opens && !inner) return []; // a count inside a group (省级6项、市级5项): another shape
      if (opens) {
        depth0 ??= f.depth;
        groups.push([f]);
        first = false;
      } else if (groups.length) groups.at(-1)!.push(f);
      else return [];
    }
  }
  return groups;
}

export function findMeasureGroups(ctx: Ctx): void {
  ctx.paras.forEach((p, para) => {
    if (!p.text.includes('其中')) return;
    for (const m of p.text.matchAll(/其中[：:，,]?/g)) {
      const cueAt = m.index + m[0].length;
      if (!CUE.test(p.text.slice(0, cueAt))) continue;
      const next = ctx.byPara[para]!.find((f) => f.start >= cueAt) ?? ctx.byPara[para + 1]?.[0];
      if (!next || next.q.kind !== 'count') continue;
      const unit = next.q.unit;
      const head = headOf(ctx, para, m.index);
      if (head.measures.length === 0) continue;
      const groups = groupsAfter(ctx, para, cueAt, unit);
      if (groups.length < 2) continue;
      judgeMeasures(ctx, head, groups, unit);
    }
  });
}

function judgeMeasures(ctx: Ctx, head: Head, groups: Figure[][], unit: string): void {
  const counts = groups.map((g) => g[0]!);
  const countsAddUp =
    !!head.count &&
    head.count.q.unit === unit &&
    counts.every((c) => c.q.qualifier === 'exact') &&
    cmp(sum(counts.map((c) => c.q.value)), head.count.q.value) === 0;
  const matched: { total: Figure; parts: Figure[] }[] = [];
  const names = new Set<string>();
  for (const total of head.measures) {
    const name = measureName(total.label);
    if (name.length < 2 || names.has(name)) continue;
    names.add(name);
    const parts = groups.map((g) => g.filter((f) => isMeasure(f) && measureName(f.label) === name));
    if (parts.some((xs) => xs.length !== 1)) continue;
    matched.push({ total, parts: parts.map((xs) => xs[0]!) });
  }
  const exact = matched.map((x) => cmp(sum(x.parts.map((f) => f.q.value)), x.total.q.value) === 0);
  // the groups are all of it (by their counts, or a measure adding up exactly): the counts add up too
  if (head.count && head.count.q.unit === unit && head.count.q.qualifier === 'exact' && (countsAddUp || exact.some(Boolean))) {
    const zh = countsAddUp ? '各组个数之和等于总数' : '各组的另一项数额之和恰等于总数，所列为全部分组，个数之和也应等于总数';
    const en = countsAddUp
      ? 'the counts of the groups add up to the headline count'
      : 'another measure of the groups adds up exactly, so their counts must add up too';
    addSum(ctx, head.count, counts, { computedAs: counts[0], reason: zh, reasonEn: en });
  }
  matched.forEach(({ total, parts }, i) => {
    const byOther = exact.some((e, k) => e && k !== i);
    if (!countsAddUp && !byOther) return;
    const why = countsAddUp
      ? {
          zh: `各组个数之和等于总数（${counts.map((c) => c.q.text).join(' + ')} = ${head.count!.q.text}），各组的“${total.label}”之和应等于总数`,
          en: 'the counts of the groups add up to the headline count, so each measure of the groups adds up to its headline figure',
        }
      : {
          zh: `各组的另一项数额之和恰等于总数，所列为全部分组，“${total.label}”之和也应等于总数`,
          en: 'another measure of the groups adds up exactly, so the groups are all of it and this measure must add up too',
        };
    addSum(ctx, total, parts, { computedAs: parts[0], reason: why.zh, reasonEn: why.en });
  });
}
