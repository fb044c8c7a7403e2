// Creating many users at once from a list (a deployment's first week: one filler per unit).
// Every row is checked against the database first — units found exactly once, usernames free — and
// nothing is written unless all rows are fine; then users and grants go in with a few statements and
// one audit entry. Passwords are generated, hashed in parallel, and returned once for the operator
// to hand out; each must be changed at first sign-in.
import { randomBytes } from 'node:crypto';
import { isDeploymentAdmin, type Actor } from '../domain/access.js';
import type { RowProblem, UserRow } from '../domain/userImport.js';
import { auditRepository } from '../store/audit.js';
import type { Db } from '../store/db.js';
import { unitRepository } from '../store/units.js';
import { userDirectory } from '../store/userDirectory.js';
import { hashPassword } from './auth.js';
import { forbidden } from './errors.js';

/** 16 characters from an alphabet without look-alikes (no 0/O, 1/l/I). */
export function generatePassword(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  return [...randomBytes(16)].map((b) => alphabet[b % alphabet.length]).join('');
}

export interface CreatedUser {
  username: string;
  displayName: string;
  role: UserRow['role'];
  unitName: string | null;
  password: string;
}

export async function importUsers(
  db: Db,
  actor: Actor,
  rows: UserRow[],
  opts: { dryRun?: boolean; onHashed?: (done: number, total: number) => void } = {},
): Promise<{ created: CreatedUser[]; problems: RowProblem[] }> {
  if (!isDeploymentAdmin(actor)) throw forbidden('只有全局管理员可以批量导入用户 / deployment-wide admin only');
  const problems: RowProblem[] = [];
  const keys = new Set(rows.flatMap((r) => (r.unit ? [r.unit] : [])));
  const found = await unitRepository(db).findMany([...keys]);
  const unitOf = new Map<string, { id: string; name: string }[]>();
  for (const u of found)
    for (const k of [u.code, u.name, u.shortName])
      if (k && keys.has(k) && !unitOf.get(k)?.some((x) => x.id === u.id)) unitOf.set(k, [...(unitOf.get(k) ?? []), { id: u.id, name: u.name }]);
  const taken = await userDirectory(db).takenAmong(rows.map((r) => r.username));
  const resolved = rows.map((r) => {
    const units = r.unit ? (unitOf.get(r.unit) ?? []) : [];
    if (r.unit && units.length === 0) problems.push({ line: r.line, message: `未找到单位 / unit not found: ${r.unit}` });
    if (units.length > 1)
      problems.push({ line: r.line, message: `单位“${r.unit}”不唯一（${units.length} 个同名），请填写单位代码 / ambiguous unit, use its code` });
    if (taken.has(r.username.toLowerCase())) problems.push({ line: r.line, message: `用户名已存在 / username taken: ${r.username}` });
    return { ...r, unitId: units[0]?.id ?? null, unitName: units[0]?.name ?? null };
  });
  if (problems.length || opts.dryRun) return { created: [], problems: problems.sort((a, b) => a.line - b.line) };

  const passwords = rows.map(() => generatePassword());
  const hashes: string[] = new Array(rows.length);
  // argon2 runs on libuv's thread pool: a few at a time keeps every core busy without a queue of thousands
  for (let i = 0; i < rows.length; i += 4) {
    const chunk = passwords.slice(i, i + 4);
    (await Promise.all(chunk.map((p) => hashPassword(p)))).forEach((h, k) => (hashes[i + k] = h));
    opts.onHashed?.(Math.min(i + 4, rows.length), rows.length);
  }
  await db.transaction(async (tx) => {
    await userDirectory(tx).insertMany(
      resolved.map((r, i) => ({ username: r.username, displayName: r.displayName, passwordHash: hashes[i]!, grant: { role: r.role, unitId: r.unitId } })),
    );
    await auditRepository(tx).append([
      {
        userId: actor.userId,
        action: 'user.import',
        entity: 'user',
        entityId: null,
        unitId: null,
        after: { count: resolved.length, users: resolved.map((r) => ({ username: r.username, role: r.role, unitId: r.unitId })) },
        seal: ['user'],
      },
    ]);
  });
  return {
    created: resolved.map((r, i) => ({ username: r.username, displayName: r.displayName, role: r.role, unitName: r.unitName, password: passwords[i]! })),
    problems: [],
  };
}
