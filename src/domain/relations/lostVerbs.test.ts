// An amount right after the base of a comparison, then a rate: the change whose verb was lost
// (our own sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

describe('较上年决算数B c，增长r%: c is the change (level − B), r its rate', () => {
  // 600.00 − 500.00 = 100.00, 100 ÷ 500 = 20%
  const text = '本年“三公”经费决算支出数为600.00万元，较上年决算数500.00万元100.00万元，增长20.00%。';
  it('the difference and the rate hold', () => {
    expect(errors(text)).toEqual([]);
    expect(ofKind(text, 'difference')).toEqual([['ok', 100, 100]]);
    expect(ofKind(text, 'yoy')).toEqual([['ok', 20, 20]]);
  });
  it('a wrong change or a wrong rate is an error', () => {
    expect(errors(text.replace('100.00万元', '110.00万元'))).toContainEqual(['difference', 110, 100]);
    expect(errors(text.replace('增长20.00%', '增长25.00%'))).toEqual([['yoy', 25, 20]]);
  });
  it('a fall the same way', () => {
    const fall = '本年公务接待费决算支出数为80.00万元，较上年决算数100.00万元20.00万元，下降20.00%。';
    expect(errors(fall)).toEqual([]);
    expect(ofKind(fall, 'difference')).toEqual([['ok', 20, 20]]);
  });
  it('look-alikes: a comma between, no rate after, or the amount named, stay levels', () => {
    const comma = '本年支出决算数为600.00万元，较上年决算数500.00万元，100.00万元用于培训，增长20.00%。';
    expect(ofKind(comma, 'difference')).toEqual([]);
    const noRate = '本年支出决算数为600.00万元，较上年决算数500.00万元100.00万元。';
    expect(ofKind(noRate, 'difference')).toEqual([]);
    expect(errors(noRate)).toEqual([]);
  });
});
