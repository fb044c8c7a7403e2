// A 示例 county's submitted, approved or published evaluation has passed 提交's check (and review), so
// every indicator that missed its target carries its 偏差原因 (without one the checker reports an
// error, and 提交 is refused). The missed ones are found with the domain's own scoring, as the server
// computes and scores them on load, and given a short invented reason in 示例 words.
import { operatorOf, targetMissed } from '../domain/checks/deviation.js';
import { departmentWide } from '../domain/frameworks/builtin.js';
import { threePublicTotal } from '../domain/indicators/compute.js';
import { buildIndicatorTable } from '../domain/indicators/table.js';
import type { DemoEvaluation } from './types.js';

const REASONS: Record<string, string> = {
  '1.1.1': '部分项目资金年末到位，未及支出，结转下年使用',
  '1.1.2': '年末有待付款项，结转下年支付',
  '1.1.3': '年中追加临时性任务经费',
  '1.1.4': '接待任务增加',
  '1.1.5': '部分采购项目延至下年',
  '1.2.1': '年中新进人员，编制尚待核增',
  '1.2.2': '部分资产卡片更新不及时',
  '1.3.1': '预决算公开时间晚于规定',
  '1.3.2': '内控制度有待完善',
  '2.1.1': '部分年度任务未完成',
  '2.1.2': '部分乡镇检查进度滞后',
  '2.2.1': '部分活动覆盖面有限',
  '2.2.2': '服务覆盖面不足',
};

/** The evaluation with a 示例 reason on each missed indicator that has none; `previous` is the county's year before (三公 change). */
export function withMissedExplained(e: DemoEvaluation, previous: DemoEvaluation | undefined): DemoEvaluation {
  const context = { previousThreePublicActual: previous ? threePublicTotal(previous, 'actual') : null };
  const rows = buildIndicatorTable(departmentWide, e, context).rows;
  const missed = new Set(
    rows
      .filter((r) => r.leaf && r.applicable)
      .filter((r) => {
        const short = r.missed;
        const v = e.indicators.find((x) => x.indicatorCode === r.code);
        return short || (v !== undefined && targetMissed({ ...v, actual: r.actual }, operatorOf(v, r)) === true);
      })
      .map((r) => r.code),
  );
  return {
    ...e,
    indicators: e.indicators.map((v) =>
      missed.has(v.indicatorCode) && !(v.deviationReason ?? '').trim()
        ? { ...v, deviationReason: `示例：${REASONS[v.indicatorCode] ?? '未达到年度目标，已分析原因并落实改进'}` }
        : v,
    ),
  };
}
