// 部门整体支出绩效自评 (department-wide): budget indicators scored by rules as data, plus the
// unit's own business indicators (重点工作完成情况). Weights total 100. Budget, staff and key-project
// rates are computed from the evaluation's own data (`source`), never typed.
import type { Framework } from '../types.js';
import { framework, group, leaf } from './build.js';

export const DEPARTMENT_WIDE_ID = 'department-wide';

export const departmentWide: Framework = framework(DEPARTMENT_WIDE_ID, '部门整体支出绩效自评', 'departmentWide', [
  group('1', '预算管理指标', '50', [
    group('1.1', '预算执行', '30', [
      leaf('1.1.1', '预算执行率', '%', '>=', '10', { kind: 'budgetExecution' }, { kind: 'budgetExecution' }),
      // 结转结余率 0 → 5; ≤10% → 4; ≤20% → 3; ≤30% → 1; above → 0
      leaf(
        '1.1.2',
        '结转结余率',
        '%',
        '<=',
        '5',
        {
          kind: 'bands',
          bands: [
            { min: 0, max: 0, points: 5 },
            { min: 0, max: 10, points: 4 },
            { min: 10, max: 20, points: 3 },
            { min: 20, max: 30, points: 1 },
            { min: 30, max: null, points: 0 },
          ],
        },
        { kind: 'carryoverRate' },
      ),
      // 预算调整率: 每超过1个百分点扣0.5分，扣完为止
      leaf(
        '1.1.3',
        '预算调整率',
        '%',
        '<=',
        '5',
        { kind: 'deduction', perUnit: 0.5, unitSize: 1, threshold: 0, direction: 'over' },
        { kind: 'budgetAdjustmentRate' },
      ),
      leaf('1.1.4', '"三公"经费控制率', '%', '<=', '5', undefined, { kind: 'threePublicControl' }),
      leaf('1.1.5', '政府采购执行率', '%', '>=', '5', undefined, { kind: 'procurementExecution' }),
    ]),
    group('1.2', '预算配置', '10', [
      // 在职人员控制率 ≤100% 满分，每超1个百分点扣0.1分 (a provincial 共性指标 preset)
      leaf(
        '1.2.1',
        '在职人员控制率',
        '%',
        '<=',
        '5',
        { kind: 'deduction', perUnit: 0.1, unitSize: 1, threshold: 100, direction: 'over' },
        { kind: 'staffControl' },
      ),
      leaf('1.2.2', '资产管理规范性', null, 'qualitative', '5'),
    ]),
    group('1.3', '信息公开与制度', '10', [leaf('1.3.1', '预决算信息公开', null, 'yesNo', '5'), leaf('1.3.2', '管理制度健全性', null, 'qualitative', '5')]),
  ]),
  group('2', '业务指标', '50', [
    group('2.1', '重点工作完成情况', '30', [
      leaf('2.1.1', '年度重点工作任务完成率', '%', '>=', '15'),
      leaf('2.1.2', '重点民生实事完成率', '%', '>=', '15', undefined, { kind: 'keyProjectCompletion' }),
    ]),
    group('2.2', '履职效益', '20', [leaf('2.2.1', '社会效益', null, 'qualitative', '10'), leaf('2.2.2', '服务对象满意度', '%', '>=', '10')]),
  ]),
]);
