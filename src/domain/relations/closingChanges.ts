// 其中，A支出增加a，B支出减少b，其他支出增加c: a list of changes that ends with the change of the rest (其他…)
// is all of the total's change, as a list of amounts ending with 其他 is all of the total (closingItems.ts): the
// direction word after the item's name is no part of it. A change whose own name is said before it (总支出T增加c)
// has no label: the rest is then of the noun the other items share.
import { closingItem } from './closingItems.js';
import { cleanLabel, type Figure } from './figures.js';

const CHANGE_WORD = /(?:比上年|较上年|同比)?(?:增加|减少|增长|下降|降低|上升|提高|增長|減少|增|减)了?$/;
const NOUN = /(收入|支出|资金|经费|费用)$/;

/** The noun of the rest the last change closes the list with, when every part is a change (else null). */
export function closingChange(total: Figure, parts: Figure[]): string | null {
  const last = parts[parts.length - 1];
  if (!last || parts.length < 2 || total.role !== 'change' || parts.some((x) => x.role !== 'change')) return null;
  const noun = NOUN.exec(last.label)?.[1];
  if (!noun) return null;
  const label = cleanLabel(total.label) || (parts.slice(0, -1).some((x) => x.label.endsWith(noun)) ? noun : '');
  if (!label) return null;
  return closingItem({ ...total, label }, [...parts.slice(0, -1), { ...last, lead: last.lead.replace(CHANGE_WORD, '') }]);
}
