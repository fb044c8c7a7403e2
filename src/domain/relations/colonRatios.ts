// Ratios written a:b — 人员经费与公用经费之比为3:1, 两者比例为1∶0.4 — against the two amounts they name. The
// terms are no figures of the text's own (a bare 3 and 1), so the stated term is read here. One term is held
// exact (the 1, else the second) and the other judged at its own written digit: 3:1 holds for 2.5–3.5 : 1.
import { cmp, div, mul } from '../decimal.js';
import type { Quantity } from '../quantity/index.js';
import { judge } from './compare.js';
import { add, type Ctx } from './context.js';
import { cleanLabel, compatible, type Figure } from './figures.js';
import { conceptOf } from './concepts.js';

const TERM = String.raw`(\d+(?:\.\d+)?)\s*[:：∶]\s*(\d+(?:\.\d+)?)(?![\d:：∶])`;
// A与B之比为a:b / A和B的比例为a:b (the names), 两者比例为 / 比例为 (the two amounts right before)
const NAMED = new RegExp(String.raw`([\u4e00-\u9fff]{2,12}?)(?:与|和|同)([\u4e00-\u9fff]{2,12}?)(?:的)?(?:之比|比例|比值|比)(?:为|是|达)?\s*(约)?` + TERM, 'g');
const BARE = new RegExp(String.raw`(?:^|[，,；])\s*(?:两者|二者|两项)?(?:之)?(?:比例|比值|之比)(?:为|是)?\s*(约)?` + TERM, 'g');

function term(text: string, start: number, approx: boolean): Quantity {
  const dot = text.indexOf('.');
  const precision = dot < 0 ? '1' : `0.${'0'.repeat(text.length - dot - 2)}1`;
  return { value: text, unit: '', kind: 'number', scale: '', precision, qualifier: approx ? 'approx' : 'exact', text, start, end: start + text.length };
}

/** The one amount before `at` in the paragraph that the name denotes (its label or concept); null when none or several. */
function named(ctx: Ctx, pi: number, at: number, name: string): Figure | null {
  const n = cleanLabel(name);
  const c = conceptOf(n);
  const hits = (ctx.byPara[pi] ?? []).filter(
    (f) => f.end <= at && f.role === 'level' && f.q.kind !== 'percent' && !f.prior && (cleanLabel(f.label).endsWith(n) || (!!c && f.concept === c)),
  );
  return hits.length && hits.every((f) => cmp(f.q.value, hits[0]!.q.value) === 0) ? hits[hits.length - 1]! : null;
}

/** The two amounts right before `at` in its sentence, nothing else but rates between (两者比例为…). */
function lastTwo(ctx: Ctx, pi: number, at: number): [Figure, Figure] | null {
  const before = (ctx.byPara[pi] ?? []).filter((f) => f.end <= at && f.q.kind !== 'percent');
  const [a, b] = before.slice(-2);
  if (!a || !b || a.sentence !== b.sentence || (before.length > 2 && before[before.length - 3]!.sentence === a.sentence)) return null;
  return a.role === 'level' && b.role === 'level' ? [a, b] : null;
}

export function findColonRatios(ctx: Ctx): void {
  ctx.paras.forEach((p, pi) => {
    if (!/[:：∶]/.test(p.text) || !/比/.test(p.text)) return;
    const seen = new Set<number>();
    for (const re of [NAMED, BARE])
      for (const m of p.text.matchAll(re)) {
        const byName = re === NAMED;
        const [approx, a, b] = byName ? [m[3], m[4]!, m[5]!] : [m[1], m[2]!, m[3]!];
        const at = m.index + m[0].length - (a.length + b.length);
        if (seen.has(at)) continue;
        seen.add(at);
        const pair = byName ? [named(ctx, pi, m.index, m[1]!), named(ctx, pi, m.index, m[2]!)] : lastTwo(ctx, pi, m.index);
        const [x, y] = pair ?? [];
        if (!x || !y || x === y || !compatible(x, y) || cmp(x.q.value, '0') <= 0 || cmp(y.q.value, '0') <= 0) continue;
        if (cmp(a, '0') <= 0 || cmp(b, '0') <= 0) continue;
        // hold the 1 exact (3:1, 1:0.4); else the second term (3:2 judges 3 against A × 2 ÷ B)
        const firstJudged = cmp(b, '1') === 0 || cmp(a, '1') !== 0;
        const aStart = m.index + m[0].lastIndexOf(a, m[0].length - b.length - 1);
        const bStart = m.index + m[0].length - b.length;
        const q = firstJudged ? term(a, aStart, !!approx) : term(b, bStart, !!approx);
        const computed = firstJudged ? div(mul(x.q.value, b), y.q.value) : div(mul(y.q.value, a), x.q.value);
        const stated: Figure = { ...y, q, start: q.start, end: q.end, role: 'rate', label: '比例', concept: null };
        add(ctx, {
          kind: 'rate',
          verdict: judge(q, computed, '0'),
          stated,
          computed,
          parts: [x, y],
          reason: `“${byName ? `${m[1]}与${m[2]}之比` : '两者比例'}为${a}:${b}”：${x.label || x.q.text} ÷ ${y.label || y.q.text}`,
          reasonEn: `the ratio ${a}:${b} of the two amounts it names`,
        });
      }
  });
}
