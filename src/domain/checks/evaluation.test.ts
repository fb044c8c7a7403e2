import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../types.js';
import { checkEvaluation } from './index.js';
import { checkDeviationReasons } from './deviation.js';
import { checkBudgetLines } from './lines.js';
import { checkNarrative } from './narrative.js';

function wugang(): Evaluation {
  const row = (opening: string, income: string, expenditure: string, closing: string) => ({ opening, income, expenditure, closing });
  return {
    id: 'e1',
    unit: { id: 'u1', code: 'wg', name: '武冈市妇女联合会', shortName: '武冈市妇联', level: 'county', type: '妇联' },
    year: 2022,
    framework: { id: 'f', code: 'dw', name: '部门整体支出', kind: 'departmentWide', version: 1 },
    outline: 'departmentWide',
    title: '2022年度武冈市妇女联合会整体支出绩效自评报告',
    reportDate: '2023-07-18',
    status: 'draft',
    version: 1,
    profile: { authorizedPosts: 5, staffActual: 5, retired: 3, departments: ['办公室', '组宣部'], duties: [], intro: null },
    budget: [{ budgetType: 'general', noActivity: false, rows: { total: row('0', '153.98', '153.98', '0') } }],
    budgetLines: [
      { key: 'total', label: '年度资金总额', initial: '0', adjusted: '89.974', executed: '89.974' },
      { key: 'fiscal', label: '其中：本年财政拨款', initial: '89.974', adjusted: '89.974', executed: '89.974' },
    ],
    threePublic: [],
    indicators: [
      { indicatorCode: '1.1', target: '≥90%', actual: '95%', score: '10', deviationReason: null, applicable: true, achievement: null },
      { indicatorCode: '1.2', target: '10361', actual: '9800', score: '8', deviationReason: null, applicable: true, achievement: null },
      { indicatorCode: '1.3', target: '≤5', actual: '6', score: '3', deviationReason: '临时任务较多', applicable: true, achievement: null },
      { indicatorCode: '1.4', target: '效果明显', actual: '部分达成', score: '6', deviationReason: '', applicable: true, achievement: 'partial' },
    ],
    keyProjects: [
      {
        code: 'liangai',
        name: '“两癌”免费检查',
        measure: '检查人数',
        unitOfMeasure: '人',
        target: '10361',
        actual: '10780',
        funding: [{ category: '救助资金', source: 'provincial', label: '两癌救助金', amount: '31' }],
        note: null,
      },
    ],
    sections: [
      {
        key: '6.2',
        parentKey: '6',
        order: 2,
        kind: 'performance',
        numbering: '2、',
        title: '不断突显引领',
        runIn: true,
        indicatorCode: null,
        paragraphs: [
          '2022年武冈检查任务为10361人，现已超额完成检查人数10780人，完成任务数的104.04%。发放两癌救助金31万，救助低收入妇女31人。单位实有在职人员6人。',
        ],
        figures: [
          { paragraph: 0, text: '10361人', occurrence: 0, ref: { kind: 'keyProject', project: 'liangai', field: 'target' } },
          { paragraph: 0, text: '10780人', occurrence: 0, ref: { kind: 'keyProject', project: 'liangai', field: 'actual' } },
          { paragraph: 0, text: '104.04%', occurrence: 0, ref: { kind: 'keyProject', project: 'liangai', field: 'rate' } },
          { paragraph: 0, text: '31万', occurrence: 0, ref: { kind: 'funding', project: 'liangai', category: '救助资金', source: null } },
          { paragraph: 0, text: '6人', occurrence: 0, ref: { kind: 'profile', field: 'staffActual' } },
          { paragraph: 0, text: '153.98万元', occurrence: 0, ref: { kind: 'budget', budgetType: 'general', row: 'total', figure: 'income' } },
        ],
      },
    ],
  };
}

describe('narrative vs data', () => {
  it('flags a figure that differs from the stored value and a link whose text is gone', () => {
    expect(checkNarrative(wugang()).map((f) => [f.stated, f.computed])).toEqual([
      ['6人', '5'],
      ['153.98万元', null],
    ]);
  });
  it('passes when the stored key project changes consistently', () => {
    const e = wugang();
    e.keyProjects[0]!.actual = '10790';
    expect(checkNarrative(e).map((f) => f.stated)).toEqual(['10780人', '104.04%', '6人', '153.98万元']);
  });
});

describe('deviation reason', () => {
  it('is required when a target is missed', () => {
    const fs = checkDeviationReasons(wugang().indicators);
    expect(fs.map((f) => f.location?.field)).toEqual(['indicator 1.2', 'indicator 1.4']);
    expect(fs[0]).toMatchObject({ rule: 'deviationReason', severity: 'error', stated: '9800', computed: '10361' });
  });
  it('uses the framework operator when given', () => {
    const e = wugang();
    expect(checkDeviationReasons(e.indicators, [{ code: '1.2', name: '检查人数', operator: '<=' }]).map((f) => f.location?.field)).toEqual(['indicator 1.4']);
  });
});

describe('checkEvaluation', () => {
  it('runs budget, budget lines, narrative and deviation rules', () => {
    expect(checkEvaluation(wugang()).map((f) => f.rule)).toEqual(['tableTotal', 'narrative', 'narrative', 'deviationReason', 'deviationReason']);
  });

  it('says each finding in English too (for the English UI)', () => {
    const e = wugang();
    e.budget = [
      {
        budgetType: 'general',
        noActivity: false,
        rows: {
          total: { opening: '0', income: '153.98', expenditure: '150.98', closing: '0' },
          basic: { opening: '0', income: '153.98', expenditure: '150.98', closing: '3' },
        },
      },
      { budgetType: 'governmentFund', noActivity: true, rows: { total: { opening: '0', income: '1', expenditure: '0', closing: '1' } } },
    ];
    const en = checkEvaluation(e).map((f) => [f.rule, f.messageEn]);
    expect(en).toContainEqual([
      'budgetIdentity',
      'General public budget: opening balance 0 + income 153.98 − expenditure 150.98 = 3 (10,000 yuan), but the closing balance is 0',
    ]);
    expect(en).toContainEqual(['budgetNoActivity', 'Government fund budget is marked “no such expenditure” but holds non-zero figures']);
    expect(en.find((x) => x[0] === 'tableTotal')![1]).toMatch(/^年度资金总额, initial budget: 0 \(10,000 yuan\) is not the sum of its lines, 89\.974$/);
    for (const [rule, message] of en) expect(message, String(rule)).toMatch(/[A-Za-z]{4}/);
    expect(en.find((x) => x[0] === 'deviationReason')![1]).toMatch(/^Indicator “.*” missed its target \(target 10361, actual 9800\)/);
  });
});

describe('budget lines', () => {
  const total = { key: 'total', label: '年度资金总额', initial: '133.33', adjusted: '135.2', executed: '132.36' };
  it('does not count the 政府采购 line as a part of 年度资金总额 (it is what was bought, not a source of funds)', () => {
    expect(checkBudgetLines([total, { key: 'procurement', label: '政府采购', initial: '20', adjusted: '20', executed: '19.44' }])).toEqual([]);
  });
  it('still sums the sources: 本年财政拨款 + 上年结转 that miss the total are an error, beside a 政府采购 line', () => {
    const found = checkBudgetLines([
      total,
      { key: 'fiscal', label: '本年财政拨款', initial: '120', adjusted: '121.87', executed: '119.03' },
      { key: 'carryOver', label: '上年结转', initial: '13.33', adjusted: '13.33', executed: '10' },
      { key: 'procurement', label: '政府采购', initial: '20', adjusted: '20', executed: '19.44' },
    ]);
    // 120 + 13.33 = 133.33 and 121.87 + 13.33 = 135.2 hold; 119.03 + 10 = 129.03 ≠ 132.36
    expect(found.map((f) => f.message)).toEqual(['年度资金总额全年执行数 132.36 万元，不等于其中各项之和 129.03 万元']);
  });
});
