import { describe, expect, it } from 'vitest';
import { checkTable, scoreRelations } from './tables.js';

const T = (rows: string[][]) => ({ line: 0, rows });
const BUDGET_HEAD = ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'];

describe('tables', () => {
  it('totals row vs 其中 rows (0 above 89.974)', () => {
    const fs = checkTable(
      T([
        BUDGET_HEAD,
        ['年度资金总额', '0', '89.974', '89.974', '10', '100%', '10'],
        ['其中：本年财政拨款', '89.974', '89.974', '89.974', '—', '—', '—'],
        ['上年结转资金', '0', '0', '0', '—', '—', '—'],
      ]),
    );
    expect(fs.map((f) => [f.rule, f.stated, f.computed])).toEqual([['tableTotal', '0', '89.974']]);
  });
  it('a header whose 项目资金 cell was merged away: the row label sits before the first value column', () => {
    const head = BUDGET_HEAD.slice(1);
    expect(checkTable(T([head, ['年度资金总额', '6.50', '6.50', '6.50', '10.00', '100%', '10.00']]))).toEqual([]);
    expect(checkTable(T([head, ['年度资金总额', '40', '40', '36', '10', '90%', '8']]))).toMatchObject([
      { rule: 'executionScore', severity: 'error', computed: '9' },
    ]);
  });
  it('预算数(A) | 执行数(B) | 执行率(B/A) under a section cell: the rate is B ÷ A', () => {
    const head = ['预算执行情况（万元）（20分）', '预算数(A)', '执行数(B)', '执行率(B/A)', '得分（20分*执行率）'];
    expect(checkTable(T([head, ['年度财政资金总额', '250.00', '40.00', '16.00%', '3.20']]))).toEqual([]);
    expect(checkTable(T([head, ['年度财政资金总额', '250.00', '40.00', '18.00%', '3.20']]))).toMatchObject([
      { rule: 'rate', severity: 'error', computed: '16.00%' },
    ]);
  });
  it('a bare 预算数 beside 调整预算数 is not the budget of the rate', () => {
    const head = ['项目', '预算数', '调整预算数', '执行数', '执行率'];
    expect(checkTable(T([head, ['一般公共服务支出', '3200', '3450', '3312', '96.00%']]))).toEqual([]);
  });
  it('execution-rate score = rate × weight; 9.685 shown 9.68 is a rounding warning', () => {
    expect(checkTable(T([BUDGET_HEAD, ['年度资金总额', '100', '100', '96.85', '10', '96.85%', '9.69']]))).toEqual([]);
    expect(checkTable(T([BUDGET_HEAD, ['年度资金总额', '100', '100', '96.85', '10', '96.85%', '9.68']]))).toMatchObject([
      { rule: 'rounding', severity: 'warning', computed: '9.69' },
    ]);
    expect(checkTable(T([BUDGET_HEAD, ['年度资金总额', '40', '40', '36', '10', '90%', '8']]))).toMatchObject([
      { rule: 'executionScore', severity: 'error', computed: '9' },
    ]);
  });
  it('总分 with 不适用 rows is Σ得分 ÷ 适用分值 × 总分值 (as in jixiao’s own 自评表); a wrong scaled total is still an error', () => {
    const head = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因'];
    const rows = (total: string) =>
      T([
        head,
        ['管理指标', '执行', '执行率', '100%', '100', '20', '20'],
        ['管理指标', '执行', '调整率', '', '', '10', '不适用', '未列示数据'],
        ['业务指标', '完成', '完成率', '100%', '90%', '40', '36'],
        ['业务指标', '效益', '满意度', '≥90%', '85%', '30', '25.5'],
        ['总分', '总分', '总分', '总分', '总分', '100', total],
      ]);
    // 81.5 ÷ 90 × 100 = 90.555… → 90.56
    expect(checkTable(rows('90.56')).filter((f) => f.rule === 'tableTotal')).toEqual([]);
    expect(checkTable(rows('81.5')).filter((f) => f.rule === 'tableTotal')).toEqual([]);
    expect(checkTable(rows('92.5')).map((f) => [f.rule, f.stated, f.computed])).toEqual([['tableTotal', '92.5', '81.5']]);
    // the totals that hold are relations (counted by jixiao check); a failing one is a finding only
    expect(scoreRelations(rows('90.56')).map((r) => [r.verdict, r.stated, r.computed, r.line])).toEqual([
      ['ok', 90.56, 90.56, 6],
      ['ok', 100, 100, 6],
    ]);
    expect(scoreRelations(rows('81.5')).map((r) => [r.stated, r.reason])).toEqual([
      [81.5, '总分 = 各项得分之和'],
      [100, '总分分值 = 各项分值之和'],
    ]);
    expect(scoreRelations(rows('92.5')).map((r) => r.stated)).toEqual([100]);
  });
  it('score ≤ weight, category weights, 总分', () => {
    const head = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];
    const fs = checkTable(
      T([
        head,
        ['产出指标(50分)', '数量指标', '人数', '≥1000人', '1259人', '30', '30'],
        ['', '质量指标', '合格率', '≥90%', '95%', '15', '16'],
        ['总分', '', '', '', '', '45', '40'],
      ]),
    );
    expect(fs.map((f) => [f.rule, f.stated, f.computed])).toEqual([
      ['scoreWeight', '16', '15'],
      ['weightSum', '50', '45'],
      ['tableTotal', '40', '46'],
    ]);
  });
});
