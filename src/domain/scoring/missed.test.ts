// A target is missed when the actual fails the target's own comparison (≤ / ≥ / = / a range), not
// whenever the score is below the weight: a band or a deduction may give 4 of 5 to a target met.
import { describe, expect, it } from 'vitest';
import { indicatorValue } from '../../../test/helpers/values.js';
import { departmentWide } from '../frameworks/builtin.js';
import type { IndicatorValue } from '../types.js';
import { scoreEvaluation } from './evaluation.js';
import type { IndicatorInputJson } from './input.js';
import { scoreInput } from './table.js';

const v = (code: string, target: string | null, actual: string | null, extra: Partial<IndicatorValue> = {}) =>
  indicatorValue(code, { target, actual, ...extra });
const asked = (r: { findings: { rule: string; indicatorCode?: string | null }[] }, code: string) =>
  r.findings.some((f) => f.rule === 'scoring.deviationReasonMissing' && f.indicatorCode === code);

describe('a target met is not missed, whatever the score', () => {
  it('结转结余率 3.67% against ≤10%: 4 of 5 by the bands, but met: no 偏差原因 asked', () => {
    const r = scoreEvaluation(departmentWide, [v('1.1.2', '≤10%', '3.67%')]);
    const s = r.indicators.find((i) => i.indicatorCode === '1.1.2')!;
    expect(s.score).toBe('4.00'); // the built-in bands: 0 → 5, (0, 10] → 4
    expect(s.missed).toBe(false);
    expect(asked(r, '1.1.2')).toBe(false);
  });

  it('结转结余率 12.5% against ≤10% is missed and asks for the reason', () => {
    const r = scoreEvaluation(departmentWide, [v('1.1.2', '≤10%', '12.5%')]);
    expect(r.indicators.find((i) => i.indicatorCode === '1.1.2')?.missed).toBe(true);
    expect(asked(r, '1.1.2')).toBe(true);
  });

  it('a bare target takes the framework operator (≤ for 结转结余率)', () => {
    const met = scoreEvaluation(departmentWide, [v('1.1.2', '10', '3.67')]);
    const missed = scoreEvaluation(departmentWide, [v('1.1.2', '10', '10.5')]);
    expect(asked(met, '1.1.2')).toBe(false);
    expect(asked(missed, '1.1.2')).toBe(true);
  });

  it('预算调整率 (a deduction) 3% against ≤5% is met; 6% is missed', () => {
    const met = scoreEvaluation(departmentWide, [v('1.1.3', '≤5%', '3%')]);
    expect(met.indicators.find((i) => i.indicatorCode === '1.1.3')?.score).toBe('3.50');
    expect(asked(met, '1.1.3')).toBe(false);
    expect(asked(scoreEvaluation(departmentWide, [v('1.1.3', '≤5%', '6%')]), '1.1.3')).toBe(true);
  });

  it('预算执行率 from the budget lines: 96% against ≥90% is met; against ≥98% missed', () => {
    const lines = [{ key: 'total', label: '合计', initial: '100', adjusted: '100', executed: '96' }];
    const met = scoreEvaluation(departmentWide, [v('1.1.1', '≥90%', null)], lines);
    const b = met.indicators.find((i) => i.indicatorCode === '1.1.1')!;
    expect(b.score).toBe('9.60');
    expect(b.missed).toBe(false);
    const missed = scoreEvaluation(departmentWide, [v('1.1.1', '≥98%', null)], lines);
    expect(missed.indicators.find((i) => i.indicatorCode === '1.1.1')?.missed).toBe(true);
  });
});

describe('scoring table: met and missed with real values', () => {
  const one = (ind: Partial<IndicatorInputJson>) => scoreInput({ indicators: [{ level1: 'a', code: 'x', name: 'x', weight: 10, operator: '>=', ...ind }] });

  it('≥ percent: 96% of ≥95% met, 94% missed', () => {
    expect(asked(one({ target: '≥95%', actual: '96%' }), 'x')).toBe(false);
    expect(asked(one({ target: '≥95%', actual: '94%' }), 'x')).toBe(true);
  });

  it('≤ amounts in 万元: 480 of ≤500万元 met, 520 missed', () => {
    expect(asked(one({ operator: '<=', target: '≤500万元', actual: '480万元' }), 'x')).toBe(false);
    expect(asked(one({ operator: '<=', target: '≤500万元', actual: '520万元' }), 'x')).toBe(true);
  });

  it('= : 12 of 12 met, 11 missed', () => {
    expect(asked(one({ operator: '=', target: '12', actual: '12' }), 'x')).toBe(false);
    expect(asked(one({ operator: '=', target: '12', actual: '11' }), 'x')).toBe(true);
  });

  it('a band with a range target: 95% within 90%-100% met, 85% missed', () => {
    const bands = [
      { min: 90, max: 100, points: 8 },
      { min: 0, max: 90, points: 4 },
    ];
    const met = one({ operator: 'bands', target: '90%-100%', actual: '95%', bands });
    expect(met.indicators[0]?.score).toBe('8.00');
    expect(asked(met, 'x')).toBe(false);
    expect(asked(one({ operator: 'bands', target: '90%-100%', actual: '85%', bands }), 'x')).toBe(true);
  });

  it('a band without any target still asks when below the weight', () => {
    expect(asked(one({ operator: 'bands', actual: '5%', bands: [{ min: 0, max: 10, points: 4 }] }), 'x')).toBe(true);
  });

  it('定性: 达成 scored 90% by a reviewer is met; 部分达成 is missed', () => {
    expect(asked(one({ operator: 'qualitative', target: '合规', achievement: 'achieved', achievementPercent: 90 }), 'x')).toBe(false);
    expect(one({ operator: 'qualitative', target: '合规', achievement: 'achieved', achievementPercent: 90 }).indicators[0]?.score).toBe('9.00');
    expect(asked(one({ operator: 'qualitative', target: '合规', actual: '部分达成' }), 'x')).toBe(true);
  });
});

describe('定性 by level and 是否: the target reached is met, whatever its points', () => {
  const LEVELS = [
    { level: '优', points: 10 },
    { level: '良', points: 8 },
    { level: '中', points: 6 },
    { level: '差', points: 0 },
  ];
  const one = (ind: Partial<IndicatorInputJson>) => scoreInput({ indicators: [{ level1: 'a', code: 'x', name: '群众满意度', weight: 10, ...ind }] });
  const level = (target: string | null, actual: string) => one({ operator: 'qualitative', levels: LEVELS, target, actual });

  it('target 良, 良 chosen: 8 of 10 but met, no reason asked', () => {
    const r = level('良', '良');
    expect(r.indicators[0]?.score).toBe('8.00');
    expect(r.indicators[0]?.missed).toBe(false);
    expect(asked(r, 'x')).toBe(false);
  });

  it('target 良, 优 chosen is met; 中 chosen is missed and asks, naming the levels', () => {
    expect(asked(level('良', '优'), 'x')).toBe(false);
    const r = level('良', '中');
    expect(r.indicators[0]?.missed).toBe(true);
    expect(r.findings.find((f) => f.rule === 'scoring.deviationReasonMissing')?.message).toContain('未达到目标等级“良”');
  });

  it('a target written 良及以上 or ≥良 names the level 良', () => {
    expect(asked(level('良及以上', '良'), 'x')).toBe(false);
    expect(asked(level('≥良', '中'), 'x')).toBe(true);
  });

  it('look-alike: a target that names no level falls back to full marks (良 of 10 asks)', () => {
    expect(asked(level('群众认可', '优'), 'x')).toBe(false);
    expect(asked(level('群众认可', '良'), 'x')).toBe(true);
  });

  it('是否: 无 of a "no incident" target is met, 有 is missed; a zero weight does not hide a miss', () => {
    expect(asked(one({ name: '无安全事故', operator: 'yesNo', target: '无', actual: '无' }), 'x')).toBe(false);
    expect(asked(one({ name: '无安全事故', operator: 'yesNo', target: '无', actual: '有' }), 'x')).toBe(true);
    expect(one({ name: '是否按时公开', operator: 'yesNo', target: '是', actual: '否', weight: 0 }).indicators[0]?.missed).toBe(true);
  });
});
