// A total row with one 其中 row under it: a part smaller than the total is no error (its siblings may be left
// out), a part larger than its total is. Invented figures.
import { describe, expect, it } from 'vitest';
import { errors } from '../../../test/helpers/relations.js';

const form = (total: string, part: string) =>
  `项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: ${total} 10 98.00% 9.8 其中:本年财政拨款 ${part} 上年结转资金 其他资金 年度总体目标`;
const tableErrors = (text: string) => errors(text).filter((e) => e[0] === 'tableTotal');

describe('one 其中 row under its total', () => {
  it('the part equal to the total: ok', () => {
    expect(tableErrors(form('64 64 62.72', '64 64 62.72'))).toEqual([]);
  });
  it('the part smaller than the total (other sources left out): no error', () => {
    expect(tableErrors(form('64 64 62.72', '40 40 38.5'))).toEqual([]);
  });
  it('the total left at zero under a part of 64: an error, the part cannot exceed it', () => {
    const text = `项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 0 0 0 10 0 0 其中:本年财政拨款 64 63.5 63.5 上年结转资金 其他资金 年度总体目标`;
    expect(tableErrors(text)).toEqual(
      expect.arrayContaining([
        ['tableTotal', 0, 64],
        ['tableTotal', 0, 63.5],
      ]),
    );
  });
  it('the part above the total only within rounding: no error', () => {
    expect(tableErrors(form('64 64 62.7', '64 64 62.72'))).toEqual([]);
  });
});
