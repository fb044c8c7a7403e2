// The web's HTTP client: one named, typed function per route of src/server/contract.ts, and the
// wire types the pages use (imported from the domain, declared once there).
export type { Evaluation, EvaluationStatus } from '../../../src/domain/types.js';
export type { WorkflowAction as TransitionAction } from '../../../src/domain/workflow.js';
export type { Change as DiffChange } from '../../../src/domain/diff.js';
export type {
  EvaluationHeader,
  FoundUnit,
  ReportedFinding as Finding,
  RoleGrant,
  SessionUser as User,
  Transition,
  UnitNode,
  Workbench,
} from '../../../src/domain/wire.js';
export { ApiError, qs, setCsrfToken } from './http.js';
export * from './admin.js';
export * from './dashboard.js';
export * from './evaluations.js';
export * from './frameworks.js';
export * from './plan.js';
export * from './session.js';
export * from './units.js';
