// "A，是B的N倍": N = A ÷ B (our own sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { ofKind } from '../../../test/helpers/relations.js';

const rates = (text: string) => ofKind(text, 'rate');

describe('是…的N倍', () => {
  it('holds at the precision of N, and a wrong multiple is an error', () => {
    expect(rates('本年培训支出36.00万元，是上年14.40万元的2.5倍。')).toEqual([['ok', 2.5, 2.5]]);
    expect(rates('本年培训支出36.00万元，是上年14.40万元的3倍。')).toEqual([['ok', 3, 2.5]]);
    expect(rates('本年培训支出36.00万元，是上年14.40万元的2.8倍。')).toEqual([['error', 2.8, 2.5]]);
    expect(rates('本年培训支出36.00万元，是上年41.40万元的2.5倍。')[0]![0]).toBe('error');
  });
  it('look-alikes: a growth of N times, a bound, a figure between', () => {
    expect(rates('本年培训支出36.00万元，比上年14.40万元增长1.8倍。')).toEqual([]);
    expect(rates('本年培训支出36.00万元，是上年14.40万元的3倍多。')).toEqual([]);
    expect(rates('本年培训支出36.00万元，上年14.40万元，培训人次是上年的1.8倍。')).toEqual([]);
  });
});
