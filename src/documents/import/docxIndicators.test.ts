// The indicator table of an imported .docx (一级指标 merged down its rows, an unknown column, an empty row, a
// 合计 row) → the draft's indicator values by leaf name; rows with no leaf are listed. Our words, invented figures.
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../domain/checks/index.js';
import { importEvaluation } from './evaluation.js';
import { readIndicatorTables } from './indicatorTables.js';
import { docxToDocument } from './read.js';

const cell = (text: string, rowSpan?: number) => new TableCell({ children: [new Paragraph(text)], ...(rowSpan ? { rowSpan } : {}) });
const row = (cells: TableCell[]) => new TableRow({ children: cells });
const HEADER = ['一级指标', '二级指标', '三级指标', '指标性质', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析'];

async function reportDocx(rows: TableRow[]): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('某县农业服务中心2024年度部门整体支出绩效自评报告'),
          new Paragraph('一、部门概况'),
          new Paragraph('本中心编制12人，实有人员11人。'),
          new Paragraph('二、部门整体支出情况'),
          new Paragraph('（一）一般公共预算支出情况'),
          new Paragraph('2024年本中心本年支出合计236.40万元。'),
          new Paragraph('三、绩效指标完成情况'),
          new Table({ rows }),
          new Paragraph('四、存在的问题'),
          new Paragraph('个别指标设置不够细化。'),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}

const indicatorRows = () => [
  row(HEADER.map((h) => cell(h))),
  row([cell('决策管理指标', 2), cell('预算执行'), cell('预算执行率'), cell('定量'), cell('≥95%'), cell('97.2%'), cell('10'), cell('10'), cell('')]),
  row([cell('资金结转'), cell('结转结余率'), cell('定量'), cell('≤10%'), cell('6.1%'), cell('10'), cell('10'), cell('')]),
  row(HEADER.map(() => cell(''))),
  row([cell('效益指标', 2), cell('社会效益'), cell('农技培训人次'), cell('定量'), cell('≥300人次'), cell('325人次'), cell('20'), cell('20'), cell('')]),
  row([cell('满意度'), cell('服务对象满意度'), cell('定量'), cell('≥90%'), cell('较满意'), cell('10'), cell('8'), cell('问卷回收偏少')]),
  row([cell('合计'), cell(''), cell(''), cell(''), cell(''), cell(''), cell('50'), cell('48'), cell('')]),
];

describe('an indicator table of a .docx', () => {
  it('spreads the merged 一级指标 down its rows and reads each column by its header', async () => {
    const doc = await docxToDocument(await reportDocx(indicatorRows()));
    const [t] = readIndicatorTables(doc.tables);
    expect(t!.indicators.map((i) => [i.level1, i.level2, i.name, i.target, i.actual, i.weight, i.score])).toEqual([
      ['决策管理指标', '预算执行', '预算执行率', '≥95%', '97.2%', '10', '10'],
      ['决策管理指标', '资金结转', '结转结余率', '≤10%', '6.1%', '10', '10'],
      ['效益指标', '社会效益', '农技培训人次', '≥300人次', '325人次', '20', '20'],
      ['效益指标', '满意度', '服务对象满意度', '≥90%', '较满意', '10', '8'],
    ]);
    expect(t!.indicators[3]!.deviationReason).toBe('问卷回收偏少');
    expect(t!.total).toEqual({ weight: '50', score: '48' });
  });

  it('fills the framework leaves of the same name, and lists the rest with the reason', async () => {
    const r = importEvaluation(await docxToDocument(await reportDocx(indicatorRows())), { year: 2024 });
    expect(r.draft.outline).toBe('departmentWide');
    const byCode = new Map(r.draft.indicators.map((v) => [v.indicatorCode, v]));
    // 预算执行率 and 结转结余率 are computed from the draft's budget: the target is the report's, the actual is listed
    expect(byCode.get('1.1.1')).toMatchObject({ target: '≥95%', actual: null, score: '10' });
    expect(byCode.get('1.1.2')).toMatchObject({ target: '≤10%', actual: null, score: '10' });
    expect(r.unplaced.some((u) => u.startsWith('指标“预算执行率”的实际完成值“97.2%” — 该指标由草稿的预算数据计算'))).toBe(true);
    // 较满意 is no number for a leaf scored by its rate: the target stays, the actual is listed
    expect(byCode.get('2.2.2')).toMatchObject({ target: '≥90%', actual: null, deviationReason: '问卷回收偏少' });
    expect(r.draft.indicators).toHaveLength(3);
    expect(r.unplaced.some((u) => u.startsWith('指标“农技培训人次”（年度指标值 ≥300人次，实际完成值 325人次，分值 20，得分 20） — 指标体系'))).toBe(true);
    expect(r.unplaced.some((u) => u.startsWith('指标“服务对象满意度”的实际完成值“较满意”'))).toBe(true);
    expect(r.recognised.indicators.map((i) => i.code)).toEqual(['1.1.1', '1.1.2', null, '2.2.2']);
    // the row no leaf took carries the reason for the preview; the rows filled carry none
    expect(r.recognised.indicators.map((i) => i.why)).toEqual([undefined, undefined, expect.stringMatching(/^指标体系“.+”中没有这个指标$/), undefined]);
    expect(r.recognised.indicatorTotals).toEqual([{ weight: '50', score: '48' }]);
    // the table's numbers are not budget figures, and the prose still places
    expect(r.recognised.placed.map((p) => p.cell)).toEqual(['一般公共预算 · 合计 · 本年支出']);
  });

  it('a table of other columns is no indicator table, and does not crash', async () => {
    const doc = await docxToDocument(
      await reportDocx([row([cell('项目'), cell('金额'), cell('备注')]), row([cell('办公费'), cell('12.5'), cell('')]), row([cell(''), cell(''), cell('')])]),
    );
    expect(readIndicatorTables(doc.tables)).toEqual([]);
    expect(importEvaluation(doc, { year: 2024 }).draft.indicators).toEqual([]);
  });

  it('a header of only unknown columns besides 三级指标 and 年度指标值 still reads, extra columns ignored', async () => {
    const doc = await docxToDocument(
      await reportDocx([
        row([cell('三级指标'), cell('计量单位'), cell('年度指标值'), cell('备注说明')]),
        row([cell('结转结余率'), cell('%'), cell('≤8%'), cell('按季度统计')]),
      ]),
    );
    const [t] = readIndicatorTables(doc.tables);
    expect(t!.indicators).toEqual([
      {
        level1: null,
        level2: null,
        name: '结转结余率',
        target: '≤8%',
        actual: null,
        weight: null,
        score: null,
        deviationReason: null,
        row: '结转结余率 | % | ≤8% | 按季度统计',
      },
    ]);
    expect(t!.total).toBeNull();
  });
});

describe('a table with merged cells, checked', () => {
  const errors = (doc: Awaited<ReturnType<typeof docxToDocument>>) => analyzeText(doc).relations.filter((r) => r.verdict === 'error');
  it('the rows below a merged cell keep their columns: a 合计 that holds is no error', async () => {
    const doc = await docxToDocument(await reportDocx(indicatorRows()));
    expect(doc.tables[0]!.rows[2]!.slice(0, 3)).toEqual(['', '资金结转', '结转结余率']);
    expect(errors(doc)).toEqual([]);
  });
  it('a 合计 that does not hold is still an error', async () => {
    const rows = indicatorRows();
    rows[6] = row([cell('合计'), cell(''), cell(''), cell(''), cell(''), cell(''), cell('50'), cell('46'), cell('')]);
    const found = errors(await docxToDocument(await reportDocx(rows)));
    expect(found.map((r) => r.statedText)).toEqual(['46']);
  });
});
