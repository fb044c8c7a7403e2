// 一般公共预算收入T，其中：税收a；非税b；上级补助c；…；上年结转d — a government's whole balance item by item
// (BALANCE_INCOME in partitions.ts). Complete when it names the government's own revenue, what the level above
// gives, and ends with the carry-in that balances it; a list whose own-revenue items alone add up to the total
// ran past its end (一般公共预算收入a，其中：税收b，非税c；上级补助d…: the total is of the first two only).
import { cmp, sum } from '../decimal.js';
import { cleanLabel, type Figure } from './figures.js';
import { BALANCE_INCOME as B } from './partitions.js';

const ITEMS = new Set([...B.own, ...B.ownPair, ...B.above, ...B.abovePair, ...B.others, B.carry]);
/** 一般公共预算收入 / 地方一般公共预算收入完成 listed first: the government's own revenue. */
const OWN_LABEL = /^(?:地方)?一般公共预算(?:本级)?收入$/;

const ownFirst = (f: Figure, i: number): boolean => i === 0 && f.role === 'level' && OWN_LABEL.test(cleanLabel(f.label).replace(/(?:累计|实际)?完成$/, ''));

/** True when `f` may go on a balance list that holds `parts` (its own revenue first, then any item). */
export function balanceItem(parts: Figure[], f: Figure): boolean {
  return !!f.concept && ITEMS.has(f.concept) && parts.every((x, i) => (!!x.concept && ITEMS.has(x.concept)) || ownFirst(x, i));
}

/** The rule when `parts` are the whole 收入总计 `total` is, item by item; null otherwise. */
export function balanceIncome(total: Figure, parts: Figure[], totalConcept: string | null): string | null {
  if (totalConcept !== 'income' || parts.length < 3 || total.q.qualifier !== 'exact') return null;
  if (!parts.every((x, i) => x.role === 'level' && x.q.qualifier === 'exact' && ((!!x.concept && ITEMS.has(x.concept)) || ownFirst(x, i)))) return null;
  const has = (c: string) => parts.some((x) => x.concept === c);
  const own = parts.filter((x, i) => B.own.includes(x.concept ?? '') || B.ownPair.includes(x.concept ?? '') || ownFirst(x, i));
  const ownDone = ownFirst(parts[0]!, 0) || B.own.some(has) || B.ownPair.every(has);
  const aboveDone = B.above.some(has) || B.abovePair.every(has);
  if (!ownDone || !aboveDone || parts[parts.length - 1]!.concept !== B.carry) return null;
  // the own revenue alone is the total: the list ran on into the balance
  if (cmp(sum(own.map((x) => x.q.value)), total.q.value) === 0) return null;
  return B.rule;
}
