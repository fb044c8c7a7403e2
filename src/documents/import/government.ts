import { SELF_NAME } from '../../domain/relations/selfName.js';

// A government's fiscal report (a town's, county's or city's 预算执行情况 / 财政决算 报告) or a sentence naming a
// region's revenue (全县一般公共预算收入): its income and spending are the region's, never one unit's. Pure.

// 关于某县2023年预算执行情况和2024年预算草案的报告 / 某镇人民政府2022年决算报告 / 某市2023年财政决算报告
const REPORT =
  /(?:预算执行情况|决算(?:情况)?(?:[(（]草案[)）])?)(?:和[^。\n]{0,24}预算(?:草案)?)?的报告|人民政府[^。\n]{0,24}决算报告|财政(?:预算执行情况|决算报告|决算[(（]草案[)）])/;
const CONGRESS = /人民代表大会|人代会|各位代表|人大常委会/;
// totals only a government collects: 财政总收入, 全口径财政收入, 地方一般公共预算收入, 可用财力
// (返还性收入 / 一般性转移支付收入 / 均衡性转移支付: what a government receives from the one above; 中央财政预算 /
// 中央本级支出: the state's own budget)
const FISCAL_TOTAL =
  /财政总收入|(?:全|大)口径(?:财政|税收)收入|地方一般(?:公共)?预算收入|地方级收入|可用财力|返[还還]性收入|一般性转移支付收入|均衡性转移支付|中央财政预算|中央本级(?:政府性基金|一般公共预算)?(?:收入|支出)/;
// 全县一般公共预算收入 / 我区财政总支出 / 全镇一般财政公共总收入
const REGION =
  /(?:全|我)(?:省|市|县|区|镇|乡|州|旗)(?:本级)?[^，。；,;：:]{0,10}(?:一般公共预算|一般公共财政|一般财政|公共财政|财政)[^，。；,;：:]{0,6}(?:总?收入|总?支出|收支)/;
const UNIT_TITLE = /部门|单位|绩效|自评|项目|[预决]算(?:情况)?说明|[局委办院所站馆校]\d{4}年/;
const REGION_ANY = new RegExp(REGION.source);
const TAX = /税收收入[\s\S]*非税收入|非税收入[\s\S]*税收收入/;

/**
 * The report is a government's budget execution or final-accounts report (not a unit's, by its title): its title or opening names one,
 * it speaks to the congress, or it states totals only a government has; a region's 一般公共预算收入 or both
 * 税收收入 and 非税收入 count when another sign agrees (a unit's report may quote the county's revenue once).
 */
export function isGovernmentReport(title: string, lines: string[]): boolean {
  // 某局部门决算 / 某人大办公室整体支出绩效自评: a unit's own report (a 人大 office speaks of its congress)
  if (UNIT_TITLE.test(title || (lines.find((l) => l.trim()) ?? ''))) return false;
  const text = lines.join('\n');
  const opening = [title, ...lines.slice(0, 3)].join('\n');
  // (a web page's pinyin after a character, 转(zhuǎn)移, is blanked out: read the words without the blanks)
  if (REPORT.test(opening) || CONGRESS.test(text) || FISCAL_TOTAL.test(text.replace(/[ \t\u3000]+/g, '')) || REGION.test(opening)) return true;
  return [REPORT, REGION, TAX].filter((r) => r.test(text)).length >= 2;
}

/**
 * Its sentence names a region's revenue or spending before the figure (全县一般公共预算收入X，一般公共预算支出Y),
 * and names no unit after that (…，本单位财政拨款收入Z is the unit's).
 */
export function regionClause(sentenceBefore: string): boolean {
  const m = REGION_ANY.exec(sentenceBefore);
  return !!m && !new RegExp(`部门|单位|${SELF_NAME}`).test(sentenceBefore.slice(m.index + m[0].length));
}

const UNIT_WORD = new RegExp(`部门|单位|${SELF_NAME}`);
// 一般公共预算收入 / 政府性基金支出 with no 财政拨款: the government's aggregate, not what a unit received or spent
const AGGREGATE = /^(?:全年|本年|当年|年度)?(?:一般公共预算|一般公共财政|政府性基金(?:预算)?)(?:总)?(?:收入|支出)(?:完成|合计|总额|总计)?$/;

/**
 * A figure of the region the document speaks of, beyond its own sentence: an earlier sentence of its paragraph
 * named the region's revenue (全县一般公共预算收入X。…一般公共预算支出Y), or the document names it somewhere and the
 * figure is the government's aggregate (一般公共预算收入Z) — when its sentence names no unit (本局/本单位).
 */
export function regionFigure(paragraphBefore: string, sentenceBefore: string, label: string, regionDocument: boolean): boolean {
  if (UNIT_WORD.test(sentenceBefore)) return false;
  return REGION_ANY.test(paragraphBefore) || (regionDocument && AGGREGATE.test(label));
}

/** The document names a region's revenue or spending somewhere (全县一般公共预算收入). */
export const namesRegion = (paragraphs: string[]): boolean => paragraphs.some((p) => REGION_ANY.test(p));

// 城乡居民基本养老保险基金收入中，…财政补助收入X: a social insurance fund's income, not the unit's
const INSURANCE_FUND = /(?:保险|社保|医保)基金(?:总)?(?:收入|支出)/;
/** Its sentence names a social insurance fund's income or spending before the figure. */
export const insuranceFundClause = (sentenceBefore: string): boolean => INSURANCE_FUND.test(sentenceBefore);
export const INSURANCE_FUND_FIGURE = '社会保险基金的收支（基金收入、基金支出），不是本单位的收支，不入栏目';

export const GOVERNMENT_REPORT = '政府财政报告中的数（一个地区的财政收支），不是本单位的收支，不入栏目';
export const REGION_FIGURE = '所在地区的财政收支（全县、全区等），不是本单位的收支，不入栏目';
