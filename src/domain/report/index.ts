export type * from './model.js';
export { buildReport, buildCover, titleLines, type BuildReportOptions } from './build.js';
export { formatAmount, formatAmountCell, formatCount, formatDateCn, formatDecimal, type AmountScale } from './amount.js';
export { chineseNumeral, outlineNumbering } from './numbering.js';
export {
  BUDGET_TYPE_LABELS,
  budgetSentence,
  completionRate,
  dutyParagraphs,
  keyProjectParagraphs,
  noActivitySentence,
  profileParagraph,
  shortUnitName,
} from './sentences.js';
export { indicatorTable } from './indicator-table.js';
export { defaultSections } from './default-sections.js';
export { reportText } from './text.js';
export { tableGrid } from './grid.js';
