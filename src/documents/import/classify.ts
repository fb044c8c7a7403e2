// Where one figure of an imported report goes: its cell (budget account, income-source line, "三公" item,
// 年度资金总额 line) with the tier it holds it at, or the reason it goes nowhere — from its label, lexicon
// concept, scope, stage and year, and the 其中 list it belongs to. Pure; placement.ts weighs the candidates.
import { budgetTypeOf } from '../../domain/checks/budget.js';
import type { Ctx } from '../../domain/relations/context.js';
import { cleanLabel, conceptOf, type Figure, type Stage } from '../../domain/relations/figures.js';
import { INCOME_SOURCES, NO_CELL, THREE_PUBLIC, TYPE_SUFFIX, type Cell } from './cellNames.js';
import { BARE, balanceOf, budgetNext, carriedRow, carryOver, conceptAt, itemLabel, rowColumn } from './placementWords.js';
import { fundField, namedWorkMoney, projectField, TOTAL_EXPENDITURE, TOTAL_INCOME, unknownLabel, yearBefore } from './placementWords.js';
import { aboutNamedProject, namedItemBefore, UNIT_ADJUSTED, UNIT_BUDGET, UNIT_EXECUTED } from './placementWords.js';
import { inProjectItem } from './projectMoney.js';
import { comparedWithBudget, stageFor, wordStage } from './stage.js';
import type { BudgetFigure, BudgetRowClass, BudgetType } from '../../domain/types.js';
import { BUDGET_TYPE_LABELS } from '../../domain/types.js';

/** `guessed`: a budget cell whose type neither the sentence nor the heading names (taken as 一般公共预算). */
export type Classified = { cell: Cell; tier: 0 | 1 | 2; why: string; also?: Cell; guessed?: boolean } | { reason: string } | null;

const TYPE_NAME = BUDGET_TYPE_LABELS;
export const PROJECT_BALANCE = '某个项目的结转结余，不是单位的年初或年末结转和结余';
export const PROJECT_MONEY = '某个项目的收支，不是单位的本年收入或支出';
export const ARRANGED = '安排数与本年预算相比，原文未写明是调整后预算还是实际支出，未入栏目';
/** What a 收入/支出总计 holds, for its reason: the draft has the parts' cells, not the 总计's. */
const totalNote = (concept: string): string =>
  concept === 'income'
    ? '（收入总计 = 本年收入 + 年初结转和结余，草稿没有总计栏目）'
    : concept === 'expenditure'
      ? '（支出总计 = 本年支出 + 年末结转和结余，草稿没有总计栏目）'
      : '';
/** 中央/省/市/县 parts of the money: the draft's source lines are by kind (财政拨款, 其他资金), not by level. */
export const LEVEL_SOURCE = '按级次的资金来源（中央、省、市、县），草稿没有这一栏目';
const LEVEL_ONLY = /^(?:中央|央省|中省|中央和省|中央及省|省|市|县|区|州|地方)(?:级|本级)?(?:财政)?(?:补助|配套|专项)?(?:资金)?$/;
// 某某市市级资金 / 某某县县级配套资金 / 某省省级财政资金: a place, then its level
const PLACE_LEVEL = /^[\u4e00-\u9fa5]{1,12}?(?:省|市|县|区|州|旗)?(?:省|市|县|区|州|旗)(?:级|本级)(?:财政)?(?:补助|配套|专项)?(?:资金)?$/;
/** 未支X / 尚未支付X / 未使用资金X: what is still unpaid — no cell holds it (neither spent nor a balance the report states). */
export const UNSPENT = '尚未支付（使用）的资金，草稿没有这一栏目';
const UNSPENT_LABEL = /^(?:尚|仍|还)?未(?:支付|支出|支|拨付|使用|执行)(?:的)?(?:资金|金额|部分|款项)?$/;
/** 收、支总计均为X / 收支总计各是A，B: the 总计 hold carry-overs; the draft has no 总计 cell. */
export const GRAND_TOTALS = '收支总计含结转结余，不是本年数（收入总计 = 本年收入 + 年初结转和结余，支出总计 = 本年支出 + 年末结转和结余，草稿没有总计栏目）';
const BOTH_TOTALS = /收(?:入)?[、，,和及与]?支(?:出)?(?:决算)?总计(?:数)?(?:均|各|分别)?(?:为|是|达)?\s*(?:[\d.,]+\s*(?:万元|元)?\s*[，,、和]\s*)?$/;
const BOTH_CHANGES = /收(?:入)?[、，,和及与]?支(?:出)?(?:决算)?总计(?:数)?(?:均|各|分别)?(?:增加|减少|增长|下降)\s*[\d.,]+\s*(?:万元|元)?\s*[，,、和]\s*$/;
// 经营支出 / 上缴上级支出 / 使用非财政拨款结余: lines of the 收支决算表 the draft has no cell for
const TABLE_LINE = /^(?:本年)?(?:经营支出|上缴上级支出|对附属单位补助支出|使用非财政拨款结余(?:和专用结余)?|使用专用结余|用事业基金弥补收支差额)$/;
/** A source row of a 自评表's funds table with its column: 单位资金调整后预算数 / 财政专户管理资金年初预算. */
const SOURCE_COLUMN = /^(其他资金(?:来源)?|财政专户管理资金|单位(?:自有)?资金)((?:年初|全年|调整后)?预算数?|(?:全年|预算)?执行数)$/;
const LEVELS = new Set(['central', 'provincial', 'cityCounty', 'city', 'county', 'local']);

const sentenceOf = (ctx: Ctx, f: Figure): string => {
  const p = ctx.paras[f.para]!;
  return p.text.slice(p.sentenceStarts[f.sentence]!, p.sentenceStarts[f.sentence + 1] ?? p.text.length);
};

/** The column of the project money (年度资金, 项目总投资) stated just before `f` in its sentence. */
function projectLead(ctx: Ctx, f: Figure): 'initial' | 'adjusted' | 'executed' | null {
  const before = ctx.byPara[f.para]!.filter((x) => x.sentence === f.sentence && x.start < f.start && x.q.kind === 'money').pop();
  return before && before.role === 'level' ? projectField(before.label) : null;
}

/**
 * 会议费支出A，年初预算为B / 基本支出A，年初预算B: the spending of an item (not the unit's total) just before a bare
 * budget word in its sentence — B is that item's budget. Returns the item's label.
 */
function spendingBefore(ctx: Ctx, f: Figure): string | null {
  const prev = ctx.byPara[f.para]!.filter((x) => x.sentence === f.sentence && x.start < f.start && x.q.kind === 'money' && x.role === 'level').pop();
  const head = (prev?.label ?? '').replace(/一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?|财政拨款|[“”"]/g, '');
  if (!prev || !/(?:费|费用|经费|支出)$/.test(head) || TOTAL_EXPENDITURE.test(head)) return null;
  return UNIT_BUDGET.test(prev.label) || UNIT_ADJUSTED.test(prev.label) || UNIT_EXECUTED.test(prev.label) ? null : prev.label;
}

/** Where a figure goes, or why it goes nowhere (null: not a figure to place or report). */
/** The money after a named project (我县某某建设项目计划投资 → 计划投资), when the words before 项目 say no stage (调整预算后项目预算). */
const namedProject = (label: string) => {
  const m = /^(.*)项目(.*)$/.exec(label);
  return m && !/调整|全年|年初|预算|执行|实际|决算|追加|调减|上年/.test(m[1]!) ? projectField(m[2]!) : null;
};

export function classify(ctx: Ctx, f: Figure, context: string, year: string | null, docStage: Stage | null, project: boolean, fund = false): Classified {
  if (f.q.kind !== 'money' || f.q.wan === undefined) return null;
  if (f.role === 'change') return { reason: '增减数，不入栏目' };
  // 比年初预算5.8万元减少0.7万元: a base that is this year's budget — kept for the 三公 item it is of (below)
  const budgetBase = f.role === 'base' && /^(?:本年|当年)?(?:年初)?预算(?:数)?$/.test(f.label);
  if (f.role === 'base' && !budgetBase) return { reason: '对比的基数，不入栏目' };
  if (f.role !== 'level' && !budgetBase) return null;
  if (f.q.qualifier !== 'exact') return { reason: '约数，不入栏目' };
  // 本年收入：40万元 — the label stands before the colon
  let label = f.label;
  let own = f.concept;
  if (!label && /：\s*$/.test(f.lead)) {
    label = cleanLabel(
      f.lead
        .replace(/：\s*$/, '')
        .split(/[，、；：。（）]/)
        .pop() ?? '',
    );
    own = conceptOf(label);
  }
  // 年初批复预算8个项目985万元: a count of projects between the words and the amount — the words name it
  if (/^(?:个|项)?项目$/.test(label)) {
    const words = /([^\d，,；;。：:（()）]{2,})\d+(?:个|项)项目$/.exec(sentenceOf(ctx, f).slice(0, f.start - ctx.paras[f.para]!.sentenceStarts[f.sentence]!));
    if (words) own = conceptOf((label = cleanLabel(words[1]!)));
  }
  // 2031年初结转为X / 2031年末结转为Y: the year took the 年 of 年初 / 年末
  if (/^[初末]结[转余]/.test(label) && /(?:19|20)\d\d年[初末]结[转余]/.test(f.lead.replace(/\s+/g, ''))) {
    label = `年${label}`;
    own = conceptOf(label);
  }
  // slips: 年初结余未X (未 for 为 — a 未 meaning “not” needs its verb before the figure: 未支付X) and 年未结余
  // (年末; not after 本/当/a year, where 年 ends another word: 本年未结余)
  const slip = label.replace(/(结[转余](?:资金)?)未$/, '$1').replace(/^年未(结[转余][^数]*)数?$/, '年末$1');
  if (slip !== label && balanceOf(slip) && !/(?:[本当今该全同上下\d]年未|未结[转余]未)[^，；。]*$/.test(f.lead)) own = conceptOf((label = slip));
  // 差值为0.9万元 / 差额: the gap between two figures, like 增减数
  if (/^(?:两者)?(?:差值|差额|差异(?:额|数)?|相差)$/.test(label)) return { reason: '增减数，不入栏目' };
  if (UNSPENT_LABEL.test(label)) return { reason: UNSPENT };
  // 实际到位资金X: money received, neither a budget nor what was spent
  if (/^(?:实际|累计|已|全年|年度)*到位(?:资金|金额|数)?$/.test(label)) return { reason: '到位资金（已拨到的资金），不是预算数或执行数，草稿没有这一栏目' };
  // 决算数大于预算数X / 支出小于预算X: the gap between the two
  if (/(?:大于|小于|超过|超出|低于|多于|少于)(?:年初|调整后)?预算(?:数)?$/.test(label)) return { reason: '增减数，不入栏目' };
  const clauseBefore = sentenceOf(ctx, f).slice(0, f.start - ctx.paras[f.para]!.sentenceStarts[f.sentence]!);
  if (BOTH_TOTALS.test(clauseBefore)) return { reason: GRAND_TOTALS };
  if (BOTH_CHANGES.test(clauseBefore)) return { reason: '增减数，不入栏目' };
  // 基本支出本年收入X，本年支出Y: the row named with the column carries through the sentence (or the heading's)
  const rc = rowColumn(label);
  if (rc) own = conceptOf((label = rc.column));
  const carried = rc?.row ?? carriedRow(ctx, f, label, context);
  if (carried === 'prior') return { reason: '上年或其他年度的数，不入栏目' };
  const rowHint = carried;
  // (公务接待费支出金额: the lexicon reads …支出金额 as spending; the item before it decides)
  const named = itemLabel(label) !== label ? conceptOf(itemLabel(label)) : null;
  if (named && (!own || (own === 'expenditure' && named !== own))) own = conceptOf((label = itemLabel(label)));
  // 中央本级“三公经费”财政拨款预算: the level opening a label is its scope, the head noun decides
  if (own && LEVELS.has(own)) own = conceptOf(label.replace(/^(?:中央|省|市|县|区)(?:级|本级)?/, '')) ?? own;
  // 公务接待费安排3.4万元 / 三公经费实际开支: the stage words after the item are not part of what the figure is
  // (“三公”经费安排支出: the 支出 of a named item, not the unit's)
  const item = !own || own === 'expenditure' ? label.replace(/(?:支出)?安排$|安排支出$|实际(?:开支|支出)$|开支$/, '') : null;
  if (item && item !== label && conceptOf(item) && (!own || THREE_PUBLIC[conceptOf(item)!])) {
    label = item;
    own = conceptOf(item);
  }
  const group = ctx.partOf.get(f.id) ?? null;
  const total = group?.total ?? null;
  // 年初结转和结余X，其中基本支出结转a，项目支出结转和结余b: the parts are balances of the total's kind
  const totalBalance = total && /^(?:基本|项目)(?:支出)?结[转余]/.test(label) ? balanceOf(total.label) : null;
  const opening = balanceOf(label) === 'opening' || totalBalance === 'opening';
  const fyear = f.year ?? yearBefore(ctx, f);
  if (!opening && (f.prior || (year && fyear && fyear !== year))) return { reason: '上年或其他年度的数，不入栏目' };
  // 决算为17.06万元，完成预算27万元的63.2%: the budget the actual is measured against
  const stage = /^(?:年初|调整后|全年)?预算数?$/.test(label) && /完成[^，；。\d]{0,6}预算数?$/.test(f.lead) ? 'budget' : stageFor(ctx, f, total, docStage);
  const budgetStage = stage === 'budget' || stage === 'adjusted';
  const stated = budgetTypeOf(f.scope.join(' ')) ?? (total ? budgetTypeOf(total.scope.join(' ')) : null);
  const type: BudgetType = stated ?? budgetTypeOf(context) ?? 'general';
  // “三公”经费预算数为6万元，实际支出4.35万元: a bare label measures what the sentence named before it
  const closing = !opening && (balanceOf(label) === 'closing' || totalBalance === 'closing');
  let concept = opening ? 'opening' : closing ? 'closing' : own;
  const sentenceBefore = ctx.paras[f.para]!.text.slice(ctx.paras[f.para]!.sentenceStarts[f.sentence]!, f.start);
  // 某某项目全年安排资金X，实际支出Y，结转下年Z: a named project's money, not the unit's account
  const projectOwn = (opening || closing || ((own === 'expenditure' || own === 'income') && BARE.test(label))) && !project;
  const paragraphBefore = (): string => ctx.paras[f.para]!.text.slice(0, ctx.paras[f.para]!.sentenceStarts[f.sentence]!);
  if (projectOwn && (aboutNamedProject(sentenceBefore, context) || inProjectItem(paragraphBefore())))
    return { reason: opening || closing ? PROJECT_BALANCE : PROJECT_MONEY };
  // 本级支出X，上解支出Y，结转下年Z: where a budget's money went (a government's fund), not a unit's balance
  if (closing && /本级支出|上解|调出资金|转移支付支出/.test(sentenceOf(ctx, f)))
    return { reason: `“${label}”与本级支出、上解等并列，是一笔预算资金的去向，不是单位的年末结转和结余` };
  let itemOf: Figure | null = null; // the item a bare 年初预算 is the budget of
  const namesThreePublic = /三公|因公出国|公务接待费|公务用车购置及运行/.test(sentenceBefore);
  if ((concept === null || concept === 'expenditure') && BARE.test(label)) {
    // 安排项目支出资金85万元，实际支出82.3万元: 基本/项目 named before it too
    const rowOf = (x: Figure) => x.concept ?? (x.label.startsWith('基本支出') ? 'basic' : x.label.startsWith('项目支出') ? 'project' : null);
    const before = ctx.byPara[f.para]!.filter((x) => x.sentence === f.sentence && x.start < f.start && rowOf(x) && x.concept !== 'expenditure');
    const named = before[before.length - 1];
    const namedConcept = named ? rowOf(named)! : null;
    if (namedConcept && (THREE_PUBLIC[namedConcept] || namedConcept === 'basic' || namedConcept === 'project')) concept = namedConcept;
    // （简称“三公”经费）支出合计24.75万元: the sentence names what the bare 支出 measures
    else if ((!named || named.concept === 'appropriation') && namesThreePublic) concept = 'threePublic';
  }
  // 2023年安排“三公”经费12.5万元，比年初预算减少1.5万元: an amount set against this year's budget is not that
  // budget — for 三公 the 决算数; for an account or a source it may be the adjusted budget too (listed)
  const arranged =
    stage === 'budget' &&
    /安排/.test(sentenceBefore) &&
    !/预算/.test(label.replace(/(?:一般)?公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算/g, '')) &&
    (comparedWithBudget(ctx, f) || (total !== null && comparedWithBudget(ctx, total)) || budgetNext(ctx, f));
  // 三公经费支出6.4万元，年初预算为8万元: the budget of the 三公 item the sentence named just before it
  if ((!concept || concept === 'initialBudget') && /^(?:本年|当年)?(?:年初)?预算(?:数)?$/.test(label)) {
    const named = ctx.byPara[f.para]!.filter((x) => x.sentence === f.sentence && x.start < f.start && conceptAt(x)).pop();
    if (named && THREE_PUBLIC[conceptAt(named)!]) [concept, itemOf] = [conceptAt(named), named];
  }
  // 项目计划投资X / 项目资金共X，已完成拨付Y: a project report's money is the project's 年度资金总额 line
  // (全年实际支出 of a project report is the project's, not the unit's 本年支出)
  // 我县某某道路建设项目计划投资X: the project named before its money (not a 其中 part: 其中A子项目投资 is a piece)
  const pField =
    project && (!concept || concept === 'initialBudget' || (concept === 'expenditure' && !stated))
      ? (projectField(label) ?? (group ? null : (namedProject(label) ?? namedWorkMoney(label))))
      : null;
  // (in one fund's report a project's 安排资金 is a part of the fund: the fund's 下达 total is the line's)
  if (pField)
    return { cell: { kind: 'budgetLine', key: 'total', label: '年度资金总额', field: pField }, tier: fund ? 1 : 0, why: '某个项目的资金，不是下达的资金总额' };
  const fField = project && (!concept || LEVELS.has(concept)) ? fundField(sentenceBefore, label, !!group) : null;
  // 下达某县2031年资金Y beside 下达某县2031年中央某某发展资金X: money of no name yields to the named fund's
  if (fField)
    return /^(?:专项|项目)?资金/.test(label.replace(/^.*?(?:19|20)\d\d年度?/, ''))
      ? { cell: { kind: 'budgetLine', key: 'total', label: '年度资金总额', field: fField }, tier: 1, why: '下达的资金未写明名称，与写明名称的资金数不同' }
      : { cell: { kind: 'budgetLine', key: 'total', label: '年度资金总额', field: fField }, tier: 0, why: '' };
  if (budgetBase && !(concept && THREE_PUBLIC[concept])) return { reason: '对比的基数，不入栏目' };
  // 因公出国(境)费、公务用车购置及运行费和公务接待费的财政拨款预算数: the 三公 items' money, not income
  if (concept === 'appropriation' && namesThreePublic && /的财政拨款|^财政拨款(?:预算|决算)?数?$/.test(label)) concept = 'threePublic';
  // 水质监测经费，预算数a，执行数b: a named item's bare figures, not the unit's (unless this is that project's report)
  const unitWords = UNIT_BUDGET.test(label) || UNIT_ADJUSTED.test(label) || UNIT_EXECUTED.test(label);
  const itemNamed = !project && unitWords ? (namedItemBefore(sentenceBefore) ?? (/部门|单位|本/.test(label) ? null : spendingBefore(ctx, f))) : null;
  if (itemNamed && (!concept || concept === 'initialBudget')) return { reason: `“${itemNamed}”这一项的预算或执行数，不是单位的年度资金总额` };
  // 年初预算 / 调整后预算 of the year's money (其中年初预算…): the budget lines' total
  if ((!concept || concept === 'initialBudget') && UNIT_BUDGET.test(label))
    return { cell: { kind: 'budgetLine', key: 'total', label: '年度资金总额', field: 'initial' }, tier: 0, why: '' };
  if (!concept && UNIT_ADJUSTED.test(label)) return { cell: { kind: 'budgetLine', key: 'total', label: '年度资金总额', field: 'adjusted' }, tier: 0, why: '' };
  if (!concept && UNIT_EXECUTED.test(label)) return { cell: { kind: 'budgetLine', key: 'total', label: '年度资金总额', field: 'executed' }, tier: 0, why: '' };
  // 其他资金 | 年初预算数 | 全年预算数 | 全年执行数 of a 自评表: the row with its column (财政专户管理资金 and
  // 单位资金 are source rows of the form too, lines of their own)
  const sourceColumn = SOURCE_COLUMN.exec(label);
  if (sourceColumn) {
    const [, row, column] = sourceColumn;
    const field = /执行/.test(column!) ? 'executed' : /全年|调整后/.test(column!) ? 'adjusted' : 'initial';
    const line = row!.startsWith('其他')
      ? { key: 'other', label: '其他资金' }
      : /专户/.test(row!)
        ? { key: 'specialAccount', label: '财政专户管理资金' }
        : { key: 'unitFunds', label: '单位资金' };
    return { cell: { kind: 'budgetLine', ...line, field }, tier: 0, why: '' };
  }
  if (!concept && /^其他资金(?:来源)?$/.test(label))
    return { cell: { kind: 'budgetLine', key: 'other', label: '其他资金', field: budgetStage ? 'initial' : 'executed' }, tier: 0, why: '' };
  // 会议费、培训费、差旅费财政拨款预算数 / 按政府采购资金类型划分，一般公共预算拨款…: the money of an item or of
  // the purchases, not what the unit received
  if (concept && INCOME_SOURCES[concept] && /费[”"]?(?:的)?财政拨款/.test(label)) return { reason: '某项费用的财政拨款，不是单位的收入' };
  if (concept && INCOME_SOURCES[concept] && /政府采购/.test(`${context} ${sentenceBefore}`)) return { reason: '政府采购的资金来源，不是单位的收入' };
  // 调整追加 (a lexicon part of the year's budget) has no cell of its own
  // （一）教育支出类科目 X 元: a line of the functional classification (分类中的一项支出), not the year's total
  if (!concept && /^[^，；。]{2,}支出(?:类|款|项)?科目$/.test(label) && !/^(?:基本|项目|本年|年度|全年)?支出/.test(label))
    return { reason: '按功能分类的一项支出，不入栏目' };
  // 其中，央省X、市级Y、县级Z: a label naming only the level (not 地方一般公共预算收入, 省级结转资金)
  if ((!concept || LEVELS.has(concept)) && (LEVEL_ONLY.test(label) || PLACE_LEVEL.test(label))) return { reason: LEVEL_SOURCE };
  if (TABLE_LINE.test(label)) return { reason: `“${label}”是收支决算表中的一行，草稿没有这一栏目` };
  // 预算价 / 造价 / 单价: a price, not money set aside (预算价 may be a slip for 预算, so it is listed, not placed)
  if (!concept && /(?:价|价格)$/.test(label)) return { reason: `“${label}”是价格（预算价、造价、单价），不一定是安排的资金，不入栏目` };
  if (!concept || concept === 'initialBudget' || concept === 'budgetAdjust') return { reason: unknownLabel(label) };
  // 教育支出 / 经营支出 / 税收收入 are lines of a classification, not the year's total
  const head = label.replace(/一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?|社会保险基金(?:预算)?|财政拨款|[“”"]/g, '');
  if (concept === 'expenditure' && !TOTAL_EXPENDITURE.test(head)) return { reason: '分类中的一项支出，不入栏目' };
  if (concept === 'income' && !TOTAL_INCOME.test(head)) return { reason: '分类中的一项收入，不入栏目' };
  // 收入总计 / 支出决算总计 hold carry-overs too — unless the sentence names its scope and nothing in
  // the paragraph sets 本年 or 结转 against it (一般公共预算财政拨款支出总计1741.75万元 is the year's)
  const grandTotal =
    (/^总(?:收入|支出)|收支/.test(label) || /(?:收入|支出|收支)[^，；。\d]{0,4}总计[^，；。\d]*$/.test(f.lead)) &&
    !(stated && !/本年|结转|结余/.test(ctx.paras[f.para]!.text));
  const lineTier = (): 0 | 1 | 2 => (grandTotal ? 2 : stated ? 0 : 1);

  const budgetFigure: Record<string, BudgetFigure> = {
    expenditure: 'expenditure',
    basic: 'expenditure',
    project: 'expenditure',
    income: 'income',
    opening: 'opening',
    closing: 'closing',
  };
  if (budgetFigure[concept]) {
    let row: BudgetRowClass = concept === 'basic' ? 'basic' : concept === 'project' ? 'project' : 'total';
    if (row === 'total') {
      if (rowHint) row = rowHint;
      else if (/基本支出/.test(label)) row = 'basic';
      else if (/项目支出/.test(label)) row = 'project';
      else if (total?.concept === 'basic' || total?.concept === 'project') row = total.concept;
    }
    // 共支出某某资金X，其中：部门支出a，乡镇支出b: a part of a fund's money, not the unit's total
    if (row === 'total' && total && !stated && !conceptAt(total) && (concept === 'expenditure' || concept === 'income'))
      return { reason: `其中的一项，所属总数“${total.label.slice(0, 20)}”不是单位的收支，不入栏目` };
    const cell: Cell = { kind: 'budget', budgetType: type, row, figure: budgetFigure[concept]! };
    // 支出预算 is the plan, not what went out: never in the year's cells. 预算收入69.06万元，其中年初预算
    // 57.28万元 states the adjusted budget of the year's money.
    if (arranged) return { reason: ARRANGED };
    if (budgetStage) {
      const parts = ctx.groups.find((g) => g.total === f)?.parts ?? [];
      if (row === 'total' && /预算/.test(label) && parts.some((x) => /年初预算/.test(x.label)))
        return { cell: { kind: 'budgetLine', key: 'total', label: '年度资金总额', field: 'adjusted' }, tier: 0, why: '' };
      return { reason: '预算数，不是本年实际数（收支表只收决算数）' };
    }
    // 加上…上年结转…等X万元，收入总计Y万元: a total its own sentence builds from a carry-over is never the year's
    if (grandTotal && /上年结[转余]|年初结[转余]|结转下年|年末结[转余]/.test(sentenceBefore))
      return { reason: `收支总计含结转结余，不是本年数${totalNote(concept)}` };
    // 收入/支出总计 = 本年 + 结转结余: the year's figure only where the report states no carry-over at all
    // (总收入 is looser: 全年总收入60万元，总支出58万元，结转下年2万元 states the year's figures)
    if (grandTotal && /总计/.test(`${label} ${f.lead}`) && carryOver(ctx))
      return { reason: `收支总计含结转结余（报告写有结转结余），不是本年数${totalNote(concept)}` };
    // (财政拨款支出总计 is budget money of some type, never the unit's all funds)
    const guessed = !stated && !budgetTypeOf(context) && !/财政拨款/.test(label);
    if (grandTotal) return { cell, tier: 2, why: '收支总计（含结转结余），与本年数不同', guessed };
    // the sentence names its scope (一般公共预算财政拨款支出): it wins over a figure whose scope is only the heading's or none
    return stated ? { cell, tier: 0, why: '' } : { cell, tier: 1, why: `句中未注明预算类型，与注明${TYPE_NAME[type]}的数不同`, guessed };
  }
  if (INCOME_SOURCES[concept]) {
    const src = INCOME_SOURCES[concept]!;
    if (arranged) return { reason: ARRANGED };
    // 年度资金X，本年度财政拨款Y in a project report, no stage word: the source is a line of the money named
    // before it, in that money's column (not the document's 自评 stage)
    const field =
      (project && !f.stage && !wordStage(sentenceBefore) && projectLead(ctx, f)) ||
      (stage === 'budget' ? 'initial' : stage === 'adjusted' ? 'adjusted' : 'executed');
    // 一般公共预算财政拨款收入 X: also the income of that budget type's account
    const also: Cell | undefined =
      concept === 'appropriation' && stated && field === 'executed' && !grandTotal
        ? { kind: 'budget', budgetType: type, row: 'total', figure: 'income' }
        : undefined;
    return {
      cell: { kind: 'budgetLine', key: `${src.key}${TYPE_SUFFIX[type]}`, label: type === 'general' ? src.label : `${TYPE_NAME[type]}${src.label}`, field },
      tier: lineTier(),
      why: '未注明预算类型或为总计，与另一处的数不同',
      also,
    };
  }
  if (THREE_PUBLIC[concept]) {
    // 设备购置费 / 运行费 outside a vehicle list are not the vehicle items
    const of = itemOf ?? f;
    const ofTotal = ctx.partOf.get(of.id)?.total ?? null;
    if (
      (concept === 'vehiclePurchase' || concept === 'vehicleOperation') &&
      !/车/.test(of === f ? label : of.label) &&
      !['vehicle', 'threePublic'].includes(ofTotal?.concept ?? '')
    )
      return { reason: unknownLabel(of === f ? label : of.label) };
    // 其中：公务接待费支出3万元，年初预算为3.5万元 (a 预算 word of the sentence before gave the stage): the item's own
    // 年初预算 comes next, so what its 支出 says is what was spent
    const spentBeforePlan = label.endsWith('支出') && !/预算/.test(label) && budgetNext(ctx, f);
    const field = !arranged && !spentBeforePlan && (stage === 'budget' || stage === 'adjusted') ? 'budget' : 'actual';
    return { cell: { kind: 'threePublic', item: THREE_PUBLIC[concept]!, field }, tier: 0, why: '' };
  }
  if (NO_CELL[concept]) return { reason: NO_CELL[concept]! };
  return { reason: unknownLabel(label) };
}
