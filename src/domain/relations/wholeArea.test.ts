// Round 13: a 其中 part that names the whole area (全县…) after the figures of one level and one zone
// (our own text, invented figures) is no part of the nearest level's total.
import { describe, expect, it } from 'vitest';
import { errors } from '../../../test/helpers/relations.js';

const text =
  '1-9月，全县基金收入41.50亿元，同比减收6.20亿元。县本级基金收入30.10亿元，高新区基金收入11.40亿元。其中，全县土地基金收入40.80亿元，同比减收6.00亿元。';

describe('a part of the whole area after a level’s total', () => {
  it('is not checked against the level’s figure (30.10): no error', () => {
    expect(errors(text)).toEqual([]);
  });
  it('a part of one level larger than that level’s total is still an error', () => {
    const own = '1-9月，县本级基金收入30.10亿元，同比减收3.20亿元。其中，县本级土地基金收入31.80亿元，同比减收3.00亿元。';
    expect(errors(own)).toEqual([['subset', 31.8, 30.1]]);
  });
  it('a part of the whole area larger than the whole area’s total is still an error', () => {
    const whole = '1-9月，全县基金收入41.50亿元，同比减收6.20亿元。其中，全县土地基金收入42.80亿元，同比减收6.00亿元。';
    expect(errors(whole)).toEqual([['subset', 42.8, 41.5]]);
  });
});
