// Files a stranger tries first: an empty .docx, a report laid out inside a one-column table, a table of
// 5,000 rows (GBK text: decode.test.ts). Our own invented text.
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importEvaluation } from './evaluation.js';
import { bufferToDocument, ReadError } from './read.js';

const cell = (text: string) => new TableCell({ children: text.split('\n').map((t) => new Paragraph(t)) });
const docx = async (children: (Paragraph | Table)[]) => Buffer.from(await Packer.toBuffer(new Document({ sections: [{ children }] })));
const REPORT = [
  '某县水利局2024年度部门整体支出绩效自评报告',
  '一、部门概况',
  '本局编制18人。',
  '二、部门整体支出情况',
  '2024年本局本年支出合计310.60万元，其中基本支出270.20万元，项目支出40.40万元。',
];
const placedCells = (r: ReturnType<typeof importEvaluation>) => r.recognised.placed.map((p) => `${p.cell}=${p.value}`);

describe('files a stranger tries', () => {
  it('an empty .docx is refused with the reason', async () => {
    const err = await bufferToDocument(await docx([]), 'empty.docx').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReadError);
    expect((err as ReadError).message).toContain('文件中没有文字');
  });

  it('a report laid out in a one-column table is read as its paragraphs', async () => {
    const one = new Table({ rows: REPORT.map((t) => new TableRow({ children: [cell(t)] })) });
    const r = importEvaluation(await bufferToDocument(await docx([one]), 'layout.docx'), { year: 2024 });
    expect(r.recognised.headings.map((h) => h.trim())).toEqual(['一、部门概况', '二、部门整体支出情况']);
    expect(placedCells(r)).toContain('一般公共预算 · 合计 · 本年支出=310.6');
    // one cell holding the whole report, a paragraph a line
    const single = new Table({ rows: [new TableRow({ children: [cell(REPORT.join('\n'))] })] });
    const r2 = importEvaluation(await bufferToDocument(await docx([single]), 'layout.docx'), { year: 2024 });
    expect(placedCells(r2)).toEqual(placedCells(r));
  });

  it('a two-column table stays a table (look-alike of a layout table)', async () => {
    const two = new Table({ rows: [new TableRow({ children: [cell('项目'), cell('金额')] }), new TableRow({ children: [cell('办公费'), cell('12.5')] })] });
    const doc = await bufferToDocument(await docx([new Paragraph(REPORT[0]!), two]), 'two.docx');
    expect(doc.tables.map((t) => t.rows)).toEqual([
      [
        ['项目', '金额'],
        ['办公费', '12.5'],
      ],
    ]);
  });

  it('a table of 5,000 rows is read whole, each row it cannot place listed', async () => {
    const rows = [new TableRow({ children: [cell('事项'), cell('金额（万元）')] })];
    for (let i = 0; i < 5000; i++) rows.push(new TableRow({ children: [cell(`维修事项${i}`), cell(`${(i % 50) + 1}.5`)] }));
    const doc = await bufferToDocument(await docx([new Paragraph(REPORT[0]!), new Table({ rows })]), 'big.docx');
    expect(doc.tables[0]!.rows).toHaveLength(5001);
    const r = importEvaluation(doc, { year: 2024 });
    expect(r.unplaced.filter((u) => u.startsWith('表格行：维修事项'))).toHaveLength(5000);
  }, 60_000);
});

describe('自评表 files a stranger tries (our own invented form)', () => {
  const c = (text: string, o: { rowSpan?: number } = {}) => new TableCell({ children: [new Paragraph(text)], ...o });
  const row = (cells: TableCell[]) => new TableRow({ children: cells });
  const HEAD = ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'];
  const INDICATORS = [
    row([c('一级指标'), c('二级指标'), c('三级指标'), c('年度指标值'), c('实际完成值'), c('分值'), c('得分'), c('')]),
    row([c('产出指标', { rowSpan: 2 }), c('数量指标'), c('修复古籍册数'), c('≥120册'), c('126册'), c('40'), c('40'), c('')]),
    row([c('质量指标'), c('修复验收合格率'), c('100%'), c('100%'), c('20'), c('20'), c('')]),
  ];
  const form = async (money: TableRow[]) =>
    importEvaluation(
      await bufferToDocument(await docx([new Paragraph('古籍修复项目2031年度绩效自评报告'), new Table({ rows: [...money, ...INDICATORS] })]), 'x.docx'),
      {},
    );

  it('a .docx whose 项目资金（万元） is merged down the first column: the row names in the second column are read', async () => {
    const r = await form([
      row([c('项目资金（万元）', { rowSpan: 3 }), c(''), ...HEAD.map((h) => c(h))]),
      row([c('年度资金总额'), ...['40', '38', '36.1', '10', '95.00%', '9.5'].map((v) => c(v))]),
      row([c('其中：当年财政拨款'), ...['40', '38', '36.1', '—', '95.00%', '—'].map((v) => c(v))]),
    ]);
    expect(placedCells(r)).toEqual([
      '年度资金总额 · 年初预算数=40',
      '年度资金总额 · 全年预算数=38',
      '年度资金总额 · 全年执行数=36.1',
      '本年财政拨款 · 年初预算数=40',
      '本年财政拨款 · 全年预算数=38',
      '本年财政拨款 · 全年执行数=36.1',
    ]);
    // the merged 一级指标 is carried down to the row below it
    expect(r.recognised.indicators.map((i) => [i.level1, i.name, i.weight, i.score])).toEqual([
      ['产出指标', '修复古籍册数', '40', '40'],
      ['产出指标', '修复验收合格率', '20', '20'],
    ]);
  });

  it('look-alike: a row with an empty first cell under a header whose second cell names a column is not read by its second cell', async () => {
    const r = await form([
      row([c('项目资金（万元）'), ...HEAD.map((h) => c(h)), c('')]),
      row([c(''), c('38'), c('38'), c('36.1'), c('10'), c('95.00%'), c('9.5'), c('')]),
    ]);
    expect(placedCells(r)).toEqual([]);
  });

  it('an .xlsx whose 自评表 is on the second sheet (the first a note) is read', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('说明').addRow(['填报说明：本表由项目单位填写。']);
    const ws = wb.addWorksheet('自评表');
    ws.addRow(['古籍修复项目绩效自评表（2031年度）']);
    ws.addRow(['项目资金（万元）', ...HEAD]);
    ws.addRow(['年度资金总额', 40, 38, 36.1, 10, '95.00%', 9.5]);
    ws.addRow(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分']);
    ws.addRow(['产出指标', '数量指标', '修复古籍册数', '≥120册', '126册', 40, 40]);
    const r = importEvaluation(await bufferToDocument(Buffer.from(await wb.xlsx.writeBuffer()), 'x.xlsx'), {});
    expect(placedCells(r)).toEqual(['年度资金总额 · 年初预算数=40', '年度资金总额 · 全年预算数=38', '年度资金总额 · 全年执行数=36.1']);
    expect(r.recognised.indicators.map((i) => i.name)).toEqual(['修复古籍册数']);
  });

  it('a text with full-width digits (１２３.４５万元, １００．０５) reads as the same text in ASCII digits', async () => {
    const text = (d: (s: string) => string) =>
      [
        '某县图书馆2031年度部门整体支出绩效自评报告',
        '二、部门整体支出情况',
        d('2031年本馆本年支出合计123.45万元，其中基本支出100.05万元，项目支出23.40万元。'),
      ].join('\n');
    const wide = (s: string) => s.replace(/[0-9]/g, (x) => String.fromCharCode(x.charCodeAt(0) + 0xfee0)).replace('100.05', '１００．０５');
    const a = importEvaluation(await bufferToDocument(Buffer.from(text(wide)), 'x.txt'), {});
    const b = importEvaluation(await bufferToDocument(Buffer.from(text((s) => s)), 'x.txt'), {});
    expect(placedCells(a)).toEqual(placedCells(b));
    expect(placedCells(a)).toContain('一般公共预算 · 基本支出 · 本年支出=100.05');
  });
});
