// Managing users and their grants: who may hand out which grant, and what a valid user looks like.
// An admin of a unit administers its subtree: it may create users there, give them any role on a
// unit inside it (admin included), and edit users whose every grant lies inside it. Only a
// deployment-wide admin may give deployment-wide grants or edit users without any grant.
import type { Actor, Grant, Role, UnitLineage } from './access.js';

export const ROLE_ORDER: readonly Role[] = ['filler', 'reviewer', 'finance', 'admin'];

/** Roots of the subtrees the actor administers; null inside = the whole deployment. */
export function adminRoots(a: Actor): (string | null)[] {
  if (a.kind === 'system') return [null];
  return [...new Set(a.grants.filter((g) => g.role === 'admin').map((g) => g.unitId))];
}

/** May the actor give or take away a grant on this unit (null = deployment-wide)? */
export function mayAdministerGrant(a: Actor, unit: UnitLineage | null): boolean {
  const roots = adminRoots(a);
  if (roots.includes(null)) return true;
  if (unit === null) return false;
  return roots.some((r) => r === unit.unitId || unit.ancestors.includes(r!));
}

/** May the actor edit a user holding these grants (each with its unit's lineage)? */
export function mayAdministerUser(a: Actor, grants: { unit: UnitLineage | null }[]): boolean {
  if (adminRoots(a).includes(null)) return true;
  return grants.length > 0 && grants.every((g) => mayAdministerGrant(a, g.unit));
}

export interface UserDraft {
  username: string;
  displayName: string;
  grants: Grant[];
}

// Letters (Chinese included), digits and . _ @ -: what staff numbers and pinyin names use.
const USERNAME = /^[\p{L}\p{N}._@-]{2,50}$/u;

/** Problems with a user as entered, in the words the form shows (empty = fine). */
export function userProblems(u: UserDraft): string[] {
  const out: string[] = [];
  if (!USERNAME.test(u.username)) out.push('用户名须为 2–50 个字母、数字或 . _ @ - / username: 2–50 letters, digits or . _ @ -');
  const name = u.displayName.trim();
  if (name.length === 0 || name.length > 100) out.push('姓名不能为空，最多 100 字 / display name: 1–100 characters');
  const seen = new Set<string>();
  for (const g of u.grants) {
    if (!ROLE_ORDER.includes(g.role)) out.push(`未知角色 / unknown role: ${g.role}`);
    if (g.unitId === null && g.role !== 'admin') out.push(`只有管理员角色可以覆盖全部单位 / only admin may be deployment-wide: ${g.role}`);
    const key = `${g.role}@${g.unitId ?? '*'}`;
    if (seen.has(key)) out.push(`重复的角色 / duplicate grant: ${key}`);
    seen.add(key);
  }
  return out;
}

/** Grants in a stable order (role, then unit), so equal sets compare equal. */
export function sortGrants<G extends Grant>(grants: G[]): G[] {
  return [...grants].sort((x, y) => ROLE_ORDER.indexOf(x.role) - ROLE_ORDER.indexOf(y.role) || Number(x.unitId ?? -1) - Number(y.unitId ?? -1));
}

export function sameGrants(a: Grant[], b: Grant[]): boolean {
  const [x, y] = [sortGrants(a), sortGrants(b)];
  return x.length === y.length && x.every((g, i) => g.role === y[i]!.role && g.unitId === y[i]!.unitId);
}
