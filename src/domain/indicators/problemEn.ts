// Why a computed indicator has no value yet (ComputedActual.problem, one Chinese phrase per case in
// compute.ts), in English for the English half of a completeness item. Names from the data (a project,
// its measure) stay as written; a phrase not known here is returned unchanged.

const FIXED: Record<string, string> = {
  '分母为 0，无法计算': 'the denominator is 0',
  '缺少预算执行数据（预算执行情况表或预算收支情况未填报）': 'no budget execution figures (neither the budget execution table nor the budget account is filled)',
  '缺少预算收支情况（年末结转和结余、年初结转和结余、本年收入）': 'the budget account is incomplete (closing balance, opening balance, income of the year)',
  缺少年初预算数或调整后预算数: 'the opening or adjusted budget figure is missing',
  '缺少"三公"经费预算数或实际支出': 'the “three public expenses” budget or actual figure is missing',
  '缺少本年或上年"三公"经费实际支出': "this year's or last year's “three public expenses” actual figure is missing",
  缺少编制数或实有在职人数: 'the authorised or actual staff number is missing',
  '缺少政府采购预算数或实际采购金额（预算执行表“政府采购”行）':
    'the government procurement budget or actual amount is missing (the “Government procurement” line of the budget table)',
  重点民生实事未填写任务数和完成数: 'no key project has both its target and completed count',
};

/** `problem` in English. */
export function computeProblemEn(problem: string): string {
  const fixed = FIXED[problem];
  if (fixed) return fixed;
  const none = /^没有重点项目 (.+) 的指标 (.+)$/.exec(problem);
  if (none) return `this evaluation has no measure ${none[2]} of key project ${none[1]}`;
  const counts = /^(.+)“(.+)”缺少任务数或完成数$/.exec(problem);
  if (counts) return `${counts[1]} “${counts[2]}”: the target or completed count is missing`;
  return problem;
}
