// Review cuts (财政评审 / 结算审核): "送审金额A，审定金额B，审减金额C，审减率r" — the cut is what was
// submitted less what was approved, and its rate is the cut over the submitted amount. All in one sentence.
import { add as plus, sub } from '../decimal.js';
import { addDifference, addRatio, inSentence, type Ctx } from './context.js';
import { compatible, type Figure } from './figures.js';

const SUBMITTED = /^(?:送审|报审)(?:金额|造价|资金|总额|总金额|额)?$/;
const APPROVED = /^(?:审定|核定)(?:金额|造价|资金|总额|总金额|额)?$/;
const CUT = /^(?:审减|核减)(?:金额|造价|资金|总额|总金额|额)?$/;
const CUT_RATE = /^(?:综合|平均)?(?:审减|核减)率$/;

const only = (fs: Figure[], re: RegExp) => {
  const hits = fs.filter((f) => re.test(f.label));
  return hits.length === 1 ? hits[0]! : null;
};

/**
 * One sentence may state several reviews, each opening with its submitted amount (审定N宗，送审A，审定B，核减C，
 * 核减率r，其中预算N1宗，送审A1，审定B1，核减C1…): each run from a submitted amount to the next is read alone.
 */
function runs(fs: Figure[]): Figure[][] {
  const starts = fs.flatMap((f, k) => (f.q.kind === 'money' && SUBMITTED.test(f.label) ? [k] : []));
  if (starts.length <= 1) return [fs];
  return starts.map((k, n) => fs.slice(k, starts[n + 1] ?? fs.length));
}

export function findAuditCuts(ctx: Ctx): void {
  ctx.paras.forEach((p, pi) =>
    p.sentenceStarts.forEach((_, s) => {
      for (const run of runs(inSentence(ctx, pi, s))) cutsOf(ctx, run);
    }),
  );
}

function cutsOf(ctx: Ctx, fs: Figure[]): void {
  const money = fs.filter((f) => f.q.kind === 'money' && f.role === 'level' && f.q.qualifier === 'exact');
  const a = only(money, SUBMITTED);
  if (!a) return;
  const b = only(money, APPROVED);
  const c = only(money, CUT);
  const r = only(
    fs.filter((f) => f.q.unit === '%'),
    CUT_RATE,
  );
  if (b && c && a.id < b.id && compatible(a, b) && compatible(a, c))
    addDifference(ctx, c, [a, b], {
      reason: `审减金额 = ${a.label} ${a.q.text} − ${b.label} ${b.q.text}`,
      reasonEn: 'the cut = the amount submitted for review − the amount approved',
    });
  if (!r || r.q.qualifier !== 'exact') return;
  if (c && compatible(a, c)) {
    addRatio(ctx, r, c.q, a.q, {
      parts: [c, a],
      reason: `审减率 = ${c.label} ÷ ${a.label}`,
      reasonEn: 'the cut rate = the cut ÷ the amount submitted',
    });
  } else if (!c && b && compatible(a, b)) {
    // no cut written: it is the submitted less the approved
    const cut = { ...a.q, value: sub(a.q.value, b.q.value), precision: plus(a.q.precision, b.q.precision) };
    addRatio(ctx, r, cut, a.q, {
      parts: [a, b],
      reason: `审减率 = （${a.label} − ${b.label}）÷ ${a.label}`,
      reasonEn: 'the cut rate = (submitted − approved) ÷ submitted',
    });
  }
}
