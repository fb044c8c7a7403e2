import { describe, expect, it } from 'vitest';
import {
  executionRateToDate,
  DEFAULT_THRESHOLDS as T,
  budgetExecution,
  computeMonitoring,
  dayOfYear,
  daysInYear,
  indicatorProgress,
  monitor,
  overallExecution,
  parseIsoDate,
  timeProgress,
  type IndicatorFigures,
} from './index.js';

const d = (s: string) => {
  const x = parseIsoDate(s);
  if (!x) throw new Error(s);
  return x;
};
const tp = (s: string) => timeProgress(d(s));

describe('序时进度 (timeProgress)', () => {
  it('counts 1 January as day 1 and 31 December as the whole year', () => {
    expect(dayOfYear(d('2022-01-01'))).toBe(1);
    expect(dayOfYear(d('2022-06-30'))).toBe(181);
    expect(dayOfYear(d('2022-12-31'))).toBe(365);
    expect(tp('2022-06-30')).toBe('49.59'); // 181/365 = 49.589…
    expect(tp('2022-12-31')).toBe('100.00');
    expect(tp('2023-01-01')).toBe('0.27');
  });
  it('leap years: 29 February exists, 31 December is 366/366', () => {
    expect(daysInYear(2024)).toBe(366);
    expect(dayOfYear(d('2024-02-29'))).toBe(60);
    expect(tp('2024-02-29')).toBe('16.39'); // 60/366 = 16.393…
    expect(dayOfYear(d('2024-03-01'))).toBe(61);
    expect(dayOfYear(d('2024-12-31'))).toBe(366);
    expect(tp('2024-12-31')).toBe('100.00');
    expect(tp('2024-06-30')).toBe('49.73'); // 182/366
    expect(daysInYear(2000)).toBe(366);
    expect(daysInYear(1900)).toBe(365);
    expect(daysInYear(2100)).toBe(365);
  });
  it('refuses dates that do not exist or are not written YYYY-MM-DD', () => {
    for (const bad of ['2023-02-29', '1900-02-29', '2022-13-01', '2022-04-31', '2022-00-10', '2022-6-30', '2022/06/30', '', '2022-06-30T00:00']) {
      expect(parseIsoDate(bad), bad).toBeNull();
    }
    expect(parseIsoDate('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29 });
  });
});

describe('budget execution', () => {
  const at31Dec = '100.00';
  it('gap exactly at a threshold is not a warning; one hundredth beyond is', () => {
    expect(budgetExecution('100', '90', at31Dec, T)).toEqual({ executionRate: '90.00', gap: '-10.00', warning: null });
    expect(budgetExecution('100', '89.99', at31Dec, T)).toEqual({ executionRate: '89.99', gap: '-10.01', warning: 'yellow' });
    expect(budgetExecution('100', '80', at31Dec, T)).toEqual({ executionRate: '80.00', gap: '-20.00', warning: 'yellow' });
    expect(budgetExecution('100', '79.99', at31Dec, T)).toEqual({ executionRate: '79.99', gap: '-20.01', warning: 'red' });
  });
  it('takes the gap between the two figures as printed', () => {
    // 3958.49/10000 = 39.5849 % → 39.58; 39.58 − 49.59 = −10.01 (yellow), although the unrounded gap is −10.004…
    expect(budgetExecution('10000', '3958.49', tp('2022-06-30'), T)).toEqual({ executionRate: '39.58', gap: '-10.01', warning: 'yellow' });
    // half-up: 39.585 → 39.59, gap −10.00, no warning
    expect(budgetExecution('1000', '395.85', tp('2022-06-30'), T)).toEqual({ executionRate: '39.59', gap: '-10.00', warning: null });
  });
  it('a budget of 0 gives nulls, whatever was executed', () => {
    expect(budgetExecution('0', '0', '49.59', T)).toEqual({ executionRate: null, gap: null, warning: null });
    expect(budgetExecution('0.00', '5', '49.59', T)).toEqual({ executionRate: null, gap: null, warning: null });
  });
  it('nothing typed (null) is not 0: no rate, no warning; a typed 0 is a real 0', () => {
    expect(budgetExecution('100', null, '49.59', T)).toEqual({ executionRate: null, gap: null, warning: null });
    expect(budgetExecution('100', '0', '49.59', T)).toEqual({ executionRate: '0.00', gap: '-49.59', warning: 'red' });
    const none = [
      { budget: '100', executed: null },
      { budget: '50', executed: null },
    ];
    expect(overallExecution(none, '49.59', T)).toEqual({ budget: '150.00', executed: '0.00', executionRate: null, gap: null, warning: null });
    // one line typed: its amount over the whole budget, as 预算执行率 to date
    expect(overallExecution([{ budget: '100', executed: '60' }, none[1]!], '49.59', T)).toMatchObject({
      executed: '60.00',
      executionRate: '40.00',
      warning: null,
    });
  });
  it('over-execution is above schedule, never a warning', () => {
    expect(budgetExecution('50', '60', '49.59', T)).toEqual({ executionRate: '120.00', gap: '70.41', warning: null });
  });
  it('thresholds are settings', () => {
    expect(budgetExecution('100', '95', '100.00', { yellow: '3', red: '4.5' }).warning).toBe('red');
    expect(budgetExecution('100', '96', '100.00', { yellow: '3', red: '4.5' }).warning).toBe('yellow');
    expect(budgetExecution('100', '97', '100.00', { yellow: '3', red: '4.5' }).warning).toBe(null);
  });
  it('overall works on the sums and carries them, printed to 2 decimals', () => {
    const lines = [
      { budget: '100.5', executed: '20' },
      { budget: '0', executed: '0' },
      { budget: '53.4801', executed: '30.0049' },
    ];
    // 153.9801 budget, 50.0049 executed → 32.4748…% → 32.47; 32.47 − 49.59 = −17.12
    expect(overallExecution(lines, '49.59', T)).toEqual({ budget: '153.98', executed: '50.00', executionRate: '32.47', gap: '-17.12', warning: 'yellow' });
    expect(overallExecution([], '49.59', T)).toEqual({ budget: '0.00', executed: '0.00', executionRate: null, gap: null, warning: null });
  });
});

const ind = (
  operator: IndicatorFigures['operator'],
  target: string | null,
  actualToDate: string | null,
  progress?: 'cumulative' | 'level',
): IndicatorFigures => ({
  operator,
  target,
  actualToDate,
  progress,
});

describe('indicators, cumulative ">="', () => {
  const june = d('2022-06-30'); // 序时进度 49.59, 365 / 181
  it('progress, gap, warning, forecast and likelihood', () => {
    expect(indicatorProgress(ind('>=', '10000', '5000'), june, T)).toEqual({
      progress: '50.00',
      gap: '0.41',
      warning: null,
      forecast: '10082.87',
      likelihood: '确定能',
    });
    expect(indicatorProgress(ind('>=', '10000', '4000'), june, T)).toEqual({
      progress: '40.00',
      gap: '-9.59',
      warning: null,
      forecast: '8066.30',
      likelihood: '有可能',
    });
    expect(indicatorProgress(ind('>=', '10000', '3000'), june, T)).toEqual({
      progress: '30.00',
      gap: '-19.59',
      warning: 'yellow',
      forecast: '6049.72',
      likelihood: '完全不可能',
    });
    expect(indicatorProgress(ind('>=', '10000', '2900'), june, T)).toMatchObject({ gap: '-20.59', warning: 'red' });
  });
  it('likelihood reads the forecast as printed (rounding up to the target counts)', () => {
    // 49.589 × 365 ÷ 181 = 99.99979… → 100.00 ≥ 100
    expect(indicatorProgress(ind('>=', '100', '49.589'), june, T)).toMatchObject({ forecast: '100.00', likelihood: '确定能' });
    // 49.588 × 365 ÷ 181 = 99.9977… → 100.00 still; 49.586 → 99.9937… → 99.99
    expect(indicatorProgress(ind('>=', '100', '49.586'), june, T)).toMatchObject({ forecast: '99.99', likelihood: '有可能' });
    // 39.6712 × 365 ÷ 181 = 79.99999… → 80.00 = 0.8 × 100
    expect(indicatorProgress(ind('>=', '100', '39.6712'), june, T)).toMatchObject({ forecast: '80.00', likelihood: '有可能' });
    expect(indicatorProgress(ind('>=', '100', '39.66'), june, T)).toMatchObject({ forecast: '79.98', likelihood: '完全不可能' });
  });
  it('on 31 December the forecast is the actual and the gap is against 100', () => {
    const dec = d('2024-12-31');
    expect(indicatorProgress(ind('>=', '200', '180'), dec, T)).toEqual({
      progress: '90.00',
      gap: '-10.00',
      warning: null,
      forecast: '180.00',
      likelihood: '有可能',
    });
    expect(indicatorProgress(ind('>=', '200', '179.98'), dec, T)).toMatchObject({ progress: '89.99', gap: '-10.01', warning: 'yellow' });
  });
  it('leap-year forecast uses 366 days', () => {
    // 60 on 29 Feb 2024 (day 60): 60 × 366 ÷ 60 = 366
    expect(indicatorProgress(ind('>=', '366', '60'), d('2024-02-29'), T)).toEqual({
      progress: '16.39',
      gap: '0.00',
      warning: null,
      forecast: '366.00',
      likelihood: '确定能',
    });
  });
  it('"=" is watched as ">="', () => {
    expect(indicatorProgress(ind('=', '10000', '3000'), june, T)).toEqual(indicatorProgress(ind('>=', '10000', '3000'), june, T));
  });
  it('a target of 0 has no progress nor gap, but a forecast', () => {
    expect(indicatorProgress(ind('>=', '0', '3'), june, T)).toEqual({ progress: null, gap: null, warning: null, forecast: '6.05', likelihood: '确定能' });
  });
});

describe('indicators, ceilings "<="', () => {
  const june = d('2022-06-30');
  it('warns when ahead of schedule, red beyond red', () => {
    expect(indicatorProgress(ind('<=', '100', '40'), june, T)).toEqual({
      progress: '40.00',
      gap: '-9.59',
      warning: null,
      forecast: '80.66',
      likelihood: '确定能',
    });
    expect(indicatorProgress(ind('<=', '100', '59.5'), june, T)).toEqual({
      progress: '59.50',
      gap: '9.91',
      warning: null,
      forecast: '119.99',
      likelihood: '有可能',
    });
    expect(indicatorProgress(ind('<=', '100', '60'), june, T)).toEqual({
      progress: '60.00',
      gap: '10.41',
      warning: 'yellow',
      forecast: '120.99',
      likelihood: '完全不可能',
    });
    expect(indicatorProgress(ind('<=', '100', '70'), june, T)).toMatchObject({ gap: '20.41', warning: 'red' });
  });
  it('exactly +10 is not a warning, +10.01 is; forecast exactly 1.2 × target is 有可能', () => {
    const dec = d('2022-12-31');
    expect(indicatorProgress(ind('<=', '100', '110'), dec, T)).toEqual({
      progress: '110.00',
      gap: '10.00',
      warning: null,
      forecast: '110.00',
      likelihood: '有可能',
    });
    expect(indicatorProgress(ind('<=', '100', '110.01'), dec, T)).toMatchObject({ gap: '10.01', warning: 'yellow' });
    expect(indicatorProgress(ind('<=', '100', '120'), dec, T)).toMatchObject({ gap: '20.00', warning: 'yellow', likelihood: '有可能' });
    expect(indicatorProgress(ind('<=', '100', '120.01'), dec, T)).toMatchObject({ gap: '20.01', warning: 'red', likelihood: '完全不可能' });
    expect(indicatorProgress(ind('<=', '100', '100'), dec, T)).toMatchObject({ likelihood: '确定能' });
  });
});

describe('indicators, level progress (a rate, not accumulated)', () => {
  const june = d('2022-06-30');
  it('meeting the target: no warning, 确定能, no gap, forecast = actual', () => {
    expect(indicatorProgress(ind('>=', '95', '96', 'level'), june, T)).toEqual({
      progress: '101.05',
      gap: null,
      warning: null,
      forecast: '96.00',
      likelihood: '确定能',
    });
    expect(indicatorProgress(ind('>=', '95', '95', 'level'), june, T)).toEqual({
      progress: '100.00',
      gap: null,
      warning: null,
      forecast: '95.00',
      likelihood: '确定能',
    });
    expect(indicatorProgress(ind('<=', '100', '100', 'level'), june, T)).toMatchObject({ warning: null, likelihood: '确定能' });
  });
  it('missing the target: yellow and 有可能, however far', () => {
    expect(indicatorProgress(ind('>=', '95', '94', 'level'), june, T)).toEqual({
      progress: '98.95',
      gap: null,
      warning: 'yellow',
      forecast: '94.00',
      likelihood: '有可能',
    });
    expect(indicatorProgress(ind('>=', '95', '0', 'level'), june, T)).toMatchObject({ warning: 'yellow', likelihood: '有可能' });
    expect(indicatorProgress(ind('<=', '100', '100.01', 'level'), june, T)).toMatchObject({ progress: '100.01', warning: 'yellow', likelihood: '有可能' });
  });
  it('a negative level against a ceiling of 0 (三公经费变动率 ≤ 0)', () => {
    expect(indicatorProgress(ind('<=', '0', '-3.456', 'level'), june, T)).toEqual({
      progress: null,
      gap: null,
      warning: null,
      forecast: '-3.46',
      likelihood: '确定能',
    });
  });
});

describe('qualitative and yes/no indicators', () => {
  it('every figure is null', () => {
    const none = { progress: null, gap: null, warning: null, forecast: null, likelihood: null };
    expect(indicatorProgress(ind('qualitative', null, null), d('2022-06-30'), T)).toEqual(none);
    expect(indicatorProgress(ind('yesNo', '1', '0'), d('2022-06-30'), T)).toEqual(none);
    expect(indicatorProgress(ind('qualitative', null, null, 'level'), d('2022-06-30'), T)).toEqual(none);
  });
});

describe('computeMonitoring / monitor', () => {
  it('prints the whole sheet in the issue’s shape', () => {
    const r = monitor({
      year: 2022,
      asOf: '2022-06-30',
      budget: [
        { label: '本年财政拨款', budget: '120.5', executed: '40' },
        { label: '上年结转', budget: '0', executed: '0' },
      ],
      indicators: [
        { code: '2.1.1', name: '检查人数', operator: '>=', target: '10361', actualToDate: '4100' },
        { code: '2.3.1', name: '群众满意度', operator: '>=', target: '95', actualToDate: '96', progress: 'level' },
        { code: '3.1.1', name: '社会效益', operator: 'qualitative' },
      ],
    });
    expect(r).toEqual({
      timeProgress: '49.59',
      budget: [
        { label: '本年财政拨款', executionRate: '33.20', gap: '-16.39', warning: 'yellow' },
        { label: '上年结转', executionRate: null, gap: null, warning: null },
      ],
      overall: { budget: '120.50', executed: '40.00', executionRate: '33.20', gap: '-16.39', warning: 'yellow' },
      indicators: [
        { code: '2.1.1', progress: '39.57', gap: '-10.02', warning: 'yellow', forecast: '8267.96', likelihood: '完全不可能' },
        { code: '2.3.1', progress: '101.05', gap: null, warning: null, forecast: '96.00', likelihood: '确定能' },
        { code: '3.1.1', progress: null, gap: null, warning: null, forecast: null, likelihood: null },
      ],
    });
  });
  it('uses the thresholds of the sheet', () => {
    const sheet = {
      year: 2022,
      asOf: '2022-12-31',
      thresholds: { yellow: '5', red: '8' },
      budget: [{ label: 'a', budget: '100', executed: '93' }],
      indicators: [],
    };
    expect(monitor(sheet).overall.warning).toBe('yellow');
    expect(computeMonitoring({ ...sheet, thresholds: { yellow: '5', red: '6' } }).overall.warning).toBe('red');
  });
});

describe('executionRateToDate', () => {
  it('executed ÷ budget × 100 over the declared lines, 2 decimals; null before anything is executed or without a budget', () => {
    expect(
      executionRateToDate([
        { budget: '120', executed: '60' },
        { budget: '40.5', executed: '5' },
      ]),
    ).toBe('40.50');
    expect(executionRateToDate([{ budget: '123.456789', executed: '8' }])).toBe('6.48');
    expect(
      executionRateToDate([
        { budget: '120', executed: '60' },
        { budget: '40.5', executed: null },
      ]),
    ).toBe('37.38');
    expect(executionRateToDate([{ budget: '120', executed: null }])).toBeNull();
    expect(executionRateToDate([{ budget: '0', executed: '5' }])).toBeNull();
    expect(executionRateToDate([])).toBeNull();
  });
});
