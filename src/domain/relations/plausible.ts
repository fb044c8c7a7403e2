// A last guard on every relation: an error needs a binding that could be right. One written figure in two
// roles, a sum whose parts hold their own subtotal, a rate of change computed from two equal figures, a share
// of a whole smaller than its part (where the text states at most 100%): the figures were bound wrongly at
// least as likely as the text is wrong — unsure.
import { add as plus, cmp } from '../decimal.js';
import { halfStep } from '../quantity/index.js';
import type { RelationInput } from './relationInput.js';
import type { Figure } from './figures.js';
import { shiftedShare } from './decimalSlips.js';

export function doubtfulBinding(r: RelationInput): boolean {
  // (a one-part subset states its part: the stated figure may be a part, but no part is there twice)
  if (new Set(r.parts.map((f) => f.id)).size < r.parts.length) return true;
  if ((r.kind === 'sum' || r.kind === 'subset') && holdsOwnSubtotal(r.parts)) return true;
  // 结余-1.83万元: the hyphen may be a separator — the sign cannot be told
  if (r.stated.signDoubt || r.parts.some((f) => f.signDoubt)) return true;
  // the parts left out of a 其中 list may be negative too when a listed one is: their sum can exceed the total
  if (r.kind === 'subset' && [r.stated, ...r.parts].some((f) => cmp(f.q.value, '0') < 0)) return true;
  if (r.computed === null || r.stated.q.unit !== '%') return false;
  // 占预算80641，较上年同期80641增长18.8%: no change can be read from one value written twice
  if ((r.kind === 'difference' || r.kind === 'yoy') && cmp(r.computed, '0') === 0 && cmp(r.stated.q.value, '0') !== 0) {
    const levels = r.parts.filter((f) => f.q.kind !== 'percent' && f.role !== 'change');
    if (levels.length >= 2 && levels.every((f) => cmp(f.q.value, levels[0]!.q.value) === 0)) return true;
  }
  // a part of a whole is at most all of it: a whole from another sentence smaller than the part is not the whole
  // the text means (A占B的X% with B in the sentence is bound by the text itself and stays checked)
  const den = r.parts[r.parts.length - 1];
  return (
    r.kind === 'share' &&
    !!den &&
    (den.para !== r.stated.para || den.sentence !== r.stated.sentence) &&
    cmp(r.stated.q.value, plus('100', halfStep(r.stated.q))) <= 0 &&
    cmp(r.computed, plus('100', halfStep(r.stated.q))) > 0 &&
    // (a part written ten times too large leaves the share ten times the stated one: a typo, not the whole)
    !shiftedShare(
      r.stated.q,
      r.computed,
      r.parts.map((f) => f.q),
    )
  );
}

/**
 * A、B、C，小计S，D: a part that is exactly the sum of two or more parts right before it is their subtotal,
 * counted twice. Nil items (A 0万元，B 0万元，C 0万元) add up to each other by chance: a subtotal is
 * above zero and sums two or more items above zero.
 */
function holdsOwnSubtotal(parts: Figure[]): boolean {
  for (let k = 2; k < parts.length; k++) {
    if (cmp(parts[k]!.q.value, '0') === 0) continue;
    let run = '0';
    let nonNil = 0;
    for (let j = k - 1; j >= 0; j--) {
      if (parts[j]!.q.unit !== parts[k]!.q.unit) break;
      run = plus(run, parts[j]!.q.value);
      if (cmp(parts[j]!.q.value, '0') !== 0) nonNil++;
      if (nonNil >= 2 && cmp(run, parts[k]!.q.value) === 0) return true;
    }
  }
  return false;
}
