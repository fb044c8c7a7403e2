// 收入、支出分别为a和b，比上年分别减少c和d，分别下降p和q / 收、支总计各是a、b，各减少c、d，各下降p、q:
// n levels, then n changes and n rates "respectively" — the i-th change and rate are of the i-th level.
// Only when the three lists have the same length, stand in one sentence in that order, and the
// changes and rates say 分别/各 (the text pairs them; a count that does not match pairs nothing).
import { cmp, mul, sub } from '../decimal.js';
import { judgeRange, ratio } from './compare.js';
import { add, type Ctx } from './context.js';
import { compatible, type Figure } from './figures.js';

const RESPECTIVELY = /(?:分别|各)(?:为|是|达到?)?[^，；。、\d]{0,8}$/;

/** Runs of figures joined by 、/和/及/与 only. */
function runsOf(ctx: Ctx, fs: Figure[]): Figure[][] {
  const runs: Figure[][] = [];
  const text = (f: Figure) => ctx.paras[f.para]!.text;
  for (const f of fs) {
    const last = runs.at(-1);
    const prev = last?.at(-1);
    if (prev && /^[、和及与]$/.test(text(f).slice(prev.end, f.start).trim())) last!.push(f);
    else runs.push([f]);
  }
  return runs.filter((r) => r.length >= 2);
}

export function findPairedChanges(ctx: Ctx): void {
  for (const sentences of ctx.bySentence)
    for (const fs of sentences) {
      if (fs.length < 6) continue;
      const runs = runsOf(ctx, fs);
      for (let i = 0; i + 2 < runs.length; i++) {
        const [levels, changes, rates] = [runs[i]!, runs[i + 1]!, runs[i + 2]!];
        const n = levels.length;
        if (changes.length !== n || rates.length !== n) continue;
        const c0 = changes[0]!;
        const r0 = rates[0]!;
        if (levels.some((f) => f.role !== 'level' || f.q.kind === 'percent' || f.prior) || levels[0]!.q.kind !== 'money') continue;
        if (c0.role !== 'change' || c0.q.kind === 'percent' || r0.role !== 'change' || r0.q.unit !== '%' || c0.sign === 0) continue;
        if (!RESPECTIVELY.test(c0.lead.replace(/\s/g, '')) || !RESPECTIVELY.test(r0.lead.replace(/\s/g, ''))) continue;
        if (changes.some((c) => !compatible(c, levels[0]!)) || rates.some((r) => r.q.unit !== '%')) continue;
        levels.forEach((level, k) => pair(ctx, k, level, changes[k]!, rates[k]!, c0.sign, r0.sign));
      }
    }
}

function pair(ctx: Ctx, k: number, level: Figure, change: Figure, rate: Figure, sign: 1 | -1 | 0, rateSign: 1 | -1 | 0): void {
  const signedChange = sign < 0 ? mul(change.q.value, -1) : change.q.value;
  const prior = sub(level.q.value, signedChange);
  if (cmp(prior, '0') <= 0) return;
  const precision = cmp(level.q.precision, change.q.precision) >= 0 ? level.q.precision : change.q.precision;
  const r = ratio({ ...change.q, value: signedChange }, { ...level.q, value: prior, precision });
  if (!r) return;
  const stated = rateSign < 0 ? mul(rate.q.value, -1) : rate.q.value;
  const exact = level.q.qualifier === 'exact' && change.q.qualifier === 'exact';
  const opposite = rateSign !== 0 && rateSign !== sign && cmp(rate.q.value, '0') !== 0;
  const verdict = !exact ? 'unsure' : opposite ? 'error' : judgeRange(rate.q, stated, r.exact, r.lo, r.hi);
  add(ctx, {
    kind: 'yoy',
    verdict,
    stated: rate,
    statedValue: stated,
    computed: r.exact,
    parts: [level, change],
    reason: `“分别/各”：第 ${k + 1} 个变动与变动率对应第 ${k + 1} 个数额；上年数 = ${level.q.text} ${sign > 0 ? '−' : '+'} ${change.q.text}`,
    reasonEn: `“respectively”: change and rate ${k + 1} are of amount ${k + 1}; prior = current ${sign > 0 ? '−' : '+'} change`,
  });
}
