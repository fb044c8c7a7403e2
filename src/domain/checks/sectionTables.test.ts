// 自评表 whose header opens with a section cell spanning the rows (预算执行情况（10分）, 绩效指标（90分）):
// the rows lack that cell, so every column sits one cell left of its name (our own table, invented figures).
import { describe, expect, it } from 'vitest';
import { parseText } from '../../documents/import/structure.js';
import { analyzeText } from './index.js';
import { checkTable, scoreRelations } from './tables.js';

const T = (rows: string[][]) => ({ line: 0, rows });
const FUNDS = ['预算执行情况（10分）', '年度预算数（万元）', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分', '原因'];
const GOALS = ['绩效指标（90分）', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分', '未完成原因'];

const form = (o: { rate?: string; score?: string; weight?: string; total?: string } = {}) =>
  T([
    FUNDS,
    ['总额', '60.00', '80.00', '72.00', o.rate ?? '90.00%', '10', '9', ''],
    ['其中：财政资金', '60.00', '80.00', '72.00', '90.00%', '/', '/'],
    GOALS,
    ['产出指标', '数量指标', '巡查次数', '≥', '24', '次', '26', o.weight ?? '40', '40', ''],
    ['产出指标', '时效指标', '按时完成率', '=', '100', '%', '100', '30', '30', ''],
    ['效益指标', '社会效益指标', '隐患整改率', '≥', '90', '%', '85', '20', o.score ?? '17', '未达预期'],
    ['合计', '100', o.total ?? '96'],
  ]);
const errors = (t: ReturnType<typeof form>) => checkTable(t).filter((f) => f.severity === 'error');

describe('a section cell before the header', () => {
  it('a clean form has no finding (its columns are not read one cell off)', () => {
    expect(checkTable(form())).toEqual([]);
  });
  it('the execution rate of the 总额 row is checked under its own column', () => {
    expect(errors(form({ rate: '95.00%' }))).toMatchObject([{ rule: 'rate', stated: '95%', computed: '90.00%' }]);
  });
  it('a score above its weight is an error', () => {
    expect(errors(form({ score: '27' })).map((f) => f.rule)).toContain('scoreWeight');
  });
  it('the weights under 绩效指标（90分） add up to 90', () => {
    expect(errors(form({ weight: '45' }))).toContainEqual(expect.objectContaining({ rule: 'weightSum', stated: '90', computed: '95' }));
  });
  it('rows that repeat the section cell are not shifted', () => {
    const repeated = T([
      GOALS,
      ['绩效指标（90分）', '产出指标', '数量指标', '巡查次数', '≥', '24', '次', '26', '50', '50', ''],
      ['绩效指标（90分）', '效益指标', '社会效益指标', '隐患整改率', '≥', '90', '%', '85', '40', '35', ''],
    ]);
    expect(checkTable(repeated)).toEqual([]);
  });
});

describe('a 合计 row whose cells were merged: its two numbers are 分值 and 得分', () => {
  it('holds', () => {
    expect(scoreRelations(form()).map((r) => [r.reason, r.stated, r.computed])).toEqual([
      ['合计 = 各项得分之和', 96, 96],
      ['合计分值 = 各项分值之和', 100, 100],
    ]);
  });
  it('a wrong total score is an error', () => {
    expect(errors(form({ total: '94' }))).toMatchObject([{ rule: 'tableTotal', stated: '94', computed: '96' }]);
  });
  it('one number alone is not read (分值 or 得分 unknown)', () => {
    const one = form();
    one.rows[one.rows.length - 1] = ['合计', '100'];
    expect(checkTable(one)).toEqual([]);
  });
});

describe('one cell per line: the section cell before the header is left out of it', () => {
  const text = (rate: string) =>
    [
      '自评表',
      '项目名称 |',
      '村级公益设施维护 |',
      '预算执行情况（10分） |',
      '年度预算数（万元） |',
      '年初预算 |',
      '调整后预算数 |',
      '预算执行数 |',
      '预算执行率 |',
      '权重 |',
      '得分 |',
    ]
      .concat(['总额 |', '30.00 |', '40.00 |', '34.00 |', `${rate} |`, '10 |', '8.5 |'])
      .concat(['其中：财政资金 |', '30.00 |', '40.00 |', '34.00 |', '85.00% |', '/ |', '/ |'])
      .join('\n');
  it('the rate is read under its column: right, and wrong', () => {
    const rules = (t: string) => analyzeText(parseText(t)).findings.filter((f) => f.severity === 'error');
    expect(rules(text('85.00%'))).toEqual([]);
    expect(rules(text('88.00%'))).toContainEqual(expect.objectContaining({ rule: 'rate', stated: '88%', computed: '85.00%' }));
  });
});

describe('a unit cell over the value columns (项目资金 | 年度预算数（万元） | 年初预算数 | …)', () => {
  const head = ['项目资金', '年度预算数（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'];
  const rows = (rate: string) => [
    ['年度资金总额', '50', '64', '56', '10', rate, '8.75'],
    ['其中：财政拨款', '50', '64', '56', '—', rate, '—'],
  ];
  const errorsOf = (text: string) => analyzeText(parseText(text)).findings.filter((f) => f.severity === 'error');
  it('a table: the rate is read under its own column, right and wrong', () => {
    expect(checkTable(T([head, ...rows('87.50%')]))).toEqual([]);
    expect(errors(T([head, ...rows('85.00%')]))).toContainEqual(expect.objectContaining({ rule: 'rate', stated: '85%', computed: '87.50%' }));
  });
  it('one cell a line: the same', () => {
    const text = (rate: string) => ['自评表', ...[head, ...rows(rate)].flat().map((c) => `${c} |`)].join('\n');
    expect(errorsOf(text('87.50%'))).toEqual([]);
    expect(errorsOf(text('85.00%'))).toContainEqual(expect.objectContaining({ rule: 'rate', stated: '85%', computed: '87.50%' }));
  });
  it('tab-separated lines: the same', () => {
    const text = (rate: string) => ['自评表', ...[head, ...rows(rate)].map((r) => r.join('\t'))].join('\n');
    expect(errorsOf(text('87.50%'))).toEqual([]);
    expect(errorsOf(text('85.00%'))).toContainEqual(expect.objectContaining({ rule: 'rate', stated: '85%', computed: '87.50%' }));
  });
  it('a unit cell with a value under it is a column of its own (look-alike)', () => {
    const own = T([
      ['项目', '全年预算数（万元）', '全年执行数（万元）', '执行率'],
      ['年度资金总额', '64', '56', '87.50%'],
      ['其中：财政拨款', '64', '56', '87.50%'],
    ]);
    expect(checkTable(own)).toEqual([]);
    own.rows[1]![3] = '85.00%';
    expect(errors(own)).toContainEqual(expect.objectContaining({ rule: 'rate', stated: '85%', computed: '87.50%' }));
  });
});
