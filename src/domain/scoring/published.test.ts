// Tables as published: the rules must reproduce a correct published total, and explain each
// difference when the published arithmetic is wrong.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreInput } from './table.js';

const load = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../../test/fixtures/scoring/${name}`, import.meta.url), 'utf8'));

describe('published 项目支出绩效自评表', () => {
  it('scores to the published total when the published arithmetic is right', () => {
    const r = scoreInput(load('published-fulian-2022-correct.json'));
    expect(r.budget?.score).toBe('10.00');
    expect(r.indicators.map((i) => i.score)).toEqual(['20.00', '10.00', '10.00', '4.80', '5.00', '20.00', '7.00', '10.00']);
    expect(r.total).toBe('96.80');
    expect(r.grade).toBe('excellent');
    expect(r.findings).toEqual([]);
  });

  it('explains a truncated score and a total that is not the sum of its parts', () => {
    const r = scoreInput(load('published-fulian-2022-mistakes.json'));
    expect(r.budget?.score).toBe('9.69');
    expect(r.total).toBe('99.68');
    expect(r.findings).toEqual([
      {
        severity: 'warning',
        rule: 'scoring.statedScoreMismatch',
        message: '“预算执行率”：表中得分 9.68 是把 9.685 截尾取两位所得；按四舍五入保留两位应为 9.69（预算执行率：58.11 ÷ 60 = 96.85% × 10 = 9.69）',
        messageEn:
          '“预算执行率”: the stated score 9.68 is 9.685 truncated to two decimals; rounded half up it is 9.69 (预算执行率：58.11 ÷ 60 = 96.85% × 10 = 9.69)',
        stated: '9.68',
        computed: '9.69',
      },
      {
        severity: 'error',
        rule: 'scoring.statedTotalNotSum',
        message: '表中总分 99.65 不等于表中各项得分之和 9.68 + 30 + 30 + 29.99 = 99.67',
        messageEn: 'The stated total 99.65 is not the sum of the stated scores 9.68 + 30 + 30 + 29.99 = 99.67',
        stated: '99.65',
        computed: '99.67',
      },
      {
        severity: 'error',
        rule: 'scoring.statedTotalMismatch',
        message: '表中总分 99.65 与计算总分 99.68 相差 -0.03（各项得分之和 99.68）；原因见上面 2 条',
        messageEn: 'The stated total 99.65 differs from the computed 99.68 by -0.03 (各项得分之和 99.68); the 2 finding(s) above explain why',
        stated: '99.65',
        computed: '99.68',
      },
    ]);
  });
});
