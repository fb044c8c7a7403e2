// The corpus: report files in the styles of real ones (messy spacing, thousands separators,
// flattened tables, docx junk, GB18030) with planted errors of every rule and their expected findings.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkText, type Finding } from '../../src/domain/checks/index.js';
import { bufferToDocument, readDocument, ReadError } from '../../src/documents/import/read.js';

const dir = new URL('.', import.meta.url).pathname;
const brief = (fs: Finding[]) => fs.map((f) => ({ line: f.location?.line, severity: f.severity, rule: f.rule, stated: f.stated, computed: f.computed }));

describe('corpus documents', () => {
  const docs = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  it('has a clean document and planted ones', () => {
    expect(docs).toContain('clean-department.txt');
    expect(docs.filter((d) => d.includes('planted')).length).toBeGreaterThanOrEqual(4);
  });
  it.each(docs)('%s: exactly the expected findings', async (name) => {
    const expected = JSON.parse(readFileSync(join(dir, name.replace(/\.txt$/, '.expected.json')), 'utf8'));
    expect(brief(checkText(await readDocument(join(dir, name))))).toEqual(expected);
  });
  it('every rule of the text checker is planted somewhere', async () => {
    const rules = new Set<string>();
    for (const d of docs) for (const f of checkText(await readDocument(join(dir, d)))) rules.add(f.rule);
    expect([...rules].sort()).toEqual(['budgetComposition', 'budgetIdentity', 'executionScore', 'grade', 'rate', 'rounding', 'scoreWeight', 'sum', 'tableTotal', 'weightSum']);
  });
  it('every finding also reads in English: the rule words are English, only quoted report text stays Chinese', async () => {
    let n = 0;
    for (const d of docs)
      for (const f of checkText(await readDocument(join(dir, d)))) {
        n++;
        expect(f.messageEn, `${d}: ${f.message}`).toMatch(/[A-Za-z]{4}/);
        // outside “quotes” and (the rule's own working) no Chinese remains but the report's labels
        const chrome = f.messageEn!.replace(/“[^”]*”/g, '').replace(/\([^)]*\)/g, '');
        expect(chrome.replace(/[\u4e00-\u9fff（）“”、]+/g, '').length, f.messageEn).toBeGreaterThan(chrome.length / 2);
      }
    expect(n).toBeGreaterThan(10);
  });

  it('both seeds give no error finding', async () => {
    for (const f of ['000_32ee0b52d08abfcb.txt', '002_279d50849b4f1aa3.txt']) {
      const doc = await readDocument(new URL(`../../fixtures/seeds/${f}`, import.meta.url).pathname);
      expect(checkText(doc).filter((x) => x.severity === 'error')).toEqual([]);
    }
  });
  it('reads GB18030 text and drops docx junk in front of the title', async () => {
    const gbk = await readDocument(join(dir, 'gbk-planted-budget.txt'));
    expect(gbk.title).toBe('2023年度某镇人民政府整体支出绩效自评报告');
    const clean = await readDocument(join(dir, 'clean-department.txt'));
    expect(clean.title).toBe('2023年度某县妇女联合会整体支出绩效自评报告');
    expect(clean.junk).toHaveLength(2);
    expect(clean.sections.map((s) => s.title)).toContain('政府性基金预算支出情况');
  });
});

const cellRow = (cells: string[]) => new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) });

describe('.docx and .xlsx', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'jixiao-corpus-'));
  it('finds planted errors in a .docx with metadata junk, prose and a table', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('Microsoft Word - 自评报告.docx'),
            new Paragraph('2023年度某县妇联项目支出绩效自评报告'),
            new Paragraph('一、资金情况'),
            new Paragraph('全年累计投入1.9亿元，其中中央补助项目经费2473万元，省级6823万元，市县配套9810万元。'),
            new Paragraph('检查任务为10361人，完成检查人数10780人，完成任务数的103%。'),
            new Table({
              rows: [
                cellRow(['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']),
                cellRow(['年度资金总额', '0', '89.974', '89.974', '10', '100%', '10']),
                cellRow(['其中：本年财政拨款', '89.974', '89.974', '89.974', '—', '—', '—']),
                cellRow(['上年结转资金', '0', '0', '0', '—', '—', '—']),
              ],
            }),
          ],
        },
      ],
    });
    const file = join(tmp, 'report.docx');
    writeFileSync(file, await Packer.toBuffer(doc));
    const parsed = await readDocument(file);
    expect(parsed.title).toBe('2023年度某县妇联项目支出绩效自评报告');
    expect(parsed.junk).toEqual(['Microsoft Word - 自评报告.docx']);
    expect(parsed.tables[0]!.rows[1]).toEqual(['年度资金总额', '0', '89.974', '89.974', '10', '100%', '10']);
    expect(checkText(parsed).map((f) => [f.rule, f.severity, f.stated, f.computed])).toEqual([
      ['rate', 'error', '103%', '104%'],
      ['tableTotal', 'error', '0万元', '89.974万元'],
    ]);
  });
  it('finds planted errors in an .xlsx 自评表 (rows flattened with |)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('自评表');
    ws.addRows([
      ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额', 100, 100, 96.85, 10, '96.85%', 9.68],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标(50分)', '数量指标', '培训人数', '≥1000人', '1259人', 30, 30],
      ['', '质量指标', '合格率', '≥90%', '95%', 20, 21],
      ['总分', '', '', '', '', 60, 60.68],
    ]);
    const file = join(tmp, 'table.xlsx');
    await wb.xlsx.writeFile(file);
    const parsed = await readDocument(file);
    expect(parsed.lines).toContain('年度资金总额 | 100 | 100 | 96.85 | 10 | 96.85% | 9.68');
    expect(checkText(parsed).map((f) => [f.rule, f.severity])).toEqual([
      ['rounding', 'warning'],
      ['scoreWeight', 'error'],
    ]);
  });
  it('refuses oversized files and zip bombs with a clear message', async () => {
    await expect(bufferToDocument(Buffer.alloc(20 * 1024 * 1024 + 1), 'big.txt')).rejects.toThrow(/超过 20 MB/);
    // a zip whose central directory declares 200 MB uncompressed
    const name = Buffer.from('word/document.xml');
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(200 * 1024 * 1024, 24);
    central.writeUInt16LE(name.length, 28);
    const eocd = Buffer.alloc(22);
    eocd.writeUInt32LE(0x06054b50, 0);
    eocd.writeUInt16LE(1, 8);
    eocd.writeUInt16LE(1, 10);
    eocd.writeUInt32LE(46 + name.length, 12);
    eocd.writeUInt32LE(4, 16);
    const local = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
    const bomb = Buffer.concat([local, central, name, eocd]);
    await expect(bufferToDocument(bomb, 'bomb.docx')).rejects.toThrow(ReadError);
    await expect(bufferToDocument(bomb, 'bomb.docx')).rejects.toThrow(/解压后超过 100 MB/);
    await expect(readDocument(join(tmp, 'missing.txt'))).rejects.toThrow(/文件不存在/);
  });
});
