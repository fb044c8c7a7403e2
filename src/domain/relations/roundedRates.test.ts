// Round 13: the rate of a change of two amounts in 亿 with decimals holds anywhere in the range their
// rounding allows (our own sentences, invented figures). 万元 amounts keep the narrower check.
import { describe, expect, it } from 'vitest';
import { errors, rel } from '../../../test/helpers/relations.js';

describe('a rate of rounded 亿元 aggregates', () => {
  const text = '1—6月税收收入5.34亿元，比上年同期增收1.34亿元，增长33.50%。';
  it('the rate of the written figures holds', () => {
    expect(rel(text)).toEqual([['yoy', 'ok', 33.5, 33.5]]);
  });
  it('a rate within the rounding of both figures is no error (1.345 ÷ (5.335 − 1.345) = 33.71%)', () => {
    expect(errors(text.replace('33.50%', '33.70%'))).toEqual([]);
    expect(rel(text.replace('33.50%', '33.70%'))).toEqual([['yoy', 'rounding', 33.7, 33.5]]);
  });
  it('a rate beyond that range is still an error', () => {
    expect(errors(text.replace('33.50%', '33.80%'))).toEqual([['yoy', 33.8, 33.5]]);
  });
  it('the same figures in 万元 (ledger amounts) keep the narrower check', () => {
    expect(errors(text.replace('33.50%', '33.70%').replace(/亿元/g, '万元'))).toEqual([['yoy', 33.7, 33.5]]);
  });
});

describe('a decrease: the change is in the rate and in the prior, so their roundings partly cancel', () => {
  const text = '1—6月基金收入6.66亿元，比上年同期减收3.34亿元，下降33.40%。';
  it('holds, and within the range (3.345 ÷ 10.00) is no error', () => {
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace('33.40%', '33.45%'))).toEqual([]);
  });
  it('beyond the range of the two figures is an error, though an independent prior 10.00 ± 0.01 would allow it', () => {
    expect(errors(text.replace('33.40%', '33.48%'))).toEqual([['yoy', -33.48, -33.4]]);
  });
});
