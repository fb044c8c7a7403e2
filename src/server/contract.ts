// The HTTP contract: every route the server registers, with its path parameters, query, body and
// response. Types only — the web imports it with `import type`, so nothing of the server reaches the
// bundle; web/src/api/ builds one named function per route on it. test/contract.test.ts checks that
// these keys are exactly the routes Fastify registers, and that the services' return types fit the
// responses declared here. Keep this file free of value imports (the web type-checks it).
import type { EvaluationContent } from '../domain/content.js';
import type {
  AuditQuery,
  DeadlineInput,
  ExplainInput,
  FrameworkInput,
  IndicatorAnswerInput,
  IndicatorInput,
  LibraryInput,
  NewUnitInput,
  NewUser,
  PinInput,
  UnitChange,
  UserChange,
} from '../domain/requests.js';
import type { CommentAction, ReviewComment } from '../domain/review/comments.js';
import type { Role } from '../domain/access.js';
import type { Evaluation, EvaluationStatus, Operator, Framework, Unit } from '../domain/types.js';
import type { WorkflowAction } from '../domain/workflow.js';
import type { Change } from '../domain/diff.js';
import type { CompletenessItem } from '../domain/completeness.js';
import type { PlanAction } from '../domain/monitoring/workflow.js';
import type { TargetValue } from '../domain/monitoring/targets.js';
import type { BoardRow, MonitoringProgress, Rectification, ReportView, Round, TargetDetail, TargetHeader } from '../domain/monitoring/wire.js';
import type {
  AuditDetail,
  AuditPage,
  CreatedEvaluation,
  Dashboard,
  Deadline,
  DemoInfo,
  DeploymentSettings,
  EvaluationHeader,
  FindingsWithRelations,
  FoundUnit,
  FrameworkDetail,
  FrameworkSummary,
  IndicatorTable,
  ManagedUser,
  PasswordChanged,
  PublicHeadline,
  ReportedFinding,
  SessionUser,
  Transition,
  UnitLineage,
  UnitNode,
  UnitPage,
  Workbench,
  WarningThresholds,
} from '../domain/wire.js';
import type { FromSchema } from './fromSchema.js';
import type { idParam } from './schemas.js';

/** One route: what goes in (path parameters, query string, JSON body) and what comes back. */
interface R<P = {}, Q = {}, B = undefined, Res = unknown> {
  params: P;
  query: Q;
  body: B;
  response: Res;
}
type Id = FromSchema<typeof idParam>;
type IdUnit = { id: string; unitId: string };
/** A file download (docx/pdf/xlsx): the browser follows a link, the client never parses it. */
export type FileDownload = { file: true };
export type ReportFormat = 'docx' | 'pdf' | 'html' | 'xlsx';
type Ok = { ok: boolean };
type Versioned = { version: number };
type Created = { id: string };
type Session = { user: SessionUser; csrfToken: string };
type Comments = { comments: ReviewComment[] };
type Decision<A> = { action: A; reason?: string; version: number };

export interface Contract {
  // ── auth and account ──
  'POST /api/login': R<{}, {}, { username: string; password: string }, Session>;
  'POST /api/logout': R<{}, {}, {}, Ok>;
  'GET /api/session': R<{}, {}, undefined, { user: SessionUser | null; csrfToken: string | null }>;
  'GET /api/me': R<{}, {}, undefined, Session>;
  'POST /api/account/password': R<{}, {}, { currentPassword: string; newPassword: string }, PasswordChanged>;
  'POST /api/account/sessions/revoke-all': R<{}, {}, {}, { ok: boolean; revoked: number }>;
  'POST /api/admin/users/:id/password': R<Id, {}, { newPassword: string }, PasswordChanged>;
  'POST /api/admin/users/:id/unlock': R<Id, {}, undefined, Ok>;
  // ── system ──
  'GET /api/health': R<{}, {}, undefined, { status: string; database: string }>;
  'GET /api/demo-info': R<{}, {}, undefined, DemoInfo>;
  /** The OpenAPI document of these routes (hidden from itself). */
  'GET /api/openapi.json': R<{}, {}, undefined, Record<string, unknown>>;
  // ── admin ──
  'GET /api/admin/settings': R<{}, {}, undefined, DeploymentSettings>;
  'PUT /api/admin/settings': R<{}, {}, DeploymentSettings & { previous: DeploymentSettings }, DeploymentSettings>;
  'GET /api/admin/monitoring-thresholds': R<{}, {}, undefined, WarningThresholds & { defaults: WarningThresholds }>;
  'PUT /api/admin/monitoring-thresholds': R<{}, {}, WarningThresholds & { previous: WarningThresholds }, WarningThresholds>;
  'GET /api/admin/deadlines': R<{}, { year?: number }, undefined, { deadlines: Deadline[] }>;
  'PUT /api/admin/deadlines': R<{}, {}, DeadlineInput, { deadlines: Deadline[] }>;
  'GET /api/admin/users': R<{}, { q?: string; limit?: number; offset?: number }, undefined, { users: ManagedUser[]; total: number }>;
  'GET /api/admin/users/:id': R<Id, {}, undefined, ManagedUser>;
  'POST /api/admin/users': R<{}, {}, NewUser, ManagedUser>;
  'POST /api/admin/units': R<{}, {}, NewUnitInput, Unit>;
  'PUT /api/admin/units/:id': R<Id, {}, UnitChange, Unit>;
  'POST /api/admin/units/:id/move': R<Id, {}, { parentId: string | null; fromYear: number }, { unit: Unit; parentId: string | null; fromYear: number }>;
  'POST /api/admin/units/:id/retire': R<Id, {}, { lastYear: number }, { unit: Unit; lastYear: number }>;
  'PUT /api/admin/users/:id': R<Id, {}, UserChange, ManagedUser>;
  'GET /api/audit': R<{}, AuditQuery, undefined, AuditPage>;
  'GET /api/audit/:id': R<Id, {}, undefined, AuditDetail>;
  // ── units ──
  'GET /api/units': R<{}, { parentId?: string; year?: number; limit?: number; offset?: number }, undefined, { units: UnitNode[] } | UnitPage>;
  'GET /api/units/search': R<{}, { q: string; limit?: number; year?: number }, undefined, { units: FoundUnit[] }>;
  'GET /api/units/resolve': R<{}, { q: string; year?: number }, undefined, { unit: FoundUnit }>;
  'GET /api/units/:id': R<Id, { year?: number }, undefined, UnitLineage>;
  // ── evaluations ──
  'GET /api/evaluations': R<{}, { unitId?: string; year?: number; status?: EvaluationStatus[] }, undefined, { evaluations: EvaluationHeader[] }>;
  'POST /api/evaluations': R<{}, {}, { unitId: string; year: number; frameworkId?: string; projectCode?: string | null }, CreatedEvaluation>;
  'DELETE /api/evaluations/:id': R<Id, { version: number }, undefined, Ok>;
  'GET /api/evaluations/:id': R<Id, {}, undefined, Evaluation>;
  'PUT /api/evaluations/:id': R<Id, {}, { version: number; content: EvaluationContent }, Evaluation>;
  'GET /api/evaluations/:id/indicators': R<Id, {}, undefined, IndicatorTable>;
  'GET /api/evaluations/:id/completeness': R<Id, {}, undefined, { complete: boolean; items: CompletenessItem[] }>;
  'GET /api/evaluations/:id/report': R<Id, { format: ReportFormat }, undefined, FileDownload>;
  'POST /api/evaluations/import': R<
    {},
    {},
    { unitId: string; year: number; fileName: string; contentBase64: string; frameworkCode?: string; version?: number },
    Evaluation
  >;
  'POST /api/import/preview': R<{}, {}, { fileName: string; contentBase64: string; year?: number; unitId?: string }, unknown>;
  // ── workflow, findings, review ──
  'POST /api/evaluations/:id/transitions': R<Id, {}, Decision<WorkflowAction>, Evaluation>;
  'GET /api/evaluations/:id/history': R<Id, {}, undefined, { transitions: Transition[] }>;
  'GET /api/evaluations/:id/actions': R<Id, {}, undefined, { actions: WorkflowAction[] }>;
  'GET /api/evaluations/:id/diff': R<Id, {}, undefined, { since: string | null; changes: Change[] }>;
  'GET /api/evaluations/:id/findings': R<Id, {}, undefined, FindingsWithRelations>;
  'POST /api/evaluations/:id/findings/explain': R<Id, {}, ExplainInput, { findings: ReportedFinding[] }>;
  'GET /api/evaluations/:id/comments': R<Id, {}, undefined, Comments>;
  'POST /api/evaluations/:id/comments': R<Id, {}, PinInput, Comments>;
  'POST /api/evaluations/:id/comments/:commentId': R<{ id: string; commentId: string }, {}, { action: CommentAction; text?: string }, Comments>;
  'GET /api/workbench': R<{}, { year?: number }, undefined, Workbench>;
  // ── frameworks and indicators ──
  'GET /api/frameworks': R<{}, { code?: string; year?: number }, undefined, { frameworks: FrameworkSummary[] }>;
  'GET /api/frameworks/:id': R<Id, {}, undefined, FrameworkDetail>;
  'POST /api/frameworks': R<{}, {}, FrameworkInput, Framework>;
  'PUT /api/frameworks/:id': R<
    Id,
    {},
    { revision: number; name: string; year?: number | null; indicators: IndicatorInput[] },
    Framework & { revision: number }
  >;
  'POST /api/frameworks/:id/freeze': R<Id, {}, undefined, Framework>;
  'POST /api/frameworks/:id/copy': R<Id, {}, { year: number }, Framework>;
  'GET /api/indicator-library': R<
    {},
    { q?: string; operator?: Operator; ownerUnitId?: string; year?: number; limit?: number },
    undefined,
    { entries: unknown[] }
  >;
  'POST /api/indicator-library': R<{}, {}, LibraryInput, unknown>;
  'PUT /api/evaluations/:id/targets': R<Id, {}, { version: number; targets: { indicatorCode: string; target: string | null }[] }, Evaluation>;
  'GET /api/evaluations/:id/baseline': R<Id, {}, undefined, unknown>;
  'POST /api/score': R<{}, {}, unknown, unknown>;
  // ── dashboard and portal ──
  'GET /api/dashboard/:id': R<Id, { year: number; project?: string }, undefined, Dashboard>;
  'GET /api/dashboard/:id/years': R<Id, {}, undefined, { years: number[] }>;
  'GET /api/dashboard/:id/export': R<Id, { year: number; project?: string }, undefined, FileDownload>;
  'GET /api/rollups/:id': R<Id, { year: number; measure: string[] }, undefined, unknown>;
  'GET /api/public/headline': R<{}, { year: number; project?: string }, undefined, PublicHeadline>;
  'GET /api/public/evaluations': R<{}, { year?: number; q?: string }, undefined, { evaluations: EvaluationHeader[] }>;
  'GET /api/public/evaluations/:id': R<Id, {}, undefined, Evaluation>;
  'GET /api/public/evaluations/:id/report': R<Id, { format: ReportFormat }, undefined, FileDownload>;
  // ── 绩效目标, 运行监控, 整改 ──
  'GET /api/units/:id/targets': R<Id, { year: number }, undefined, { targets: TargetHeader[]; rectifications: Rectification[]; canCreate: boolean }>;
  'POST /api/units/:id/targets': R<Id, {}, { year: number; frameworkId: string; scope?: string; scopeName?: string; goal?: string }, Created>;
  'GET /api/targets/:id': R<Id, {}, undefined, TargetDetail>;
  'PUT /api/targets/:id': R<
    Id,
    {},
    {
      version: number;
      goal?: string;
      values?: TargetValue[];
      budgetLines?: { key?: string; label: string; amount: string }[];
    },
    Versioned
  >;
  'POST /api/targets/:id/transitions': R<Id, {}, Decision<PlanAction>, Versioned>;
  'POST /api/targets/:id/adjustments': R<Id, {}, { reason: string; changes: { indicatorCode: string; to: string | null }[] }, Created>;
  'POST /api/adjustments/:id/transitions': R<Id, {}, Decision<'approve' | 'return'>, Ok>;
  'GET /api/units/:id/monitoring': R<
    Id,
    { year: number },
    undefined,
    { answering: Round[]; opened: Round[]; canOpen: boolean; thresholds?: WarningThresholds }
  >;
  'GET /api/units/:id/monitoring/progress': R<Id, { year: number }, undefined, MonitoringProgress>;
  'POST /api/units/:id/monitoring': R<
    Id,
    {},
    { year: number; name?: string; asOf: string; dueDate: string; thresholds?: { yellow?: string; red?: string } },
    Created
  >;
  'GET /api/monitoring/:id/units/:unitId': R<IdUnit, {}, undefined, ReportView>;
  'PUT /api/monitoring/:id/units/:unitId': R<
    IdUnit,
    {},
    { version: number; indicators: IndicatorAnswerInput[]; budget: { targetId: string; key: string; executed: string | null }[] },
    Versioned
  >;
  'POST /api/monitoring/:id/units/:unitId/transitions': R<IdUnit, {}, Decision<PlanAction>, Versioned>;
  'GET /api/monitoring/:id/units/:unitId/export': R<IdUnit, {}, undefined, FileDownload>;
  'GET /api/monitoring/:id/board': R<Id, { unitId?: string }, undefined, { round: Round; timeProgress: string | null; rows: BoardRow[] }>;
  'GET /api/monitoring/:id/board/export': R<Id, { unitId?: string }, undefined, FileDownload>;
  'GET /api/units/:id/rectifications': R<Id, { year: number }, undefined, { items: Rectification[]; canRaise: boolean; canAnswer: boolean }>;
  'POST /api/units/:id/rectifications': R<Id, {}, { year: number; problem: string; requiredFix: string; roundId?: string | null }, Created>;
  'PUT /api/rectifications/:id': R<
    Id,
    {},
    { version: number; answer?: string | null; evidence?: string | null; status?: 'open' | 'answered' | 'closed' },
    Rectification
  >;
}

export type RouteKey = keyof Contract;
export type Method = RouteKey extends `${infer M} ${string}` ? M : never;
export type Params<K extends RouteKey> = Contract[K]['params'];
export type Query<K extends RouteKey> = Contract[K]['query'];
export type Body<K extends RouteKey> = Contract[K]['body'];
export type Reply<K extends RouteKey> = Contract[K]['response'];
export type { Role };

/** The Fastify route generic of a contract route: the handler sees the contract's params, query and body. */
export interface Api<K extends RouteKey> {
  Params: Params<K>;
  Querystring: Query<K>;
  Body: Body<K>;
}
