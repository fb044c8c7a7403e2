// Append-only audit log. Each entry's hash covers its content and the previous hash (tamper evidence).
import { createHash } from 'node:crypto';
import { asc, desc, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from './db.js';
import { auditLog } from './schema.js';
import { canonicalJson } from '../domain/canonicalJson.js';
import { recordsOfEntry, sealStates, statesOf, type StatefulEntity, type StateTriple } from './auditState.js';

export interface AuditEntry {
  userId: string | null;
  action: string; // e.g. evaluation.save, evaluation.submit, login
  entity: string; // evaluation | unit | user | framework | session
  entityId: string | null;
  unitId: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
  /** Bulk writes (demo load, user import): record the state of every record of these kinds. */
  seal?: StatefulEntity[];
  /** The records' states right after the change, when the caller wrote them and knows them (not read again). */
  states?: StateTriple[];
}

/** Canonical JSON (sorted keys) so the hash is stable across drivers (jsonb reorders keys). */
export { canonicalJson };

export function entryHash(
  prevHash: string | null,
  e: {
    id: number;
    at: string;
    userId: number | null;
    action: string;
    entity: string;
    entityId: string | null;
    unitId: number | null;
    before: unknown;
    after: unknown;
    reason: string | null;
    states?: unknown;
  },
): string {
  // `states` only when present: entries written before it existed keep their hashes
  const body = canonicalJson({ ...e, states: e.states ?? undefined, prevHash });
  return createHash('sha256').update(body).digest('hex');
}

/** The hash of a stored row: the same fields whether it is being written or verified. */
function rowHash(prev: string | null, r: typeof auditLog.$inferSelect): string {
  const { id, userId, action, entity, entityId, unitId, before, after, reason, states } = r;
  return entryHash(prev, { id, at: new Date(r.at).toISOString(), userId, action, entity, entityId, unitId, before, after, reason, states });
}

const VERIFY_PAGE = 5000;

export interface AuditFilter {
  /** The tree of this year decides what a subtree holds. */
  year: number;
  scopeRoots: string[] | null;
  unitId?: string;
  withSubtree?: boolean;
  username?: string;
  from?: Date;
  to?: Date; // exclusive
  action?: string; // exact, or a prefix ending in '.'
  beforeId?: string;
  limit: number;
}

export interface AuditListRow {
  id: string;
  at: string | Date;
  action: string;
  entity: string;
  entityId: string | null;
  reason: string | null;
  unitId: string | null;
  unitName: string | null;
  userId: string | null;
  username: string | null;
  displayName: string | null;
}

export function auditRepository(db: DbOrTx) {
  return {
    /** Appends entries; serialised by an advisory lock so the chain never forks. Call inside a transaction. */
    async append(entries: AuditEntry[]) {
      if (entries.length === 0) return;
      await db.execute(sql`select pg_advisory_xact_lock(727275)`);
      const [last] = await db.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
      let prev = last?.hash ?? null;
      for (const e of entries) {
        const at = new Date().toISOString();
        // the record's state right after this change (append runs last in the writing transaction)
        const records = e.states || e.seal ? [] : await recordsOfEntry(db, e.entity, e.entityId);
        const states = e.states ?? (e.seal ? await sealStates(db, e.seal) : records.length ? await statesOf(db, records) : null);
        const [row] = await db
          .insert(auditLog)
          .values({
            at: new Date(at),
            userId: e.userId === null ? null : Number(e.userId),
            action: e.action,
            entity: e.entity,
            entityId: e.entityId,
            unitId: e.unitId === null ? null : Number(e.unitId),
            before: e.before ?? null,
            after: e.after ?? null,
            reason: e.reason ?? null,
            prevHash: prev,
            states,
          })
          .returning();
        const r = row!;
        const hash = rowHash(prev, r);
        await db.execute(sql`update audit_log set hash = ${hash} where id = ${r.id}`);
        prev = hash;
      }
    },

    /**
     * Entries newest first, filtered; `beforeId` pages backwards. `scopeRoots` (null = all) limits
     * them to units in those subtrees of `year`'s tree; unit-less entries need null.
     */
    async browse(f: AuditFilter): Promise<AuditListRow[]> {
      const conds = [sql`true`];
      const subtree = (roots: string[]) => sql`(
        with recursive sub(id) as (
          select unnest(${sql.param(roots.map(Number))}::int[])
          union
          select l.unit_id from unit_links l join sub on l.parent_id = sub.id
           where l.from_year <= ${f.year} and (l.to_year is null or l.to_year >= ${f.year}))
        select id from sub)`;
      if (f.scopeRoots) conds.push(f.scopeRoots.length ? sql`a.unit_id in ${subtree(f.scopeRoots)}` : sql`false`);
      if (f.unitId) conds.push(f.withSubtree ? sql`a.unit_id in ${subtree([f.unitId])}` : sql`a.unit_id = ${Number(f.unitId)}`);
      if (f.username) conds.push(sql`a.user_id = (select id from users where lower(username) = lower(${f.username}))`);
      if (f.from) conds.push(sql`a.at >= ${f.from.toISOString()}::timestamptz`);
      if (f.to) conds.push(sql`a.at < ${f.to.toISOString()}::timestamptz`);
      if (f.action) conds.push(f.action.endsWith('.') ? sql`a.action like ${f.action + '%'}` : sql`a.action = ${f.action}`);
      if (f.beforeId) conds.push(sql`a.id < ${Number(f.beforeId)}`);
      return queryRows<AuditListRow>(
        db,
        sql`select a.id::text as id, a.at, a.action, a.entity, a.entity_id as "entityId", a.reason,
                   a.unit_id::text as "unitId", un.name as "unitName",
                   a.user_id::text as "userId", u.username, u.display_name as "displayName"
              from audit_log a
              left join users u on u.id = a.user_id
              left join units un on un.id = a.unit_id
             where ${sql.join(conds, sql` and `)}
             order by a.id desc
             limit ${f.limit}`,
      );
    },

    /** Full rows (content included), newest first: for tests and the CLI. */
    /**
     * Times of failed logins since `since`, newest first: by account (after its last successful
     * login only) or by address. The login throttle of every process reads these.
     */
    async loginFailures(by: { account: string } | { ip: string }, since: Date, max: number): Promise<Date[]> {
      const where =
        'account' in by
          ? sql`entity_id = ${by.account} and at > greatest(
                coalesce((select max(l.at) from audit_log l join users u on u.id = l.user_id where l.action = 'session.login' and lower(u.username) = ${by.account}), '-infinity'::timestamptz),
                coalesce((select max(k.at) from audit_log k where k.action = 'session.unlock' and k.entity_id = ${by.account}), '-infinity'::timestamptz))`
          : sql`reason = ${by.ip}`;
      const rows = await queryRows<{ at: string | Date }>(
        db,
        sql`select at from audit_log where action = 'session.loginFailed' and at > ${since.toISOString()}::timestamptz and ${where} order by at desc limit ${max}`,
      );
      return rows.map((r) => new Date(r.at));
    },

    /** Has `account` signed in from `ip` since `since`? (Its usual addresses skip the account delay.) */
    async knownAddress(account: string, ip: string, since: Date): Promise<boolean> {
      const rows = await queryRows<{ x: number }>(
        db,
        sql`select 1 as x from audit_log l join users u on u.id = l.user_id
             where l.action = 'session.login' and l.reason = ${ip} and lower(u.username) = ${account} and l.at > ${since.toISOString()}::timestamptz limit 1`,
      );
      return rows.length > 0;
    },

    async list(filter: { unitId?: string; userId?: string; limit?: number } = {}) {
      const conds = [];
      if (filter.unitId) conds.push(sql`unit_id = ${Number(filter.unitId)}`);
      if (filter.userId) conds.push(sql`user_id = ${Number(filter.userId)}`);
      return db
        .select()
        .from(auditLog)
        .where(conds.length ? sql.join(conds, sql` and `) : undefined)
        .orderBy(desc(auditLog.id))
        .limit(filter.limit ?? 200);
    },

    /** The stored hash of entry `id` (null when there is no such entry): checkpoints. */
    async hashOf(id: number): Promise<string | null> {
      const [row] = await db
        .select({ hash: auditLog.hash })
        .from(auditLog)
        .where(sql`id = ${id}`);
      return row?.hash ?? null;
    },

    /** One entry with its content (before/after). */
    async entry(id: string) {
      const [row] = await db
        .select()
        .from(auditLog)
        .where(sql`id = ${Number(id)}`);
      return row ?? null;
    },

    /** Walks the chain; returns the id of the first entry whose hash does not verify, or null. */
    async verify(): Promise<{ ok: boolean; checked: number; brokenId: number | null; head: { id: number; hash: string } | null }> {
      // In pages by id, so a log of millions of entries is checked in bounded memory.
      let prev: string | null = null;
      let head: { id: number; hash: string } | null = null;
      let checked = 0;
      let after = 0;
      for (;;) {
        const rows = await db
          .select()
          .from(auditLog)
          .where(sql`id > ${after}`)
          .orderBy(asc(auditLog.id))
          .limit(VERIFY_PAGE);
        for (const r of rows) {
          checked++;
          if (r.prevHash !== prev || r.hash !== rowHash(prev, r)) return { ok: false, checked, brokenId: r.id, head: null };
          prev = r.hash;
          head = { id: r.id, hash: r.hash! };
        }
        if (rows.length < VERIFY_PAGE) return { ok: true, checked, brokenId: null, head };
        after = rows.at(-1)!.id;
      }
    },
  };
}
