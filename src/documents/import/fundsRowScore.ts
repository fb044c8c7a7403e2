// The funds row of a 自评表 (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, or 年初预算 | 调整后预算数 |
// 预算执行数 | 预算执行率 | 权重 | 得分): its 分值 and 得分 are the score of the form's 预算执行率, so the row is
// read as that indicator — the framework's 预算执行率 leaf takes the score (not the rate: the draft computes it
// from the budget lines the money cells filled). Pure.
import type { DocTable } from '../../domain/checks/document.js';
import { number, type ReportIndicator, type ReportIndicatorTable } from './indicatorTables.js';

const clean = (s: string): string => s.replace(/\s+/g, '').normalize('NFKC');
const RATE = /执行率/;
const WEIGHT = /^(?:分值|权重)(?:\(分\))?$/;
const SCORE = /^(?:得分|自评得分)(?:\(分\))?$/;
const BUDGET = /年初预算|全年预算|调整后预算|预算数/;
// the row of the year's total money (年度资金总额 / 总额 / 合计), not a 其中 source
const TOTAL_ROW = /^(?:年度(?:财政)?资金总额|资金总额|总额|合计)(?:[:：])?$/;
const PERCENT = /^\d+(?:\.\d+)?%$/;
export const FUNDS_INDICATOR = '预算执行率';

/** The 预算执行率 row a funds header and its total row make, or null. */
function fromTable(t: DocTable): ReportIndicator | null {
  const rows = t.grid ?? t.rows;
  for (let h = 0; h < rows.length; h++) {
    const header = rows[h]!.map(clean);
    const rate = header.findIndex((c) => RATE.test(c));
    const weight = header.findIndex((c) => WEIGHT.test(c));
    const score = header.findIndex((c) => SCORE.test(c));
    if (rate < 0 || score < 0 || !header.some((c) => BUDGET.test(c))) continue;
    // the total row within the next rows; its rate cell tells how far its cells stand from the header's
    for (const row of rows.slice(h + 1, h + 4)) {
      const cells = row.map(clean);
      const label = cells.find((c) => c !== '');
      if (!label || !TOTAL_ROW.test(label)) continue;
      const at = cells.findIndex((c) => PERCENT.test(c));
      if (at < 0) return null;
      const shift = at - rate;
      const w = weight >= 0 ? number(cells[weight + shift]) : null;
      const s = number(cells[score + shift]);
      // (a 分值 alone fills nothing: the framework's weights score the draft)
      if (s === null) return null;
      // (a 得分 above its 分值 is no score of this row)
      if (w !== null && s !== null && Number(s) > Number(w)) return null;
      return {
        level1: null,
        level2: null,
        name: FUNDS_INDICATOR,
        target: null,
        actual: null,
        weight: w,
        score: s,
        deviationReason: null,
        row: row.join(' | '),
      };
    }
  }
  return null;
}

/** The funds row's score as an indicator table of one row, unless the report's indicator tables have a 预算执行率 row. */
export function fundsRowScore(tables: DocTable[], read: ReportIndicatorTable[]): ReportIndicatorTable | null {
  if (read.some((t) => t.indicators.some((i) => clean(i.name) === FUNDS_INDICATOR))) return null;
  for (const t of tables) {
    const r = fromTable(t);
    if (r) return { indicators: [r], total: null };
  }
  return null;
}
