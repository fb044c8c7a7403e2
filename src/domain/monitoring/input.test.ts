import { describe, expect, it } from 'vitest';
import { LikelihoodOverrideError, MonitoringInputError, readMonitoringSheet, resolveLikelihood } from './index.js';

const base = () => ({
  year: 2022,
  asOf: '2022-06-30',
  budget: [{ label: '本年财政拨款', budget: '100', executed: '40' }],
  indicators: [{ code: '1', name: '检查人数', operator: '>=', target: '100', actualToDate: '40' }],
});
const refused = (mutate: (x: ReturnType<typeof base> & Record<string, unknown>) => void): string => {
  const x = base() as ReturnType<typeof base> & Record<string, unknown>;
  mutate(x);
  try {
    readMonitoringSheet(x);
  } catch (e) {
    expect(e).toBeInstanceOf(MonitoringInputError);
    return (e as Error).message;
  }
  throw new Error('accepted');
};

describe('readMonitoringSheet', () => {
  it('reads a valid sheet with default thresholds and cumulative progress', () => {
    const s = readMonitoringSheet(base());
    expect(s.thresholds).toEqual({ yellow: '10', red: '20' });
    expect(s.indicators[0]).toEqual({ code: '1', name: '检查人数', operator: '>=', target: '100', actualToDate: '40', progress: 'cumulative' });
  });
  it('accepts plain JSON numbers and trims strings', () => {
    const s = readMonitoringSheet({ ...base(), budget: [{ label: ' a ', budget: 100.5, executed: ' 3.10 ' }], thresholds: { yellow: 5 } });
    expect(s.budget[0]).toEqual({ label: 'a', budget: '100.5', executed: '3.1' });
    expect(s.thresholds).toEqual({ yellow: '5', red: '20' });
  });
  it('refuses an as-of date outside the year or not a date', () => {
    expect(refused((x) => (x.asOf = '2023-01-01'))).toMatch(/不在 2022 年内/);
    expect(refused((x) => (x.asOf = '2022-02-29'))).toMatch(/不是有效日期/);
    expect(refused((x) => (x.asOf = '30/06/2022'))).toMatch(/asOf/);
    expect(refused((x) => delete (x as Record<string, unknown>).asOf)).toMatch(/asOf/);
    expect(refused((x) => (x.year = '2022' as unknown as number))).toMatch(/year/);
  });
  it('refuses negative amounts, non-numbers and missing fields, naming where', () => {
    expect(refused((x) => (x.budget[0]!.executed = '-1'))).toMatch(/budget\[0\] 本年财政拨款 已执行: 不能为负数/);
    expect(refused((x) => (x.budget[0]!.budget = '12%'))).toMatch(/不是数字/);
    expect(refused((x) => (x.budget[0]!.budget = '1e3'))).toMatch(/不是数字/);
    expect(refused((x) => ((x.budget[0] as Record<string, unknown>).budget = Number.NaN))).toMatch(/不是数字/);
    expect(refused((x) => delete (x.budget[0] as Record<string, unknown>).executed)).toMatch(/缺少/);
    expect(refused((x) => delete (x.budget[0] as Record<string, unknown>).label)).toMatch(/label/);
    expect(refused((x) => delete (x as Record<string, unknown>).budget)).toMatch(/budget/);
    expect(refused((x) => delete (x as Record<string, unknown>).indicators)).toMatch(/indicators/);
    expect(refused((x) => delete (x.indicators[0] as Record<string, unknown>).target)).toMatch(/1 检查人数 目标值/);
    expect(refused((x) => (x.indicators[0]!.actualToDate = '-2'))).toMatch(/不能为负数/);
    expect(refused((x) => (x.indicators[0]!.operator = '≥'))).toMatch(/operator/);
    expect(refused((x) => ((x.indicators[0] as Record<string, unknown>).progress = 'rate'))).toMatch(/progress/);
    expect(refused((x) => x.indicators.push({ ...x.indicators[0]! }))).toMatch(/重复/);
    expect(refused((x) => (x.thresholds = { yellow: '20', red: '10' }))).toMatch(/red must be ≥ yellow/);
    expect(refused((x) => (x.thresholds = { yellow: '-1' }))).toMatch(/不能为负数/);
  });
  it('a level may be negative; qualitative rows need no figures', () => {
    const s = readMonitoringSheet({
      ...base(),
      indicators: [
        { code: 'a', name: '变动率', operator: '<=', target: '0', actualToDate: '-3', progress: 'level' },
        { code: 'b', name: '社会效益', operator: 'qualitative', target: '明显', actualToDate: null },
      ],
    });
    expect(s.indicators.map((i) => [i.target, i.actualToDate])).toEqual([
      ['0', '-3'],
      [null, null],
    ]);
  });
});

describe('likelihood override', () => {
  it('keeps the computed value when the unit agrees or says nothing', () => {
    expect(resolveLikelihood('有可能', null)).toEqual({ computed: '有可能', declared: null, reason: null, effective: '有可能' });
    expect(resolveLikelihood('有可能', '有可能', '无')).toEqual({ computed: '有可能', declared: null, reason: null, effective: '有可能' });
  });
  it('an override needs a reason, and both are kept', () => {
    expect(() => resolveLikelihood('完全不可能', '确定能')).toThrow(LikelihoodOverrideError);
    expect(() => resolveLikelihood('完全不可能', '确定能', '   ')).toThrow(/须说明理由/);
    expect(resolveLikelihood('完全不可能', '确定能', ' 下半年集中检查 ')).toEqual({
      computed: '完全不可能',
      declared: '确定能',
      reason: '下半年集中检查',
      effective: '确定能',
    });
  });
  it('a qualitative indicator has only the unit’s judgement', () => {
    expect(resolveLikelihood(null, '有可能')).toEqual({ computed: null, declared: '有可能', reason: null, effective: '有可能' });
    expect(() => resolveLikelihood(null, '也许' as never)).toThrow(/应为/);
  });
});
