// Files a stranger tries first: an empty .docx, a report laid out inside a one-column table, a table of
// 5,000 rows (GBK text: decode.test.ts). Our own invented text.
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
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
