// The user directory admins manage: users with a grant inside given subtrees, paged, with their
// grants; versioned updates; grants replaced as a set. Sessions and login live in users.ts.
import { usernameKey } from '../domain/userAdmin.js';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from './db.js';
import { bulkInsert } from './bulk.js';
import { queryRows } from './db.js';
import { roleAssignments, units, users } from './schema.js';
import type { ManagedUser } from '../domain/wire.js';
import type { Role, RoleGrant } from './users.js';

export type DirectoryUser = Omit<ManagedUser, 'manageable'>;

export interface DirectoryQuery {
  /** Subtree roots the admin holds; null = the whole deployment. */
  roots: string[] | null;
  year: number;
  q?: string;
  limit: number;
  offset: number;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export function userDirectory(db: DbOrTx) {
  async function grantsOf(ids: number[]): Promise<Map<string, RoleGrant[]>> {
    const out = new Map<string, RoleGrant[]>();
    if (!ids.length) return out;
    const rows = await db
      .select({ userId: roleAssignments.userId, role: roleAssignments.role, unitId: roleAssignments.unitId, unitName: units.name })
      .from(roleAssignments)
      .leftJoin(units, eq(units.id, roleAssignments.unitId))
      .where(inArray(roleAssignments.userId, ids))
      .orderBy(roleAssignments.role, roleAssignments.unitId);
    for (const r of rows) {
      const list = out.get(String(r.userId)) ?? [];
      list.push({ role: r.role as Role, unitId: r.unitId === null ? null : String(r.unitId), unitName: r.unitName });
      out.set(String(r.userId), list);
    }
    return out;
  }

  return {
    /**
     * Users with at least one grant inside `roots` (walking up from each grant's unit, so the cost
     * follows the number of grants, not the size of the tree), filtered by name, by username.
     */
    async list(query: DirectoryQuery): Promise<{ users: DirectoryUser[]; total: number }> {
      const text = query.q?.trim() ? `%${escapeLike(query.q.trim())}%` : null;
      const nameFilter = text ? sql`and (u.username ilike ${text} or u.display_name ilike ${text})` : sql``;
      const inScope =
        query.roots === null
          ? sql`true`
          : sql`u.id in (
              with recursive up(user_id, unit_id, depth) as (
                select r.user_id, r.unit_id, 0 from role_assignments r where r.unit_id is not null
                union all
                select up.user_id, l.parent_id, up.depth + 1 from up join unit_links l on l.unit_id = up.unit_id
                 where l.from_year <= ${query.year} and (l.to_year is null or l.to_year >= ${query.year})
                   and l.parent_id is not null and up.depth < 64)
              select user_id from up where unit_id = any(${sql.param(query.roots.map(Number))}::int[]))`;
      const rows = await queryRows<{ id: number; username: string; display_name: string; disabled: boolean; version: number; total: number }>(
        db,
        sql`select u.id, u.username, u.display_name, u.disabled, u.version, count(*) over ()::int as total
              from users u where ${inScope} ${nameFilter}
             order by u.username limit ${query.limit} offset ${query.offset}`,
      );
      const grants = await grantsOf(rows.map((r) => r.id));
      const total = rows[0]?.total ?? (query.offset > 0 ? await this.count(query) : 0);
      return {
        total,
        users: rows.map((r) => ({
          id: String(r.id),
          username: r.username,
          displayName: r.display_name,
          disabled: r.disabled,
          version: r.version,
          grants: grants.get(String(r.id)) ?? [],
        })),
      };
    },

    /** The total alone (a page past the end has no rows to carry it). */
    async count(query: DirectoryQuery): Promise<number> {
      const page = await this.list({ ...query, offset: 0, limit: 1 });
      return page.total;
    },

    async byId(id: string): Promise<DirectoryUser | null> {
      const [r] = await db
        .select()
        .from(users)
        .where(eq(users.id, Number(id)));
      if (!r) return null;
      return {
        id: String(r.id),
        username: r.username,
        displayName: r.displayName,
        disabled: r.disabled,
        version: r.version,
        grants: (await grantsOf([r.id])).get(String(r.id)) ?? [],
      };
    },

    /** Case-insensitive: 'ZhangSan' and 'zhangsan' would be the same person at login. */
    async usernameTaken(username: string): Promise<boolean> {
      return (await this.takenAmong([username])).size > 0;
    },

    /** Which of `usernames` exist already, compared as NFKC + case folded (one query); the set holds lower-cased names. */
    async takenAmong(usernames: string[]): Promise<Set<string>> {
      if (usernames.length === 0) return new Set();
      const keys = usernames.map(usernameKey);
      const rows = await queryRows<{ k: string }>(
        db,
        sql`select lower(normalize(lower(normalize(username, NFKC)), NFKC)) as k from users where lower(normalize(lower(normalize(username, NFKC)), NFKC)) = any(${sql.param(keys)}::text[])`,
      );
      const taken = new Set(rows.map((r) => r.k));
      return new Set(usernames.filter((u) => taken.has(usernameKey(u))).map((u) => u.toLowerCase()));
    },

    /** Many users with one grant each, in two statements; ids in the order given. */
    async insertMany(
      users: { username: string; displayName: string; passwordHash: string; grant: { role: Role; unitId: string | null } }[],
    ): Promise<string[]> {
      await bulkInsert(
        db,
        'users',
        [
          { name: 'username', type: 'text' },
          { name: 'display_name', type: 'text' },
          { name: 'password_hash', type: 'text' },
          { name: 'must_change_password', type: 'bool' },
        ],
        users.map((u) => [u.username, u.displayName, u.passwordHash, true]),
      );
      // ids by name, not by the order rows come back in
      const byName = new Map(
        (
          await queryRows<{ id: number; username: string }>(
            db,
            sql`select id, username from users where username = any(${sql.param(users.map((u) => u.username))}::text[])`,
          )
        ).map((r) => [r.username, String(r.id)]),
      );
      const ids = users.map((u) => byName.get(u.username)!);
      await bulkInsert(
        db,
        'role_assignments',
        [
          { name: 'user_id', type: 'int' },
          { name: 'role', type: 'text' },
          { name: 'unit_id', type: 'int' },
        ],
        users.map((u, i) => [Number(ids[i]), u.grant.role, u.grant.unitId === null ? null : Number(u.grant.unitId)]),
      );
      return ids;
    },

    /** Writes when the stored version is `expected`; returns the new version, or null when stale. */
    async update(id: string, expected: number, change: { displayName: string; disabled: boolean }): Promise<number | null> {
      const rows = await db
        .update(users)
        .set({ ...change, version: sql`${users.version} + 1` })
        .where(and(eq(users.id, Number(id)), eq(users.version, expected)))
        .returning({ version: users.version });
      return rows[0]?.version ?? null;
    },

    async replaceGrants(userId: string, grants: { role: Role; unitId: string | null }[]) {
      await db.delete(roleAssignments).where(eq(roleAssignments.userId, Number(userId)));
      if (grants.length)
        await db
          .insert(roleAssignments)
          .values(grants.map((g) => ({ userId: Number(userId), role: g.role, unitId: g.unitId === null ? null : Number(g.unitId) })));
    },
  };
}
