// A headline restating the body: "某局上半年政府采购节约资金253万余元" over a body that says
// "节约资金290.72万元". The heading figure and the one body figure with the same measure (the label
// the headline ends with, the same period words) are one quantity; 万余/多 means "253 and a bit".
import { add as plus, cmp } from '../decimal.js';
import { halfStep } from '../quantity/index.js';
import type { Decimal } from '../types.js';
import { judge } from './compare.js';
import { add, sentenceText, type Ctx } from './context.js';
import { compatible, type Figure } from './figures.js';

const PERIOD = /上半年|下半年|全年|[一二三四]季度|前[一二三四]季度|1-6月|1—6月|(?:19|20)\d\d年/g;
const GENERIC = /^(?:资金|金额|经费|投资|支出|收入|合计|总计|共计|累计|总额|项目|费用|万元|元)$/;

const HEAD_PARAS = 12;

const periods = (s: string): string[] => [...new Set(s.match(PERIOD) ?? [])].sort();

/** The stated bound of 253万余元: [253, 254) in units of the last non-zero digit. */
function range(h: Figure): [Decimal, Decimal] | null {
  if (h.q.qualifier === 'exact') return null;
  if (h.q.qualifier !== 'lowerBound' || !/[余多]/.test(h.q.text)) return null;
  const digits = /([\d.]+)/.exec(h.q.text)?.[1] ?? '';
  const zeros = /\./.test(digits) ? 0 : (/0*$/.exec(digits)?.[0].length ?? 0);
  const step = (Number(h.q.precision) * 10 ** zeros).toString();
  return [h.q.value, plus(h.q.value, step)];
}

function sameMeasure(h: Figure, b: Figure): boolean {
  if (!b.label || b.label.length < 3 || GENERIC.test(b.label) || !compatible(h, b)) return false;
  return h.label === b.label || h.label.endsWith(b.label);
}

/** Some other body figure (any label) has the headline's value, within the headline's rounding. */
function restatesAnother(h: Figure, b: Figure, body: Figure[]): boolean {
  if (h.q.qualifier !== 'exact') return false;
  return body.some((x) => x !== b && x.q.kind === 'money' && compatible(h, x) && judge(h.q, x.q.value, halfStep(x.q)) === 'ok');
}

export function findHeadlines(ctx: Ctx): void {
  // the title area: headings among the first paragraphs (bounded: never every heading of a long file)
  const heads: Figure[] = [];
  for (let p = 0; p < Math.min(ctx.paras.length, HEAD_PARAS); p++)
    if (ctx.paras[p]!.heading) heads.push(...ctx.byPara[p]!.filter((f) => f.role === 'level' && f.q.kind === 'money' && f.label));
  if (!heads.length) return;
  const body = ctx.figs.filter((f) => !ctx.paras[f.para]!.heading && f.role === 'level' && !f.prior && f.q.qualifier === 'exact');
  for (const h of heads) {
    const hp = periods(h.label).join();
    const same = body.filter((b) => b.para > h.para && sameMeasure(h, b) && !ctx.partOf.has(b.id));
    // the body must name the measure once (or always with one value), in the headline's period
    if (!same.length || same.some((b) => cmp(b.q.value, same[0]!.q.value) !== 0)) continue;
    const b = same[0]!;
    if (hp && periods(sentenceText(ctx, b)).join() !== hp) continue;
    // 首破/突破/超过/近 2万亿元: a bound, not the figure
    if (/(?:突破|首破|破|超过|超|逾|近|接近|约|不到|不足)$/.test(h.lead)) continue;
    // 标题 "下拨…资金1.82亿元" over a body that says "下拨…资金3693.79万元，…全年累计下达…资金共1.82亿元": the
    // headline restates the body figure of its value (another label: 累计, 全年), not the one its words end with
    if (restatesAnother(h, b, body)) continue;
    const r = range(h);
    let verdict;
    if (r) verdict = cmp(b.q.value, r[0]) >= 0 && cmp(b.q.value, r[1]) < 0 ? 'ok' : 'error';
    else if (h.q.qualifier === 'exact') verdict = judge(h.q, b.q.value, halfStep(b.q));
    else continue;
    add(ctx, {
      kind: 'same',
      verdict: verdict as 'ok' | 'error' | 'rounding',
      stated: h,
      computed: b.q.value,
      parts: [b],
      reason: `标题中的“${b.label}”${h.q.text}与正文第 ${b.line + 1} 行的 ${b.q.text} 是同一数字`,
      reasonEn: `the headline's ${b.label} restates the body's figure on line ${b.line + 1} (${b.q.text})`,
    });
  }
}
