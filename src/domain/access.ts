// Who may do what, as pure functions over a user's grants and a unit's ancestry.
// The service layer calls these for every use case; routes only translate the answer.

import { ROLES, type Role } from './types.js';

export { ROLES, type Role };

export interface Grant {
  role: Role;
  unitId: string | null; // null = the whole deployment
}

export interface Actor {
  kind: 'user' | 'system';
  userId: string | null;
  username: string;
  grants: Grant[];
}

/** The CLI and internal jobs act as the system (full rights, audited as such). */
export const SYSTEM_ACTOR: Actor = { kind: 'system', userId: null, username: 'system', grants: [{ role: 'admin', unitId: null }] };

/** `lineage` = [unitId, parentId, grandparentId, …] in the evaluation's year. */
export interface UnitLineage {
  unitId: string;
  ancestors: string[]; // nearest first, excluding the unit
}

const covers = (g: Grant, l: UnitLineage) => g.unitId === null || g.unitId === l.unitId || l.ancestors.includes(g.unitId);
const coversStrictly = (g: Grant, l: UnitLineage) => g.unitId === null || l.ancestors.includes(g.unitId);

export const isAdmin = (a: Actor) => a.grants.some((g) => g.role === 'admin');

/** Settings and deadlines apply to everyone: only the system or a deployment-wide admin. */
export const isDeploymentAdmin = (a: Actor) => a.kind === 'system' || a.grants.some((g) => g.role === 'admin' && g.unitId === null);

/** Read a unit's data (drafts included): any role whose subtree holds the unit. */
export function canRead(a: Actor, l: UnitLineage): boolean {
  return a.grants.some((g) => covers(g, l));
}

/** Edit content: a filler of exactly that unit (the system too). */
export function canEdit(a: Actor, l: UnitLineage): boolean {
  return a.kind === 'system' || a.grants.some((g) => g.role === 'filler' && g.unitId === l.unitId);
}

/** Create or delete a draft: a filler of that unit, or an admin whose subtree holds it. */
export function canManageDrafts(a: Actor, l: UnitLineage): boolean {
  return canEdit(a, l) || a.grants.some((g) => g.role === 'admin' && covers(g, l));
}

/** Someone above the unit reading it (a reviewer's "opened"): any grant strictly above, or its reviewer; not a filler of the unit. */
export function readsFromAbove(a: Actor, l: UnitLineage): boolean {
  return a.kind === 'user' && !canEdit(a, l) && (a.grants.some((g) => coversStrictly(g, l)) || canReview(a, l));
}

/**
 * Return / approve / reopen / publish: a reviewer of a strict ancestor. A top-level unit has no
 * unit above it: the finance bureau of its level (财政, a finance grant covering it) reviews it,
 * as it approves the top level's 绩效目标; below the top, finance re-checks but does not review.
 */
export function canReview(a: Actor, l: UnitLineage): boolean {
  if (a.kind === 'system') return true;
  if (a.grants.some((g) => g.role === 'reviewer' && g.unitId !== null && coversStrictly(g, l))) return true;
  return l.ancestors.length === 0 && a.grants.some((g) => g.role === 'finance' && covers(g, l) && !canEdit(a, l));
}

/** Finance re-checks budgets of every unit in its subtree. */
export function canFinanceCheck(a: Actor, l: UnitLineage): boolean {
  return a.grants.some((g) => g.role === 'finance' && covers(g, l));
}

/** The roots of the subtrees an actor may read (null inside = everything). */
export function readableRoots(a: Actor): (string | null)[] {
  return [...new Set(a.grants.map((g) => g.unitId))];
}

/**
 * Which audit entries an actor may browse: everything for a deployment-wide grant (or the
 * system); otherwise entries about units in the subtrees of its grants (their current tree).
 * Entries without a unit (logins, settings, deadlines) need a deployment-wide grant.
 */
export type AuditScope = { all: true } | { all: false; roots: string[] };

export function auditScope(a: Actor): AuditScope {
  if (a.kind === 'system' || a.grants.some((g) => g.unitId === null)) return { all: true };
  return { all: false, roots: [...new Set(a.grants.map((g) => g.unitId!))].sort() };
}
