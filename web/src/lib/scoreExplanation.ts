// The server explains every score in one Chinese line of arithmetic (domain/scoring: "达成 → 100% ×
// 5 = 5.00", "104.04 ÷ 100 = 104.04%，按100%计 × 15 = 15.00"); it is stored with the table and
// goes into the report as written. The English UI shows the same line with the words in English;
// figures and quoted data (“是”, what a level was read from) stay as they are.

/** Phrases in the order they must be replaced (longer, more specific ones first). */
const PHRASES: [RegExp, string][] = [
  [/^由数据计算：/, 'Computed from the data: '],
  [/^预算执行率：/, 'Budget execution rate: '],
  [/^未能计分：/, 'Not scored: '],
  [/^各项得分之和 /, 'Sum of the scores '],
  [/^没有适用的指标，总分 /, 'No applicable indicator, total '],
  [/^适用指标得分之和 (\S+) ÷ 适用分值 (\S+)/, 'Sum of applicable scores $1 ÷ applicable weight $2'],
  [/^不适用，分值 (\S+) 不计入，总分按比例折算$/, 'Not applicable: its weight $1 is left out and the total rescaled'],
  [/无预算数，无法计算执行率/, 'no budget figure, no execution rate'],
  [/预算数为 /, 'budget figure '],
  [/不在任何计分区间/, 'is in no scoring band'],
  [/，无法按比例计分/, ', cannot be scored in proportion'],
  [/^目标值 (\S+)，实际 (\S+) ≥ 目标/, 'target $1, actual $2 ≥ target'],
  [/^实际 (\S+) < 目标 (\S+)/, 'actual $1 < target $2'],
  [/≠ 目标 /, '≠ target '],
  [/，按100%计/, ', counted as 100%'],
  [/，按0计/, ', counted as 0'],
  [/^目标“([^”]*)”，实际“([^”]*)”/, 'target “$1”, actual “$2”'],
  [/，符合 → 满分 /, ': met → full marks '],
  [/，不符合 → /, ': not met → '],
  [/，满分 /, ': full marks '],
  [/ 未超出阈值 /, ' not over the threshold '],
  [/ 未低于阈值 /, ' not under the threshold '],
  [/^超出阈值 (\S+)，每(\S+?)扣(\S+?)：/, 'over the threshold by $1, $3 off per $2: '],
  [/^低于阈值 (\S+)，每(\S+?)扣(\S+?)：/, 'under the threshold by $1, $3 off per $2: '],
  [/，扣完为止$/, ' (no lower than 0)'],
  [/^部分达成/, 'Partly achieved'],
  [/^未达成/, 'Not achieved'],
  [/^达成/, 'Achieved'],
  [/（据“([^”]*)”）/, ' (read from “$1”)'],
  [/缺少年初预算数或调整后预算数/, 'the opening or adjusted budget figure is missing'],
  [/缺少"三公"经费预算数或实际支出/, 'the “three public expenses” budget or actual figure is missing'],
  [
    /缺少政府采购预算数或实际采购金额（预算执行表“政府采购”行）/,
    'the government procurement budget or actual amount is missing (the “Government procurement” line of the budget table)',
  ],
];

/** A score explanation (or computed formula) in the UI's language: zh unchanged. */
export function scoreExplanation(text: string, lang: 'zh' | 'en'): string {
  if (lang !== 'en') return text;
  let out = text;
  for (const [re, en] of PHRASES) out = out.replace(re, en);
  return out;
}
