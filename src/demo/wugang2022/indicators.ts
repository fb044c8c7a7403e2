// 武冈 2022's 部门整体支出 indicator table, from what seed 002 says. Computed leaves (预算执行率,
// 结转结余率, 在职人员控制率, 重点民生实事完成率) state the actuals the store must compute from the
// seed's own figures (the round trip proves they agree). Values the seed does not give but the
// table needs are marked `sample` (示例), and so are leaves set aside for lack of data.
import type { IndicatorValue } from '../../domain/types.js';
import { emptyIndicatorValue } from '../../domain/indicators/emptyValue.js';

function v(indicatorCode: string, fields: Partial<IndicatorValue>): IndicatorValue {
  return emptyIndicatorValue(indicatorCode, fields);
}

const NO_DATA = '报告未列示相关数据，本项不适用（示例）';

export const wugangIndicators: IndicatorValue[] = [
  v('1.1.1', { target: '100%', actual: '100' }), // 本年支出 153.98 ÷ (0 + 153.98)
  v('1.1.2', { target: '0', actual: '0' }), // 年末结转和结余 0
  v('1.1.3', { applicable: false, deviationReason: NO_DATA, sample: true }), // no 年初/调整后预算数 in the seed
  v('1.1.4', { applicable: false, deviationReason: NO_DATA, sample: true }), // no "三公"经费 figures
  v('1.1.5', { applicable: false, deviationReason: NO_DATA, sample: true }), // no 政府采购 figures
  v('1.2.1', { target: '≤100%', actual: '100' }), // 实有在职 5 ÷ 定编 5
  v('1.2.2', { target: '资产管理规范', actual: '资产管理规范', achievement: 'achieved', sample: true }),
  v('1.3.1', { target: '是', actual: '是' }), // "将在武冈市政府网公示绩效自评结果"
  v('1.3.2', {
    target: '制度健全、执行有效',
    actual: '基本达成',
    achievement: 'partial',
    deviationReason: '预算编制与临时性任务融合困难，将细化预算编制、加强财务审核（见“下一步改进措施”）',
  }),
  v('2.1.1', { target: '100%', actual: '100%' }), // "全面完成了年初绩效工作目标"
  v('2.1.2', { target: '≥100%', actual: '104.04' }), // 两癌检查 10780 ÷ 10361
  v('2.2.1', { target: '社会效益明显', actual: '获得良好的社会效应', achievement: 'achieved' }),
  v('2.2.2', { target: '≥90%', actual: '95%', sample: true }),
];
