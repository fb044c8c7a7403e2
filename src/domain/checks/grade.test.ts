import { describe, expect, it } from 'vitest';
import { checkGradeText, gradeFor } from './grade.js';

describe('grade', () => {
  it.each<[string, string]>([
    ['90', 'excellent'],
    ['89.99', 'good'],
    ['80', 'good'],
    ['79.5', 'fair'],
    ['60', 'fair'],
    ['59.9', 'poor'],
  ])('%s → %s', (t, g) => {
    expect(gradeFor(t)).toBe(g);
  });
  it('checks a score and grade stated together', () => {
    expect(checkGradeText('项目自评得分97.73分，自评等级为优。')).toEqual([]);
    expect(checkGradeText('本年度项目自评得分86.5分，自评等级为优秀。')).toMatchObject([{ rule: 'grade', stated: '优秀', computed: '良' }]);
    expect(checkGradeText('总分 | 100 | 93.68 | 等级 | 良')).toMatchObject([{ computed: '优' }]);
  });
});

describe('the total score among an indicator’s scores', () => {
  const text = (total: string) => `经自评，预算执行率得分9.2分，产出指标得分46分，效益指标得分27分，满意度指标得分9分，自评总得分${total}分，等级为优。`;
  it('the total is the one named so, not the first 得分', () => {
    expect(checkGradeText(text('91.2'))).toEqual([]);
    expect(checkGradeText(text('81.2'))).toMatchObject([{ rule: 'grade', stated: '优', computed: '良' }]);
  });
  it('several bare 得分 and no total: nothing is said', () => {
    expect(checkGradeText('产出指标得分46分，效益指标得分27分，等级为优。')).toEqual([]);
  });
  it('one bare 得分 is the total', () => {
    expect(checkGradeText('本项目得分78分，评价等级为良。')).toMatchObject([{ rule: 'grade', computed: '中' }]);
  });
});
