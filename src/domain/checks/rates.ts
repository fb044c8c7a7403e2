// Stated rates must be actual ÷ target of the figures stated next to them:
// 完成任务数的104.04% (10780 ÷ 10361), 预算执行率 (执行数 ÷ 预算数), A占B的36% (both stated).
import { div, mul, normalize, roundHalfUp } from '../decimal.js';
import { agrees, sameDimension } from '../quantity/index.js';
import { finding, type Finding, type FindingLocation } from './finding.js';
import { excerpt, labelled, type LabelledQuantity } from './labels.js';
import { shown } from './sums.js';

const pct = (num: string, den: string): string => mul(div(num, den), 100);

function same(a: LabelledQuantity, b: LabelledQuantity): boolean {
  return a.kind === 'money' ? b.kind === 'money' : sameDimension(a.unit, b.unit) && b.kind !== 'percent';
}

function mismatch(
  kind: string,
  stated: LabelledQuantity,
  computed: string,
  how: string,
  text: string,
  location: FindingLocation | undefined,
  en: { kind: string; how: string },
): Finding {
  const dp = Math.max(0, (stated.precision.split('.')[1] ?? '').length);
  const c = roundHalfUp(computed, dp);
  return finding(
    'error',
    'rate',
    `${kind} ${normalize(stated.value)}% 与 ${how} = ${c}% 不符`,
    `${normalize(stated.value)}%`,
    `${c}%`,
    excerpt(text),
    location,
    `${en.kind} ${normalize(stated.value)}% differs from ${en.how} = ${c}%`,
  );
}

/** 完成任务数的X% / 完成率X%: target and actual are the same-unit figures before it in the sentence. */
function completion(qs: LabelledQuantity[], text: string, location?: FindingLocation): Finding[] {
  const out: Finding[] = [];
  for (const [i, q] of qs.entries()) {
    if (q.kind !== 'percent' || q.qualifier !== 'exact' || !/完成(任务|目标|计划)?[^，。；]{0,4}的$|完成率(为|达)?$|完成比例(为|达)?$/.test(q.label.trim()))
      continue;
    const earlier = qs.slice(0, i).filter((x) => x.kind !== 'percent' && x.qualifier === 'exact');
    const target = [...earlier].reverse().find((x) => /任务|目标|计划|指标|应/.test(x.label));
    const actual = [...earlier].reverse().find((x) => x !== target && /完成|实际|已|共|累计|达/.test(x.label));
    if (!target || !actual || !same(target, actual) || Number(target.value) === 0) continue;
    const c = pct(actual.value, target.value);
    if (!agrees(q, c))
      out.push(
        mismatch('完成比例', q, c, `${shown(actual)} ÷ ${shown(target)}`, text, location, {
          kind: 'Completion rate',
          how: `${shown(actual)} ÷ ${shown(target)}`,
        }),
      );
  }
  return out;
}

/** 预算执行率X%: 执行数 ÷ (调整后/全年) 预算数 stated in the same paragraph. */
function execution(qs: LabelledQuantity[], text: string, location?: FindingLocation): Finding[] {
  const out: Finding[] = [];
  const money = qs.filter((x) => x.kind === 'money' && x.qualifier === 'exact');
  const budget =
    money.find((x) => /(调整后|全年)预算(数|金额)?(为|是|:|：)?$/.test(x.label.trim())) ??
    money.find((x) => /预算(数|金额)?(为|是|:|：)?$/.test(x.label.trim()) && !/执行/.test(x.label));
  const executed = money.find((x) => /执行(数|金额)?(为|是|:|：)?$|实际支出(为|是)?$/.test(x.label.trim()));
  if (!budget || !executed || Number(budget.value) === 0) return out;
  for (const q of qs) {
    if (q.kind !== 'percent' || q.qualifier !== 'exact' || !/执行率(为|是|达到?|:|：)?$/.test(q.label.trim())) continue;
    const c = pct(executed.value, budget.value);
    if (!agrees(q, c))
      out.push(
        mismatch('预算执行率', q, c, `执行数 ${shown(executed)} ÷ 预算数 ${shown(budget)}`, text, location, {
          kind: 'Budget execution rate',
          how: `executed ${shown(executed)} ÷ budget ${shown(budget)}`,
        }),
      );
  }
  return out;
}

/** A占B的X%: both sides stated — numerator before 占, denominator between 占 and the rate. */
function share(qs: LabelledQuantity[], text: string, location?: FindingLocation): Finding[] {
  const out: Finding[] = [];
  for (const [i, q] of qs.entries()) {
    if (q.kind !== 'percent' || q.qualifier !== 'exact' || i < 2) continue;
    const den = qs[i - 1]!;
    const between = text.slice(den.end, q.start);
    if (!/^[^，。；]{0,3}的?(比例|比重)?(为)?$/.test(between) || !/占[^，。；]*$/.test(den.label)) continue;
    const num = qs[i - 2]!;
    if (!same(num, den) || /[。；]/.test(text.slice(num.end, den.start)) || Number(den.value) === 0) continue;
    if (num.qualifier !== 'exact' || den.qualifier !== 'exact') continue;
    const c = pct(num.value, den.value);
    if (!agrees(q, c))
      out.push(mismatch('占比', q, c, `${shown(num)} ÷ ${shown(den)}`, text, location, { kind: 'Share', how: `${shown(num)} ÷ ${shown(den)}` }));
  }
  return out;
}

export function checkRates(sentence: string, location?: FindingLocation): Finding[] {
  const qs = labelled(sentence);
  if (!qs.some((q) => q.kind === 'percent')) return [];
  return [...completion(qs, sentence, location), ...share(qs, sentence, location)];
}

/** 执行率 uses the whole paragraph: budget and executed figures are often in earlier sentences. */
export function checkExecutionRate(paragraph: string, location?: FindingLocation): Finding[] {
  const qs = labelled(paragraph);
  if (!qs.some((q) => q.kind === 'percent')) return [];
  return execution(qs, paragraph, location);
}
