// What the shares of one paragraph imply together: shares of a complete list add up to 100%, and a share of a
// total that is not stated is bounded by its sibling parts (lexicon).
import { abs, cmp, sub, sum } from '../decimal.js';
import { halfStep } from '../quantity/index.js';
import { judge, judgeRange, ratio } from './compare.js';
import { add, addSum, type Ctx, type Group } from './context.js';
import { compatible, conceptOf, type Figure } from './figures.js';
import { partitionFor } from './sums.js';

export interface Unnamed {
  s: Figure;
  num: Figure;
  name: string;
}

/**
 * 基本支出 A，占一般公共预算支出的a%；项目支出 B，占一般公共预算支出的b% — the total is not stated,
 * but it holds at least A + B when A and B are sibling parts of it (lexicon), so no share can be
 * more than its part over that sum.
 */
export function shareBounds(ctx: Ctx, unnamed: Unnamed[]): void {
  const byName = new Map<string, Unnamed[]>();
  for (const u of unnamed) byName.get(u.name)?.push(u) ?? byName.set(u.name, [u]);
  for (const [name, us] of byName) {
    const total = conceptOf(name);
    const nums = us.map((u) => u.num);
    if (
      !total ||
      us.length < 2 ||
      new Set(nums.map((n) => n.concept)).size !== us.length ||
      nums.some((n) => n.q.qualifier !== 'exact' || n.q.kind !== 'money')
    )
      continue;
    const part = partitionFor(null, nums);
    if (
      !part?.p.totals?.includes(total) ||
      new Set(nums.map((n) => n.stage).filter(Boolean)).size > 1 ||
      new Set(nums.map((n) => n.year).filter(Boolean)).size > 1 ||
      !nums.every((n) => compatible(n, nums[0]!))
    )
      continue;
    const least = { ...nums[0]!.q, value: sum(nums.map((n) => n.q.value)), precision: nums[0]!.q.precision };
    for (const u of us) {
      const r = ratio(u.num.q, least);
      if (!r) continue;
      const over = cmp(u.s.q.value, r.exact) > 0;
      const verdict = over ? judgeRange(u.s.q, u.s.q.value, r.exact, r.lo, r.hi) : 'ok';
      add(ctx, {
        kind: 'share',
        verdict,
        stated: u.s,
        computed: r.exact,
        parts: nums,
        reason: `“${name}”不少于其分项${nums.map((n) => n.label).join('、')}之和（${part.p.rule}），占比最多为 ${u.num.label} ÷ 该和`,
        reasonEn: `the ${name} is at least the sum of its listed parts (${part.p.rule}); no share can exceed the part over that sum`,
      });
    }
  }
}

/** Shares of every part of a complete list must add up to 100%. */
export function shareSums(ctx: Ctx, sharesOf: Map<number, { s: Figure; den: Figure }>): void {
  for (const g of ctx.groups) {
    if (g.mode !== 'level' || g.parts.length < 2) continue;
    // only shares of this total (占年初预算X的Y% is each part against its own budget)
    const shares = g.parts.map((p) => sharesOf.get(p.id)).map((x) => (x && x.den === g.total ? x.s : undefined));
    if (shares.some((x) => !x)) continue;
    if (!g.exhaustive && !partitionFor(g.total, g.parts)?.complete && sharesClose(ctx, g, shares as Figure[])) continue;
    const complete = g.exhaustive || partitionFor(g.total, g.parts)?.complete;
    const partsAddUp = judge(g.total.q, sum(g.parts.map((p) => p.q.value)), sum(g.parts.map((p) => halfStep(p.q)))) !== 'error';
    if (!complete || !partsAddUp) continue;
    const ss = shares as Figure[];
    const total = sum(ss.map((x) => x.q.value));
    const room = sum(ss.map((x) => halfStep(x.q)));
    const stated = ss[ss.length - 1]!;
    addShareSum(ctx, stated, total, room, ss, '各分项占比之和应为100%（分项之和等于总数）', 'the shares of parts that add up to the total must add up to 100%');
  }
  percentLists(ctx);
}

/** The shares claim to cover the whole: stated 100%, computed their sum. */
function addShareSum(ctx: Ctx, last: Figure, total: string, room: string, ss: Figure[], reason: string, reasonEn: string): void {
  const gap = abs(sub(total, '100'));
  const verdict = cmp(gap, '0') === 0 ? 'ok' : cmp(gap, room) <= 0 ? 'rounding' : 'error';
  add(ctx, { kind: 'shareSum', verdict, stated: last, statedValue: '100', computed: total, parts: ss, reason, reasonEn });
}

// 为年初预算的90%，为调整预算的72%: one amount against several bases, no classes of one whole
const AGAINST = /(?:为|是|达到?|相当于)[^，；。、]*的$/;

/** 货物类占45.20%，工程类占30.10%，服务类占24.70%: shares of a complete classification, no amounts. */
function percentLists(ctx: Ctx): void {
  const summed = new Set(ctx.relations.filter((r) => r.kind === 'shareSum').map((r) => r.line));
  for (const fs of ctx.byPara) {
    let run: Figure[] = [];
    const flush = (): void => {
      if (run.length >= 2 && !run.some((f) => summed.has(f.line + 1))) {
        const part = partitionFor(null, run);
        if (part?.complete) {
          const total = sum(run.map((x) => x.q.value));
          addShareSum(
            ctx,
            run[run.length - 1]!,
            total,
            sum(run.map((x) => halfStep(x.q))),
            run,
            `各类占比之和应为100%（${part.p.rule}）`,
            `shares of a complete classification add up to 100% (${part.p.rule})`,
          );
        }
      }
      run = [];
    };
    for (const f of fs) {
      const p = ctx.paras[f.para]!;
      const prev = run[run.length - 1];
      if (
        f.q.unit === '%' &&
        (f.role === 'share' || f.role === 'level') &&
        f.concept &&
        !AGAINST.test(f.lead) &&
        (!prev || (prev.sentence === f.sentence && !/[；。]/.test(p.text.slice(prev.end, f.start))))
      )
        run.push(f);
      else {
        flush();
        if (f.q.unit === '%' && (f.role === 'share' || f.role === 'level') && f.concept && !AGAINST.test(f.lead)) run.push(f);
      }
    }
    flush();
  }
}

/**
 * X，其中：A a，占p%；B b，占q% with p + q = 100% (within their rounding): the text says the parts are all of X,
 * so the list read as a subset is a sum: its subset relation is replaced by the sum (the 100% is the premise,
 * no shareSum of its own).
 */
function sharesClose(ctx: Ctx, g: Group, ss: Figure[]): boolean {
  if ([g.total, ...g.parts, ...ss].some((f) => f.q.qualifier !== 'exact' || cmp(f.q.value, '0') < 0)) return false;
  if (cmp(abs(sub(sum(ss.map((x) => x.q.value)), '100')), sum(ss.map((x) => halfStep(x.q)))) > 0) return false;
  const labels = g.parts.map((x) => x.label).join('|');
  const k = ctx.relations.findIndex((r) => r.kind === 'subset' && r.line === g.total.line + 1 && r.parts.map((x) => x.label).join('|') === labels);
  if (k < 0) return false;
  g.exhaustive = true;
  addSum(ctx, g.total, g.parts, {
    reason: '各分项均写明占比且合计为100%：所列为全部分项',
    reasonEn: 'every part states its share and the shares make 100%: the parts are all of it',
  });
  // in the subset's place, so the relations keep their order
  ctx.relations.splice(k, 1, ctx.relations.pop()!);
  return true;
}
