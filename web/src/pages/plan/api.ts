// The 绩效目标 / 运行监控 / 整改 calls and shapes (issue 15): the calls live in web/src/api/plan.ts, the
// shapes in src/domain/monitoring/wire.ts, declared once for server and web.
export { planApi } from '../../api.js';
export type {
  Answer,
  BoardRow,
  PlanStatus,
  Rectification,
  ReportView,
  Round,
  TargetDetail,
  TargetHeader,
  Warning,
} from '../../../../src/domain/monitoring/wire.js';

export const WARNING_COLOR: Record<'red' | 'yellow', string> = { red: '#ffccc7', yellow: '#fff1b8' };
