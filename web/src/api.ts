// The HTTP client: JSON in/out, session cookie, CSRF header on every state-changing request.
import type { Evaluation, EvaluationStatus, UnitLevel } from '../../src/domain/types.js';

export type { Evaluation, EvaluationStatus };

export interface RoleGrant {
  role: 'filler' | 'reviewer' | 'finance' | 'admin';
  unitId: string | null;
  unitName: string | null;
}
export interface User {
  id: string;
  username: string;
  displayName: string;
  roles: RoleGrant[];
}
export interface UnitNode {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
  level: UnitLevel;
  type: string;
  parentId: string | null;
  childCount: number;
}
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
}
export interface Finding {
  severity: 'error' | 'warning' | 'info';
  rule: string;
  message: string;
  stated?: string;
  computed?: string;
  text?: string;
  location?: { section?: string; paragraph?: number; field?: string } | string;
  key?: string;
  explanation?: string | null;
}
export interface Transition {
  fromStatus: EvaluationStatus | null;
  toStatus: EvaluationStatus;
  user: string | { username?: string; displayName?: string } | null;
  reason: string | null;
  at: string;
}
export interface DiffChange {
  path: string;
  label: string;
  before: unknown;
  after: unknown;
}
export interface Workbench {
  year: number;
  mine: EvaluationHeader[];
  toReview: EvaluationHeader[];
  overdue: { unitId: string; unitName: string; dueDate: string; status: string }[];
  deadline: string | null;
  notifications: { id: string; kind: string; message: string; evaluationId: string | null; createdAt: string }[];
}
export type TransitionAction = 'submit' | 'return' | 'approve' | 'reopen' | 'publish';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly body: Record<string, unknown>,
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;
export const setCsrfToken = (t: string | null) => {
  csrfToken = t;
};

export async function api<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(path, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = { message: text };
  }
  if (!res.ok) {
    const b = (data ?? {}) as Record<string, unknown>;
    throw new ApiError(res.status, String(b.error ?? res.status), String(b.message ?? res.statusText), b);
  }
  return data as T;
}

export const qs = (params: Record<string, string | number | undefined | null>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
};

export const reportUrl = (id: string, format: 'docx' | 'pdf' | 'xlsx') => `/api/evaluations/${encodeURIComponent(id)}/report?format=${format}`;
