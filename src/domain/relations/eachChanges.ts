// "收入总计A，支出总计B，与上年相比，各增加c": 各 / 均 says every level listed before changed by c. With equal
// levels (收入总计 = 支出总计) the change and its rate are those of either; with different levels one rate cannot be
// the rate of both, and which one a rate is of is unknown, so the change binds no level (never a false error).
import type { Figure } from './figures.js';
import { VERB } from './changeLexicon.js';

const EACH = new RegExp(`(?:各|均)${VERB}了?(?:为|达)?$`);

/** A 各 / 均 change after two or more different money levels of its sentence: its subject is unknown. */
export function eachOfUnequal(before: Figure[], c: Figure): boolean {
  if (!EACH.test(c.lead.replace(/\s/g, ''))) return false;
  const levels = before.filter((f) => f.role === 'level' && f.q.kind === 'money' && !f.prior && f.depth === c.depth);
  return levels.length >= 2 && new Set(levels.map((f) => f.q.value)).size > 1;
}
