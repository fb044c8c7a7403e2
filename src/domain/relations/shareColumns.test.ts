// Growth and share columns, in document tables and flattened onto one line (our own invented figures).
import { describe, expect, it } from 'vitest';
import { relations } from '../../../test/helpers/relations.js';

const errors = (text: string) =>
  relations(text)
    .filter((r) => r.verdict === 'error')
    .map((r) => [r.stated, r.computed]);

describe('share columns of the 合计', () => {
  const flat = (x: string) => `支出结构如下：单位：万元 项目 决算数 占比% 基本支出 180.00 60.00 项目支出 120.00 ${x} 合计 300.00 100.00 结构基本稳定。`;
  it('flattened: each row’s 占比 is its amount over the 合计 row’s', () => {
    expect(errors(flat('40.00'))).toEqual([]);
    expect(relations(flat('40.00')).filter((r) => r.kind === 'rate' && r.verdict === 'ok')).toHaveLength(2);
    expect(errors(flat('45.00'))).toEqual([[45, 40]]);
  });

  it('a document table with the share written with its % sign', () => {
    const doc = (x: string) =>
      ['单位:万元', '项目 | 本年数 | 比重（%）', '工资福利支出 | 90 | 75.00%', `商品和服务支出 | 30 | ${x}`, '合计 | 120 | 100.00%'].join('\n');
    expect(errors(doc('25.00%'))).toEqual([]);
    expect(errors(doc('20.00%'))).toEqual([[20, 25]]);
  });

  it('look-alikes: a 合计 whose own share is not 100, two 合计 rows, year columns: nothing read', () => {
    const other = ['单位:万元', '项目 | 决算数 | 占比', '甲 | 30 | 10.00', '乙 | 20 | 50.00', '合计 | 50 | 40.00'].join('\n');
    expect(relations(other).filter((r) => r.kind === 'rate')).toEqual([]);
    const two = [
      '单位:万元',
      '项目 | 决算数 | 占比',
      '甲 | 30 | 50.00',
      '小计 | 30 | 50.00',
      '乙 | 30 | 50.00',
      '合计 | 60 | 100.00',
      '总计 | 60 | 100.00',
    ].join('\n');
    expect(relations(two).filter((r) => r.kind === 'rate')).toEqual([]);
    expect(errors('单位：万元 项目 2021年 2022年 2023年 办公费 10 12 14 印刷费 5 6 7 合计 15 18 21')).toEqual([]);
  });
});

describe('growth columns flattened onto one line', () => {
  const flat = (diff: string, rate: string) =>
    `三公经费变动如下（单位：万元）：项目 上年数 本年数 增减额 增减率% 公务接待费 5.00 4.00 -1.00 -20.00 公务用车运行维护费 8.00 8.80 ${diff} ${rate} 全年未安排出国经费。`;
  it('本年 − 上年 = 增减额 and 增减额 ÷ 上年 = 增减率, per row', () => {
    expect(errors(flat('0.80', '10.00'))).toEqual([]);
    expect(errors(flat('0.90', '10.00'))).toContainEqual([0.9, 0.8]);
    expect(errors(flat('0.80', '12.00'))).toContainEqual([12, 10]);
  });

  it('look-alikes: a 文号 and a phone number after the table are no rows of it', () => {
    expect(errors(`${flat('0.80', '10.00')} 文号 2024 3 联系电话 0571 8765 4321`)).toEqual([]);
  });
});

describe('the base of a share column is the one amount column before it', () => {
  const doc = (header: string, rows: string[]) => ['单位:万元', header, ...rows].join('\n');
  it('本年数 | 占比 | 上年数 | 占比: each share over its own column; 本年数 | 上年数 | 占比: not read', () => {
    const both = doc('项目 | 本年数 | 占比 | 上年数 | 占比', [
      '甲 | 60 | 60.00 | 50 | 62.50',
      '乙 | 40 | 40.00 | 30 | 37.50',
      '合计 | 100 | 100.00 | 80 | 100.00',
    ]);
    expect(relations(both).filter((r) => r.kind === 'rate' && r.verdict === 'ok')).toHaveLength(4);
    expect(errors(both.replace('62.50', '65.00'))).toContainEqual([65, 62.5]);
    const two = doc('项目 | 本年数 | 上年数 | 占比', ['甲 | 60 | 50 | 60.00', '乙 | 40 | 30 | 40.00', '合计 | 100 | 80 | 100.00']);
    expect(relations(two).filter((r) => r.kind === 'rate')).toEqual([]);
  });
});
