// Managing users and their grants: who may hand out which grant, and what a valid user looks like.
// An admin of a unit administers its subtree: it may create users there, give them any role on a
// unit inside it (admin included), and edit users whose every grant lies inside it. Only a
// deployment-wide admin may give deployment-wide grants or edit users without any grant.
import type { Actor, Grant, Role, UnitLineage } from './access.js';
import type { UnitChange } from './requests.js';
import { UNIT_LEVELS } from './types.js';

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

// ASCII letters and digits, Chinese characters (汉字), . _ @ - and the middle dot of minority names:
// what staff numbers, pinyin and Chinese names use. Nothing that merely looks like a Latin letter —
// full-width ｗｕｇａｎｇ, superscript ᴬdmin, dotted İ, Cyrillic а — so no two accounts look alike.
const USERNAME = /^[A-Za-z0-9\p{Script=Han}._@·-]{2,50}$/u;
/**
 * Invisible or direction-changing characters (U+202E turns "txt.exe" into "exe.txt"), controls, the
 * line and paragraph separators, and the invisible tag characters (U+E0000–E007F) that can carry hidden text.
 */
const HIDDEN =
  // oxlint-disable-next-line no-misleading-character-class -- variation selectors are listed on purpose: they hide text
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\u{e0000}-\u{e007f}]/u;
/**
 * A whole emoji, which a phone keyboard writes with characters HIDDEN refuses elsewhere: a zero-width
 * joiner between pictographs (👨‍👩‍👧, 🏳️‍🌈), the emoji presentation selector U+FE0F (❤️, 1️⃣) and the
 * tags of a subdivision flag (🏴 + tags + U+E007F). Only these shapes pass: a joiner or selector
 * anywhere else still hides text.
 */
const EMOJI =
  /\u{1f3f4}[\u{e0020}-\u{e007e}]+\u{e007f}|\p{Extended_Pictographic}\ufe0f?\p{Emoji_Modifier}?(?:\u200d\p{Extended_Pictographic}\ufe0f?\p{Emoji_Modifier}?)*|[0-9#*]\ufe0f?\u20e3/gu;

/** Does the text hold a hidden character outside a whole emoji? */
export const hasHidden = (text: string) => HIDDEN.test(text.replace(EMOJI, ''));

/** The key two usernames must not share: NFKC and case folded (ＡＤＭＩＮ, Admin and admin are one). */
export function usernameKey(username: string): string {
  return username.normalize('NFKC').toLowerCase().normalize('NFKC');
}

/** What a person typed at login, as the stored name would be (full-width input from a Chinese IME). */
export function loginName(typed: string): string {
  return typed.normalize('NFKC').trim();
}

/** Problems with a user as entered, in the words the form shows (empty = fine). */
export function userProblems(u: UserDraft): string[] {
  const out: string[] = [];
  if (!USERNAME.test(u.username)) {
    const odd = [...u.username].find((c) => !/[A-Za-z0-9\p{Script=Han}._@·-]/u.test(c));
    out.push(
      `用户名须为 2–50 个英文字母、数字、汉字或 . _ @ - ·${odd ? `（不接受“${HIDDEN.test(odd) ? `U+${odd.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : odd}”：全角字母、上标字母和其他文字中形似英文字母的字符容易冒充他人）` : ''} / username: 2–50 ASCII letters, digits, Chinese characters or . _ @ - ·`,
    );
  }
  const name = u.displayName.trim();
  if (name.length === 0 || name.length > 100) out.push('姓名不能为空，最多 100 字 / display name: 1–100 characters');
  if (hasHidden(u.displayName)) out.push('姓名不能包含不可见字符或改变文字方向的控制字符（如 U+202E）/ display name: no invisible or bidi control characters');
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

/** Every problem of a unit's own fields at once (adding or renaming), in the form's words. */
export function unitFieldProblems(u: UnitChange): string[] {
  const p: string[] = [];
  if (!u.name.trim()) p.push('请填写单位全称 / name required');
  if (!/^[A-Za-z0-9-]{1,30}$/.test(u.code.trim()))
    p.push('单位代码只能是 1–30 位字母、数字或连字符（如 430581 或 430581-01）/ code: 1–30 letters, digits or -');
  if (!u.type.trim()) p.push('请填写单位类型（如 妇联、残联）/ type required');
  // a unit's name is shown on the public portal and in every report: U+202E there reverses what readers see
  const hidden = (['name', 'shortName', 'type'] as const).filter((k) => hasHidden(u[k] ?? ''));
  if (hidden.length)
    p.push(
      `单位名称、简称和类型不能包含换行、不可见字符或改变文字方向的控制字符（如 U+202E）/ no invisible, line-break or bidi control characters in: ${hidden.join(', ')}`,
    );
  if (!UNIT_LEVELS.includes(u.level)) p.push('请选择级次 / level required');
  return p;
}
