// The findings panel says 未发现问题 only when there were figures to check.
import { describe, expect, it } from 'vitest';
import { defaultSections } from '../../../../src/domain/report/default-sections.js';
import type { Evaluation } from '../../../../src/domain/types.js';
import { checkScope } from './checkScope.js';
import type { Content } from './content.js';

const blank: Content = {
  title: '2025年度云山县妇女联合会整体支出绩效自评报告',
  reportDate: null,
  profile: null,
  budget: [{ budgetType: 'general', noActivity: false, rows: {} }],
  budgetLines: [{ key: 'total', label: '年度资金总额', initial: null, adjusted: null, executed: null }],
  threePublic: [],
  // a target carried over from last year, nothing done yet
  indicators: [{ indicatorCode: '1.1', target: '60', actual: null, score: null, deviationReason: null, applicable: true, achievement: null }],
  keyProjects: [],
  sections: defaultSections({ outline: 'departmentWide', keyProjects: [] } as unknown as Evaluation), // 其他需要说明的情况: “无”
};

describe('checkScope', () => {
  it('a new 自评 has nothing to check (no figure anywhere; a carried-over target alone is not one)', () => {
    expect(checkScope(blank)).toEqual({ checked: [], empty: ['budget', 'indicators', 'narrative'] });
  });

  it('budget figures in 万元 and an indicator actual are checked; the narrative without figures is still empty', () => {
    const c: Content = {
      ...blank,
      budget: [{ budgetType: 'general', noActivity: false, rows: { total: { opening: '0', income: '86.5', expenditure: '84.2', closing: '2.3' } } }],
      indicators: [{ ...blank.indicators[0]!, actual: '65' }],
    };
    expect(checkScope(c)).toEqual({ checked: ['budget', 'indicators'], empty: ['narrative'] });
  });

  it('a 执行数 line or a 三公 figure is budget; a 定性 level is an indicator; a figure in a paragraph is narrative', () => {
    expect(checkScope({ ...blank, budgetLines: [{ ...blank.budgetLines[0]!, executed: '40.1' }] }).checked).toEqual(['budget']);
    expect(checkScope({ ...blank, threePublic: [{ item: 'total', budget: '1.2', actual: null }] }).checked).toEqual(['budget']);
    expect(checkScope({ ...blank, indicators: [{ ...blank.indicators[0]!, achievement: 'achieved' }] }).checked).toEqual(['indicators']);
    const written = blank.sections.map((s) => (s.kind === 'performance' ? { ...s, paragraphs: ['全年培训妇女干部120人次。'] } : s));
    expect(checkScope({ ...blank, sections: written }).checked).toEqual(['narrative']);
  });

  it('重点项目 is named only when the 自评 has projects', () => {
    const project = { code: 'p1', name: '巾帼家政培训', measure: '培训人数', unitOfMeasure: '人', target: '200', actual: null, funding: [], note: null };
    expect(checkScope({ ...blank, keyProjects: [project] }).empty).toContain('keyProjects');
    expect(checkScope({ ...blank, keyProjects: [{ ...project, actual: '210' }] }).checked).toEqual(['keyProjects']);
  });
});
