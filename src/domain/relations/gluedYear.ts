// 比2017年36821万元 typed without its 年 reads as one figure, 201736821万元: a year glued to the front of the
// figure a change is measured from. A difference that fails as written but holds once the year is read apart
// is a typing slip of the year, not a wrong difference.
import { abs, add, cmp, div, mul, sub } from '../decimal.js';
import type { Decimal } from '../types.js';
import { halfStep } from '../quantity/index.js';
import type { Figure } from './figures.js';
import type { RelationInput } from './relationInput.js';
/** Same shape as otherReadings' Reading (no import back: that module calls this one). */
interface Reading {
  zh: string;
  en: string;
}

const GLUED = /^((?:19|20)\d\d)([1-9]\d*(?:\.\d+)?|0\.\d+)(?![\d.,，])/;
const COMPARED = /(?:比|较|同比|与|对比)$/;

/** The value of the figure without the year glued to its front, or null when it has none. */
export function withoutYear(f: Figure): Decimal | null {
  if (f.q.unit === '%' || !COMPARED.test(f.lead.trim())) return null;
  const m = GLUED.exec(f.q.text.trim());
  if (!m) return null;
  const scale = div(f.q.value, m[1]! + m[2]!);
  return mul(m[2]!, scale);
}

/** A difference a 较 b = c that holds with the year read apart from b. */
export function gluedYearReading(r: RelationInput): Reading | null {
  if (r.kind !== 'difference' || r.parts.length !== 2) return null;
  const [a, b] = r.parts as [Figure, Figure];
  const from = withoutYear(b);
  if (from === null) return null;
  const diff = sub(a.q.value, from);
  const stated = r.statedValue ?? r.stated.q.value;
  const slack = add(add(halfStep(r.stated.q), halfStep(a.q)), halfStep(b.q));
  if (cmp(abs(sub(abs(diff), abs(stated))), slack) > 0) return null;
  if (r.stated.sign !== 0 && cmp(diff, 0) !== r.stated.sign) return null;
  const year = GLUED.exec(b.q.text.trim())![1]!;
  return {
    zh: `“${b.q.text}”可能是年份${year}与数额连写，按其后数额计算差额成立`,
    en: `“${b.q.text}” may be the year ${year} run into the amount; the difference holds with the amount after it`,
  };
}
