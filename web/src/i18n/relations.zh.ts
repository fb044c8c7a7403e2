// The checker's relation list (import preview, editor findings panel).
export const relationsZh = {
  'rel.title': '数字关系检查',
  'rel.summary': '检查了 {n} 处数字关系：{error} 处错误，{rounding} 处舍入，{unsure} 处无法判断',
  'rel.problems': '发现的问题',
  'rel.noProblems': '所检查的数字关系都相符',
  'rel.checked': '检查过的数字关系',
  'rel.none': '没有找到可以检查的数字关系',
  'rel.filter': '按结论筛选',
  'rel.all': '全部',
  'rel.verdict.error': '错误',
  'rel.verdict.rounding': '舍入',
  'rel.verdict.ok': '相符',
  'rel.verdict.unsure': '无法判断',
  'rel.stated': '写为 {v}',
  'rel.computed': '计算为 {v}',
  'rel.reason': '依据：{r}',
  'rel.line': '第 {n} 行',
  'rel.paragraph': '{section} 第 {n} 段',
  'rel.omitted': '另有 {n} 处关系未列出（计数已包含）',
  'rel.figures': '所用数字',
  'rel.goto': '定位',
} as const;
export type RelationsKey = keyof typeof relationsZh;
