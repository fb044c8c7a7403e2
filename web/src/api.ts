// The HTTP client: JSON in/out, session cookie, CSRF header on every state-changing request.
import type { Evaluation, EvaluationStatus } from '../../src/domain/types.js';
import type { WorkflowAction } from '../../src/domain/workflow.js';
import type { EvaluationHeader, ReportedFinding as Finding, RoleGrant, SessionUser, Transition, UnitNode, Workbench } from '../../src/domain/wire.js';

export type { Evaluation, EvaluationHeader, EvaluationStatus, UnitNode, Workbench };

export type { Finding, RoleGrant, Transition };
export type User = SessionUser;
export interface DiffChange {
  path: string;
  label: string;
  before: unknown;
  after: unknown;
}
export type TransitionAction = WorkflowAction;

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
  const res = await fetch(path, { method, headers, credentials: 'same-origin', ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
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
