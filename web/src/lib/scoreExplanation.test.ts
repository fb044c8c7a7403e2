import { describe, expect, it } from 'vitest';
import { scoreExplanation } from './scoreExplanation.js';

const HAN = /[\u4e00-\u9fff]/;

describe('scoreExplanation', () => {
  it('leaves the Chinese UI alone', () => {
    expect(scoreExplanation('达成 → 100% × 5 = 5.00', 'zh')).toBe('达成 → 100% × 5 = 5.00');
  });

  it('puts the demo indicator table’s lines into English, figures unchanged', () => {
    const en = (s: string) => scoreExplanation(s, 'en');
    expect(en('达成 → 100% × 5 = 5.00')).toBe('Achieved → 100% × 5 = 5.00');
    expect(en('部分达成 → 70% × 5 = 3.50')).toBe('Partly achieved → 70% × 5 = 3.50');
    expect(en('未达成（据“没有完成”） → 0% × 5 = 0.00')).toBe('Not achieved (read from “没有完成”) → 0% × 5 = 0.00');
    expect(en('104.04 ÷ 100 = 104.04%，按100%计 × 15 = 15.00')).toBe('104.04 ÷ 100 = 104.04%, counted as 100% × 15 = 15.00');
    expect(en('100 未超出阈值 100，满分 5.00')).toBe('100 not over the threshold 100: full marks 5.00');
    expect(en('目标“是”，实际“是”，符合 → 满分 5.00')).toBe('target “是”, actual “是”: met → full marks 5.00');
    expect(en('目标“无”，实际“有”，不符合 → 0.00')).toBe('target “无”, actual “有”: not met → 0.00');
    expect(en('适用指标得分之和 83.5 ÷ 适用分值 85 × 100 = 98.24')).toBe('Sum of applicable scores 83.5 ÷ applicable weight 85 × 100 = 98.24');
    expect(en('超出阈值 3，每1扣0.5：5 − 3 × 0.5 = 3.50')).toBe('over the threshold by 3, 0.5 off per 1: 5 − 3 × 0.5 = 3.50');
    expect(en('由数据计算：缺少年初预算数或调整后预算数')).toBe('Computed from the data: the opening or adjusted budget figure is missing');
    expect(en('不适用，分值 5 不计入，总分按比例折算')).toBe('Not applicable: its weight 5 is left out and the total rescaled');
    expect(en('预算执行率：96.5 ÷ 100 = 96.5% × 10 = 9.65')).toBe('Budget execution rate: 96.5 ÷ 100 = 96.5% × 10 = 9.65');
  });

  it('leaves no Chinese word of its own in the explanations the scoring rules write', () => {
    const lines = [
      '目标值 0，实际 3 ≥ 目标，满分 2.00',
      '实际 -1 < 目标 0 = 0.00',
      '5 > 3，无法按比例计分 = 0.00',
      '3 ≠ 目标 0 = 0.00',
      '45 ÷ 50 = 90%，按0计 = 0.00',
      '7 不在任何计分区间 → 0.00',
      '无预算数，无法计算执行率 = 0.00',
      '预算数为 0，满分 10.00',
      '低于阈值 2，每1扣1：5 − 2 × 1 = 3.00，扣完为止',
      '各项得分之和 92.00',
    ];
    for (const l of lines) expect(scoreExplanation(l, 'en'), l).not.toMatch(HAN);
  });
});
