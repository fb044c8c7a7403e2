// The debt balance table (地方政府专项 / 一般债务余额情况表): 上年末余额 + 发行额 − 还本额 = 年末余额. Our own
// table and figures: correct, a planted error, and look-alikes that must not fire.
import { describe, expect, it } from 'vitest';
import { errors, rel } from '../helpers/relations.js';

const table = (closing: string, kind = '专项') =>
  [
    `2022年和2023年地方政府${kind}债务余额情况表`,
    '单位：亿元',
    '项目 | 预算数 | 执行数',
    `一、2021年末地方政府${kind}债务余额实际数 |  | 120.50`,
    `二、2022年末地方政府${kind}债务余额限额 | 150.00 | `,
    `三、2022年地方政府${kind}债务发行额 |  | 30.20`,
    `四、2022年地方政府${kind}债务还本额 |  | 8.40`,
    `五、2022年末地方政府${kind}债务余额预计执行数 |  | ${closing}`,
    `六、2023年地方政府${kind}债务新增限额 | 20.00 | `,
    `七、2023年末地方政府${kind}债务余额限额 | 170.00 | `,
  ].join('\n');

describe('上年末余额 + 发行额 − 还本额 = 年末余额', () => {
  it('holds', () => {
    expect(rel(table('142.30'), ['carryOver'])).toEqual([['carryOver', 'ok', 142.3, 142.3]]);
    expect(errors(table('142.30', '一般'))).toEqual([]);
  });
  it('a wrong closing balance is an error', () => {
    expect(errors(table('143.30'))).toEqual([['carryOver', 143.3, 142.3]]);
  });
  it('look-alikes: balances of several areas in one year, or of both kinds, are no chain', () => {
    const areas = [
      '项目 | 执行数',
      '2021年末甲县政府债务余额 | 50.00',
      '2021年末乙县政府债务余额 | 60.00',
      '2022年甲县政府债券发行额 | 9.00',
      '2022年甲县政府债券还本额 | 2.00',
      '2022年末甲县政府债务余额 | 80.00',
      '2022年末乙县政府债务余额 | 70.00',
    ].join('\n');
    expect(rel(areas, ['carryOver'])).toEqual([]);
    const mixed = [
      '项目 | 执行数',
      '一、2021年末一般债务余额实际数 | 50.00',
      '三、2022年专项债务发行额 | 9.00',
      '四、2022年一般债务还本额 | 2.00',
      '五、2022年末一般债务余额预计执行数 | 70.00',
    ].join('\n');
    expect(rel(mixed, ['carryOver'])).toEqual([]);
  });
});
