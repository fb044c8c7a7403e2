// A rate of change written further from zero than its figures give by more than half a unit (our own
// words, invented figures): an error; a cut rate and one the figures' rounding reaches stay warnings.
import { describe, expect, it } from 'vitest';
import { errors, verdictOf } from '../../../test/helpers/relations.js';

// 1149 ÷ 10000 = 11.49%
const text = '全县税收收入11149万元，比上年增加1149万元，增长11%。';

describe('a rate of change rounded away from zero', () => {
  it('rounded as it should be, it holds', () => {
    expect(errors(text)).toEqual([]);
    expect(verdictOf(text, 'yoy', 11)).toBe('ok');
  });
  it('written 12% (11.49% rounds to 11%) it is an error, and so is a fall of 7.48% written 下降8%', () => {
    expect(errors(text.replace('增长11%', '增长12%'))).toContainEqual(['yoy', 12, 11.49]);
    const fall = '全县非税收入9252万元，比上年减少748万元，下降8%。';
    expect(errors(fall).map((e) => e.slice(0, 2))).toContainEqual(['yoy', -8]);
  });
  it('look-alike: a rate cut toward zero stays a warning (11.96% written 11%)', () => {
    const cut = '全县税收收入11196万元，比上年增加1196万元，增长11%。';
    expect(errors(cut)).toEqual([]);
  });
  it('look-alike: figures in 亿元 whose own rounding reaches the stated rate are no error', () => {
    // 0.6 ÷ 4.9 = 12.24%, but 0.55 ÷ 4.95 … 0.65 ÷ 4.85 spans 11.1% … 13.4%
    const coarse = '全县税收收入5.5亿元，比上年增加0.6亿元，增长13%。';
    expect(errors(coarse)).toEqual([]);
  });
});
