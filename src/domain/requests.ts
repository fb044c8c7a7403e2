// The JSON bodies and queries the HTTP API accepts, declared once: the services take them, the
// contract (src/server/contract.ts) names them for the routes and the web client.
import type { Grant } from './access.js';
import type { FrameworkKind, IndicatorSource, Operator, ScoringRule, UnitLevel } from './types.js';

export interface AuditQuery {
  unitId?: string;
  subtree?: boolean;
  user?: string; // user name
  from?: string; // YYYY-MM-DD, Beijing time, inclusive
  to?: string; // YYYY-MM-DD, inclusive
  action?: string; // exact, or a prefix ending in '.' (evaluation.)
  before?: string; // page: entries older than this id
  limit?: number;
}

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  grants: Grant[];
}

export interface UserChange {
  version: number;
  displayName: string;
  disabled: boolean;
  grants: Grant[];
}

export interface DeadlineInput {
  year: number;
  level: UnitLevel | '*';
  /** null removes the deadline. */
  dueDate: string | null;
  /** The due date the client saw (null: none). A different stored date → 409. */
  previous: string | null;
}

/** One indicator as sent by a client; a `libraryId` copies the 指标库 entry's fields (explicit ones win). */
export interface IndicatorInput {
  code: string;
  parentCode?: string | null; // default: the dotted prefix of the code ("1.2" for "1.2.3")
  order?: number; // default: position among its siblings
  name?: string;
  unit?: string | null;
  operator?: Operator | null;
  weight?: string | number | null;
  rule?: ScoringRule;
  source?: IndicatorSource | null;
  libraryId?: string;
}

export interface FrameworkInput {
  code: string;
  name: string;
  kind?: FrameworkKind;
  year?: number | null;
  indicators: IndicatorInput[];
}

export interface LibraryInput {
  name: string;
  unit?: string | null;
  operator: Operator;
  rule?: ScoringRule;
  description?: string | null;
  ownerUnitId?: string | null; // default: the actor's own unit (admin: shared)
}

export interface ExplainInput {
  key: string;
  note: string;
  /** The note the client last saw (null: none). A different stored note → 409. */
  previous: string | null;
}

export interface PinInput {
  anchor: string;
  text: string;
}

export interface IndicatorAnswerInput {
  targetId: string;
  indicatorCode: string;
  actualToDate?: string | null;
  /** 定性 / 是否: a level of the indicator's scale. */
  actualLevel?: string | null;
  forecastDeclared?: string | null;
  deviationCategory?: string | null;
  deviationReason?: string | null;
  likelihoodDeclared?: string | null;
  likelihoodReason?: string | null;
  correctiveMeasures?: string | null;
}

/** 新增单位 (系统管理 → 单位). */
export interface NewUnitInput {
  name: string;
  shortName?: string | null;
  code: string;
  type: string;
  level: UnitLevel;
  /** null: a top unit (deployment-wide admin only). */
  parentId: string | null;
  /** First year the unit is in the tree. */
  fromYear: number;
}

/** A unit's own fields: what its admin may change without touching its place or history. */
export interface UnitFields {
  name: string;
  shortName?: string | null;
  code: string;
  type: string;
  level: UnitLevel;
}

/** A unit renamed. */
export interface UnitChange extends UnitFields {
  /** The fields as the editor loaded them: changed since by someone else → 409, not a silent overwrite. */
  previous?: UnitFields | null;
}
