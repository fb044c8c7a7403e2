// The words that decide a figure's cell in an imported report: totals (本年支出合计, not 教育支出), bare
// labels (实际支出 after a named item), balances (年初/上年 vs 年末 结转和结余), the sentence's year. Pure.
import { cmp } from '../../domain/decimal.js';
import { INCOME_SOURCES } from './cellNames.js';
import type { Ctx } from '../../domain/relations/context.js';
import { conceptOf, type Figure } from '../../domain/relations/figures.js';
import { SELF_NAME } from '../../domain/relations/selfName.js';

export const TOTAL_EXPENDITURE = new RegExp(
  `^(?:本年度?|全年度?|年度|当年|实际|部门|单位|${SELF_NAME}|决算|预算|整体|共|累计|合计|安排)*(?:总)?(?:支出|开支)(?:合计|总额|总计|共计|决算数?|预算数?|金额|数)?$`,
);
export const TOTAL_INCOME = new RegExp(
  `^(?:本年度?|全年度?|年度|当年|实际|部门|单位|${SELF_NAME}|决算|预算|整体|共|累计|合计|安排)*(?:总)?收入(?:合计|总额|总计|共计|决算数?|预算数?|金额|数)?$`,
);

// 年初预算 / 调整后预算 / 执行数 of the unit's money as a whole (本单位年初预算, 本馆预算执行数)
const UNIT = `(?:部门|单位|${SELF_NAME})?`;
export const UNIT_BUDGET = new RegExp(`^${UNIT}(?:年初预算|预算)(?:数|金额)?$`);
export const UNIT_ADJUSTED = new RegExp(`^${UNIT}(?:调整后|全年|调整预算后[^，；。]{0,6})(?:的)?预算(?:数|金额)?$`);
export const UNIT_EXECUTED = new RegExp(`^${UNIT}(?:预算|全年)?执行(?:数|金额)$`);

export const BARE = /^(?:实际|全年|本年|年度)*(?:支出|开支|使用)?(?:预算|决算|执行|实际)?(?:数|金额|额)?(?:合计|总额|共计)?$/;

/** The year its sentence names before it (2011年…预算中，…费617万元), never the year of a comparison (比2021年). */
export function yearBefore(ctx: Ctx, f: Figure): string | null {
  const p = ctx.paras[f.para]!;
  const from = p.sentenceStarts[f.sentence]!;
  let out: string | null = null;
  for (const m of p.text.slice(from, f.start).matchAll(/((?:19|20)\d\d)年/g)) {
    const at = from + m.index!;
    // (含2023年转列…) inside a parenthesis, or 比2021年: not the year of what follows
    if ((p.depth[at] ?? 0) > (p.depth[f.start] ?? 0) || /(?:比|较|与|同|和)\s*$/.test(p.text.slice(Math.max(0, at - 3), at))) continue;
    // 主要是2016年开展公车改革: a year in a cause clause is the cause's, not what follows
    if (/(?:主要|原因|由于|因为)[^，,；;。]*$/.test(p.text.slice(from, at))) continue;
    out = m[1]!;
  }
  return out;
}

// (年初结转数 / 年末结余金额: the balance written with 数 or 金额)
export const OPENING = /(?:上年|年初|以前年度)(?:财政拨款)?(?:结转|结余)?(?:和|及|与)?(?:结余|结转)?(?:资金)?(?:数|金额)?$/;
export const CLOSING =
  /(?:年末|期末)(?:财政拨款)?(?:结转)?(?:和|及|与)?结余(?:资金)?(?:数|金额)?$|(?:年末|期末)(?:财政拨款)?结余结转(?:资金)?(?:数|金额)?$|(?:年末|期末)结转(?:资金)?(?:数|金额)?$|^(?:年末|期末)?(?:结转|留待|留作|留存)(?:至|到)?下一?年度?(?:继续)?(?:使用|支出)?(?:的)?(?:资金)?$/;
// a heading's or item's mark before its words: （一） / 一、 / 1.
const LIST_MARK = String.raw`(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.、．])?`;
const NAMED_PROJECT = new RegExp(
  String.raw`^\s*${LIST_MARK}\s*(?!因|由于|主要|其中|本单位|部门|单位|各)[^，,。；;：:\d]{2,30}?(?<!实施|开展|安排|完成|各|等|个|类)项目[”"]?(?!支出)`,
);
const NAMED_ITEM = new RegExp(String.raw`^\s*${LIST_MARK}\s*([^，,。；;：:\d]{2,30}?(?:经费|专项资金|资金|补助))[”"]?(?:\s*[，,：:]|\s{2,}|\s+(?=执行|预算))`);

/**
 * A sentence or heading about one named project (某某项目全年安排资金X，结转下年Y / （一）某某项目。…): its money
 * and its carry-over are the project's, not the unit's (项目支出 is a row of the unit's account, not a project).
 */
export function aboutNamedProject(sentenceBefore: string, context: string): boolean {
  const heading = context.trim().split(/\s+/).pop() ?? '';
  if (/^(?!(?:重点|主要|其他|各|本单位|部门|单位)项目)[^，,。；;、]{2,30}项目[。.：:]?$/.test(heading)) return true;
  // (因某某项目未完工，结转下年X: a cause clause, the carry-over is still the unit's)
  return NAMED_PROJECT.test(sentenceBefore);
}
/**
 * 水质监测经费，预算数36万元，执行数34.2万元: the sentence opens on a named fund or item of expense, so its bare
 * 预算数 / 执行数 are that item's, not the unit's 年度资金总额. The unit's own money (财政拨款资金, 部门整体…,
 * 年度资金总额) is no named item. Returns the item's name.
 */
export function namedItemBefore(sentenceBefore: string): string | null {
  const first = NAMED_ITEM.exec(sentenceBefore);
  const name = first?.[1];
  if (!name || /财政|拨款|预算资金|总额|整体|部门|单位|本级|全部|全年|本年|年度|各项|上级|自有|其他/.test(name)) return null;
  return name;
}

/** 年初/上年结转和结余 → opening, 年末结转和结余 / 结转下年 → closing (the lexicon takes any 结转和结余 for closing). */
export const balanceOf = (label: string): 'opening' | 'closing' | null =>
  OPENING.test(label) && /结[转余]/.test(label) ? 'opening' : CLOSING.test(label) ? 'closing' : null;

/** The report states a carry-over that is not 0 (a 收支总计 then is not the year's figure). */
export const carryOver = (ctx: Ctx): boolean =>
  ctx.figs.some((f) => f.q.kind === 'money' && f.q.wan !== undefined && cmp(f.q.wan, '0') !== 0 && /结转|结余/.test(f.label)) ||
  // （追加的项目未完成，结转至下年）: a carry-over said in words, with no figure
  ctx.paras.some((p) => /结转(?:至|到)(?:下一?年|(?:19|20)\d\d年)|结转下年(?:使用|继续)/.test(p.text));

/** 未知标签 with the words the figure is known by: the reader sees what was not understood. */
// (a long label shows its end: the head noun is last — …建设任务安排资金)
export const unknownLabel = (label: string) =>
  label ? `未知标签“${label.length > 20 ? `…${label.slice(-19)}` : label}”，没有对应栏目` : '未知标签：数字前没有说明它是什么';

/**
 * The item a label names once the words around it that are not the item go: 公务接待费2022年预算 (a
 * year between the item and its stage word) → 公务接待费预算; 三公经费预算拨入 → 三公经费预算; 公务接待费(的)支出数 /
 * 支出金额 → 公务接待费支出 (the lexicon leaves 支出数 after an item alone: the checker's sums would read it too).
 */
export const itemLabel = (label: string): string =>
  label
    .replace(/((?:19|20)\d\d)年度?(?=预算|决算|支出|实际)/, '')
    .replace(/拨入$/, '')
    .replace(/(费)(?:的)?支出(?:数|金额|额)$/, '$1支出');

/** A project report (项目支出绩效自评): its money is the project's, the draft's 年度资金总额 line. */
export const isProjectReport = (title: string): boolean =>
  // 关于“某某补助资金”管理使用情况: a fund's report on its use, as its 绩效自评 would be
  (/绩效|自评/.test(title) || /(?:资金|转移支付|公益金)[”"]?(?:的)?(?:管理使用|使用管理|分配使用|使用)情况$/.test(title)) &&
  !/整体/.test(title) &&
  // 某某专项资金 / 转移支付 / 抗疫特别国债 绩效自评: one fund's report, its money the fund's (not a unit's 部门预算资金)
  (/项目/.test(title) || (/资金|转移支付|公益金|国债/.test(title) && !/部门|单位/.test(title)));

/** One fund's report (某某专项资金 / 转移支付 / 国债 绩效自评, no 项目 in its title): several projects share its money. */
export const isFundReport = (title: string): boolean => isProjectReport(title) && !/项目/.test(title);

/**
 * The 年度资金总额 column a project's money goes to by its label (项目计划投资 / 项目资金共 / 年初预算资金 →
 * 年初预算数; 调整后预算 → 全年预算数; 实际完成投资 / 已完成拨付 / 实际支付 → 全年执行数), else null.
 */
export function projectField(label: string): 'initial' | 'adjusted' | 'executed' | null {
  const l = label.replace(/^(?:本|该)?项目/, '').replace(/^(?:资金|经费)(?=实际|已|累计|执行)/, '');
  if (
    /^(?:实际|已|累计|全年|年度)*(?:完成|到账)?(?:拨付|支付|支出|使用|执行|完成投资|投资完成)(?:资金|金额|数)?$|^(?:实际|累计)?完成投资(?:额)?$|^(?:预算)?执行(?:数|金额)$/.test(
      l,
    )
  )
    return 'executed';
  if (/^(?:调整后|全年)(?:的)?预算(?:资金|数|金额)?$/.test(l)) return 'adjusted';
  // 某某项目列入部门预算经费 / 列入年度预算的资金: the money the budget holds for it
  if (/^(?:已)?列入(?:(?:19|20)\d\d年度?)?(?:部门|单位|年度|年初)?预算(?:的)?(?:资金|经费|金额|数)?$/.test(l)) return 'initial';
  if (
    /^(?:年初|年度)?(?:计划|批复)?(?:下达)?总?(?:投资|预算资金|预算经费|预算|资金|经费)(?:总额|总计|数|金额)?$|^年初预算资金$|^(?:资金)?总预算(?:数|金额)?$/.test(
      l,
    )
  )
    return 'initial';
  return null;
}

/**
 * 某某建设任务安排资金X / 某某任务资金支付Y: a project report's money named by its work, not by 项目 — its
 * 年度资金总额 column; null when the name holds a stage, a level or a balance (those words decide elsewhere).
 */
export function namedWorkMoney(label: string): 'initial' | 'executed' | null {
  const m = /^(.{2,}?)(安排(?:资金|经费)|(?:资金|经费)已?(?:支付|拨付))$/.exec(label);
  if (!m || /调整|全年|年初|预算|执行|实际|决算|追加|调减|上年|其中|结[转余]|^(?:中央|省|市|县|区|州|本级|上级|地方)/.test(m[1]!)) return null;
  return m[2]!.startsWith('安排') ? 'initial' : 'executed';
}

/** Labels that speak of budget money: listed with their reason under any heading (never silently dropped). */
export const MONEY_WORDS = /预算|决算|资金|投资|拨付|支付|经费|拨款|三公|公务接待|公务用车|因公出国/;

/** The lexicon concept of a figure's label, its item once a year or 拨入 goes (公务接待费2024年预算). */
export const conceptAt = (x: Figure): string | null => x.concept ?? conceptOf(itemLabel(x.label));
/** 安排…支出A万元，年初预算为B万元: the next figure of the sentence is the item's own budget, so A is what was spent. */
export const budgetNext = (ctx: Ctx, f: Figure): boolean => {
  const next = ctx.byPara[f.para]!.find((x) => x.sentence === f.sentence && x.start > f.start);
  return !!next && next.role === 'level' && /^(?:本年|当年)?年初预算(?:数)?$/.test(next.label);
};

type Row = 'basic' | 'project';
const ROW_COLUMN = /^(上年|去年)?(?:本年度?|全年|当年)?(基本|项目)支出(?:的)?((?:本年度?|全年|当年)?(?:收入|支出)(?:决算数?|数|金额)?)$/;
/** 基本支出本年收入 / 项目支出本年支出: a row and a column in one label (本年基本支出 is the lexicon's own). */
export function rowColumn(label: string): { row: Row; column: string; prior: boolean } | null {
  const m = ROW_COLUMN.exec(label);
  return m ? { row: m[2] === '基本' ? 'basic' : 'project', column: m[3]!, prior: !!m[1] } : null;
}

/** 本年收入 / 支出: a column naming no row (a heading's row needs 本年/全年). A 合计 is the total's. */
const COLUMN_ONLY = /^(?:本年度?|全年|当年)?(?:收入|支出)(?:决算数?|数|金额)?$/;
const YEAR_COLUMN = /^(?:本年度?|全年|当年)/;
const TOTAL_WORD = /合计|总计|总额|共计|总/;
const columnOnly = (x: Figure, label = x.label): boolean => COLUMN_ONLY.test(label) && !TOTAL_WORD.test(x.lead);
const ROW_HEADING = new RegExp(String.raw`^${LIST_MARK}\s*(基本|项目)支出(?:执行)?(?:情况|说明)?$`);

/**
 * The row a column-only label (本年支出) takes: the row named with a column earlier in its sentence
 * (基本支出本年收入X，本年支出Y), else the one row its sentence names before it (项目支出情况：本年支出X), else its
 * heading's (（一）基本支出情况) when the sentence names no row and
 * the paragraph names no other row and no 合计. 'prior': the row named was last year's (上年基本支出本年收入X，本年支出Y).
 */
export function carriedRow(ctx: Ctx, f: Figure, label: string, context: string): Row | 'prior' | null {
  if (!columnOnly(f, label)) return null;
  const before = ctx.byPara[f.para]!.filter((x) => x.sentence === f.sentence && x.start < f.start && x.q.kind === 'money');
  for (const x of before.reverse()) {
    const rc = rowColumn(x.label);
    if (rc) return rc.prior || x.prior ? 'prior' : rc.row;
    if (!columnOnly(x) || x.role !== 'level') return null;
  }
  if (!YEAR_COLUMN.test(label)) return null;
  const p = ctx.paras[f.para]!;
  const sentence = p.text.slice(p.sentenceStarts[f.sentence]!, f.start);
  if (/上年|去年/.test(sentence)) return null;
  // 项目支出情况：本年支出X / 项目支出主要用于…，本年支出X: the one row its sentence names before it
  const named = new Set([...sentence.matchAll(/(基本|项目)支出/g)].map((x) => x[1]));
  if (named.size > 1) return null;
  if (named.size === 1) return named.has('基本') ? 'basic' : 'project';
  const m = ROW_HEADING.exec(context.trim().split(/\s+/).pop() ?? '');
  if (!m) return null;
  const other = m[1] === '基本' ? '项目支出' : '基本支出';
  if (p.text.includes(other) || /合计|总计|总额/.test(p.text)) return null;
  return m[1] === '基本' ? 'basic' : 'project';
}

/**
 * 共计下达(某级)转移支付资金X / 上级下达某某专项资金X (共支付…公益金Y): what a fund's report received (paid) for
 * the year → 年度资金总额 年初预算数 (全年执行数). Not a 其中 part, nor one project's (1.某某项目：下达…资金Y).
 */
export function fundField(sentenceBefore: string, label: string, part = false): 'initial' | 'adjusted' | 'executed' | null {
  const clause = sentenceBefore.split(/[，；：,;:]/).pop() ?? '';
  // 下达X，其中…，调减Y，全年实际下达Z: what the fund had for the year once adjusted (its 全年预算数), even after a 其中 list
  if (/^(?:全年|年度)?实际下达(?:资金)?$/.test(clause) && /调[减增整]|追加/.test(sentenceBefore)) return 'adjusted';
  if (part) return null;
  const field = /下达/.test(clause) ? 'initial' : /^(?:\d{4}年度?)?(?:共|累计|已)(?:支付|拨付)/.test(clause) ? 'executed' : null;
  // (某某资金下达我区X: the fund's name before 下达 and where it went)
  const ok =
    /(?:资金|公益金)(?:下达(?:我|本|全)?(?:省|市|区|县|镇|乡|州|旗)?)?$/.test(label) &&
    !/项目|其中|调减|追加/.test(sentenceBefore.split(/[，；,;]/).pop() ?? '');
  return ok ? field : null;
}

/** Income-source lines of money from outside the budget (事业收入, 经营收入, 其他收入 …). */
export const NON_FISCAL = new Set(
  Object.values(INCOME_SOURCES)
    .map((s) => s.key)
    .filter((k) => k !== 'fiscal'),
);
export const ALL_FUNDS = '单位全部资金的数（含事业收入等非财政拨款资金），句中未注明预算类型，不入一般公共预算栏目';
