// Test and bench support: the demo seeds as full Evaluations, and a small project-expenditure
// evaluation with an indicator grid (the seeds carry no indicator values).
import { demoDataset, type DemoEvaluation } from './dataset.js';
import type { Evaluation, IndicatorDef } from '../domain/types.js';

export function evaluationFromDemo(d: DemoEvaluation): Evaluation {
  const u = demoDataset.units.find((x) => x.code === d.unitCode);
  if (!u) throw new Error(`demo unit ${d.unitCode} missing`);
  const { unitCode, frameworkCode, ...rest } = d;
  return {
    ...rest,
    id: `demo-${unitCode}-${d.year}`,
    version: 1,
    unit: { id: `unit-${u.code}`, code: u.code, name: u.name, shortName: u.shortName, level: u.level, type: u.type },
    framework: { id: `fw-${frameworkCode}`, code: frameworkCode, name: frameworkCode, kind: d.outline, version: 1 },
  };
}

export function demoEvaluations(): { wugang: Evaluation; hunan: Evaluation } {
  const find = (outline: string) => {
    const d = demoDataset.evaluations.find((x) => x.outline === outline);
    if (!d) throw new Error(`no demo evaluation with outline ${outline}`);
    return evaluationFromDemo(d);
  };
  return { wugang: find('departmentWide'), hunan: find('hunanProvincial') };
}

const def = (
  code: string,
  level: 1 | 2 | 3,
  name: string,
  weight: string | null,
  operator: IndicatorDef['operator'] = null,
  unit: string | null = null,
): IndicatorDef => ({
  id: `d${code}`,
  code,
  parentCode: code.includes('.') ? code.slice(0, code.lastIndexOf('.')) : null,
  level,
  order: Number(code.split('.').pop()),
  name,
  unit,
  operator,
  weight,
  rule: { kind: 'ratio' },
});

/** A slice of the national 项目支出绩效自评表 framework. */
export const sampleIndicatorDefs: IndicatorDef[] = [
  def('1', 1, '产出指标', '50'),
  def('1.1', 2, '数量指标', null),
  def('1.1.1', 3, '“两癌”检查人数', '30', '>=', '人'),
  def('1.1.2', 3, '救助低收入妇女人数', '20', '>=', '人'),
  def('2', 1, '效益指标', '30'),
  def('2.1', 2, '社会效益指标', null),
  def('2.1.1', 3, '妇女健康素养提升', '30', 'qualitative'),
  def('3', 1, '满意度指标', '10'),
  def('3.1', 2, '服务对象满意度指标', null),
  def('3.1.1', 3, '受检妇女满意度', '10', '>=', '%'),
];

/** Seed 002's unit with a filled-in indicator grid, for table tests. */
export function evaluationWithIndicators(): Evaluation {
  const { wugang } = demoEvaluations();
  return {
    ...wugang,
    indicators: [
      { indicatorCode: '1.1.1', target: '10361人', actual: '10780人', score: '30', deviationReason: null, applicable: true, achievement: 'achieved' },
      {
        indicatorCode: '1.1.2',
        target: '40人',
        actual: '31人',
        score: '15.5',
        deviationReason: '申请人数少于预期，明年加强宣传',
        applicable: true,
        achievement: 'partial',
      },
      { indicatorCode: '2.1.1', target: '效果明显', actual: '效果明显', score: '28', deviationReason: null, applicable: true, achievement: 'achieved' },
      { indicatorCode: '3.1.1', target: '90%', actual: '95%', score: '10', deviationReason: null, applicable: true, achievement: 'achieved' },
    ],
  };
}
