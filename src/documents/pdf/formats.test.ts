import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { demoEvaluations } from '../../demo/reportFixtures.js';
import { isReportFormat, renderReportFile, reportFileName } from './formats.js';

describe('renderReportFile', () => {
  const { wugang, hunan } = demoEvaluations();

  it('writes docx (zip) and text formats', async () => {
    expect((await renderReportFile(wugang, 'docx')).subarray(0, 2).toString()).toBe('PK');
    expect((await renderReportFile(wugang, 'html')).toString('utf8')).toContain('<h2>一、部门基本情况</h2>');
    expect((await renderReportFile(hunan, 'md')).toString('utf8')).toContain('## 二、重点民生实事项目');
  });

  it('writes the 自评表 workbook for xlsx', async () => {
    const buf = await renderReportFile(wugang, 'xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toContain('部门整体支出绩效自评表');
  });

  it('names files after the title, safely', () => {
    expect(reportFileName(wugang, 'pdf')).toBe('2022年度武冈市妇女联合会整体支出绩效自评报告.pdf');
    expect(reportFileName(wugang, 'xlsx')).toBe('2022年度武冈市妇女联合会绩效自评表.xlsx');
    expect(isReportFormat('md')).toBe(true);
    expect(isReportFormat('doc')).toBe(false);
  });
});
