// A rate column named by its header (完成率, 完成调整预算%, 决算数为预算数的%): the done column over the plan
// the header names. Our own tables, invented figures.
import { describe, expect, it } from 'vitest';
import { relations } from '../../../test/helpers/relations.js';

const named = (text: string) =>
  relations(text)
    .filter((r) => r.kind === 'rate' && r.reasonEn.startsWith('the rate column is the done column'))
    .map((r) => [r.verdict, r.stated, r.computed]);

describe('rate columns named by the header', () => {
  it('完成率 over the one budget column, two rows (too few to be learned from the figures)', () => {
    const t = (x: string) => ['单位：万元', '项目 预算数 决算数 完成率', '基本支出 400 380 95.00%', `项目支出 250 200 ${x}`].join('\n');
    expect(named(t('80.00%'))).toEqual([
      ['ok', 95, 95],
      ['ok', 80, 80],
    ]);
    expect(named(t('85.00%'))).toContainEqual(['error', 85, 80]);
  });

  it('完成调整预算% takes the 调整预算数 column, not 年初; cells written without % under a % header', () => {
    const t = (x: string) =>
      [
        '单位：万元',
        '项目 年初预算数 调整预算数 决算数 完成调整预算%',
        '税收收入 3000 3200 3040 95.00',
        `非税收入 1000 1250 1100 ${x}`,
        '收入合计 4000 4450 4140 93.03',
      ].join('\n');
    expect(named(t('88.00')).map((v) => v[0])).toEqual(['ok', 'ok', 'ok']);
    expect(named(t('84.00'))).toContainEqual(['error', 84, 88]);
  });

  it('a whole table flattened onto one line', () => {
    const line = (x: string) =>
      `表2 收入执行表 单位：万元 项目 年初预算数 调整预算数 决算数 决算数为调整预算数的% 甲收入 500 600 540 ${x} 乙收入 200 200 190 95.00`;
    expect(named(line('90.00'))).toEqual([
      ['ok', 90, 90],
      ['ok', 95, 95],
    ]);
    expect(named(line('99.00'))).toContainEqual(['error', 99, 90]);
  });

  it('look-alike: 执行率 beside both 年初 and 全年 budgets names neither: not read here', () => {
    const t = ['单位：万元', '项目 年初预算数 全年预算数 全年执行数 执行率', '甲项目 100 120 90 60.00%', '乙项目 80 80 72 90.00%'].join('\n');
    expect(named(t)).toEqual([]);
  });

  it('look-alike: a growth column (比上年增长%) and a prior-year column are no completion rate', () => {
    const t = ['单位：万元', '项目 上年决算数 本年预算数 本年决算数 比上年增长%', '甲支出 100 130 120 20.00', '乙支出 200 180 170 -15.00'].join('\n');
    expect(named(t)).toEqual([]);
  });

  it('look-alike: a score form (分值 | 执行率 | 得分) is left to the 自评表 rules', () => {
    const t = ['项目 全年预算数 全年执行数 分值 执行率 得分', '年度资金总额 100 50 10 80.00% 8'].join('\n');
    expect(named(t)).toEqual([]);
  });
});
