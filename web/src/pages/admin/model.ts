// 系统管理, the pure part: the user form's draft (grant rows edited by key, so a half-filled row
// keeps its place), the request bodies built from it, where a server problem belongs on the form,
// and the deadline table's rows. No React here: model.test.ts covers it.

import type { Deadline, ManagedUser, UserGrant } from '../../../../src/domain/wire.js';

import { ROLES, type Role } from '../../../../src/domain/access.js';
export { ROLES, type Role };
export type { ManagedUser };
export type Grant = UserGrant;

/** A grant row: a chosen unit, ALL (the whole deployment, admin only) or null (not chosen yet). */
export const ALL = '*';
export interface PickedUnit {
  id: string;
  name: string;
}
export interface GrantRow {
  key: number;
  role: Role;
  unit: PickedUnit | typeof ALL | null;
}

export interface UserDraft {
  username: string;
  displayName: string;
  password: string;
  disabled: boolean;
  grants: GrantRow[];
}

/** Does the session hold an admin grant (any unit)? Deployment-wide (unitId null)? */
export const holdsAdmin = (roles: readonly { role: string; unitId: string | null }[] | undefined) => !!roles?.some((g) => g.role === 'admin');
export const holdsDeploymentAdmin = (roles: readonly { role: string; unitId: string | null }[] | undefined) =>
  !!roles?.some((g) => g.role === 'admin' && g.unitId === null);

export const emptyDraft = (): UserDraft => ({ username: '', displayName: '', password: '', disabled: false, grants: [{ key: 1, role: 'filler', unit: null }] });

export const draftOf = (u: ManagedUser): UserDraft => ({
  username: u.username,
  displayName: u.displayName,
  password: '',
  disabled: u.disabled,
  grants: u.grants.map((g, i) => ({ key: i + 1, role: g.role, unit: g.unitId === null ? ALL : { id: g.unitId, name: g.unitName ?? g.unitId } })),
});

const nextKey = (rows: GrantRow[]) => Math.max(0, ...rows.map((r) => r.key)) + 1;

export const addGrant = (rows: GrantRow[]): GrantRow[] => [...rows, { key: nextKey(rows), role: 'filler', unit: null }];
export const removeGrant = (rows: GrantRow[], key: number): GrantRow[] => rows.filter((r) => r.key !== key);
export const setUnit = (rows: GrantRow[], key: number, unit: GrantRow['unit']): GrantRow[] => rows.map((r) => (r.key === key ? { ...r, unit } : r));

/** Only the admin role may cover the whole deployment: leaving it clears the unit, not the role. */
export const setRole = (rows: GrantRow[], key: number, role: Role): GrantRow[] =>
  rows.map((r) => (r.key === key ? { ...r, role, unit: r.unit === ALL && role !== 'admin' ? null : r.unit } : r));

export type GrantIssue = 'noUnit' | 'allNotAdmin' | 'allNotAllowed' | 'duplicate';

/** Problems a row shows before anything is sent (the server checks again, in its own words). */
export function grantIssues(rows: GrantRow[], mayGrantAll: boolean): Map<number, GrantIssue> {
  const out = new Map<number, GrantIssue>();
  const seen = new Set<string>();
  for (const r of rows) {
    if (r.unit === null) out.set(r.key, 'noUnit');
    else if (r.unit === ALL && r.role !== 'admin') out.set(r.key, 'allNotAdmin');
    else if (r.unit === ALL && !mayGrantAll) out.set(r.key, 'allNotAllowed');
    else {
      const id = `${r.role}@${r.unit === ALL ? ALL : r.unit.id}`;
      if (seen.has(id)) out.set(r.key, 'duplicate');
      seen.add(id);
    }
  }
  return out;
}

const ROLE_INDEX = (r: Role) => ROLES.indexOf(r);

/** The grants as the API takes them, in a stable order; rows still without a unit are left out. */
export function grantsOut(rows: GrantRow[]): { role: Role; unitId: string | null }[] {
  return rows
    .filter((r) => r.unit !== null)
    .map((r) => ({ role: r.role, unitId: r.unit === ALL ? null : (r.unit as PickedUnit).id }))
    .sort((a, b) => ROLE_INDEX(a.role) - ROLE_INDEX(b.role) || Number(a.unitId ?? -1) - Number(b.unitId ?? -1));
}

/** POST /api/admin/users: username and name trimmed, the password exactly as typed. */
export const createBody = (d: UserDraft) => ({
  username: d.username.trim(),
  displayName: d.displayName.trim(),
  password: d.password,
  grants: grantsOut(d.grants),
});

/** PUT /api/admin/users/:id with the version the form was based on. */
export const updateBody = (version: number, d: UserDraft) => ({
  version,
  displayName: d.displayName.trim(),
  disabled: d.disabled,
  grants: grantsOut(d.grants),
});

/** What "changed" compares: grant order and half-filled rows do not count, whitespace around the name does not. */
export const snapshot = (d: UserDraft) =>
  JSON.stringify([d.username.trim(), d.displayName.trim(), d.password, d.disabled, grantsOut(d.grants), d.grants.filter((g) => g.unit === null).length]);

/** The fields a user differs in between what I typed and the server's current state (409). */
export function differingFields(mine: UserDraft, current: ManagedUser): ('displayName' | 'disabled' | 'grants')[] {
  const theirs = draftOf(current);
  const out: ('displayName' | 'disabled' | 'grants')[] = [];
  if (mine.displayName.trim() !== theirs.displayName.trim()) out.push('displayName');
  if (mine.disabled !== theirs.disabled) out.push('disabled');
  if (JSON.stringify(grantsOut(mine.grants)) !== JSON.stringify(grantsOut(theirs.grants))) out.push('grants');
  return out;
}

/** Fields left empty (checked before sending: the server's schema would answer in its own jargon). */
export function missingFields(d: UserDraft, creating: boolean): Field[] {
  const out: Field[] = [];
  if (creating && !d.username.trim()) out.push('username');
  if (!d.displayName.trim()) out.push('displayName');
  if (creating && d.password === '') out.push('password');
  return out;
}

/** Every problem of a 400: its `problems` list, else its message. */
export function problemsOf(body: Record<string, unknown>, message: string): string[] {
  const list = Array.isArray(body.problems) ? body.problems.filter((p): p is string => typeof p === 'string') : [];
  return list.length ? list : [message];
}

export type Field = 'username' | 'displayName' | 'password' | 'grants';

/**
 * Which field a server problem is about (its words, either language); null: the form as a whole.
 * Order matters: "新密码不能包含用户名" is about the password, "不能停用自己或修改自己的角色" about both.
 */
export function fieldOf(problem: string): Field | null {
  if (/密码|password/i.test(problem)) return 'password';
  if (/停用|disabl/i.test(problem)) return null;
  if (/用户名|username/i.test(problem)) return 'username';
  if (/姓名|display name/i.test(problem)) return 'displayName';
  if (/角色|grant|role|单位|unit/i.test(problem)) return 'grants';
  return null;
}

export function problemsByField(problems: string[]): Map<Field | null, string[]> {
  const out = new Map<Field | null, string[]>();
  for (const p of problems) {
    const f = fieldOf(p);
    out.set(f, [...(out.get(f) ?? []), p]);
  }
  return out;
}

// ---- deadlines ----

export const LEVELS = ['*', 'province', 'prefecture', 'county', 'township', 'village', 'other'] as const;
export type Level = (typeof LEVELS)[number];

export type { Deadline };

/** One table row per level: the date stored (what PUT sends as `previous`) and the date typed. */
export interface DeadlineRow {
  level: Level;
  saved: string | null;
  draft: string;
}

export const deadlineRows = (deadlines: Deadline[]): DeadlineRow[] =>
  LEVELS.map((level) => {
    const saved = deadlines.find((d) => d.level === level)?.dueDate ?? null;
    return { level, saved, draft: saved ?? '' };
  });

/** After a save (or a 409) the stored dates change; a row whose typed date differs keeps it. */
export function rebaseRows(rows: DeadlineRow[], deadlines: Deadline[]): DeadlineRow[] {
  return deadlineRows(deadlines).map((fresh) => {
    const old = rows.find((r) => r.level === fresh.level);
    return old && old.draft !== (old.saved ?? '') ? { ...fresh, draft: old.draft } : fresh;
  });
}

export const isDate = (s: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

export const rowDirty = (r: DeadlineRow) => r.draft !== (r.saved ?? '');

/** PUT /api/admin/deadlines: an empty date removes the deadline; previous is what the table showed. */
export const deadlineBody = (year: number, r: DeadlineRow) => ({ year, level: r.level, dueDate: r.draft === '' ? null : r.draft, previous: r.saved });
