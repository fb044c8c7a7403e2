// The indicator rows of a 自评表 written as plain text (tabs, |, spaces; a 一级指标 on its group's first row only;
// a 总分 row) become the draft's indicators as a .docx table's do; budget tables and rows that do not fit the
// header are not read as indicators. Our words, invented figures.
import { describe, expect, it } from 'vitest';
import { importEvaluation } from './evaluation.js';
import { textToDocument } from './read.js';
import { textIndicators } from './textIndicators.js';

const HEAD = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因'];
const ROWS = [
  ['决策管理指标', '预算执行', '预算执行率', '≥95%', '98.5%', '10', '10', ''],
  ['', '资金结转', '结转结余率', '≤10%', '5.2%', '10', '9', '年底有两笔采购未付'],
  ['效益指标', '满意度', '服务对象满意度', '≥90%', '94%', '20', '20', ''],
];
const TOTAL = ['总分', '', '', '', '', '100', '96', ''];

function report(table: string[]): string {
  return [
    '某县文化馆2030年度部门整体支出绩效自评报告',
    '一、部门概况',
    '本馆编制8人，实有人员8人。',
    '二、部门整体支出情况',
    '（一）一般公共预算支出情况',
    '2030年本馆本年支出合计88.20万元。',
    '三、绩效指标完成情况',
    ...table,
    '四、存在的问题',
    '个别指标设置偏粗。',
  ].join('\n');
}
const doc = (text: string) => textToDocument(Buffer.from(text));
const read = (text: string) => {
  const d = doc(text);
  return textIndicators(d.lines, d.tables);
};
const fields = (t: ReturnType<typeof read>) =>
  t.tables.flatMap((x) => x.indicators).map((i) => [i.level1, i.level2, i.name, i.target, i.actual, i.weight, i.score, i.deviationReason]);
const EXPECTED = [
  ['决策管理指标', '预算执行', '预算执行率', '≥95%', '98.5%', '10', '10', null],
  ['决策管理指标', '资金结转', '结转结余率', '≤10%', '5.2%', '10', '9', '年底有两笔采购未付'],
  ['效益指标', '满意度', '服务对象满意度', '≥90%', '94%', '20', '20', null],
];

describe('indicator rows of a plain-text 自评表', () => {
  it('tab-separated: each cell by its header, the 一级指标 carried down, the 总分 row the total', () => {
    const t = read(report([HEAD, ...ROWS, TOTAL].map((r) => r.join('\t'))));
    expect(fields(t)).toEqual(EXPECTED);
    expect(t.tables[0]!.total).toEqual({ weight: '100', score: '96' });
    expect(t.unread).toEqual([]);
  });

  it('| between the cells, with or without the outer bars', () => {
    expect(fields(read(report([HEAD, ...ROWS, TOTAL].map((r) => r.join(' | ')))))).toEqual(EXPECTED);
    expect(fields(read(report([HEAD, ...ROWS, TOTAL].map((r) => `| ${r.join(' | ')} |`))))).toEqual(EXPECTED);
  });

  it('single spaces (empty cells lost): anchored on the 分值 得分 pair; a 总分 row of two numbers', () => {
    const t = read(report([HEAD, ...ROWS, TOTAL].map((r) => r.filter(Boolean).join(' '))));
    expect(fields(t)).toEqual(EXPECTED);
    expect(t.tables[0]!.total).toEqual({ weight: '100', score: '96' });
  });

  it('a header glued by a converter (一级指标二级指标三级指标…) is split into its columns', () => {
    const t = read(report([HEAD.join(''), ...ROWS.map((r) => r.join('\t'))]));
    expect(fields(t)).toEqual(EXPECTED);
  });

  it('a row with its score left blank: tabs keep the place (score null); spaces cannot, so it is listed', () => {
    const blank = ['效益指标', '满意度', '服务对象满意度', '≥90%', '94%', '20', '', ''];
    const tabs = read(report([HEAD, ...ROWS.slice(0, 2), blank].map((r) => r.join('\t'))));
    expect(fields(tabs).at(-1)).toEqual(['效益指标', '满意度', '服务对象满意度', '≥90%', '94%', '20', null, null]);
    const spaces = read(report([HEAD, ...ROWS.slice(0, 2), blank].map((r) => r.filter(Boolean).join(' '))));
    expect(fields(spaces)).toEqual(EXPECTED.slice(0, 2));
    expect(spaces.unread).toEqual([expect.stringContaining('各格与表头的列对不上')]);
  });

  it('| rows that lost a merged cell at the start: anchored on 分值 得分; a value in the name place is never a name', () => {
    const head = `绩效指标 | ${HEAD.join(' | ')} | |`;
    const shifted = [
      '决策管理指标 | 预算执行 | 预算执行率 | ≥95% | 98.5% | 10 | 10 | | |',
      '资金结转 | 结转结余率 | ≤10% | 5.2% | 10 | 9 | 年底有两笔采购未付 | |',
    ];
    expect(fields(read(report([head, ...shifted])))).toEqual(EXPECTED.slice(0, 2));
    // no 分值 column to anchor on, and ≥300户 sits under 三级指标: nothing is read, the row is listed
    const noWeight = ['总目标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 得分 |', '产出指标 | 数量指标 | 受益农户数 | ≥300户 | 320户 | 10 |'];
    const t = read(report(noWeight));
    expect(t.tables).toEqual([]);
    expect(t.unread).toHaveLength(1);
  });

  it('a budget table (年初预算数 / 全年预算数 / 全年执行数) and a table of 指标名称 by year are no indicators', () => {
    const budget = ['项目\t年初预算数\t全年预算数\t全年执行数\t执行率', '年度资金总额\t50\t52\t51\t98%', '其中：本年财政拨款\t50\t52\t51\t98%'];
    expect(read(report(budget)).tables).toEqual([]);
    const years = ['指标名称\t2029年\t2030年', '接待人次\t1200\t1350', '开放天数\t300\t310'];
    expect(read(report(years)).tables).toEqual([]);
  });

  it('on import: the rows fill the framework leaves of their names; their numbers are no budget figures', () => {
    const r = importEvaluation(doc(report([HEAD, ...ROWS, TOTAL].map((x) => x.join('\t')))), { year: 2030 });
    const byCode = new Map(r.draft.indicators.map((v) => [v.indicatorCode, v]));
    expect(byCode.get('1.1.2')).toMatchObject({ target: '≤10%', actual: null, score: '9', deviationReason: '年底有两笔采购未付' });
    expect(byCode.get('2.2.2')).toMatchObject({ target: '≥90%', actual: '94%', score: '20' });
    expect(r.recognised.indicatorTotals).toEqual([{ weight: '100', score: '96' }]);
    expect(r.recognised.placed.map((p) => p.cell)).toEqual(['一般公共预算 · 合计 · 本年支出']);
    expect(r.unplaced.filter((u) => u.startsWith('表格行'))).toEqual([]);
  });
});
