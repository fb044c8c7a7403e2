// A list read as a subset (其中 a, b, c of X, Σ < X) where ONE money part is written in another scale than
// the total and every other part (教育支出29104元 among …万元): when that part read in the others' scale
// makes the list add up exactly, the list is complete and the unit of that part is the slip. A real
// partial list has no reason to close exactly on a figure taken ten thousand times larger.
import { cmp, shift, sub, sum, abs } from '../decimal.js';
import { halfStep } from '../quantity/index.js';
import { scaleExp, written } from './compare.js';
import type { Figure } from './figures.js';

export interface UnitSlip {
  figure: Figure;
  /** The scale word the others are written in (万, 亿, '' for bare 元). */
  scale: string;
}

export function unitSlip(total: Figure, parts: Figure[]): UnitSlip | null {
  if (parts.length < 3) return null;
  const all = [total, ...parts];
  if (all.some((f) => f.q.kind !== 'money' || f.q.qualifier !== 'exact' || f.role !== 'level' || f.q.unit !== total.q.unit || cmp(f.q.value, '0') <= 0))
    return null;
  const odd = parts.filter((f) => f.q.scale !== total.q.scale);
  if (odd.length !== 1) return null;
  const f = odd[0]!;
  // written in the others' scale: the same digits, that scale's power of ten
  const value = shift(shift(f.q.value, -scaleExp(f.q)), scaleExp(total.q));
  if (cmp(sum(parts.map((x) => x.q.value)), total.q.value) >= 0) return null;
  const s = sum(parts.map((x) => (x === f ? value : x.q.value)));
  return cmp(abs(sub(s, total.q.value)), halfStep(total.q)) <= 0 ? { figure: f, scale: total.q.scale } : null;
}

export function unitSlipReason(s: UnitSlip): { zh: string; en: string } {
  const unit = `${s.scale}${s.figure.q.unit}`;
  return {
    zh: `“${s.figure.label ? `${s.figure.label} ` : ''}${written(s.figure.q)}”若按其余各项的单位读作${unit}，各项之和恰等于总数，疑为单位笔误`,
    en: `read in the unit of the other parts (${unit}), ${written(s.figure.q)} makes the parts add up exactly: likely a wrong unit`,
  };
}
