// A missed target without 偏差原因 is said once per indicator: the checker's finding (naming target and
// actual) when it can read the miss; the score table's finding when only scoring can tell (a yes/no item).
import { describe, expect, it } from 'vitest';
import type { Evaluation, Framework, IndicatorDef, IndicatorValue } from '../src/domain/types.js';
import { findingsOf } from '../src/services/findings.js';

const leaf = (code: string, name: string, operator: IndicatorDef['operator'], rule: IndicatorDef['rule']): IndicatorDef => ({
  id: code,
  code,
  parentCode: '1',
  level: 3,
  order: Number(code.split('.').pop()),
  name,
  unit: null,
  operator,
  weight: '10',
  rule,
});

const framework: Framework = {
  id: 'f',
  code: 'own',
  name: '自定指标',
  kind: 'custom',
  year: 2024,
  version: 1,
  frozen: false,
  indicators: [
    { id: '1', code: '1', parentCode: null, level: 1, order: 1, name: '产出指标', unit: null, operator: null, weight: null, rule: { kind: 'none' } },
    leaf('1.1', '培训人次', '>=', { kind: 'ratio' }),
    leaf('1.2', '无安全责任事故', 'yesNo', { kind: 'yesNo' }),
    leaf('1.3', '宣传场次', '>=', { kind: 'ratio' }),
  ],
};

const value = (indicatorCode: string, target: string, actual: string, deviationReason: string | null = null): IndicatorValue => ({
  indicatorCode,
  target,
  actual,
  score: null,
  deviationReason,
  applicable: true,
  achievement: null,
});

function evaluation(indicators: IndicatorValue[]): Evaluation {
  return {
    id: 'e',
    unit: { id: 'u', code: 'u', name: '某县妇女联合会', shortName: '某县妇联', level: 'county', type: '妇联' },
    year: 2024,
    framework: { id: 'f', code: 'own', name: '自定指标', kind: 'custom', version: 1 },
    outline: 'departmentWide',
    title: '2024年度某县妇女联合会整体支出绩效自评报告',
    reportDate: null,
    status: 'draft',
    version: 1,
    profile: { authorizedPosts: 5, staffActual: 5, retired: 0, departments: [], duties: [], intro: null },
    budget: [],
    budgetLines: [],
    threePublic: [],
    indicators,
    keyProjects: [],
    sections: [],
  };
}

const reasons = (e: Evaluation) =>
  findingsOf(e, framework)
    .filter((f) => /偏差原因/.test(f.message))
    .map((f) => [f.rule, f.location?.field]);

describe('a missed target without 偏差原因, once per indicator', () => {
  it('the checker’s finding where it reads the miss, the score table’s where only scoring can tell', () => {
    const e = evaluation([value('1.1', '≥300人次', '240人次'), value('1.2', '无', '有'), value('1.3', '≥12场', '12场')]);
    expect(reasons(e)).toEqual([
      ['deviationReason', 'indicator 1.1'], // target and actual named; the score table's 8.00/10 dropped
      ['scoring.deviationReasonMissing', 'indicators.1.2'], // a yes/no item: the checker cannot tell it missed
    ]);
  });
  it('nothing once each miss is explained', () => {
    const e = evaluation([value('1.1', '≥300人次', '240人次', '场地改造，两期合并'), value('1.2', '无', '有', '已整改'), value('1.3', '≥12场', '12场')]);
    expect(reasons(e)).toEqual([]);
  });
});
