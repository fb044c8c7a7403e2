import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { demoEvaluations, evaluationWithIndicators, sampleIndicatorDefs } from '../../demo/reportFixtures.js';
import { departmentWide } from '../../domain/frameworks/departmentWide.js';
import { hunanProvincial } from '../../domain/frameworks/hunanProvincial.js';
import type { Framework } from '../../domain/types.js';
import { DEPARTMENT_SHEET, writeDepartmentSheet } from './departmentSheet.js';
import { cellString } from './readProjectSheet.js';
import { analyzeText } from '../../domain/checks/index.js';
import { bufferToDocument } from '../import/read.js';

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

  it('a unit with no 内设机构 listed gets a blank cell, not “0个：”', async () => {
    const { wugang } = demoEvaluations();
    const none = { ...wugang, profile: { ...wugang.profile!, departments: [] } };
    const text = allText(await load(await writeDepartmentSheet(none)));
    expect(text).toContain('内设机构');
    expect(text.some((t) => t.startsWith('0个'))).toBe(false);
  });

  it('adds the indicator table scored against the framework', async () => {
    const fw: Framework = {
      id: 'f',
      code: 'f',
      name: 'sample',
      kind: 'projectExpenditure',
      year: 2022,
      version: 1,
      frozen: false,
      indicators: sampleIndicatorDefs,
    };
    const ws = await load(await writeDepartmentSheet(evaluationWithIndicators(), fw));
    const text = allText(ws);
    expect(text).toContain('“两癌”检查人数');
    // 30 + 20 × 31/40 = 15.5 + 30 (效果明显 = target) + 10 = 85.5
    expect(text).toContain('15.5');
    expect(text).toContain('85.5');
    expect(text).toContain('自评等级：优'); // 85.5 of a 90-point table = 95 on the 100-point scale
  });

  const HEADERS = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];
  const headerRow = (ws: ExcelJS.Worksheet): number => {
    let found = -1;
    ws.eachRow((row, n) => {
      if (cellString(row.getCell(1)) === '一级指标') found = n;
    });
    return found;
  };

  it('seed 002 (武冈 2022): the scored indicator table with its headers, computed actuals, total and grade', async () => {
    const ws = await load(await writeDepartmentSheet(demoEvaluations().wugang, departmentWide));
    const h = headerRow(ws);
    expect(HEADERS.map((_, i) => cellString(ws.getCell(h, i + 1)))).toEqual(HEADERS);
    const rowOf = (name: string) => {
      for (let r = h + 1; r <= ws.rowCount; r++) if (cellString(ws.getCell(r, 3)) === name) return r;
      return -1;
    };
    const r = rowOf('预算执行率');
    // a computed rate with its unit, as a typed one (it read “100” beside a target of 100%)
    expect([cellString(ws.getCell(r, 5)), ws.getCell(r, 6).value, ws.getCell(r, 7).value]).toEqual(['100%', 10, 10]);
    expect(ws.getCell(rowOf('重点民生实事完成率'), 5).value).toBe('104.04%');
    expect(ws.getCell(rowOf('预算调整率'), 7).value).toBe('不适用');
    expect(allText(ws)).toContain('自评等级：优');
    expect(allText(ws)).toContain('98.24');
  });

  it('the 自评表 jixiao writes passes jixiao check: 总分 with 不适用 rows scaled to 100 is no error', async () => {
    const buf = await writeDepartmentSheet(demoEvaluations().wugang, departmentWide);
    const text = allText(await load(buf));
    expect(text).toContain('不适用');
    expect(text).toContain('98.24');
    const { findings, relations } = analyzeText(await bufferToDocument(buf, '自评表.xlsx'));
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    // the scaled 总分 is a relation checked (the text output counts it), not silence
    const total = relations.find((r) => r.kind === 'score' && r.stated === 98.24);
    expect([total?.verdict, total?.computed, total?.reason]).toEqual([
      'ok',
      98.24,
      '总分 = 各项得分之和 83.5 ÷ 适用分值 85 × 总分值 100（不适用的指标不计分）',
    ]);
  });

  it('seed 000 (湖南 2016): the framework table with blank cells, and 未填报 (not 无…支出) for budgets never entered', async () => {
    const { hunan } = demoEvaluations();
    const ws = await load(await writeDepartmentSheet(hunan, hunanProvincial));
    const h = headerRow(ws);
    expect(h).toBeGreaterThan(0);
    expect(HEADERS.map((_, i) => cellString(ws.getCell(h, i + 1)))).toEqual(HEADERS);
    expect(cellString(ws.getCell(h + 1, 3)).length).toBeGreaterThan(0); // a leaf name
    expect(cellString(ws.getCell(h + 1, 5))).toBe(''); // nothing entered yet
    expect(cellString(ws.getCell(h + 1, 7))).toBe('');
    const text = allText(ws);
    const notFilled: string[] = [];
    ws.eachRow((row) => {
      if (cellString(row.getCell(3)) === '未填报' && cellString(row.getCell(2)) === '基本支出') notFilled.push(cellString(row.getCell(1)));
    });
    expect(notFilled).toEqual(['一般公共预算', '政府性基金预算', '国有资本经营预算', '社会保险基金预算']);
    expect(text.some((t) => /^无.+支出$/.test(t))).toBe(false);
    expect(text).toContain('（尚有指标未计分）');
  });
});
