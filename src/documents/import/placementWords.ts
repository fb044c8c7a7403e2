// The words that decide a figure's cell in an imported report: totals (本年支出合计, not 教育支出), bare
// labels (实际支出 after a named item), balances (年初/上年 vs 年末 结转和结余), the sentence's year. Pure.
import { cmp } from '../../domain/decimal.js';
import type { Ctx } from '../../domain/relations/context.js';
import type { Figure } from '../../domain/relations/figures.js';

export const TOTAL_EXPENDITURE =
  /^(?:本年度?|全年度?|年度|当年|实际|部门|单位|本单位|本部门|决算|预算|整体|共|累计|合计|安排)*(?:总)?(?:支出|开支)(?:合计|总额|总计|共计|决算数?|预算数?|金额|数)?$/;
export const TOTAL_INCOME =
  /^(?:本年度?|全年度?|年度|当年|实际|部门|单位|本单位|本部门|决算|预算|整体|共|累计|合计|安排)*(?:总)?收入(?:合计|总额|总计|共计|决算数?|预算数?|金额|数)?$/;

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

export const OPENING = /(?:上年|年初|以前年度)(?:财政拨款)?(?:结转|结余)?(?:和|及|与)?(?:结余|结转)?(?:资金)?$/;
export const CLOSING =
  /(?:年末|期末)(?:财政拨款)?(?:结转)?(?:和|及|与)?结余(?:资金)?$|(?:年末|期末)(?:财政拨款)?结余结转(?:资金)?$|(?:年末|期末)结转(?:资金)?$|^结转下年(?:资金)?$/;
/** 年初/上年结转和结余 → opening, 年末结转和结余 / 结转下年 → closing (the lexicon takes any 结转和结余 for closing). */
export const balanceOf = (label: string): 'opening' | 'closing' | null =>
  OPENING.test(label) && /结[转余]/.test(label) ? 'opening' : CLOSING.test(label) ? 'closing' : null;

/** The report states a carry-over that is not 0 (a 收支总计 then is not the year's figure). */
export const carryOver = (ctx: Ctx): boolean =>
  ctx.figs.some((f) => f.q.kind === 'money' && f.q.wan !== undefined && cmp(f.q.wan, '0') !== 0 && /结转|结余/.test(f.label));

/** 未知标签 with the words the figure is known by: the reader sees what was not understood. */
export const unknownLabel = (label: string) => (label ? `未知标签“${label.slice(0, 20)}”，没有对应栏目` : '未知标签：数字前没有说明它是什么');
