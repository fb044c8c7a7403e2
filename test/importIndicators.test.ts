// An imported .docx with an indicator table, written as a draft: the rows a framework leaf took are the
// draft's indicator values (target, actual), scored by the framework. Our words, invented figures.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation } from '../src/domain/types.js';
import { cliDemo, runCli } from './helpers/cli.js';

const demo = cliDemo('jixiao-import-indicators-');
beforeAll(() => demo.open(), 120_000);
afterAll(() => demo.close());

const cell = (text: string, rowSpan?: number) => new TableCell({ children: [new Paragraph(text)], ...(rowSpan ? { rowSpan } : {}) });
const row = (texts: (string | [string, number])[]) => new TableRow({ children: texts.map((t) => (typeof t === 'string' ? cell(t) : cell(t[0], t[1]))) });

describe('jixiao import of a .docx with an indicator table', () => {
  it('writes the matched rows as the draft indicator values', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('武冈市妇联2030年度部门整体支出绩效自评报告'),
            new Paragraph('一、部门概况'),
            new Paragraph('本会编制5人，实有人员5人。'),
            new Paragraph('二、部门整体支出情况'),
            new Paragraph('（一）一般公共预算支出情况'),
            new Paragraph('2030年本会本年支出合计96.30万元。'),
            new Paragraph('三、绩效指标完成情况'),
            new Table({
              rows: [
                row(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分']),
                row([['管理指标', 2], '预算执行', '预算执行率', '≥95%', '98%', '10', '10']),
                row(['资金结转', '结转结余率', '≤10%', '4%', '10', '10']),
                row(['效益指标', '满意度', '服务对象满意度', '≥90%', '93%', '10', '10']),
                row(['合计', '', '', '', '', '30', '30']),
              ],
            }),
          ],
        },
      ],
    });
    const file = join(demo.dir, 'indicators.docx');
    writeFileSync(file, Buffer.from(await Packer.toBuffer(doc)));
    const w = await runCli(['import', file, '--unit', '武冈市妇联', '--data', demo.dir]);
    expect(w.code, w.err).toBe(0);
    const x = await runCli(['export', '--unit', '武冈市妇联', '--year', '2030', '--data', demo.dir]);
    expect(x.code, x.err).toBe(0);
    const e = JSON.parse(x.out) as Evaluation;
    const v = new Map(e.indicators.map((i) => [i.indicatorCode, i]));
    // 结转结余率 is computed from the draft's budget: its target is the report's, its actual is not typed
    expect(v.get('1.1.2')?.target).toBe('≤10%');
    expect(v.get('2.2.2')).toMatchObject({ target: '≥90%', actual: '93%' });
    expect(v.get('1.1.1')?.target).toBe('≥95%');
  }, 120_000);
});

describe('jixiao import --dry-run of a .txt with a tab-separated indicator table', () => {
  it('shows the rows with their columns and the leaf each filled, like a .docx table', async () => {
    const text = [
      '某县妇联2030年度部门整体支出绩效自评报告',
      '一、部门整体支出情况',
      '（一）一般公共预算支出情况',
      '2030年本会本年支出合计96.30万元。',
      '二、绩效指标完成情况',
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'].join('\t'),
      ['管理指标', '资金结转', '结转结余率', '≤10%', '4%', '10', '10'].join('\t'),
      ['', '满意度', '服务对象满意度', '≥90%', '93%', '10', '9'].join('\t'),
      ['总分', '', '', '', '', '20', '19'].join('\t'),
    ].join('\n');
    const file = join(demo.dir, 'indicators.txt');
    writeFileSync(file, text);
    const r = await runCli(['import', file, '--dry-run', '--json']);
    expect(r.code, r.err).toBe(0);
    const out = JSON.parse(r.out) as {
      recognised: {
        indicators: { name: string; level1: string; target: string; actual: string; score: string; code: string | null }[];
        indicatorTotals: unknown[];
      };
    };
    expect(out.recognised.indicators.map((i) => [i.level1, i.name, i.target, i.actual, i.score, i.code])).toEqual([
      ['管理指标', '结转结余率', '≤10%', '4%', '10', '1.1.2'],
      ['管理指标', '服务对象满意度', '≥90%', '93%', '9', '2.2.2'],
    ]);
    expect(out.recognised.indicatorTotals).toEqual([{ weight: '20', score: '19' }]);
  }, 120_000);
});
