import { describe, expect, it } from 'vitest';
import { ScoringInputError, parseScoringInput } from './input.js';
import { gradeOf, scoreInput } from './table.js';

const example = {
  budget: { initial: 90, adjusted: 89.974, executed: 89.974, weight: 10 },
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '项目数量', unit: '个', operator: '>=', target: 50, actual: 50, weight: 8 },
    { level1: '效益指标', level2: '社会效益指标', name: '影响程度', operator: 'qualitative', target: '效果明显', actual: '达成预期指标', weight: 10 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '群众满意度', unit: '%', operator: '>=', target: 90, actual: 95, weight: 10, applicable: true },
  ],
};

function errorOf(json: unknown): ScoringInputError {
  try {
    parseScoringInput(json);
  } catch (e) {
    if (e instanceof ScoringInputError) return e;
    throw e;
  }
  throw new Error('expected a ScoringInputError');
}

describe('scoreTable', () => {
  it('scores the issue example', () => {
    const r = scoreInput(example);
    expect(r.budget?.score).toBe('10.00');
    expect(r.indicators.map((i) => i.score)).toEqual(['8.00', '10.00', '10.00']);
    expect(r.indicators[0]?.explanation).toBe('50 ÷ 50 = 100% × 8 = 8.00');
    expect(r.total).toBe('38.00');
    expect(r.fullWeight).toBe('38');
    expect(r.grade).toBe('excellent'); // 38 of 38
    expect(r.findings).toEqual([]);
  });

  it('drops N/A leaves and rescales the total to the full weight', () => {
    const r = scoreInput({
      indicators: [
        { level1: 'a', name: 'x', operator: '>=', target: 10, actual: 5, weight: 50, deviationReason: '受疫情影响' },
        { level1: 'a', name: 'y', operator: '>=', target: 10, actual: 10, weight: 30 },
        { level1: 'a', name: 'z', operator: '>=', weight: 20, applicable: false },
      ],
    });
    expect(r.indicators[2]?.score).toBeNull();
    expect(r.applicableWeight).toBe('80');
    // (25 + 30) ÷ 80 × 100 = 68.75
    expect(r.total).toBe('68.75');
    expect(r.totalExplanation).toBe('适用指标得分之和 55 ÷ 适用分值 80 × 100 = 68.75');
    expect(r.grade).toBe('fair');
  });

  it('sums rounded leaf scores and rounds the rescaled total half-up', () => {
    const r = scoreInput({
      indicators: [
        { level1: 'a', name: 'x', operator: '>=', target: 3, actual: 1, weight: 10, deviationReason: 'r' }, // 3.333… → 3.33
        { level1: 'a', name: 'y', operator: '>=', target: 3, actual: 1, weight: 10, deviationReason: 'r' }, // 3.33
        { level1: 'a', name: 'n', operator: '>=', weight: 70, applicable: false },
        { level1: 'a', name: 'z', operator: '>=', target: 1, actual: 1, weight: 10 },
      ],
    });
    expect(r.sum).toBe('16.66'); // not 16.67: the sum of the rounded scores
    // 16.66 ÷ 30 × 100 = 55.5333… → 55.53
    expect(r.total).toBe('55.53');
    expect(r.grade).toBe('poor');
  });

  it('reports a missed target without a deviation reason as a finding', () => {
    const r = scoreInput({ indicators: [{ level1: 'a', code: '2.1.1', name: '培训人数', operator: '>=', target: 100, actual: 80, weight: 10 }] });
    expect(r.findings).toEqual([
      {
        severity: 'error',
        rule: 'scoring.deviationReasonMissing',
        message: '指标“培训人数”未完成年度指标值（得分 8.00/10），但未填写偏差原因分析及改进措施',
        messageEn: 'Indicator “培训人数” missed its target (score 8.00/10) but has no reason for the deviation and measures taken',
        computed: '8.00',
        text: '80',
        indicatorCode: '2.1.1',
      },
    ]);
  });

  it('scores yes/no "no incident" items and bands and deductions from the JSON', () => {
    const r = scoreInput({
      indicators: [
        { level1: '依法行政', name: '无失泄密案件', operator: 'yesNo', actual: '无', weight: 1 },
        { level1: '依法行政', name: '无重大群体性事件', operator: 'yesNo', target: '无', actual: '有', weight: 1, deviationReason: '发生1起' },
        {
          level1: '预算',
          name: '结转结余率',
          unit: '%',
          operator: 'bands',
          actual: '3.5%',
          weight: 5,
          bands: [
            { min: 0, max: 0, points: 5 },
            { min: 0, max: 10, points: 4 },
          ],
          deviationReason: 'r',
        },
        {
          level1: '预算',
          name: '预算调整率',
          unit: '%',
          operator: 'deduction',
          target: 0,
          actual: '2%',
          weight: 5,
          deduction: { perUnit: 0.5, direction: 'over' },
          deviationReason: 'r',
        },
      ],
    });
    expect(r.indicators.map((i) => i.score)).toEqual(['1.00', '0.00', '4.00', '4.00']);
  });

  it('grades on a 100-point scale', () => {
    expect(gradeOf('90')).toBe('excellent');
    expect(gradeOf('89.99')).toBe('good');
    expect(gradeOf('80')).toBe('good');
    expect(gradeOf('79.99')).toBe('fair');
    expect(gradeOf('60')).toBe('fair');
    expect(gradeOf('59.99')).toBe('poor');
    expect(gradeOf('45', '50')).toBe('excellent');
  });
});

describe('input validation', () => {
  it('names the indicator for each problem', () => {
    const e = errorOf({
      indicators: [
        { level1: 'a', name: '项目数量', operator: '>>', target: 1, actual: 1, weight: 1 },
        { level1: 'a', name: '培训人数', operator: '>=', target: 1, actual: 1, weight: -1 },
        { level1: 'a', name: '覆盖率', operator: '>=', actual: 1, weight: 1 },
        { level1: 'a', name: '满意度', operator: '>=', target: '90%', actual: '较高', weight: 1 },
      ],
    });
    expect(e.issues.map((i) => i.indicator)).toEqual(['项目数量', '培训人数', '覆盖率', '满意度']);
    expect(e.message).toContain('指标“项目数量”：未知的指标性质 operator “>>”');
    expect(e.message).toContain('指标“培训人数”：分值 weight 不能为负数：-1');
    expect(e.message).toContain('指标“覆盖率”：指标性质为 >= 时必须填写年度指标值 target');
    expect(e.message).toContain('指标“满意度”：实际完成值不是数字：“较高”');
  });
  it('refuses an unreadable qualitative actual and a bad reviewer percent', () => {
    expect(errorOf({ indicators: [{ level1: 'a', name: '影响', operator: 'qualitative', actual: '一般', weight: 1 }] }).message).toContain(
      '指标“影响”：无法从实际完成值“一般”判断达成情况，请选择评价等级：达成、部分达成或未达成',
    );
    expect(
      errorOf({ indicators: [{ level1: 'a', name: '影响', operator: 'qualitative', achievement: 'partial', achievementPercent: 85, weight: 1 }] }).message,
    ).toContain('60–80');
  });
  it('accepts N/A leaves without target or actual, and robust numbers', () => {
    const t = parseScoringInput({
      indicators: [
        { level1: 'a', name: 'x', operator: '≥', target: '≥90%', actual: '10,361', weight: '5' },
        { level1: 'a', name: 'y', operator: '=', weight: 1, applicable: false },
      ],
    });
    expect(t.indicators[0]).toMatchObject({ operator: '>=', targetValue: '90', actualValue: '10361', weight: '5' });
  });
});

describe('a satisfaction rate above 100%', () => {
  const withSatisfaction = (actual: unknown, unit: string | undefined = '%', name = '群众满意度') => ({
    indicators: [{ level1: '满意度指标', level2: '服务对象满意度指标', name, unit, operator: '>=', target: 90, actual, weight: 10 }],
  });
  const flagged = (json: unknown) => scoreInput(json).findings.filter((f) => f.rule === 'scoring.rateAbove100');

  it('is flagged: 1,000% (a slip of the keyboard) cannot be a satisfaction', () => {
    const f = flagged(withSatisfaction('1,000%'));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warning', computed: '1000' });
    expect(f[0]!.message).toContain('“群众满意度”实际完成值 1000%');
  });
  it('is not flagged at 100% or below, nor for a count or a rate that may exceed 100 (完成率)', () => {
    expect(flagged(withSatisfaction(100))).toEqual([]);
    expect(flagged(withSatisfaction('96%'))).toEqual([]);
    expect(flagged(withSatisfaction(120, '%', '任务完成率'))).toEqual([]);
    expect(flagged(withSatisfaction(150, '人', '满意度调查人数'))).toEqual([]);
  });
});
