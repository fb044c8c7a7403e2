// Files a stranger tries with a year beside this year's columns: an .xlsx 三公 sheet whose merged 2030年 | 2031年 sit
// over 预算数 | 决算数 and whose year only its merged title row names, a .docx table with 本年 | 上年 merged over their
// columns (本年 first), a text table of 项目 | 上年 | 本年 in 元 with thousands separators. This year's amounts fill the
// cells; the other year's are listed as such. Our own tables, invented figures.
import { Document, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType } from 'docx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importEvaluation } from './evaluation.js';
import { bufferToDocument } from './read.js';
import { parseText } from './structure.js';

const cells = (r: ReturnType<typeof importEvaluation>) => [...new Set(r.recognised.placed.map((p) => `${p.cell}=${p.value}`))].sort();
const otherYear = (r: ReturnType<typeof importEvaluation>) => r.unplaced.filter((u) => /上年或其他年度/.test(u)).map((u) => u.split(' — ')[0]);
const THIS_YEAR = ['“三公”经费合计 · 决算数=8.123', '“三公”经费合计 · 预算数=9', '公务接待费 · 决算数=2.523', '公务接待费 · 预算数=3'];

async function sheet(title: string, groups: [string, string]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('三公');
  ws.addRow([title]);
  ws.mergeCells('A1:E1');
  ws.addRow(['单位：元']);
  ws.addRow(['项目', groups[0], '', groups[1], '']);
  ws.addRow(['', '预算数', '决算数', '预算数', '决算数']);
  ws.mergeCells('A3:A4');
  ws.mergeCells('B3:C3');
  ws.mergeCells('D3:E3');
  ws.addRow(['合计', 86000, 79500.5, 90000, 81230]);
  ws.addRow(['公务接待费', 26000, 21500.5, 30000, 25230]);
  return importEvaluation(await bufferToDocument(Buffer.from(await wb.xlsx.writeBuffer()), 'sanggong.xlsx'));
}

describe('a year beside this year’s columns', () => {
  it('.xlsx, merged 2030年 | 2031年, the year named only by the merged title: 2031 fills the cells, 2030 is listed', async () => {
    const r = await sheet('某区档案馆2031年度“三公”经费支出决算表', ['2030年', '2031年']);
    expect(cells(r)).toEqual(THIS_YEAR);
    expect(otherYear(r).sort()).toEqual(['21500.5元', '26000元', '79500.5元', '86000元']);
  });

  it('look-alike: no year anywhere — neither year’s columns fill a cell (both listed as clashes)', async () => {
    const r = await sheet('某区档案馆“三公”经费支出决算表', ['2030年', '2031年']);
    expect(cells(r)).toEqual([]);
  });

  it('.docx, 本年 | 上年 merged over their columns (本年 first), amounts in 元 with separators', async () => {
    const cell = (t: string, o: Record<string, unknown> = {}) => new TableCell({ children: [new Paragraph(t)], ...o });
    const rows = [
      new TableRow({
        children: [cell('项目', { verticalMerge: VerticalMergeType.RESTART }), cell('本年', { columnSpan: 2 }), cell('上年', { columnSpan: 2 })],
      }),
      new TableRow({ children: [cell('', { verticalMerge: VerticalMergeType.CONTINUE }), cell('预算数'), cell('决算数'), cell('预算数'), cell('决算数')] }),
      new TableRow({ children: [cell('合计'), cell('90,000.00'), cell('81,230.00'), cell('86,000.00'), cell('79,500.50')] }),
      new TableRow({ children: [cell('公务接待费'), cell('30,000.00'), cell('25,230.00'), cell('26,000.00'), cell('21,500.50')] }),
    ];
    const children = [new Paragraph('某县图书馆2031年度部门整体支出绩效自评报告'), new Paragraph('一、“三公”经费情况（单位：元）'), new Table({ rows })];
    const r = importEvaluation(await bufferToDocument(Buffer.from(await Packer.toBuffer(new Document({ sections: [{ children }] }))), 'x.docx'));
    expect(cells(r)).toEqual(THIS_YEAR);
    expect(otherYear(r).sort()).toEqual(['21,500.50元', '26,000.00元', '79,500.50元', '86,000.00元']);
  });

  it('text, 项目 | 上年 | 本年 with no 预算数/决算数 row: the 上年 amounts are listed, not lost', () => {
    const r = importEvaluation(
      parseText(['某中心2031年度单位决算说明', '一、收入支出对比', '单位：元', '项目 | 上年 | 本年', '支出合计 | 3,150,400.00 | 3,398,200.00'].join('\n')),
    );
    expect(cells(r)).toEqual(['一般公共预算 · 合计 · 本年支出=339.82']);
    expect(otherYear(r)).toEqual(['3,150,400.00元']);
  });
});
