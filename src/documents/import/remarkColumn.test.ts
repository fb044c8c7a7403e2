// A 项目支出绩效自评表 pasted one cell per line whose header ends with a remark column (原因) the body rows do not
// have (merged down, or left out): the funds rows are read by their columns — 总额 into 年度资金总额, 财政资金 into
// 本年财政拨款, and the form's other source rows (财政专户管理资金, 单位资金) into lines of their own. Our own form
// and invented figures.
import { describe, expect, it } from 'vitest';
import { cellPerLineTables } from './cellTables.js';
import { importEvaluation } from './evaluation.js';
import { textToDocument } from './read.js';

const load = (text: string) => importEvaluation(textToDocument(Buffer.from(text, 'utf8'), 'x.txt'), { year: 2031 });
const cells = (r: ReturnType<typeof load>) => r.recognised.placed.map((p) => `${p.cell}=${p.value}`).sort();

const form = (last: string, rows: string[][]) =>
  [
    '部门预算项目支出绩效自评表(2031年度) |',
    '项目名称 |',
    '某某档案数字化项目 |',
    '预算执行情况(10分) |',
    '年度预算数(万元) |',
    '年初预算 |',
    '调整后预算数 |',
    '预算执行数 |',
    '预算执行率 |',
    '权重 |',
    '得分 |',
    `${last} |`,
    ...rows.flatMap((r) => r.map((c) => (c ? `${c} |` : '|'))),
  ].join('\n');

const BODY = [
  ['总额', '48.00', '52.50', '50.40', '96.00%', '10', '9.6'],
  ['其中:财政资金', '40.00', '44.50', '42.40', '95.28%', '/', '/'],
  ['财政专户管理资金', '0.00', '0.00', '0.00', '0.00%', '/', '/'],
  ['单位资金', '8.00', '8.00', '8.00', '100.00%', '/', '/'],
  ['其他资金', '', '', '', '', '/', '/'],
];

describe('a one-cell-per-line 自评表 whose header has one more cell (原因) than its rows', () => {
  it('reads the header without the remark column', () => {
    const [t] = cellPerLineTables(form('原因', BODY).split('\n'));
    expect(t?.rows[0]).toEqual(['年度预算数(万元)', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分']);
    expect(t?.rows[1]).toEqual(BODY[0]);
  });

  it('places 年初预算数 / 全年预算数 / 全年执行数 of every source row', () => {
    const r = load(form('原因', BODY));
    expect(cells(r)).toEqual(
      [
        '年度资金总额 · 年初预算数=48',
        '年度资金总额 · 全年预算数=52.5',
        '年度资金总额 · 全年执行数=50.4',
        '本年财政拨款 · 年初预算数=40',
        '本年财政拨款 · 全年预算数=44.5',
        '本年财政拨款 · 全年执行数=42.4',
        '财政专户管理资金 · 年初预算数=0',
        '财政专户管理资金 · 全年预算数=0',
        '财政专户管理资金 · 全年执行数=0',
        '单位资金 · 年初预算数=8',
        '单位资金 · 全年预算数=8',
        '单位资金 · 全年执行数=8',
      ].sort(),
    );
    expect(r.unplaced.filter((u) => u.includes('表格行') || u.includes('未知标签'))).toEqual([]);
    // the lines add up to 年度资金总额 (财政资金 + 财政专户管理资金 + 单位资金)
    const line = (k: string) => r.draft.budgetLines.find((l) => l.key === k);
    expect(line('total')).toMatchObject({ initial: '48', adjusted: '52.5', executed: '50.4' });
    expect(line('unitFunds')).toMatchObject({ label: '单位资金', initial: '8', adjusted: '8', executed: '8' });
  });

  it('look-alike: a last header cell that is a value column (not a remark) leaves the rows without a header', () => {
    const [t] = cellPerLineTables(form('偏差值', BODY).split('\n'));
    expect(t?.rows[0]?.[0]).toBe('总额');
  });
});
