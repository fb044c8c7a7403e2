// Figures of a sentence with the words that introduce them ("本年收入" before 153.98万元).
import { extractQuantities, type Quantity } from '../quantity/index.js';

export interface LabelledQuantity extends Quantity {
  /** Text between the previous figure (or the clause start) and this one. */
  label: string;
  /** Text from the sentence start up to this figure. */
  before: string;
}

// Several rules read the same sentence; a small cache keeps that to one parse per sentence.
const cache = new Map<string, LabelledQuantity[]>();

export function labelled(text: string): LabelledQuantity[] {
  const hit = cache.get(text);
  if (hit) return hit;
  const result = label(text);
  if (cache.size > 512) cache.clear();
  cache.set(text, result);
  return result;
}

function label(text: string): LabelledQuantity[] {
  const qs = extractQuantities(text);
  let prevEnd = 0;
  return qs.map((q) => {
    const lead = text.slice(prevEnd, q.start);
    prevEnd = q.end;
    return { ...q, label: lead.replace(/^[，、,：:\s]+/, ''), before: text.slice(0, q.start) };
  });
}

/** Short excerpt around a span for findings: at most `max` characters. */
export function excerpt(text: string, max = 120): string {
  const t = text.trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}
