// A list that ends with the rest of its total (…，其他收入c / …，其余部分c / …，剩余资金c) names all of it:
// whatever the first items are, the last one holds what they leave, so the parts add up to the total.
// groups.ts already reads a 其他 part of a lexicon partition this way; this is the same for items the
// lexicon does not know, when the rest is of the total's own noun.
import { cleanLabel, type Figure } from './figures.js';

// the clause right before the last figure: 其他 / 其它 / 其余 / 剩余 + a noun (the cue words cleanLabel drops)
const CLOSING = /(?:^|[，、；：和及])\s*(?:以及|及|和)?\s*(?:其他|其它|其余|剩余)([\u4e00-\u9fff]{0,10}?)(?:为|是|共|计|达|约)?\s*$/;
// a rest named only by a generic word is of any total
const GENERIC = /^(?:部分|各项|方面|项目|资金|款项|金额)?$/;
const NOUN = /(收入|支出|资金|经费|投资|费用|补助|拨款|项目|调入|调出)$/;

/** The noun the last part closes the list with, when it is the rest of the total (else null). */
export function closingItem(total: Figure, parts: Figure[]): string | null {
  if (parts.length < 2) return null;
  const last = parts[parts.length - 1]!;
  const m = CLOSING.exec(last.lead);
  if (!m || parts.slice(0, -1).some((x) => /^(?:其他|其它|其余|剩余)/.test(x.lead.replace(/^[，、；：\s和及]+/, '')))) return null;
  const noun = m[1]!;
  if (GENERIC.test(noun)) return noun || '部分';
  const own = NOUN.exec(noun)?.[1];
  if (own) return cleanLabel(total.label).includes(own) ? noun : null;
  // 共有车辆n辆，其中：…、其他用车m辆: the vehicles of other uses are the rest of the vehicles
  return /(?:用车|车辆)$/.test(noun) && cleanLabel(total.label).endsWith('车辆') && total.q.unit === '辆' ? noun : null;
}
