import { describe, expect, it } from 'vitest';
import { keyFigures } from './summary.js';

const content = {
  profile: { authorizedPosts: 5, staffActual: 5, retired: 3, departments: [], duties: [], intro: null },
  budget: [
    {
      budgetType: 'general' as const,
      noActivity: false,
      rows: {
        basic: { opening: '0', income: '120.5', expenditure: '120.5', closing: '0' },
        project: { opening: '2', income: '31.48', expenditure: '33.48', closing: '0' },
      },
    },
    { budgetType: 'governmentFund' as const, noActivity: true, rows: {} },
  ],
  budgetLines: [],
  threePublic: [],
  keyProjects: [{ code: 'k', name: '两癌检查', measure: '检查人数', unitOfMeasure: '人', target: '10361', actual: '10780', funding: [], note: null }],
};

describe('key figures of a first submission', () => {
  it('in English: English words, names from the data as written, amounts still in 万元 (10,000 yuan)', () => {
    expect(keyFigures(content, 'en').map((f) => [f.label, f.value])).toEqual([
      ['Authorised posts', '5'],
      ['Staff in post', '5'],
      ['Retired', '3'],
      ['General public budget income', '151.98 (10,000 yuan)'],
      ['General public budget expenditure', '153.98 (10,000 yuan)'],
      ['General public budget closing balance', '0 (10,000 yuan)'],
      ['Government fund budget', 'no spending'],
      ['Budget execution rate', '100%'],
      ['两癌检查 检查人数', '10780人 / target 10361人 (104.04%)'],
    ]);
  });

  it('head counts, totals of active budget types in 万元, the execution rate with its formula, key projects', () => {
    const figures = keyFigures({
      profile: { authorizedPosts: 5, staffActual: 5, retired: 3, departments: [], duties: [], intro: null },
      budget: [
        {
          budgetType: 'general',
          noActivity: false,
          rows: {
            basic: { opening: '0', income: '120.5', expenditure: '120.5', closing: '0' },
            project: { opening: '2', income: '31.48', expenditure: '33.48', closing: '0' },
          },
        },
        { budgetType: 'governmentFund', noActivity: true, rows: {} },
      ],
      budgetLines: [],
      threePublic: [],
      keyProjects: [{ code: 'k', name: '两癌检查', measure: '检查人数', unitOfMeasure: '人', target: '10361', actual: '10780', funding: [], note: null }],
    });
    expect(figures.map((f) => [f.label, f.value])).toEqual([
      ['编制数', '5 人'],
      ['实有在职人数', '5 人'],
      ['退休人数', '3 人'],
      ['一般公共预算 本年收入', '151.98 万元'],
      ['一般公共预算 本年支出', '153.98 万元'],
      ['一般公共预算 年末结转和结余', '0 万元'],
      ['政府性基金预算', '无政府性基金预算支出'],
      ['预算执行率', '100%'],
      ['两癌检查 检查人数', '10780人 / 目标 10361人（104.04%）'],
    ]);
    expect(figures.find((f) => f.label === '预算执行率')?.note).toContain('153.98');
  });
});
