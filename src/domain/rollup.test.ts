import { describe, expect, it } from 'vitest';
import { childStats, measureDeltas, rate } from './rollup.js';

describe('roll-up arithmetic', () => {
  it('computes deltas, including measures that appear and disappear', () => {
    expect(
      measureDeltas(
        [
          { measure: 'a', value: '10' },
          { measure: 'b', value: '5' },
        ],
        [
          { measure: 'a', value: '12.5' },
          { measure: 'c', value: '0' },
        ],
      ),
    ).toEqual([
      { measure: 'a', total: '2.5', reporting: 0 },
      { measure: 'b', total: '-5', reporting: -1 },
      { measure: 'c', total: '0', reporting: 1 },
    ]);
    expect(measureDeltas([{ measure: 'a', value: '1' }], [{ measure: 'a', value: '1.0' }])).toEqual([]);
  });
  it('recomputes rates from sums, never averages', () => {
    // 武冈 10780/10361 and a county with 100/200: the rate is 10880/10561, not the mean of 104.04% and 50%.
    expect(rate('10880', '10561')).toBe('103.02');
    expect(rate('10780', '10361')).toBe('104.04');
    expect(rate('5', '0')).toBeNull();
  });
  it('gives min, max and median across children', () => {
    expect(childStats(['3', null, '1', '2', '10'])).toEqual({ count: 4, min: '1', max: '10', median: '2.5', sum: '16' });
    expect(childStats([null])).toEqual({ count: 0, min: null, max: null, median: null, sum: '0' });
  });
});
