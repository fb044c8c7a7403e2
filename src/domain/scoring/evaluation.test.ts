import { describe, expect, it } from 'vitest';
import { indicatorValue } from '../../../test/helpers/values.js';
import { departmentWide, hunanProvincial, projectExpenditure } from '../frameworks/builtin.js';
import { leavesOf } from '../frameworks/utils.js';
import type { IndicatorValue } from '../types.js';
import { scoreEvaluation } from './evaluation.js';

const v = (indicatorCode: string, target: string | null, actual: string | null, extra: Partial<IndicatorValue> = {}) =>
  indicatorValue(indicatorCode, { target, actual, ...extra });

describe('scoreEvaluation', () => {
  const full: IndicatorValue[] = [
    v('2.1.1', '50', '50'),
    v('2.1.2', '≥1000', '1,200人'),
    v('2.2.1', '100%', '100%'),
    v('2.2.2', '合规', '达成'),
    v('2.3.1', '100%', '95%', { deviationReason: '1个项目因天气延期' }),
    v('2.4.1', '≤100%', '98%'),
    v('3.1.1', '明显', '基本完成', { deviationReason: '带动效果有待显现' }),
    v('3.2.1', '效果明显', '达成预期指标'),
    v('3.2.2', '90%', '92%'),
    v('3.3.1', null, null, { applicable: false }),
    v('3.4.1', '健全', '已完成'),
    v('4.1.1', '≥90%', '95%'),
  ];
  const lines = [{ key: 'total', label: '年度资金总额', initial: '90', adjusted: '89.974', executed: '89.974' }];

  it('scores every leaf of the project framework with the budget from the budget lines', () => {
    const r = scoreEvaluation(projectExpenditure, full, lines);
    expect(r.complete).toBe(true);
    const by = Object.fromEntries(r.indicators.map((i) => [i.indicatorCode, i.score]));
    expect(by).toEqual({
      '1.1.1': '10.00',
      '2.1.1': '10.00',
      '2.1.2': '10.00',
      '2.2.1': '10.00',
      '2.2.2': '5.00',
      '2.3.1': '9.50',
      '2.4.1': '5.00',
      '3.1.1': '3.50',
      '3.2.1': '10.00',
      '3.2.2': '5.00',
      '3.3.1': null,
      '3.4.1': '5.00',
      '4.1.1': '10.00',
    });
    // 93 of 95 applicable points, rescaled to 100: 93 ÷ 95 × 100 = 97.894… → 97.89
    expect(r.total).toBe('97.89');
    expect(r.grade).toBe('excellent');
    expect(r.groups.find((g) => g.indicatorCode === '2')?.score).toBe('49.5');
    expect(r.findings).toEqual([]);
  });

  it('keeps scoring a draft: missing values are problems, the total waits', () => {
    const r = scoreEvaluation(projectExpenditure, full.slice(0, 3), lines);
    expect(r.complete).toBe(false);
    expect(r.total).toBeNull();
    expect(r.indicators.find((i) => i.indicatorCode === '2.1.1')?.score).toBe('10.00');
    expect(r.indicators.find((i) => i.indicatorCode === '2.3.1')?.problem).toContain('必须填写年度指标值');
  });

  it('uses the actual as the execution rate when there are no budget lines, and names missed leaves', () => {
    const r = scoreEvaluation(departmentWide, [v('1.1.1', null, '96.85%'), v('1.1.2', null, '3.5%'), v('1.1.3', '0', '2')]);
    const by = Object.fromEntries(r.indicators.map((i) => [i.indicatorCode, i.score]));
    expect(by['1.1.1']).toBe('9.69');
    expect(by['1.1.2']).toBe('4.00');
    expect(by['1.1.3']).toBe('4.00');
    expect(r.findings.map((f) => f.indicatorCode)).toEqual(['1.1.1', '1.1.2', '1.1.3']);
  });

  it('scores the Hunan "no incident" items from 无', () => {
    const values = leavesOf(hunanProvincial)
      .filter((l) => l.operator === 'yesNo')
      .map((l) => v(l.code, l.name.startsWith('无') ? '无' : '是', l.name.startsWith('无') ? '无' : '是'));
    const r = scoreEvaluation(hunanProvincial, values);
    const s = r.indicators.find((i) => i.name === '无失泄密案件');
    expect(s?.score).toBe('1.00');
    expect(r.indicators.find((i) => i.name === '无重大群体性事件')?.score).toBe('1.00');
  });
});
