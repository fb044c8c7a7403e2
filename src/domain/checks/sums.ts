// A total followed by 其中/分别/包括 parts must add up within the stated precision
// (全年累计投入1.9亿元，其中中央2473万元，省级6823万元，市县配套9810万元).
import { add, cmp, normalize, sum } from '../decimal.js';
import { roundingSlack, sameDimension, sumAgrees, type Quantity } from '../quantity/index.js';
import { finding, type Finding, type FindingLocation } from './finding.js';
import { excerpt, labelled, type LabelledQuantity } from './labels.js';

const MARKER = /其中|分别为|分别是|分别|包括/g;
/** Part labels that name a breakdown (sources, levels, classes): their parts must cover the total. */
const BREAKDOWN = /中央|省级|省本级|市县|市级|县级|本级|财政|自筹|配套|其他|基本|项目|男|女|城镇|农村|城市/;

function compatible(total: Quantity, q: Quantity): boolean {
  if (total.kind === 'money' || q.kind === 'money') return total.kind === q.kind;
  return sameDimension(total.unit, q.unit);
}

/** Value as written in the unit readers expect: 万元 for money. */
export function shown(q: Quantity): string {
  return q.text.replace(/\s+/g, '');
}

function groupOf(qs: LabelledQuantity[], text: string, markerAt: number, markerEnd: number) {
  const before = qs.filter((q) => q.end <= markerAt);
  const total = before[before.length - 1];
  if (!total || total.kind === 'percent' || total.kind === 'number') return null;
  // the total must be in the clause right before the marker (no sentence break in between)
  if (/[。；;]/.test(text.slice(total.end, markerAt))) return null;
  const parts: LabelledQuantity[] = [];
  const nextMarker = (() => {
    MARKER.lastIndex = markerEnd;
    const m = MARKER.exec(text);
    return m ? m.index : text.length;
  })();
  for (const q of qs) {
    if (q.start < markerEnd || q.start >= nextMarker) continue;
    if (q.kind === 'percent') continue; // (占13%) asides
    if (!compatible(total, q)) break;
    parts.push(q);
  }
  return { total, parts };
}

export function checkSums(sentence: string, location?: FindingLocation): Finding[] {
  const qs = labelled(sentence);
  const out: Finding[] = [];
  for (const m of sentence.matchAll(MARKER)) {
    const g = groupOf(qs, sentence, m.index, m.index + m[0].length);
    if (!g || g.parts.length === 0) continue;
    const { total, parts } = g;
    if ([total, ...parts].some((q) => q.qualifier !== 'exact')) continue; // 余/约/近 are not sums
    const s = sum(parts.map((p) => p.value));
    const tol = sum([roundingSlack(total), ...parts.map(roundingSlack)]);
    const within = sumAgrees(total, parts);
    const shownSum = total.kind === 'money' ? `${normalize(sum(parts.map((p) => p.wan ?? '0')))}万元` : `${s}${total.unit}`;
    const listing = parts.map(shown).join(' + ');
    if (parts.length === 1) {
      if (cmp(s, add(total.value, tol)) > 0)
        out.push(
          finding(
            'error',
            'sum',
            `其中部分 ${shown(parts[0]!)} 大于总数 ${shown(total)}`,
            shown(total),
            shownSum,
            excerpt(sentence),
            location,
            `The part ${shown(parts[0]!)} is larger than the total ${shown(total)}`,
          ),
        );
      continue;
    }
    if (within) continue;
    const over = cmp(s, total.value) > 0;
    const breakdown = parts.every((p) => BREAKDOWN.test(p.label));
    out.push(
      finding(
        over || breakdown ? 'error' : 'warning',
        'sum',
        over || breakdown
          ? `分项之和 ${listing} = ${shownSum}，与总数 ${shown(total)} 不符`
          : `分项之和 ${listing} = ${shownSum}，小于总数 ${shown(total)}（若为不完全列举可说明）`,
        shown(total),
        shownSum,
        excerpt(sentence),
        location,
        over || breakdown
          ? `The parts ${listing} = ${shownSum} do not add up to the total ${shown(total)}`
          : `The parts ${listing} = ${shownSum} are less than the total ${shown(total)} (explain it if the list is not complete)`,
      ),
    );
  }
  return out;
}
