// 人口出生率b‰，死亡率d‰，自然增长率g‰ (a statistical bulletin): the natural growth rate is by definition the
// birth rate less the death rate, and so are their changes (比上年下降x个千分点 after each): g = b − d.
import { mul, sub } from '../decimal.js';
import { halfStepSum, judge } from './compare.js';
import { add, addDifference, type Ctx } from './context.js';
import type { Figure } from './figures.js';

const BIRTH = /出生率$/;
const DEATH = /死亡率$/;
const GROWTH = /自然增长率$/;

const signed = (f: Figure) => (f.sign < 0 ? mul(f.q.value, -1) : f.q.value);

/** The change in 个千分点 right after a rate, or null. */
function pointChange(ctx: Ctx, fs: Figure[], r: Figure): Figure | null {
  const next = fs[fs.indexOf(r) + 1];
  if (!next || next.role !== 'change' || next.sign === 0 || next.sentence !== r.sentence) return null;
  const text = ctx.paras[next.para]!.text;
  return /^个?千分点/.test(text.slice(next.end - (next.q.text.endsWith('个') ? 1 : 0), next.end + 4)) ? next : null;
}

export function findDemographics(ctx: Ctx): void {
  ctx.bySentence.forEach((sentences) =>
    sentences.forEach((fs) => {
      const permille = fs.filter((f) => f.q.text.endsWith('‰') && f.q.qualifier === 'exact' && !/负/.test(f.lead.slice(-2)));
      const one = (re: RegExp) => {
        const xs = permille.filter((f) => re.test(f.label) && (re === GROWTH || !GROWTH.test(f.label)));
        return xs.length === 1 ? xs[0]! : null;
      };
      const [b, d, g] = [one(BIRTH), one(DEATH), one(GROWTH)];
      if (!b || !d || !g || g.id < d.id) return;
      addDifference(ctx, g, [b, d], {
        reason: `人口自然增长率 = 出生率 − 死亡率：${b.q.text} − ${d.q.text}`,
        reasonEn: 'the natural growth rate is the birth rate less the death rate',
      });
      const [cb, cd, cg] = [pointChange(ctx, fs, b), pointChange(ctx, fs, d), pointChange(ctx, fs, g)];
      if (!cb || !cd || !cg) return;
      const change = sub(signed(cb), signed(cd));
      add(ctx, {
        kind: 'difference',
        verdict: judge({ ...cg.q, value: signed(cg) }, change, halfStepSum([cb.q, cd.q])),
        stated: cg,
        statedValue: signed(cg),
        computed: change,
        parts: [cb, cd],
        reason: `自然增长率的变动 = 出生率的变动 − 死亡率的变动：${cb.q.text} − ${cd.q.text}（千分点）`,
        reasonEn: 'the change of the natural growth rate is the change of the birth rate less that of the death rate',
      });
    }),
  );
}
