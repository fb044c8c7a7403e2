// The JSON shapes the HTTP API returns, declared once: the services build them and the web app
// imports them (type-only), so the two cannot drift apart. Amounts are exact decimal strings.
import type { Change } from './diff.js';
import type { IndicatorTableBody } from './indicators/table.js';

export type { IndicatorRow, IndicatorTableBody } from './indicators/table.js';
export type { ComputeContext, ComputedActual, ComputedInput } from './indicators/compute.js';
export type { CompletenessItem } from './completeness.js';

/** GET /api/evaluations/:id/indicators: the 指标自评表 with scores and how each was reached. */
export interface IndicatorTable extends Omit<IndicatorTableBody, 'values'> {
  evaluationId: string;
  version: number;
  framework: { id: string; code: string; name: string; version: number };
}
import type { Decimal, Evaluation, EvaluationStatus, Framework, FrameworkKind, Unit } from './types.js';
import type { UnitMatchKind } from './unitNames.js';
import type { Relation } from './relations/types.js';
import type { Role } from './access.js';
import type { Finding } from './checks/finding.js';
import type { WorkflowAction } from './workflow.js';

/** One evaluation in a list (workbench, search), without its content. */
export interface EvaluationHeader {
  id: string;
  unitId: string;
  unitName: string;
  unitCode: string;
  year: number;
  frameworkCode: string;
  title: string;
  status: EvaluationStatus;
  version: number;
  updatedAt: string;
  totalScore: string | null;
  grade: string | null;
  /** 示例: demo data, not from a real report. */
  sample: boolean;
  /** A 项目支出绩效自评表 of this key project; null = the unit's own evaluation. */
  projectCode: string | null;
  /** When a reviewer first opened the current submission (撤回 is refused after it). */
  openedAt: string | null;
}

/** A unit in the lazily loaded tree of one year. */
export interface UnitNode extends Unit {
  parentId: string | null;
  childCount: number;
}

export interface OverdueUnit {
  unitId: string;
  unitName: string;
  dueDate: string;
  status: string; // draft | returned | missing
}

export interface WorkbenchDeadline {
  kind: 'evaluation' | 'monitoring';
  unitName: string;
  title: string; // 2022年度绩效自评 / 2022年截至6月30日运行监控
  dueDate: string;
  daysLeft: number; // negative once past
  state: 'done' | 'open' | 'today' | 'overdue';
  link: string; // where to act: the evaluation, or the monitoring page
}

export interface Workbench {
  year: number;
  mine: EvaluationHeader[];
  toReview: EvaluationHeader[];
  overdue: OverdueUnit[];
  deadline: string | null; // for my own unit's level
  /** The deadlines I face as a filler (my 自评, monitoring rounds I answer), with days left. */
  deadlines: WorkbenchDeadline[];
  notifications: { id: string; kind: string; message: string; evaluationId: string | null; createdAt: string }[];
}

export interface ProjectFigures {
  code: string;
  target: string | null;
  actual: string | null;
  rate: string | null; // actual ÷ target of the sums, %
  reporting: number; // units in the subtree with an actual
  funding: { category: string; source: string; amount: string }[];
}

export interface ChildRow {
  unitId: string;
  name: string;
  level: string;
  status: string; // own evaluation status, else 'figures' (own figures stated, no evaluation) or 'missing'
  score: string | null; // own evaluation total
  grade: string | null;
  evaluationId: string | null; // own evaluation (the 抽查复核 opens it)
  /** Finance's 抽查复核 of the current approval: passed, returned, or not (yet) checked. */
  spotCheck: 'passed' | 'returned' | null;
  target: string | null; // subtree sums
  actual: string | null;
  rate: string | null;
  units: number;
}

export interface ChildStats {
  count: number; // children with a value
  min: Decimal | null;
  max: Decimal | null;
  median: Decimal | null;
  sum: Decimal;
}

export interface Dashboard {
  unit: { id: string; name: string; level: string };
  year: number;
  project: ProjectFigures;
  units: number;
  statuses: Record<string, number>; // across the subtree, incl. 'figures' (仅报数据) and 'missing'
  grades: Record<string, number>;
  children: ChildRow[];
  childStats: { score: ChildStats; rate: ChildStats };
  /** The key project's years of one scope, the selected year's (a line joins only like with like). */
  trend: TrendPoint[];
  /** Years of the other scope (the unit's own province-wide figure beside its counties' sum): named, not joined. */
  trendApart: TrendPoint[];
}

/** 'own': the unit stated the figure for its whole area itself; 'below': the sum of the units below that stated one. */
export type TrendScope = 'own' | 'below';

export interface TrendPoint {
  year: number;
  target: string | null;
  actual: string | null;
  rate: string | null;
  scope: TrendScope;
  /** Units whose own figure is in the point (1 for 'own'). */
  reporting: number;
}

/** The public portal's headline: published units only, per root of the tree. */
export interface PublicHeadline {
  year: number;
  roots: { unitId: string; name: string; publishedUnits: number; project: ProjectFigures }[];
}

/** 审计日志 */
export interface AuditListEntry {
  id: string;
  at: string;
  action: string;
  entity: string;
  entityId: string | null;
  reason: string | null;
  unit: { id: string; name: string } | null;
  user: { id: string; username: string; displayName: string } | null;
}

export interface AuditPage {
  entries: AuditListEntry[];
  /** Pass as `before` for the next (older) page; null at the end. */
  next: string | null;
}

export interface AuditDetail extends AuditListEntry {
  before: unknown;
  after: unknown;
  /** For saves of an evaluation: what changed, labelled as in the reviewer's diff. */
  changes: Change[] | null;
  hash: string | null;
  prevHash: string | null;
}

/** One role of a user, with its unit's name (null unit = the whole deployment). */
export interface UserGrant {
  role: Role;
  unitId: string | null;
  unitName: string | null;
}

/** A row of GET /api/admin/users; manageable=false: some grant lies outside the asking admin's subtrees. */
export interface ManagedUser {
  id: string;
  username: string;
  displayName: string;
  disabled: boolean;
  version: number;
  manageable: boolean;
  grants: UserGrant[];
}

/** A role held on a unit (null = the whole deployment), with the unit's name for display. */
export interface RoleGrant {
  role: Role;
  unitId: string | null;
  unitName: string | null;
}

/** A checker finding as the API reports it: a stable key, and the filler's explanation of a warning. */
export interface ReportedFinding extends Finding {
  key: string;
  explanation: string | null;
}

/** One status change of an evaluation, as the history lists it. */
export interface Transition {
  id: string;
  fromStatus: EvaluationStatus | null;
  toStatus: EvaluationStatus;
  user: string | null;
  reason: string | null;
  /** The workflow action (null on records older than it); checkPass / checkReturn are finance's 抽查复核. */
  action: WorkflowAction | null;
  at: string;
}

/** The signed-in user (GET /api/me). mustChangePassword: an admin chose the password. */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  roles: RoleGrant[];
  mustChangePassword: boolean;
}

/** A row of GET /api/frameworks (newest version of a code first on the client). */
export interface FrameworkSummary {
  id: string;
  code: string;
  name: string;
  kind: FrameworkKind;
  year: number | null;
  version: number;
  frozen: boolean;
  revision?: number;
  basedOnId: string | null;
  indicatorCount: number;
  evaluationCount: number;
}

/** GET /api/frameworks/:id: the framework with its edit revision and how far it is in use. */
export interface FrameworkDetail extends Framework {
  revision?: number;
  basedOnId: string | null;
  totalWeight: string;
  usage: { evaluations: number; submitted: number };
}

/** POST /api/evaluations: the new draft and what was carried over from earlier years. */
export interface CreatedEvaluation {
  evaluation: Evaluation;
  carriedOver: { profileFromYear: number | null; targetsFromYear: number | null; targets: number };
}

/** GET /api/units with limit: one page of children by code. */
export interface UnitPage {
  units: UnitNode[];
  total: number;
}

/** GET /api/units/search: best name matches first. */
export type FoundUnit = Unit & { matchedBy: UnitMatchKind };

/** GET /api/units/:id: the unit and its ancestors (readable: the asker may open it). */
export interface UnitLineage {
  unit: Unit;
  ancestors: (Unit & { readable: boolean })[];
}

/** Deployment settings (GET/PUT /api/admin/settings). */
export interface DeploymentSettings {
  requireChildrenApproved: boolean;
}

/** A 自评 due date of one year and unit level ('*': every level). */
export interface Deadline {
  year: number;
  level: string;
  dueDate: string;
}

/** Monitoring warning thresholds, percentage points of lag behind time. */
export interface WarningThresholds {
  yellow: string;
  red: string;
}

/** GET /api/demo-info: the demo accounts, listed on the login page in demo mode only. */
export interface DemoInfo {
  demo: boolean;
  password?: string;
  users?: { username: string; role: string; unitName: string | null }[];
}

/** A relation the checker read, with where it stands in the evaluation (section key, paragraph, form field). */
export type LocatedRelation = Relation & { location?: { section?: string; paragraph?: number; field?: string } };

/** How many relations were checked, by verdict. */
export interface RelationCounts {
  total: number;
  error: number;
  rounding: number;
  unsure: number;
  ok: number;
}

/** GET /api/evaluations/:id/findings: what the checker found, and the number relations it read in the narrative. */
export interface FindingsWithRelations {
  findings: ReportedFinding[];
  relations?: LocatedRelation[];
  summary?: RelationCounts;
}

/** A changed password: how many other sessions were ended. */
export interface PasswordChanged {
  ok: boolean;
  revokedSessions: number;
}
