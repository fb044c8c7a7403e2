// A list of parts read against a total of one stage (预算 / 决算, 支出): which parts are its parts.
import type { Figure } from './figures.js';

const STAGE_TAIL = /(?:年初|调整后的?|全年)?(?:预算|决算|实际|执行|支出|开支)(?:数|额|金额)?$/;
const STAGE_ONLY = /^(?:(?:19|20)\d\d年度?)?(?:年初|调整后的?|全年)?(?:预算|决算|实际|执行)?(?:支出|开支)?(?:数|额|金额)?$/;
const isBudget = (f: Figure) => f.stage === 'budget' || f.stage === 'adjusted';

/**
 * The total's parts among those listed: none when all are of another stage (年初预算为a，其中：甲决算为…),
 * and only those of the total's stage when the list names an item twice, once budgeted and once spent
 * (三公经费预算a，支出b。其中：接待费预算c，决算支出d；公务用车…预算e，…支出f): two lists side by side.
 */
export function partsOfStage(total: Figure, parts: Figure[]): Figure[] {
  if (total.stage && parts.every((x) => x.stage && x.stage !== total.stage)) return [];
  // 其中，甲…2010年决算数a，2011年预算数b: one item's figures of two years or stages, side by side — only
  // those of the total's year and stage are its part (none when the total names neither)
  const stageNamed = parts.some((x) => x.label.replace(/(?:19|20)\d\d年度?/g, '').replace(STAGE_TAIL, '') === '');
  const stages = new Set(parts.filter((x) => x.stage).map(isBudget));
  const years = new Set(parts.map((x) => x.year).filter((y) => y !== null));
  if (stageNamed && (stages.size > 1 || years.size > 1)) {
    return parts.filter(
      (x) =>
        (years.size < 2 || (total.year !== null && x.year === total.year)) && (stages.size < 2 || (total.stage !== null && isBudget(x) === isBudget(total))),
    );
  }
  const stagesOf = new Map<string, Set<boolean>>();
  let before = '';
  for (const x of parts) {
    const itemWords = x.label.replace(STAGE_TAIL, '');
    if (itemWords === x.label && !x.stage) continue;
    // 接待费预算数为a，决算支出数为b: a label of only a stage names the item before it
    const item = STAGE_ONLY.test(x.label) && before ? before : (x.concept ?? itemWords);
    before = item;
    if (item) stagesOf.set(item, (stagesOf.get(item) ?? new Set<boolean>()).add(isBudget(x)));
  }
  // one item both budgeted and spent is enough: a budget and an actual figure are never parts of one total
  if (![...stagesOf.values()].some((s) => s.size === 2)) return parts;
  // …较上年P c，其中：A预算a，决算b: a total of no stage and no name is neither list's
  if (!total.stage && !total.concept) return [];
  return parts.filter((x) => isBudget(x) === isBudget(total));
}

/**
 * 2031年支出a，2032年支出b，其中：2031年甲c，乙d / 预算数a，决算数b，其中：甲预算c，乙预算d: parts that name one
 * year (or one stage) other than the nearest total's are parts of the one level before of that year (stage),
 * in the total's sentence; the nearest total stays when there is none or more than one.
 */
export function totalOfParts(cands: Figure[], total: Figure, parts: Figure[]): Figure {
  const years = new Set(parts.map((x) => x.year).filter((y) => y !== null));
  if (years.size > 1) return total;
  const year = [...years][0];
  const pick = (test: (f: Figure) => boolean): Figure => {
    const m = cands.filter((f) => f !== total && test(f));
    return m.length === 1 ? m[0]! : total;
  };
  if (year) return total.year === year ? total : pick((f) => f.year === year && !f.prior);
  // a stage: every part names it (甲预算c，乙预算d), the total names the other one
  if (!total.stage || !parts.every((x) => x.stage && isBudget(x) === isBudget(parts[0]!))) return total;
  const budget = isBudget(parts[0]!);
  return isBudget(total) === budget
    ? total
    : pick((f) => !!f.stage && isBudget(f) === budget && (total.year === null || f.year === null || f.year === total.year));
}
