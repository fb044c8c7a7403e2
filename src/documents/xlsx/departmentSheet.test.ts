import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { demoEvaluations, evaluationWithIndicators, sampleIndicatorDefs } from '../../domain/report/fixtures.js';
import type { Framework } from '../../domain/types.js';
import { DEPARTMENT_SHEET, writeDepartmentSheet } from './departmentSheet.js';
import { cellString } from './readProjectSheet.js';

async function load(buf: Buffer): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb.getWorksheet(DEPARTMENT_SHEET)!;
}
const allText = (ws: ExcelJS.Worksheet): string[] => {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => out.push(cellString(c))));
  return out;
};

describe('部门整体支出绩效自评表 .xlsx', () => {
  it('writes seed 002: profile, the four budget types with 无…支出, figures and totals', async () => {
    const { wugang } = demoEvaluations();
    const ws = await load(await writeDepartmentSheet(wugang));
    const text = allText(ws);
    expect(ws.getCell('A1').value).toBe('2022年度武冈市妇女联合会整体支出绩效自评表');
    expect(text).toContain('内设机构');
    expect(text).toContain('2个：办公室、组宣部');
    expect(text).toContain('无政府性基金预算支出');
    expect(text).toContain('无国有资本经营预算支出');
    expect(text).toContain('无社会保险基金预算支出');
    const general = text.indexOf('一般公共预算');
    expect(general).toBeGreaterThan(0);
    expect(text).toContain('153.98');
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape' });
  });

  it('adds the indicator table scored against the framework', async () => {
    const fw: Framework = { id: 'f', code: 'f', name: 'sample', kind: 'projectExpenditure', year: 2022, version: 1, frozen: false, indicators: sampleIndicatorDefs };
    const ws = await load(await writeDepartmentSheet(evaluationWithIndicators(), fw));
    const text = allText(ws);
    expect(text).toContain('“两癌”检查人数');
    // 30 + 20 × 31/40 = 15.5 + 30 (效果明显 = target) + 10 = 85.5
    expect(text).toContain('15.5');
    expect(text).toContain('85.5');
    expect(text).toContain('自评等级：优'); // 85.5 of a 90-point table = 95 on the 100-point scale
  });
});
