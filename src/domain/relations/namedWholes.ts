// 拨付X，占年筹资总额的P% where no figure is labelled 筹资总额: the whole is the one figure stated shortly
// before (this paragraph or the two before) as a total (共/总/合计/累计…) whose label holds the name's words in
// order (筹资 ← 共需筹集资金). Read only when no other rule judged the share, and only with one candidate.
import { judgeRange, ratio } from './compare.js';
import { add, type Ctx } from './context.js';
import { compatible } from './figures.js';

const SHARE_OF = /占(?:了|到)?(?:本|今|全)?年(?:度)?([\u4e00-\u9fff]{1,6}?)(?:总额|总数|总量|总计)的?(?:比例|比重)?(?:为|达)?$/;
const TOTAL_LEAD = /共|总|合计|累计|全年/;
const WINDOW = 2;

/** The name's characters appear in the label in order (筹资 in 共需筹集资金). */
function holdsInOrder(label: string, name: string): boolean {
  let at = 0;
  for (const ch of name) {
    at = label.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

export function findNamedWholes(ctx: Ctx): void {
  const isShare = (r: Ctx['relations'][number]) => r.kind === 'share' || r.kind === 'rate';
  const judged = new Set(ctx.relations.filter((r) => isShare(r) && r.verdict !== 'unsure').map((r) => `${r.line}|${r.stated}`));
  ctx.figs.forEach((s, i) => {
    if (s.q.unit !== '%' || s.q.qualifier !== 'exact') return;
    const m = SHARE_OF.exec(s.lead.trim());
    const num = ctx.figs[i - 1];
    if (!m || m[1]!.length < 2 || !num || num.para !== s.para || num.sentence !== s.sentence || num.q.kind !== 'money' || num.role !== 'level') return;
    if (judged.has(`${s.line + 1}|${Number(s.q.value)}`)) return;
    const window = ctx.byPara.slice(Math.max(0, s.para - WINDOW), s.para + 1).flat();
    const wholes = window.filter(
      (f) =>
        f.id < num.id &&
        f.q.kind === 'money' &&
        f.role === 'level' &&
        !f.prior &&
        TOTAL_LEAD.test(f.label) &&
        holdsInOrder(f.label, m[1]!) &&
        compatible(f, num),
    );
    if (wholes.length !== 1) return;
    const w = wholes[0]!;
    const r = ratio(num.q, w.q);
    if (!r || num.q.qualifier !== 'exact' || w.q.qualifier !== 'exact') return;
    // a share another rule could not place (no denominator found) gives way to this reading
    const key = `${s.line + 1}|${Number(s.q.value)}`;
    ctx.relations = ctx.relations.filter((x) => !(isShare(x) && x.verdict === 'unsure' && `${x.line}|${x.stated}` === key));
    add(ctx, {
      kind: 'share',
      verdict: judgeRange(s.q, s.q.value, r.exact, r.lo, r.hi, false),
      stated: s,
      computed: r.exact,
      parts: [num, w],
      reason: `占${m[1]}总额的比例 = ${num.q.text} ÷ 前文的${m[1]}总额 ${w.q.text}`,
      reasonEn: 'a share of a named whole: the amount over the one total stated shortly before under that name',
    });
  });
}
