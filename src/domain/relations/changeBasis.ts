// What a change or a rate of change is measured against, from its own words: 超收 / 节约 / 比预算 are
// against a budget or plan, 同比 / 比上年 / 较2023年 against an earlier period. A change and the rate bound
// to it must share their basis: "超收a，同比增长r%" is two comparisons, and r is not a ÷ (level − a).
import type { Figure } from './figures.js';
import { COMPARED, VERB } from './changeLexicon.js';
import { clauseAfter, SENTENCE_CLAUSE_STOPS } from './text.js';

export type Basis = 'budget' | 'period';

/** 同口径 / 按可比口径 / 剔除…因素 / 扣除…后: a change or rate of an adjusted base, not of the figures written. */
export const ADJUSTED_BASE = /同口径|可比口径|可比价|剔除|扣除|还原/;

// a change word that carries its basis: 超收 = received beyond the budget, 节约 = spent under it
const BUDGET_WORD = /(?:超收|短收|欠收|超支|节支|节约|节省|超额完成|超计划)(?:了)?(?:资金|金额)?(?:为|达)?$/;
const PERIOD_WORD = new RegExp(`(?:同比|环比)(?:分别)?${VERB}?(?:了)?(?:幅度)?(?:为|达)?$`);

const VERB_ONLY = new RegExp(`^(?:分别|各|均)?${VERB}了?(?:幅度)?(?:为|达)?$`);
// 比 / 较 / 与 / 同 X (not 同比, 同期), 和 X only closed by 相比 / 比较 / 对比
const OPENED = new RegExp(`(?:比|较|与|同(?!比|期|口径)|和(?=[^，；。（）]{0,12}${COMPARED}))([^，；。（）]{0,16})$`);

/** The basis the words right before a change or rate name (the last clause only), or null when they name none. */
export function basisOfLead(lead: string): Basis | null {
  let clause = clauseAfter(lead, SENTENCE_CLAUSE_STOPS, 'drop');
  // 与上年相比较，增加 / 比上年，减少: a clause of the verb alone goes on with the comparison before it
  if (VERB_ONLY.test(clause)) {
    const before = lead
      .replace(/\s/g, '')
      .slice(0, -clause.length || undefined)
      .replace(/[，,]$/, '');
    clause = clauseAfter(before, SENTENCE_CLAUSE_STOPS, 'drop') + clause;
  }
  if (BUDGET_WORD.test(clause)) return 'budget';
  if (PERIOD_WORD.test(clause)) return 'period';
  const m = OPENED.exec(clause);
  if (!m) return null;
  if (/预算|计划|目标|任务/.test(m[1]!)) return 'budget';
  return /上年|去年|上年度|同期|上月|上季|(?:19|20)\d\d\s*年/.test(m[1]!) ? 'period' : null;
}

// 比/较/与 X (相比) VERB: X at most 12 characters, nothing between it and the verb but a comma after the closing
// word (与上年相比较，增加); 同 / 和 X only with a closing word (同上年对比，增加)
const STRICT_WORDS = new RegExp(
  `(?:(?:比|较|与)([^，；。比较与]{0,12}?)(?:${COMPARED}，?)?|(?:同|和)(?!期|口径|比)([^，；。比较与]{0,12}?)${COMPARED}，?)${VERB}了?$`,
);
// also 同 X, 相比 or 对比, a comma and 分别 before the verb (与2012年执行数相比，分别减少), X of any length;
// the 同 of 同期 / 同口径 / 同比 is part of the words, no comparison word (比上年同期增长 is of 上年同期, not 期)
const LOOSE_WORDS = new RegExp(
  `(?:(?:比|较|与|同(?!期|口径|比))((?:[^，；。比较与同]|同(?=期|口径))*?)${COMPARED}?|和([^，；。比较与]{0,12}?)${COMPARED})[，]?(?:分别)?${VERB}[了]?$`,
);
const YEAR_BEFORE = /^(?:上年度?|去年|(?:19|20)\d\d年度?)(?:同期)?$/;
const PRIOR_ACCOUNT = /^(?:上年度?|去年|(?:19|20)\d\d年度?)(?:的)?(?:年初)?(预算|决算)数?$/;

/**
 * The words a change is measured against, for comparing two changes' bases: 'year' for the year before however
 * written (上年, 去年, 上年同期, 2024年度), else the words themselves (预算数, 年初预算); null when the lead names none.
 * `strict` (a numbered item's line, numberedChanges.ts): only 比/较/与 X (相比) right before the verb, X up to 12
 * characters, a trailing 的 dropped, last year's budget kept as written. Loose (a 其中 list's clause,
 * changeLists.ts): also 同 X, 对比, a comma and 分别 (与2012年执行数相比，分别减少), X of any length, a trailing 的
 * kept, and last year's budget or final accounts read as one basis however written ('year 预算', 'year 决算').
 */
export function basisWords(lead: string, { strict }: { strict: boolean }): string | null {
  const m = (strict ? STRICT_WORDS : LOOSE_WORDS).exec(lead.replace(/\s/g, ''));
  if (!m) return null;
  // 较同口径上年 / 比上年同口径: the year before, on a like-for-like base
  const words = (m[1] ?? m[2]!).replace(/^同口径|(?<=年度?)同口径$/, '');
  const bare = words.replace(/的$/, '');
  if (YEAR_BEFORE.test(bare)) return 'year';
  if (strict) return bare || null;
  const prior = PRIOR_ACCOUNT.exec(words);
  return prior ? `year ${prior[1]}` : words || null;
}

/** 比上年预算 / 较2023年预算数: last year's budget is also the period before (a budget report's 同比). */
const priorBudget = (lead: string): boolean =>
  /(?:比|较|与)(?:上年度?|去年|(?:19|20)\d\d\s*年度?)(?:的)?(?:年初)?预算数?[^，；。（）]{0,4}$/.test(clauseAfter(lead, SENTENCE_CLAUSE_STOPS, 'drop'));

/**
 * X比预算减少a，比上年增加c，其中：A比预算减少x，B比预算减少y: the parts' changes are of the basis their words
 * name, so they add up to the total's change of that basis (a, stated before them in its sentence), never to c.
 * The total to judge them against: the given one when the bases agree or are unnamed, the one change of the
 * parts' basis in the total's sentence before the parts, else null (no comparison).
 */
export function totalOnPartsBasis(figs: Figure[], total: Figure, parts: Figure[]): Figure | null {
  const named = parts.map((x) => basisOfLead(x.lead)).filter((b): b is Basis => b !== null);
  const want = named[0];
  if (!want || named.some((b) => b !== want) || parts.some((x) => priorBudget(x.lead))) return total;
  const have = basisOfLead(total.lead);
  if (!have || have === want || priorBudget(total.lead)) return total;
  const first = parts[0]!;
  const same = figs.filter(
    (f) =>
      f.id !== total.id &&
      f.role === 'change' &&
      f.para === total.para &&
      f.sentence === total.sentence &&
      f.start > total.start - 200 &&
      f.end <= first.start &&
      f.q.unit === total.q.unit &&
      basisOfLead(f.lead) === want,
  );
  return same.length === 1 ? same[0]! : null;
}

/** A rate may be the rate of a change unless each names a basis and the two differ. */
export function basesAgree(change: Figure, rate: Figure): boolean {
  const a = basisOfLead(change.lead);
  const b = basisOfLead(rate.lead);
  if ((a === 'budget' && b === 'period' && priorBudget(change.lead)) || (b === 'budget' && a === 'period' && priorBudget(rate.lead))) return true;
  return !a || !b || a === b;
}

/**
 * 超收a，同比增长r%，增收c: the basis of c is its own words', else that of the rate right before it (which it
 * takes); a change of another basis before it (超收a) compares the same level with something else and is passed over.
 */
export function otherBasis(earlier: Figure, c: Figure, rateBefore: Figure | undefined): boolean {
  // a level is passed over only when it is a bare gap (超收a); its other words name what it measures
  if (earlier.role !== 'change') return BARE_GAP.test(clauseAfter(earlier.lead, SENTENCE_CLAUSE_STOPS, 'drop')) && basisOfC(c, rateBefore) !== 'budget';
  const a = basisOfLead(earlier.lead);
  const b = basisOfC(c, rateBefore);
  // 超收a (read as a level or a change): a gap to the budget is no level a change of another basis is of
  if (a === 'budget' && b !== 'budget' && BARE_GAP.test(clauseAfter(earlier.lead, SENTENCE_CLAUSE_STOPS, 'drop'))) return true;
  return !!a && !!b && a !== b;
}

const basisOfC = (c: Figure, rateBefore: Figure | undefined): Basis | null =>
  basisOfLead(c.lead) ?? (rateBefore && rateBefore.role === 'change' && rateBefore.q.unit === '%' ? basisOfLead(rateBefore.lead) : null);

// the gap word alone (超收3078万元), not a named quantity (节约资金a may have its own change on last year)
const BARE_GAP = /^(?:超收|短收|欠收|超支|节支|超额完成)(?:了)?(?:为|达)?$/;
