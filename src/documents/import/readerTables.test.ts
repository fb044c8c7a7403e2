// A table the reader hands over (.xlsx sheet, .docx table) is read once, even when its "a | b" lines
// would also be found as a flattened table (a sheet whose first row is a one-cell title).
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../domain/checks/index.js';
import { importEvaluation } from './evaluation.js';
import { xlsxToDocument } from './read.js';

async function selfEvaluationSheet(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('自评表');
  ws.addRow(['项目支出绩效自评表']);
  ws.addRow(['', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
  ws.addRow(['年度资金总额', 40, 38, 36.1, 10, '95.00%', 9.5]);
  ws.addRow(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分']);
  ws.addRow(['产出指标', '数量指标', '讲座场次', '≥12场', '14场', 50, 50]);
  ws.addRow(['效益指标', '社会效益', '受益人数', '≥800人', '760人', 30, 28]);
  ws.addRow(['满意度指标', '满意度', '参与者满意度', '≥90%', '93%', 10, 10]);
  ws.addRow(['总分', '', '', '', '', 100, 97.5]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('tables given by the reader', () => {
  it('an .xlsx sheet with a title row is one table: its rows are checked and listed once', async () => {
    const doc = await xlsxToDocument(await selfEvaluationSheet());
    expect(doc.tables.map((t) => t.line)).toEqual([1]);
    const scores = analyzeText(doc).relations.filter((r) => r.kind === 'score');
    expect(scores.map((r) => r.statedText).sort()).toEqual(['100', '97.5']);
    // the 总分 row is the indicator table's total now (read once), not a table row left over
    const r = importEvaluation(doc, {});
    expect(r.unplaced.filter((u) => u.includes('总分')).length).toBe(0);
    expect(r.recognised.indicatorTotals).toEqual([{ weight: '100', score: '97.5' }]);
    expect(r.recognised.indicators.map((i) => i.name)).toEqual(['讲座场次', '受益人数', '参与者满意度']);
  });
});
