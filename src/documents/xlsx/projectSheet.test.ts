import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { scoreInput, type ScoringInputJson } from '../../domain/scoring/index.js';
import { PARAMS_SHEET, PROJECT_SHEET, writeProjectSheet } from './projectSheet.js';
import { readProjectSheet } from './readProjectSheet.js';

const example = JSON.parse(readFileSync(new URL('../../../test/fixtures/scoring/example.json', import.meta.url), 'utf8')) as ScoringInputJson;

const summary = (r: ReturnType<typeof scoreInput>) => ({
  budget: r.budget && { score: r.budget.score, explanation: r.budget.explanation },
  indicators: r.indicators.map((i) => ({ name: i.name, score: i.score, explanation: i.explanation })),
  total: r.total,
  grade: r.grade,
  findings: r.findings,
});

describe('项目支出绩效自评表 .xlsx', () => {
  it('scores the same from the JSON and from the sheet written from it', async () => {
    const buf = await writeProjectSheet(example);
    const back = await readProjectSheet(buf);
    const fromJson = scoreInput(example);
    expect(fromJson.total).toBe('96.00'); // 91.2 of 95 applicable points × 100 ÷ 95
    expect(summary(scoreInput(back))).toEqual(summary(fromJson));
    expect(back.budget).toMatchObject({ initial: '90', adjusted: '89.974', executed: '89.974', weight: '10' });
    expect(back.goals?.expected).toBe(example.goals?.expected);
    expect(back.indicators[0]).toMatchObject({ level1: '产出指标', level2: '数量指标', name: '项目数量', unit: '个', target: '50', actual: '50', weight: '8' });
  });

  it.each(['published-fulian-2022-correct.json', 'published-fulian-2022-mistakes.json'])(
    'scores %s the same from JSON and from the sheet as published',
    async (name) => {
      const json = JSON.parse(readFileSync(new URL(`../../../test/fixtures/scoring/${name}`, import.meta.url), 'utf8')) as ScoringInputJson;
      const back = await readProjectSheet(await writeProjectSheet(json, { keepStated: true }));
      expect(summary(scoreInput(back))).toEqual(summary(scoreInput(json)));
    },
  );

  it('lays out the national table: budget rows, goals, merged grid, formulas with cached values, print setup', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeProjectSheet(example)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(PROJECT_SHEET)!;
    expect(ws.getCell('A1').value).toBe('项目支出绩效自评表');
    expect(['C5', 'D5', 'E5', 'F5', 'G5', 'H5'].map((a) => ws.getCell(a).value)).toEqual(['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
    expect(['B6', 'B7', 'B8', 'B9'].map((a) => ws.getCell(a).value)).toEqual(['年度资金总额', '其中：本年财政拨款', '上年结转资金', '其他资金']);
    expect(ws.getCell('G6').value).toMatchObject({ formula: expect.stringContaining('E6/'), result: 1 });
    expect(ws.getCell('H6').value).toMatchObject({ formula: 'ROUND(ROUND(F6*MIN(1,N(G6)),10),2)', result: 10 });
    expect(ws.getCell('B10').value).toBe('预期目标');
    expect(ws.getCell('F10').value).toBe('实际完成情况');
    expect(ws.getRow(12).values).toEqual([undefined, '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']);
    expect(ws.getCell('D13').value).toBe('≥50个');
    // 一级指标 产出指标 spans its five rows; 数量指标 its two
    expect(ws.getCell('A17').isMerged && ws.getCell('A17').master.address).toBe('A13');
    expect(ws.getCell('B14').master.address).toBe('B13');
    expect(ws.getCell('G21').value).toBe('不适用');
    const total = ws.getCell('G24').value as ExcelJS.CellFormulaValue;
    expect(ws.getCell('A24').value).toBe('总分');
    expect(total.formula).toContain('SUMIF(G13:G23,"<>不适用",F13:F23)');
    expect(total.result).toBe(96);
    expect(ws.getCell('H24').value).toBe('自评等级：优');
    expect(ws.getCell('C13').border.top?.style).toBe('thin');
    expect(ws.getColumn(8).width).toBe(36);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
    expect(wb.getWorksheet(PARAMS_SHEET)?.state).toBe('veryHidden');
  });

  it('reads a hand-made sheet without jixiao parameters by the written targets', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeProjectSheet(example)) as unknown as ArrayBuffer);
    wb.removeWorksheet(wb.getWorksheet(PARAMS_SHEET)!.id);
    const back = await readProjectSheet(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(back.indicators[0]).toMatchObject({ operator: '>=', unit: '个', target: '50' });
    expect(back.indicators[5]).toMatchObject({ operator: 'qualitative', target: '效果明显', actual: '达成预期指标' });
    expect(back.indicators[8]?.applicable).toBe(false);
  });
});
