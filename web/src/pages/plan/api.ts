// Shapes and calls of the 绩效目标 / 运行监控 / 整改 API (issue 15).
import { api, qs } from '../../api.js';

export type { PlanStatus } from '../../../../src/domain/monitoring/workflow.js';
import type { PlanStatus } from '../../../../src/domain/monitoring/workflow.js';
export type Warning = 'yellow' | 'red' | null;

export interface TargetHeader {
  id: string;
  unitId: string;
  unitName: string;
  year: number;
  scope: string;
  scopeName: string;
  frameworkId: string;
  goal: string;
  status: PlanStatus;
  version: number;
  lastReason: string | null;
}
export interface Rectification {
  id: string;
  year: number;
  source: string;
  problem: string;
  requiredFix: string;
  answer: string | null;
  evidence: string | null;
  status: 'open' | 'answered' | 'closed';
  version: number;
}
export interface TargetDetail extends TargetHeader {
  framework: { id: string; code: string; name: string };
  indicators: {
    code: string;
    level: number;
    name: string;
    unit: string | null;
    operator: string | null;
    value: string | null;
    progress: 'cumulative' | 'level';
  }[];
  budgetLines: { key: string; label: string; amount: string }[];
  adjustments: {
    id: string;
    batchNo: number;
    reason: string;
    status: 'submitted' | 'returned' | 'approved';
    version: number;
    changes: { indicatorCode: string; from: string | null; to: string | null }[];
    decisionReason: string | null;
    createdAt: string;
  }[];
  history: { fromStatus: string; toStatus: string; user: string | null; reason: string | null; at: string }[];
  actions: ('submit' | 'return' | 'approve')[];
  canAdjust: boolean;
  canDecideAdjustment: boolean;
}
export interface Round {
  id: string;
  rootUnitId: string;
  rootUnitName: string;
  year: number;
  name: string;
  asOf: string;
  dueDate: string;
  yellow: string;
  red: string;
  status?: PlanStatus;
}
export interface Answer {
  actualToDate: string | null;
  forecastDeclared: string | null;
  deviationCategory: string | null;
  deviationReason: string | null;
  likelihoodComputed: string | null;
  likelihoodDeclared: string | null;
  likelihoodReason: string | null;
  correctiveMeasures: string | null;
}
export interface ReportView {
  round: Round;
  report: { id: string; unitId: string; unitName: string; status: PlanStatus; version: number; lastReason: string | null };
  timeProgress: string;
  indicators: {
    targetId: string;
    scopeName: string;
    code: string;
    name: string;
    unit: string | null;
    targetText: string;
    progressKind: string;
    operator: string;
    progress: string | null;
    gap: string | null;
    warning: Warning;
    forecast: string | null;
    likelihood: string | null;
    answer: Answer | null;
  }[];
  budget: {
    targetId: string;
    key: string;
    label: string;
    budget: string;
    executed: string | null;
    executionRate: string | null;
    gap: string | null;
    warning: Warning;
  }[];
  overall: { budget: string; executed: string; executionRate: string | null; gap: string | null; warning: Warning };
  actions: ('submit' | 'return' | 'approve')[];
  editable: boolean;
  deviationCategories: string[];
}
export interface BoardRow {
  unitId: string;
  unitName: string;
  status: PlanStatus;
  overall: { executionRate: string | null; gap: string | null; warning: Warning } | null;
  indicators: {
    code: string;
    name: string;
    scopeName: string;
    targetText: string;
    actualToDate: string | null;
    progress: string | null;
    gap: string | null;
    warning: Warning;
    forecast: string | null;
    likelihood: string | null;
    likelihoodDeclared: string | null;
  }[];
  reds: number;
  yellows: number;
}

export const planApi = {
  targets: (unitId: string, year: number) =>
    api<{ targets: TargetHeader[]; rectifications: Rectification[]; canCreate: boolean }>('GET', `/api/units/${unitId}/targets${qs({ year })}`),
  createTargets: (unitId: string, body: { year: number; frameworkId: string; scope?: string; scopeName?: string; goal?: string }) =>
    api<{ id: string }>('POST', `/api/units/${unitId}/targets`, body),
  target: (id: string) => api<TargetDetail>('GET', `/api/targets/${id}`),
  saveTarget: (
    id: string,
    body: {
      version: number;
      goal: string;
      values: { indicatorCode: string; value: string | null; progress: string }[];
      budgetLines: { key: string; label: string; amount: string }[];
    },
  ) => api<{ version: number }>('PUT', `/api/targets/${id}`, body),
  targetAction: (id: string, body: { action: string; version: number; reason?: string }) =>
    api<{ version: number }>('POST', `/api/targets/${id}/transitions`, body),
  propose: (id: string, body: { reason: string; changes: { indicatorCode: string; to: string | null }[] }) =>
    api<{ id: string }>('POST', `/api/targets/${id}/adjustments`, body),
  decide: (batchId: string, body: { action: 'approve' | 'return'; version: number; reason?: string }) =>
    api<{ ok: true }>('POST', `/api/adjustments/${batchId}/transitions`, body),
  rounds: (unitId: string, year: number) =>
    api<{ answering: Round[]; opened: Round[]; canOpen: boolean; thresholds?: { yellow: string; red: string } }>(
      'GET',
      `/api/units/${unitId}/monitoring${qs({ year })}`,
    ),
  openRound: (unitId: string, body: { year: number; name?: string; asOf: string; dueDate: string; thresholds?: { yellow?: string; red?: string } }) =>
    api<{ id: string }>('POST', `/api/units/${unitId}/monitoring`, body),
  report: (roundId: string, unitId: string) => api<ReportView>('GET', `/api/monitoring/${roundId}/units/${unitId}`),
  saveReport: (roundId: string, unitId: string, body: unknown) => api<{ version: number }>('PUT', `/api/monitoring/${roundId}/units/${unitId}`, body),
  reportAction: (roundId: string, unitId: string, body: { action: string; version: number; reason?: string }) =>
    api<{ version: number }>('POST', `/api/monitoring/${roundId}/units/${unitId}/transitions`, body),
  board: (roundId: string) => api<{ round: Round; timeProgress: string; rows: BoardRow[] }>('GET', `/api/monitoring/${roundId}/board`),
  reportXlsx: (roundId: string, unitId: string) => `/api/monitoring/${roundId}/units/${unitId}/export`,
  boardXlsx: (roundId: string) => `/api/monitoring/${roundId}/board/export`,
  rectifications: (unitId: string, year: number) =>
    api<{ items: Rectification[]; canRaise: boolean; canAnswer: boolean }>('GET', `/api/units/${unitId}/rectifications${qs({ year })}`),
  raise: (unitId: string, body: { year: number; problem: string; requiredFix: string }) =>
    api<{ id: string }>('POST', `/api/units/${unitId}/rectifications`, body),
  updateRectification: (id: string, body: { version: number; answer?: string; evidence?: string; status?: string }) =>
    api<Rectification>('PUT', `/api/rectifications/${id}`, body),
};

export const WARNING_COLOR: Record<'red' | 'yellow', string> = { red: '#ffccc7', yellow: '#fff1b8' };
