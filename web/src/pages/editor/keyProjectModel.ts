// Pure pieces of the key-project editor: field ids (for focus and pinned comments), the completion
// rate, the funding sources, and new keys and projects.
import { div, isDecimal, mul, roundHalfUp } from '../../../../src/domain/decimal.js';
import type { KeyProject } from '../../../../src/domain/types.js';

export const keyProjectFieldId = (code: string, field: string) => `keyProject-${code}-${field}`;

export const rateOf = (target: string | null, actual: string | null): string | null =>
  target && actual && isDecimal(target) && isDecimal(actual) && Number(target) !== 0 ? `${roundHalfUp(mul(div(actual, target), 100), 2)}%` : null;

export const SOURCES = ['central', 'provincial', 'cityCounty', 'lottery', 'lotteryCentral', 'lotteryProvincial', 'other'] as const;

/** The source of a new funding line in `category`: the first not yet given there (a repeat is refused on save). */
export function nextFundingSource(funding: readonly { category: string; source: string }[], category: string): (typeof SOURCES)[number] {
  const used = new Set(funding.filter((f) => f.category === category).map((f) => f.source));
  return SOURCES.find((s) => !used.has(s)) ?? 'other';
}

/** The next free key with this prefix ("kp1", "kp2" …; "m1", "m2" …). */
export function nextKey(prefix: string, taken: string[]): string {
  let n = 1;
  while (taken.includes(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

export const newProject = (taken: string[]): KeyProject => ({
  code: nextKey('kp', taken),
  name: '',
  measure: '',
  unitOfMeasure: '人',
  target: null,
  actual: null,
  measures: [],
  funding: [],
  note: null,
});
