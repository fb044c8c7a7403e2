// Which listed figures can be parts of a total at all (precision, round 10): a class listed beside its
// own sub-classes, a part of another measure (销售额 under 零售总额), an average (人均, 平均), a change
// among levels (调增 c). Each is taken out of the list before the sum is judged.
import { type Group } from './context.js';
import { cleanLabel, type Figure } from './figures.js';
import { descendants, PARTITIONS, isComplete } from './lexicon.js';
import { CHANGE_LABEL_WORDS } from './changeLexicon.js';

/** 人均可支配收入, 平均工资, 均价, 每人…: a mean is never added up, nor the sum of parts. */
const AVERAGE = /[人户亩车台辆次件]均|平均|均价|每(?:人|户|亩|名|位|个|年|月|日|天)/;
export const isAverage = (f: Figure): boolean => AVERAGE.test(f.label) || AVERAGE.test(f.lead.slice(-12));

/** The measure an economic-statistics amount is of (零售总额 and 零售额 are one; 销售额 another). */
const MEASURE = /(进出口|零售|批发|销售|营业|成交|交易|出口|进口|投资|贷款|存款|产值|增加值)总?额?$/;
export function measureOf(label: string): string | null {
  const l = cleanLabel(label);
  const m = MEASURE.exec(l);
  if (!m) return null;
  // 产值 / 增加值 stand alone; the others need 额 (投资 alone may be a fund's name)
  if (!l.endsWith('额') && !/产值|增加值/.test(m[1]!)) return null;
  return m[1]!;
}

/** 调增16210万元 among levels: a change has no place in a level's sum. */
const CHANGE_LABEL = new RegExp(`^(?:${CHANGE_LABEL_WORDS})$`);

// 收入 and 支出 name any label ending in the noun (税收分成收入 beside 上级补助收入 are siblings), so they are no parent class
const GENERIC = new Set(['income', 'expenditure']);

/** Children whose parent class is listed beside them: parent index → the children's indexes. */
function nested(parts: Figure[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const isParent = (y: Figure, x: Figure) => !!y.concept && !GENERIC.has(y.concept) && y.concept !== x.concept && descendants(y.concept).has(x.concept!);
  parts.forEach((x, i) => {
    if (!x.concept) return;
    const parent = parts.findIndex((y, j) => j !== i && isParent(y, x));
    if (parent < 0) return;
    out.set(parent, [...(out.get(parent) ?? []), i]);
  });
  return out;
}

/**
 * 其中预算173宗，送审金额a，审定金额b；结算185宗，送审金额c，审定金额d: items each stated with the same
 * several measures (two or more names, each repeated as often as the others). Such a list is no split
 * of one quantity, whatever the total before it measures.
 */
export function measuresPerItem(parts: Figure[]): boolean {
  const counts = new Map<string, number>();
  for (const p of parts) {
    const l = cleanLabel(p.label);
    if (l) counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  const repeated = [...counts.values()].filter((n) => n >= 2);
  return repeated.length >= 2 && repeated.every((n) => n === repeated[0]);
}

/**
 * Shapes a group's parts before it is judged. Returns the groups of a parent and its own children
 * (公务用车购置及运行维护费 = 购置费 + 运行维护费) to judge as relations of their own, or null when the
 * group relates nothing (an average among its figures, or no part left).
 */
export function shapeParts(g: Group, judged: Set<number>): Group[] | null {
  if (isAverage(g.total) || g.parts.some(isAverage)) return null;
  if (g.mode === 'level' && measuresPerItem(g.parts)) return null;
  const subs: Group[] = [];
  const tree = nested(g.parts);
  if (tree.size) {
    const drop = new Set([...tree.values()].flat());
    for (const [pi, kids] of tree) {
      const parent = g.parts[pi]!;
      const children = kids.map((k) => g.parts[k]!);
      const p = PARTITIONS.find((q) => q.totals?.length === 1 && q.totals[0] === parent.concept);
      const listed = new Set(children.map((c) => c.concept!));
      // only the parent's own complete partition is a sum (购置费 alone says nothing of the class)
      if (p && children.length >= 2 && children.every((c) => p.parts.includes(c.concept!)) && isComplete(p, listed) && !judged.has(parent.id))
        subs.push({ total: parent, parts: children, exhaustive: true, mode: g.mode, cue: g.cue });
    }
    g.parts = g.parts.filter((_, i) => !drop.has(i));
  }
  if (g.mode === 'level') {
    const want = measureOf(g.total.label);
    // 销售额 under 零售总额 is of another measure: not a part (a part naming no measure stays)
    if (want) g.parts = g.parts.filter((x) => !measureOf(x.label) || measureOf(x.label) === want);
    const before = g.parts.length;
    const budgetSplit = g.parts.some((x) => x.concept === 'initialBudget');
    if (!budgetSplit) g.parts = g.parts.filter((x) => !CHANGE_LABEL.test(cleanLabel(x.label)));
    // levels and their changes in pairs: the cue may be of the change as well, so not surely all of them
    if (g.parts.length < before) g.exhaustive = false;
  }
  return g.parts.length ? subs : null;
}
