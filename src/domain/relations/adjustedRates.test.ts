// A rate of an adjusted base (同口径 / 剔除…因素 / 扣除…后) after a plain change is not that change's rate
// (our own sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

describe('增收c，剔除…因素后，按同口径计算增长r%', () => {
  // 500 up 100 from 400 is 25%; the 同口径 rate 40% is of a base the text does not give
  const text = '1-6月全县一般公共预算收入完成500亿元，比上年增长25%，增收100亿元，若剔除退税因素的影响，按同口径计算增长40%。';
  it('the plain rate before the change is its rate; the 同口径 one is not bound', () => {
    expect(errors(text)).toEqual([]);
    expect(ofKind(text, 'yoy')).toEqual([['ok', 25, 25]]);
  });
  it('other words of an adjusted base: 扣除…后 / 可比口径', () => {
    const cut = '税收收入完成300亿元，增长20%，增收50亿元，扣除留抵因素后，比上年同口径增长35%。';
    expect(errors(cut)).toEqual([]);
    expect(ofKind(cut, 'yoy')).toEqual([['ok', 20, 20]]);
    const comparable = '非税收入完成120亿元，增收20亿元，按可比口径增长30%。';
    expect(errors(comparable)).toEqual([]);
  });
  it('the plain rate that does not hold is still an error', () => {
    expect(errors(text.replace('增长25%', '增长28%'))).toEqual([['yoy', 28, 25]]);
  });
  it('a change and its rate with nothing between still bind, and a slip is found', () => {
    const plain = '一般公共预算收入完成500亿元，比上年增收100亿元，增长30%。';
    expect(errors(plain)).toEqual([['yoy', 30, 25]]);
  });
  it('a level that is itself 同口径 keeps its change and rate (all three of one base)', () => {
    const same = '一般公共预算收入（同口径）完成500亿元，同比增长30%，增收100亿元。';
    expect(errors(same)).toEqual([['yoy', 30, 25]]);
  });
  it('a change of the adjusted base itself (同口径比上年减少a，同口径比上年下降r%) keeps its rate', () => {
    const both = '2024年会议费预算478万元，同口径比上年减少38万元，同口径比上年下降7.4%。';
    expect(errors(both)).toEqual([]);
    expect(errors(both.replace('下降7.4%', '下降9.4%'))).toEqual([['yoy', -9.4, -7.36]]);
  });
});
