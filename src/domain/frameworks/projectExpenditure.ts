// 项目支出绩效自评表 (national, MOF 2020): 预算执行率 10; 产出 50; 效益 30; 满意度 10.
// Template leaves are the common generic ones; units replace them with their own.
import type { Framework } from '../types.js';
import { framework, group, leaf } from './build.js';

export const PROJECT_EXPENDITURE_ID = 'project-expenditure';

export const projectExpenditure: Framework = framework(PROJECT_EXPENDITURE_ID, '项目支出绩效自评表', 'projectExpenditure', [
  group('1', '预算执行率', '10', [
    group('1.1', '预算执行', '10', [leaf('1.1.1', '预算执行率', '%', '>=', '10', { kind: 'budgetExecution' }, { kind: 'budgetExecution' })]),
  ]),
  group('2', '产出指标', '50', [
    group('2.1', '数量指标', '20', [leaf('2.1.1', '项目（活动）完成数量', '个', '>=', '10'), leaf('2.1.2', '受益（服务）人数', '人', '>=', '10')]),
    group('2.2', '质量指标', '15', [leaf('2.2.1', '验收合格率', '%', '>=', '10'), leaf('2.2.2', '资金使用合规性', null, 'qualitative', '5')]),
    group('2.3', '时效指标', '10', [leaf('2.3.1', '按期完成率', '%', '>=', '10')]),
    group('2.4', '成本指标', '5', [leaf('2.4.1', '成本控制率', '%', '<=', '5')]),
  ]),
  group('3', '效益指标', '30', [
    group('3.1', '经济效益指标', '5', [leaf('3.1.1', '带动增收效果', null, 'qualitative', '5')]),
    group('3.2', '社会效益指标', '15', [leaf('3.2.1', '社会影响程度', null, 'qualitative', '10'), leaf('3.2.2', '群众知晓率', '%', '>=', '5')]),
    group('3.3', '生态效益指标', '5', [leaf('3.3.1', '生态环境影响', null, 'qualitative', '5')]),
    group('3.4', '可持续影响指标', '5', [leaf('3.4.1', '长效管理机制健全性', null, 'qualitative', '5')]),
  ]),
  group('4', '满意度指标', '10', [group('4.1', '服务对象满意度指标', '10', [leaf('4.1.1', '服务对象满意度', '%', '>=', '10')])]),
]);
