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
