// A sentence that opens with its own stated prior (比上年X P减少c，下降r%) after the level X closed the
// sentence before, in our own words with invented figures: the level is that X (the total of a
// 其中 list, not its last part), only when the prior names the same quantity.
import { describe, expect, it } from 'vitest';
import { errors, rel } from '../../../test/helpers/relations.js';

describe('比上年X P减少c after the level X of the sentence before', () => {
  const text =
    '2023年，全镇实现财政总收入8640.50万元，其中，一般转移支付收入7100.00万元，专项转移支付收入1540.50万元。比上年财政总收入9120.50万元减少480.00万元，下降5.26%。';
  it('the difference and the rate are of the total, not of its last part', () => {
    expect(rel(text, ['difference', 'yoy'])).toEqual([
      ['difference', 'ok', 480, 480],
      ['yoy', 'ok', -5.26, -5.26],
    ]);
    expect(errors(text.replace('8640.50', '8740.50'))).toContainEqual(['difference', 480, 380]);
    expect(errors(text.replace('480.00', '490.00'))).toContainEqual(['difference', 490, 480]);
  });
  it('with no 其中 list between', () => {
    const t = '全镇实现财政总收入8640.50万元。比上年财政总收入9120.50万元减少480.00万元，下降5.26%。';
    expect(errors(t)).toEqual([]);
    expect(errors(t.replace('9120.50', '9220.50'))).toContainEqual(['difference', 480, 580]);
  });
  it('a prior of another quantity is not compared with the level before', () => {
    const t = '全镇实现财政总收入8640.50万元。比上年税收收入5120.50万元减少480.00万元，下降8.57%。';
    expect(rel(t, ['difference', 'yoy'])).toEqual([]);
  });
});
