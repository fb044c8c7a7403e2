// Round 13: parts of a complete classification after two totals of one name (our own text, invented
// figures): the nearest total is not the only one they may split: the one nearer their sum is.
import { describe, expect, it } from 'vitest';
import { errors } from '../../../test/helpers/relations.js';

const text = [
  '全县一般公共预算总收入完成52.40亿元，同比增收6.30亿元。',
  '全县一般公共预算收入完成31.20亿元，同比增收4.10亿元。其中：县本级完成20.00亿元，高新区完成11.20亿元。',
  '分部门完成情况：',
  '税务局组织收入37.90亿元，同比增收4.50亿元；',
  '财政局组织收入14.50亿元，同比增收1.80亿元。',
].join('\n');

describe('a classification after two totals of one name', () => {
  it('parts that add up to the earlier total (52.40) are not an error against the nearer one (31.20)', () => {
    expect(errors(text)).toEqual([]);
  });
  it('parts that fit neither total are an error against the one nearer their sum', () => {
    expect(errors(text.replace('37.90', '39.90'))).toContainEqual(['sum', 52.4, 54.4]);
    expect(errors(text.replace('52.40', '53.40'))).toContainEqual(['sum', 53.4, 52.4]);
    expect(errors(text.replace('52.40', '53.40'))).not.toContainEqual(['sum', 31.2, 52.4]);
  });
  it('with one total of that name, parts that do not add up to it are an error', () => {
    const one = text.replace('全县一般公共预算总收入完成52.40亿元，同比增收6.30亿元。\n', '');
    expect(errors(one)).toContainEqual(['sum', 31.2, 52.4]);
  });
});
