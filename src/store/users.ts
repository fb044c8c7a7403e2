// Users, their subtree-scoped roles, and database-backed sessions (shared by all app processes).
import { and, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from './db.js';
import { roleAssignments, sessions, units, users } from './schema.js';

import { ROLES, type Role } from '../domain/access.js';
import type { RoleGrant } from '../domain/wire.js';
export { ROLES, type Role };

export type { RoleGrant };

export interface UserRecord {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string;
  disabled: boolean;
  mustChangePassword: boolean;
}

export interface SessionRecord {
  id: string;
  userId: string;
  csrfToken: string;
  expiresAt: Date;
}

export function userRepository(db: DbOrTx) {
  return {
    async insert(u: { username: string; displayName: string; passwordHash: string; mustChangePassword?: boolean }): Promise<string> {
      const [row] = await db.insert(users).values(u).returning({ id: users.id });
      return String(row!.id);
    },

    async grant(userId: string, role: Role, unitId: string | null) {
      await db.insert(roleAssignments).values({ userId: Number(userId), role, unitId: unitId === null ? null : Number(unitId) });
    },

    async byUsername(username: string): Promise<UserRecord | null> {
      const [r] = await db.select().from(users).where(eq(users.username, username));
      return r ? { ...r, id: String(r.id) } : null;
    },

    async byId(id: string): Promise<UserRecord | null> {
      const [r] = await db
        .select()
        .from(users)
        .where(eq(users.id, Number(id)));
      return r ? { ...r, id: String(r.id) } : null;
    },

    /** `mustChange`: true when an admin chose it (reset), false when the user did. */
    async setPasswordHash(id: string, passwordHash: string, mustChange = false) {
      await db
        .update(users)
        .set({ passwordHash, mustChangePassword: mustChange })
        .where(eq(users.id, Number(id)));
    },

    async roles(userId: string): Promise<RoleGrant[]> {
      const rows = await db
        .select({ role: roleAssignments.role, unitId: roleAssignments.unitId, unitName: units.name })
        .from(roleAssignments)
        .leftJoin(units, eq(units.id, roleAssignments.unitId))
        .where(eq(roleAssignments.userId, Number(userId)));
      return rows.map((r) => ({ role: r.role as Role, unitId: r.unitId === null ? null : String(r.unitId), unitName: r.unitName }));
    },

    async count(): Promise<number> {
      const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
      return r?.n ?? 0;
    },
  };
}

export function sessionRepository(db: DbOrTx) {
  return {
    async create(s: SessionRecord) {
      await db.insert(sessions).values({ id: s.id, userId: Number(s.userId), csrfToken: s.csrfToken, expiresAt: s.expiresAt });
    },
    /** A live session: not revoked, not expired. */
    async live(id: string, now = new Date()): Promise<SessionRecord | null> {
      const [r] = await db
        .select()
        .from(sessions)
        .where(and(eq(sessions.id, id), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)));
      return r ? { id: r.id, userId: String(r.userId), csrfToken: r.csrfToken, expiresAt: r.expiresAt } : null;
    },
    /** A live session with its (enabled) user and role grants, in one round trip. */
    async liveWithUser(id: string, now = new Date()) {
      const rows = await db
        .select({
          csrfToken: sessions.csrfToken,
          expiresAt: sessions.expiresAt,
          userId: users.id,
          username: users.username,
          displayName: users.displayName,
          mustChangePassword: users.mustChangePassword,
          role: roleAssignments.role,
          unitId: roleAssignments.unitId,
          unitName: units.name,
        })
        .from(sessions)
        .innerJoin(users, and(eq(users.id, sessions.userId), eq(users.disabled, false)))
        .leftJoin(roleAssignments, eq(roleAssignments.userId, users.id))
        .leftJoin(units, eq(units.id, roleAssignments.unitId))
        .where(and(eq(sessions.id, id), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)));
      const first = rows[0];
      if (!first) return null;
      const roles: RoleGrant[] = rows
        .filter((r) => r.role !== null)
        .map((r) => ({ role: r.role as Role, unitId: r.unitId === null ? null : String(r.unitId), unitName: r.unitName }));
      return {
        csrfToken: first.csrfToken,
        expiresAt: first.expiresAt,
        userId: String(first.userId),
        username: first.username,
        displayName: first.displayName,
        mustChangePassword: first.mustChangePassword,
        roles,
      };
    },
    async revoke(id: string) {
      await db.update(sessions).set({ revokedAt: new Date() }).where(eq(sessions.id, id));
    },
    /** Ends every live session of a user, except `keepId` if given; returns how many ended. */
    async revokeAllFor(userId: string, keepId: string | null = null): Promise<number> {
      const rows = await db
        .update(sessions)
        .set({ revokedAt: new Date() })
        .where(and(eq(sessions.userId, Number(userId)), isNull(sessions.revokedAt), keepId ? ne(sessions.id, keepId) : undefined))
        .returning({ id: sessions.id });
      return rows.length;
    },
  };
}
