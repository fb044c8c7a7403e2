import { describe, expect, it } from 'vitest';
import { childStats, childStatus, comparableTrend, measureDeltas, projectTrend, rate } from './rollup.js';

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

describe('a key project across years', () => {
  const rows = [
    { year: 2016, measure: 'kp:liangai:actual', total: '1017600' },
    { year: 2016, measure: 'units', total: '11' },
    { year: 2020, measure: 'units', total: '11' }, // a year with the tree but no figure: no point
    { year: 2022, measure: 'kp:liangai:target', total: '10361' },
    { year: 2022, measure: 'kp:liangai:actual', total: '10780' },
    { year: 2022, measure: 'kp:other:actual', total: '5' },
    { year: 2023, measure: 'kp:liangai:actual', total: '99' },
  ];

  it('is one series keyed by project code, oldest first, up to the chosen year', () => {
    expect(projectTrend(rows, 'liangai', 2022)).toEqual([
      { year: 2016, target: null, actual: '1017600', rate: null, scope: 'below', reporting: 0 },
      { year: 2022, target: '10361', actual: '10780', rate: '104.04', scope: 'below', reporting: 0 },
    ]);
    expect(projectTrend([...rows].reverse(), 'liangai', 2023).map((p) => p.year)).toEqual([2016, 2022, 2023]);
    expect(projectTrend(rows, 'other', 2022)).toEqual([{ year: 2022, target: null, actual: '5', rate: null, scope: 'below', reporting: 0 }]);
    expect(projectTrend(rows, 'liangai', 2015)).toEqual([]);
  });

  // the province stated its own province-wide count in 2016; later years are its counties' sum
  const province = [
    { year: 2016, measure: 'kp:liangai:actual', total: '1017600', reporting: 1 },
    { year: 2021, measure: 'kp:liangai:actual', total: '58440', reporting: 14 },
    { year: 2022, measure: 'kp:liangai:target', total: '62587', reporting: 15 },
    { year: 2022, measure: 'kp:liangai:actual', total: '63562', reporting: 15 },
  ];

  it("joins only years of one scope: the unit's own figure is not a point of its counties' sum", () => {
    const points = projectTrend(province, 'liangai', 2022, new Set([2016]));
    expect(points.map((p) => [p.year, p.scope, p.reporting])).toEqual([
      [2016, 'own', 1],
      [2021, 'below', 14],
      [2022, 'below', 15],
    ]);
    const { trend, apart } = comparableTrend(points);
    expect(trend.map((p) => p.year)).toEqual([2021, 2022]);
    expect(apart.map((p) => [p.year, p.actual])).toEqual([[2016, '1017600']]);
    // the 2016 board: its own figure alone, nothing apart
    const y2016 = comparableTrend(projectTrend(province, 'liangai', 2016, new Set([2016])));
    expect(y2016.trend.map((p) => p.year)).toEqual([2016]);
    expect(y2016.apart).toEqual([]);
  });

  it('keeps a series whole when every year has the same scope (look-alike: sums in every year)', () => {
    const { trend, apart } = comparableTrend(projectTrend(province, 'liangai', 2022));
    expect(trend.map((p) => p.year)).toEqual([2016, 2021, 2022]);
    expect(apart).toEqual([]);
    expect(comparableTrend([])).toEqual({ trend: [], apart: [] });
  });

  it('names a child with figures but no evaluation as reported, not missing', () => {
    expect(childStatus(null, true)).toBe('figures');
    expect(childStatus(null, false)).toBe('missing');
    expect(childStatus('draft', true)).toBe('draft');
  });
});
