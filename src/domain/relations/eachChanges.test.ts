// 各增加c after two totals: the change of each (invented figures).
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

const text = (spent: string, rate: string) => `2031年度收入总计5,400.00万元，支出总计${spent}万元，与2030年度相比，各增加400.00万元，增长${rate}。`;

describe('各增加c after the closing words of a comparison', () => {
  it('equal totals: the rate is checked (ok)', () => {
    expect(ofKind(text('5,400.00', '8.00%'), 'yoy')).toEqual([['ok', 8, 8]]);
    expect(ofKind('2031年度收入、支出总计均为5,400.00万元，与2030年度相比，均增加400.00万元，增长8.00%。', 'yoy')).toEqual([['ok', 8, 8]]);
  });
  it('equal totals and a wrong rate: an error', () => {
    expect(errors(text('5,400.00', '8.80%'))).toEqual([['yoy', 8.8, 8]]);
  });
  it('different totals: which one the rate is of is unknown, no error either way', () => {
    expect(errors(text('5,300.00', '8.00%'))).toEqual([]);
    expect(errors(text('5,300.00', '8.00%、8.16%').replace('增长', '分别增长'))).toEqual([]);
    expect(errors('2031年度收入总计5,400.00万元，支出总计5,300.00万元，比上年各增加400.00万元，增长8.00%。')).toEqual([]);
  });
  it('one level and 增加 without 各: unchanged', () => {
    expect(ofKind('2031年度收入总计5,400.00万元，与2030年度相比，增加400.00万元，增长8.00%。', 'yoy')).toEqual([['ok', 8, 8]]);
  });
});
