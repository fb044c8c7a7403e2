import { describe, expect, it } from 'vitest';
import { contentProblems } from './contentRules.js';
import type { KeyProject } from './types.js';

const project = (funding: KeyProject['funding']): KeyProject => ({
  code: 'kp1',
  name: '乡村道路养护',
  measure: '养护里程',
  unitOfMeasure: '公里',
  target: '40',
  actual: '38',
  measures: [],
  funding,
  note: null,
});
const content = (keyProjects: KeyProject[]) => ({ reportDate: null, budget: [], budgetLines: [], threePublic: [], indicators: [], keyProjects, sections: [] });
const line = (category: string, source: string, label: string, amount: string) => ({ category, source, label, amount });

describe('contentProblems: a key project funding source given twice', () => {
  it('names the repeated line by its category and label, not by the source code', () => {
    const problems = contentProblems(content([project([line('资金总额', 'central', '中央财政', '30'), line('资金总额', 'central', '中央财政', '12')])]), 2024);
    expect(problems).toEqual(['重点项目 乡村道路养护 的资金来源 “资金总额 中央财政” 重复 / a funding source of a key project given twice']);
    expect(problems[0]!.split(' / ')[0]).not.toContain('central');
  });
  it('two sources in one category, or one source in two categories, are not repeated', () => {
    expect(
      contentProblems(content([project([line('资金总额', 'central', '中央财政', '30'), line('资金总额', 'provincial', '省级财政', '12')])]), 2024),
    ).toEqual([]);
    expect(contentProblems(content([project([line('资金总额', 'central', '中央财政', '30'), line('已拨付', 'central', '中央财政', '20')])]), 2024)).toEqual([]);
  });
});
