// A paragraph closing with "主要X项目情况：" and a numbered list of X's items (our own sentences, invented
// figures): ok, a planted error, and look-alikes that must not fire.
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

const sums = (text: string) => ofKind(text, 'sum');

const text = [
  '1-8月，全市一般公共预算收入150.0亿元，同比增长6.0%。分类别看：税收收入96.0亿元，增长5.0%；非税收入54.0亿元，增长7.8%。主要税收收入项目情况：',
  '1.增值税40.5亿元，增长4.1%。',
  '2.企业所得税18.2亿元，下降2.0%。',
  '3.不动产相关税收中，契税9.3亿元，增长1.5%；房产税6.0亿元，增长3.3%。',
  '4.印花税2.0亿元，增长9.0%。',
  '5.车船税、耕地占用税等其他税收收入20.0亿元，增长2.2%。',
  '（二）一般公共预算支出',
].join('\n');

describe('主要X项目情况： then numbered items', () => {
  it('the items, closed by 等其他X, add up to X (a group item gives each of its amounts)', () => {
    expect(sums(text)).toContainEqual(['ok', 96, 96]);
    expect(errors(text)).toEqual([]);
  });
  it('a wrong item is an error, in a plain item and in a group item', () => {
    expect(errors(text.replace('18.2亿元', '28.2亿元'))).toEqual([['sum', 96, 106]]);
    expect(errors(text.replace('房产税6.0', '房产税6.9'))).toEqual([['sum', 96, 96.9]]);
  });
  it('without a closing rest item the main items are a subset: short of X is no error', () => {
    const t = text.replace('车船税、耕地占用税等其他税收收入20.0亿元', '车船税3.0亿元');
    expect(errors(t)).toEqual([]);
    expect(errors(t.replace('40.5亿元', '405.0亿元'))).toEqual([['subset', 96, 443.5]]);
  });
  it('look-alikes: a cue naming no amount of its paragraph, a rest of another noun, a broken numbering', () => {
    expect(sums(text.replace('主要税收收入项目情况', '主要行业收入情况'))).not.toContainEqual(['ok', 96, 96]);
    const other = text.replace('等其他税收收入20.0亿元', '等其他非税收入20.0亿元');
    expect(errors(other)).toEqual([]);
    expect(errors(text.replace('28.2', '28.2').replace('3.不动产', '4.不动产').replace('18.2亿元', '28.2亿元'))).toEqual([]);
  });
});
