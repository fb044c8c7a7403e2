import { describe, expect, it } from 'vitest';
import { computeSource } from './compute.js';
import { computeProblemEn } from './problemEn.js';

const HAN = /[\u3400-\u9fff]/;
const empty = { profile: null, budget: [], budgetLines: [], threePublic: [], keyProjects: [] };

describe('computeProblemEn', () => {
  it('puts every fixed reason compute.ts gives on empty data into English', () => {
    const kinds = [
      'budgetExecution',
      'carryoverRate',
      'budgetAdjustmentRate',
      'threePublicControl',
      'threePublicChange',
      'staffControl',
      'procurementExecution',
      'keyProjectCompletion',
    ] as const;
    const problems = kinds.map((kind) => computeSource({ kind }, empty).problem);
    expect(problems.every((p) => p !== null)).toBe(true);
    for (const p of problems) expect(computeProblemEn(p!), p!).not.toMatch(HAN);
  });

  it('keeps the names from the data in the sentences that carry them', () => {
    expect(computeProblemEn('没有重点项目 KP-07 的指标 m2')).toBe('this evaluation has no measure m2 of key project KP-07');
    expect(computeProblemEn('道路养护“公里数”缺少任务数或完成数')).toBe('道路养护 “公里数”: the target or completed count is missing');
    expect(computeProblemEn('分母为 0，无法计算')).toBe('the denominator is 0');
  });

  it('returns a phrase it does not know unchanged', () => {
    expect(computeProblemEn('别的原因')).toBe('别的原因');
  });
});
