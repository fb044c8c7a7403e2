// （一）A a，占总数的p%。…（二）B b，占总数的q%: sibling items that each state their share of "the total"
// without naming it. The total is the sum of the siblings when the text shows they are all of it: their
// shares make 100%, or their sum is a figure stated just before (总支出 T). Either premise alone binds the
// shares; under the second only, at most one share may disagree (several would say it is another whole).
import { abs, cmp, sub, sum } from '../decimal.js';
import { halfStep } from '../quantity/index.js';
import { judge, judgeRange, ratio } from './compare.js';
import { add, type Ctx } from './context.js';
import { compatible, type Figure } from './figures.js';

const OF_TOTAL = /占(?:其)?总(?:数|额)的?(?:比例|比重)?(?:为|达)?$/;
// a top-level heading (四、) closes the items of the one before
const TOP_HEADING = /^\s*[一二三四五六七八九十]+、/;

interface Item {
  s: Figure;
  num: Figure;
}

export function siblingShares(ctx: Ctx, numeratorOf: (ctx: Ctx, s: Figure) => Figure | null): void {
  let run: Item[] = [];
  for (const s of ctx.figs) {
    if (s.q.unit !== '%' || s.role !== 'share' || !OF_TOTAL.test(s.lead.replace(/[（\s]+$/, ''))) continue;
    const num = numeratorOf(ctx, s);
    if (!num || num.q.kind !== 'money' || num.q.qualifier !== 'exact') {
      judgeRun(ctx, run);
      run = [];
      continue;
    }
    const prev = run[run.length - 1];
    if (prev && (!compatible(prev.num, num) || s.para - prev.s.para > 8 || headingBetween(ctx, prev.s.para, s.para))) {
      judgeRun(ctx, run);
      run = [];
    }
    run.push({ s, num });
  }
  judgeRun(ctx, run);
}

function headingBetween(ctx: Ctx, from: number, to: number): boolean {
  for (let p = from + 1; p <= to; p++) if (TOP_HEADING.test(ctx.paras[p]!.text)) return true;
  return false;
}

function judgeRun(ctx: Ctx, run: Item[]): void {
  if (run.length < 2 || new Set(run.map((x) => x.num.id)).size !== run.length) return;
  const nums = run.map((x) => x.num);
  const total = sum(nums.map((n) => n.q.value));
  const shares = run.map((x) => x.s);
  const hundred = cmp(abs(sub(sum(shares.map((x) => x.q.value)), '100')), sum(shares.map((x) => halfStep(x.q)))) <= 0;
  const stated = statedBefore(ctx, nums, total);
  if (!hundred && !stated) return;
  const den = { ...nums[0]!.q, value: total, precision: nums[0]!.q.precision };
  const verdicts = run.map((x) => {
    const r = ratio(x.num.q, den);
    return r ? { r, v: judgeRange(x.s.q, x.s.q.value, r.exact, r.lo, r.hi) } : null;
  });
  if (verdicts.some((v) => !v)) return;
  if (!hundred && verdicts.filter((v) => v!.v === 'error').length > 1) return;
  const reason = hundred
    ? `各项“占总数”的比例合计为100%：总数即所列${run.length}项之和`
    : `所列${run.length}项之和等于前文的${stated!.label || stated!.q.text}（${stated!.q.text}），“占总数”以其为分母`;
  const reasonEn = hundred
    ? `the items' shares of "the total" make 100%: the total is the sum of the ${run.length} items`
    : `the ${run.length} items add up to the ${stated!.label || stated!.q.text} stated before: "the total" is it`;
  run.forEach((x, k) => {
    // a share some other rule bound to a total already keeps that reading
    const known = ctx.relations.filter((r) => r.kind === 'share' && r.line === x.s.line + 1 && r.statedText === x.s.q.text);
    if (known.some((r) => r.verdict !== 'unsure')) return;
    for (const r of known) ctx.relations.splice(ctx.relations.indexOf(r), 1);
    add(ctx, { kind: 'share', verdict: verdicts[k]!.v, stated: x.s, computed: verdicts[k]!.r.exact, parts: nums, reason, reasonEn });
  });
}

/** A money figure among the 40 before the first item that the items add up to (not one of them). */
function statedBefore(ctx: Ctx, nums: Figure[], total: string): Figure | null {
  const first = nums[0]!;
  const room = sum(nums.map((n) => halfStep(n.q)));
  for (let id = first.id - 1; id >= 0 && id >= first.id - 40; id--) {
    const f = ctx.figs[id]!;
    if (f.q.kind !== 'money' || f.q.qualifier !== 'exact' || !compatible(f, first)) continue;
    if (judge(f.q, total, room) === 'ok') return f;
  }
  return null;
}
