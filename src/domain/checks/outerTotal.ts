// A 总分 row of a flattened 自评表 whose funds part (预算执行率 分值 and 得分) is not stated with the indicators
// (DocTable.outerTotal): the indicators' sums may fall short of it, never exceed it.
import { add, cmp, normalize, sum } from '../decimal.js';
import { roundingSlack, type Quantity } from '../quantity/index.js';
import type { Decimal } from '../types.js';
import { finding, type Finding } from './finding.js';

const listed = (vs: Decimal[]): string => vs.slice(0, 30).map(normalize).join(' + ') + (vs.length > 30 ? ' + …' : '');

/** A 总分 that also counts points stated elsewhere: the rows' 分值 and 得分 may fall short of it, never exceed it. */
export function outerTotal(w: Quantity | null, s: Quantity | null, text: string, at: { line: number }, weights: Decimal[], scores: Quantity[]): Finding[] {
  const out: Finding[] = [];
  if (w && weights.length >= 2 && cmp(sum(weights), w.value) > 0)
    out.push(
      finding(
        'error',
        'weightSum',
        `总分分值 ${normalize(w.value)} 小于其中各项分值之和 ${listed(weights)} = ${sum(weights)}`,
        normalize(w.value),
        sum(weights),
        text,
        at,
        `总分: weight ${normalize(w.value)} is less than the weights it includes, ${sum(weights)}`,
      ),
    );
  const got = sum(scores.map((q) => q.value));
  if (s && scores.length >= 2 && cmp(got, add(s.value, sum([roundingSlack(s), ...scores.map((q) => roundingSlack(q))]))) > 0)
    out.push(
      finding(
        'error',
        'tableTotal',
        `总分 ${normalize(s.value)} 小于其中各项得分之和 ${listed(scores.map((q) => q.value))} = ${got}`,
        normalize(s.value),
        got,
        text,
        at,
        `总分 ${normalize(s.value)} is less than the scores it includes, ${got}`,
      ),
    );
  return out;
}
