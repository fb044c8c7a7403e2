// Computed indicators with real values: each source, its formula text and inputs, and the presets.
import { describe, expect, it } from 'vitest';
import { indicatorValue } from '../../../test/helpers/values.js';
import { departmentWide } from '../frameworks/departmentWide.js';
import { scoreDeduction } from '../scoring/rules.js';
import type { BudgetAccount, KeyProject } from '../types.js';
import { applyComputed, computeIndicators, computeSource, type ComputeContent } from './compute.js';
import { RULE_PRESETS, sourceProblems } from './sources.js';
import { buildIndicatorTable } from './table.js';
import { normalizeValueText, validateIndicatorValues } from './validate.js';

const general = (opening: string, income: string, expenditure: string, closing: string): BudgetAccount => ({
  budgetType: 'general',
  noActivity: false,
  rows: { total: { opening, income, expenditure, closing } },
});
const liangai: KeyProject = {
  code: 'liangai',
  name: '两癌检查',
  measure: '检查人数',
  unitOfMeasure: '人',
  target: '10361',
  actual: '10780',
  note: null,
  funding: [],
  measures: [
    { key: 'reliefPeople', name: '救助人数', unitOfMeasure: '人', kind: 'count', target: '30', actual: '31' },
    { key: 'reliefFunds', name: '救助金', unitOfMeasure: '万元', kind: 'money', target: null, actual: '31' },
  ],
};
// 武冈市妇联 2022 (seed 002): 153.98 in, 153.98 out, 定编 5, 在职 5, 两癌 10361 → 10780.
const wugang: ComputeContent = {
  profile: { authorizedPosts: 5, staffActual: 5, retired: 3, departments: [], duties: [], intro: null },
  budget: [general('0', '153.98', '153.98', '0'), { budgetType: 'governmentFund', noActivity: true, rows: {} }],
  budgetLines: [],
  threePublic: [],
  keyProjects: [liangai],
};

describe('computed sources (exact, half-up to 2 decimals)', () => {
  it('预算执行率 from the accounts: 153.98 ÷ 153.98 = 100%', () => {
    const r = computeSource({ kind: 'budgetExecution' }, wugang);
    expect(r).toMatchObject({ value: '100', formula: '由数据计算：153.98 ÷ 153.98 = 100%', problem: null });
    expect(r.inputs.map((i) => [i.label, i.value])).toEqual([
      ['本年支出', '153.98'],
      ['年初结转和结余', '0'],
      ['本年收入', '153.98'],
    ]);
  });
  it('预算执行率 from the 执行 lines wins over the accounts: 92.4 ÷ 120 = 77%', () => {
    const c = { ...wugang, budgetLines: [{ key: 'total', label: '年度资金总额', initial: '100', adjusted: '120', executed: '92.4' }] };
    expect(computeSource({ kind: 'budgetExecution' }, c)).toMatchObject({ value: '77', formula: '由数据计算：92.4 ÷ 120 = 77%' });
  });
  it('预算执行率 with an opening balance: 150 ÷ (12.5 + 153.98) = 90.1%', () => {
    expect(computeSource({ kind: 'budgetExecution' }, { ...wugang, budget: [general('12.5', '153.98', '150', '16.48')] })).toMatchObject({
      value: '90.1',
      formula: '由数据计算：150 ÷ (12.5 + 153.98) = 90.1%',
    });
  });
  it('结转结余率: 0 ÷ (0 + 153.98) = 0%; 16.48 ÷ 166.48 = 9.9%', () => {
    expect(computeSource({ kind: 'carryoverRate' }, wugang).value).toBe('0');
    expect(computeSource({ kind: 'carryoverRate' }, { ...wugang, budget: [general('12.5', '153.98', '150', '16.48')] }).value).toBe('9.9');
  });
  it('预算调整率: (120 − 100) ÷ 100 = 20%; missing 年初预算数 is a problem, not a guess', () => {
    const c = { ...wugang, budgetLines: [{ key: 'total', label: '合计', initial: '100', adjusted: '120', executed: '92.4' }] };
    expect(computeSource({ kind: 'budgetAdjustmentRate' }, c)).toMatchObject({ value: '20', formula: '由数据计算：(120 − 100) ÷ 100 = 20%' });
    expect(computeSource({ kind: 'budgetAdjustmentRate' }, wugang)).toMatchObject({ value: null, problem: '缺少年初预算数或调整后预算数' });
  });
  it('"三公"经费控制率 from the total line, else the items (vehicles once): 6.3 ÷ 7 = 90%', () => {
    const items = {
      ...wugang,
      threePublic: [
        { item: 'reception' as const, budget: '2', actual: '1.8' },
        { item: 'vehiclePurchase' as const, budget: '3', actual: '2.5' },
        { item: 'vehicleOperation' as const, budget: '2', actual: '2' },
      ],
    };
    expect(computeSource({ kind: 'threePublicControl' }, items)).toMatchObject({ value: '90', formula: '由数据计算：6.3 ÷ 7 = 90%' });
    const total = { ...wugang, threePublic: [{ item: 'total' as const, budget: '8', actual: '8.6' }] };
    expect(computeSource({ kind: 'threePublicControl' }, total).value).toBe('107.5');
  });
  it('"三公"经费变动率 against last year: (8.6 − 8) ÷ 8 = 7.5%; (7.2 − 8) ÷ 8 = −10%', () => {
    const c = (actual: string) => ({ ...wugang, threePublic: [{ item: 'total' as const, budget: '9', actual }] });
    expect(computeSource({ kind: 'threePublicChange' }, c('8.6'), { previousThreePublicActual: '8' }).value).toBe('7.5');
    expect(computeSource({ kind: 'threePublicChange' }, c('7.2'), { previousThreePublicActual: '8' }).value).toBe('-10');
    expect(computeSource({ kind: 'threePublicChange' }, c('7.2')).problem).toMatch(/上年/);
  });
  it('在职人员控制率: 5 ÷ 5 = 100%; 6 ÷ 5 = 120%', () => {
    expect(computeSource({ kind: 'staffControl' }, wugang)).toMatchObject({ value: '100', formula: '由数据计算：5 ÷ 5 = 100%' });
    expect(computeSource({ kind: 'staffControl' }, { ...wugang, profile: { ...wugang.profile!, staffActual: 6 } }).value).toBe('120');
  });
  it('政府采购执行率 from the 政府采购 line: 18.5 ÷ 20 = 92.5%', () => {
    const c = { ...wugang, budgetLines: [{ key: 'procurement', label: '政府采购', initial: '20', adjusted: null, executed: '18.5' }] };
    expect(computeSource({ kind: 'procurementExecution' }, c).value).toBe('92.5');
    expect(computeSource({ kind: 'procurementExecution' }, wugang).value).toBeNull();
  });
  it('重点民生实事完成率: 10780 ÷ 10361 = 104.04%; several projects from summed parts', () => {
    expect(computeSource({ kind: 'keyProjectCompletion' }, wugang)).toMatchObject({ value: '104.04', formula: '由数据计算：10780 ÷ 10361 = 104.04%' });
    const two = { ...wugang, keyProjects: [liangai, { ...liangai, code: 'x', target: '639', actual: '220' }] };
    // (10780 + 220) ÷ (10361 + 639) = 11000 ÷ 11000, not the mean of the two rates
    expect(computeSource({ kind: 'keyProjectCompletion' }, two)).toMatchObject({ value: '100', formula: '由数据计算：(10780 + 220) ÷ (10361 + 639) = 100%' });
  });
  it("a key-project measure's rate: 31 ÷ 30 = 103.33%; headline via 'main'; unknown measure is a problem", () => {
    expect(computeSource({ kind: 'keyProjectMeasure', project: 'liangai', measure: 'reliefPeople' }, wugang).value).toBe('103.33');
    expect(computeSource({ kind: 'keyProjectMeasure', project: 'liangai', measure: 'main' }, wugang).value).toBe('104.04');
    expect(computeSource({ kind: 'keyProjectMeasure', project: 'liangai', measure: 'reliefFunds' }, wugang).problem).toMatch(/缺少任务数/);
    expect(computeSource({ kind: 'keyProjectMeasure', project: 'nope', measure: 'main' }, wugang).value).toBeNull();
  });
  it('a zero denominator is named, never divided', () => {
    expect(computeSource({ kind: 'staffControl' }, { ...wugang, profile: { ...wugang.profile!, authorizedPosts: 0 } })).toMatchObject({
      value: null,
      problem: '分母为 0，无法计算',
    });
  });
});

describe('computed leaves in the 部门整体支出 table', () => {
  it('武冈 2022: typed actuals of computed leaves are replaced; scores as any other leaf', () => {
    const values = [
      { indicatorCode: '1.1.1', target: '100%', actual: '55', score: null, deviationReason: null, applicable: true, achievement: null },
      { indicatorCode: '2.1.2', target: '≥100%', actual: null, score: null, deviationReason: null, applicable: true, achievement: null },
    ];
    const computed = computeIndicators(departmentWide, wugang);
    expect([...computed.keys()]).toEqual(['1.1.1', '1.1.2', '1.1.3', '1.1.4', '1.1.5', '1.2.1', '2.1.2']);
    const applied = applyComputed(departmentWide, values, computed);
    expect(applied.map((v) => [v.indicatorCode, v.actual])).toEqual([
      ['1.1.1', '100'],
      ['1.1.2', '0'],
      ['1.2.1', '100'],
      ['2.1.2', '104.04'],
    ]);
    const table = buildIndicatorTable(departmentWide, { ...wugang, indicators: values });
    const row = (code: string) => table.rows.find((r) => r.code === code)!;
    expect([row('1.1.1').actual, row('1.1.1').score]).toEqual(['100', '10.00']);
    expect([row('1.1.2').score, row('1.2.1').score, row('2.1.2').score]).toEqual(['5.00', '5.00', '15.00']);
    expect(row('2.1.2').computed!.formula).toBe('由数据计算：10780 ÷ 10361 = 104.04%');
    expect(row('1.1').score).toBe('15'); // group subtotal of the scored leaves (1.1.3–1.1.5 lack data)
    expect(row('1.1.3').computed!.problem).toBe('缺少年初预算数或调整后预算数');
  });
  it('changing 本年支出 changes 预算执行率 and its score: 150 ÷ 153.98 = 97.42% → 9.74', () => {
    const c = { ...wugang, budget: [general('0', '153.98', '150', '3.98')], indicators: [] };
    const r = buildIndicatorTable(departmentWide, c).rows.find((x) => x.code === '1.1.1')!;
    expect([r.actual, r.score]).toEqual(['97.42', '9.74']);
    expect(buildIndicatorTable(departmentWide, c).rows.find((x) => x.code === '1.1.2')!.score).toBe('4.00'); // 2.58% ∈ (0, 10]
  });
});

describe('rule presets', () => {
  const preset = (id: string) => RULE_PRESETS.find((p) => p.id === id)!.rule as Extract<(typeof RULE_PRESETS)[number]['rule'], { kind: 'deduction' }>;
  const params = (id: string) => {
    const r = preset(id);
    return { perUnit: String(r.perUnit), unitSize: String(r.unitSize), threshold: String(r.threshold), direction: r.direction };
  };
  it('在职人员控制率 ≤100% full marks, −0.1 per point above: 100 → 5, 120 → 3, 180 → 0', () => {
    expect(scoreDeduction('100', '5', params('staffControl')).score).toBe('5.00');
    expect(scoreDeduction('120', '5', params('staffControl')).score).toBe('3.00');
    expect(scoreDeduction('180', '5', params('staffControl')).score).toBe('0.00');
  });
  it('"三公"经费变动率 ≤0 full marks, −0.3 per point above: −10 → 5, 7.5 → 2.75', () => {
    expect(scoreDeduction('-10', '5', params('threePublicChange')).score).toBe('5.00');
    expect(scoreDeduction('7.5', '5', params('threePublicChange')).score).toBe('2.75');
  });
  it('sources are checked when a framework declares them', () => {
    expect(sourceProblems({ kind: 'staffControl' })).toEqual([]);
    expect(sourceProblems({ kind: 'guess' })).toEqual(['未知的计算来源：guess']);
    expect(sourceProblems({ kind: 'keyProjectMeasure', project: 'liangai' })).toHaveLength(1);
  });
});

describe('typed indicator values', () => {
  const v = (indicatorCode: string, target: string | null, actual: string | null) => indicatorValue(indicatorCode, { target, actual });
  it('normalises full-width text (９８％ → 98%) and keeps qualitative text as written', () => {
    expect(normalizeValueText(' ９８％ ')).toBe('98%');
    const r = validateIndicatorValues(departmentWide, [v('2.2.2', '≥９０％', '９８％'), v('2.2.1', '社会效益明显', '效果良好')]);
    expect(r.problems).toEqual([]);
    expect(r.values.map((x) => [x.target, x.actual])).toEqual([
      ['≥90%', '98%'],
      ['社会效益明显', '效果良好'],
    ]);
  });
  it('refuses NaN, Infinity, 1e5 and ranges on quantitative leaves, naming the indicator and field', () => {
    const r = validateIndicatorValues(departmentWide, [v('2.2.2', '90', 'NaN'), v('2.1.1', 'Infinity', '1e5'), v('1.1.2', '10-20', null)]);
    expect(r.problems.map((p) => [p.indicatorCode, p.field, p.value])).toEqual([
      ['2.2.2', 'actual', 'NaN'],
      ['2.1.1', 'target', 'Infinity'],
      ['2.1.1', 'actual', '1e5'],
      ['1.1.2', 'target', '10-20'],
    ]);
    expect(r.problems[0]!.message).toBe('指标 2.2.2“服务对象满意度”的实际完成值“NaN”不是一个数字（可写作 95、≥95%、10,361）');
  });
  it('ignores a typed actual on a computed leaf (it is replaced), and refuses unknown codes', () => {
    expect(validateIndicatorValues(departmentWide, [v('1.1.1', '100', 'abc')]).problems).toEqual([]);
    expect(validateIndicatorValues(departmentWide, [v('9.9', '1', '1')]).problems[0]!.message).toMatch(/不是“部门整体支出绩效自评”的末级指标/);
  });
});

describe('saving keeps a deviation reason as written', () => {
  it('Chinese punctuation is not folded to ASCII (the reviewer diff would show a change nobody made)', () => {
    const fw = departmentWide;
    const code = fw.indicators.find((i) => !fw.indicators.some((j) => j.parentCode === i.code))!.code;
    const { values } = validateIndicatorValues(fw, [
      {
        indicatorCode: code,
        target: '≥90％',
        actual: null,
        score: null,
        deviationReason: '  报告未列示相关数据，本项不适用（示例） ',
        applicable: true,
        achievement: null,
      },
    ]);
    expect(values[0]!.deviationReason).toBe('报告未列示相关数据，本项不适用（示例）');
    expect(values[0]!.target).toBe('≥90%');
  });
});

describe('saving keeps a qualitative value as written', () => {
  const fw = departmentWide;
  const leaf = (name: string) => fw.indicators.find((i) => i.name === name)!.code;
  const value = (code: string, target: string, actual: string) => indicatorValue(code, { target, actual });
  it('a sentence keeps its ，and full-width figures (they are words in the 公文, not numbers)', () => {
    const { values, problems } = validateIndicatorValues(fw, [value(leaf('资产管理规范性'), '规范 ，有序', '资产账实相符，管理规范，盘点１次')]);
    expect(problems).toEqual([]);
    expect(values[0]!.actual).toBe('资产账实相符，管理规范，盘点１次');
    expect(values[0]!.target).toBe('规范 ，有序');
  });
  it('a quantitative leaf still reads full-width digits as its number', () => {
    const { values } = validateIndicatorValues(fw, [value(leaf('服务对象满意度'), '≥９５％', '９６．５')]);
    expect(values[0]!.target).toBe('≥95%');
    expect(values[0]!.actual).toBe('96.5');
  });
});
