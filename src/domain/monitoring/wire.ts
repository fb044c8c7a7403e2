// The JSON shapes of the 绩效目标 / 运行监控 / 整改 API (issue 15), declared once: the web imports
// them type-only through the HTTP contract (src/server/contract.ts). Amounts are exact decimal strings.
import type { PlanStatus } from './workflow.js';
import type { Warning } from './types.js';

export type { PlanStatus, Warning };

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
  /** 定性 / 是否 indicators: the level chosen from the indicator's scale (ReportView levels). */
  actualLevel: string | null;
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
  /** Share of the year elapsed at the round's date, %; null when the date is not in the year. */
  timeProgress: string | null;
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
    /** 定性 / 是否: the levels the answer's actualLevel is chosen from, best first; null for a number. */
    levels: readonly string[] | null;
    /** 预算执行率 to date computed from the budget lines (used when nothing was typed); null for other indicators. */
    computedActual: string | null;
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
  deviationCategories: readonly string[];
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
    /** 'level': a level reached at any time (no gap to the time elapsed); 'cumulative' otherwise. */
    progressKind: string;
    actualToDate: string | null;
    /** 定性 / 是否: the level chosen to date. */
    actualLevel: string | null;
    /** 定性 / 是否: the scale the level is chosen from (answered or not); null for a number. */
    levels: readonly string[] | null;
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

/** GET /api/units/:id/monitoring/progress: budget execution against time, per round, for the dashboard. */
export interface MonitoringProgress {
  year: number;
  months: { month: number; date: string; timeProgress: string }[];
  points: {
    roundId: string;
    name: string;
    asOf: string;
    timeProgress: string;
    units: number;
    budget: string;
    executed: string;
    executionRate: string | null;
    gap: string | null;
    warning: Warning;
  }[];
}
