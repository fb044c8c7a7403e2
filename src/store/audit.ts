// Append-only audit log. Each entry's hash covers its content and the previous hash (tamper evidence).
import { createHash } from 'node:crypto';
import { asc, desc, sql } from 'drizzle-orm';
import type { DbOrTx } from './db.js';
import { auditLog } from './schema.js';

export interface AuditEntry {
  userId: string | null;
  action: string; // e.g. evaluation.save, evaluation.submit, login
  entity: string; // evaluation | unit | user | framework | session
  entityId: string | null;
  unitId: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/** Canonical JSON (sorted keys) so the hash is stable across drivers (jsonb reorders keys). */
export function canonicalJson(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

export function entryHash(prevHash: string | null, e: { id: number; at: string; userId: number | null; action: string; entity: string; entityId: string | null; unitId: number | null; before: unknown; after: unknown; reason: string | null }): string {
  const body = canonicalJson({ ...e, prevHash });
  return createHash('sha256').update(body).digest('hex');
}

/** The hash of a stored row: the same fields whether it is being written or verified. */
function rowHash(prev: string | null, r: typeof auditLog.$inferSelect): string {
  const { id, userId, action, entity, entityId, unitId, before, after, reason } = r;
  return entryHash(prev, { id, at: new Date(r.at).toISOString(), userId, action, entity, entityId, unitId, before, after, reason });
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
          })
          .returning();
        const r = row!;
        const hash = rowHash(prev, r);
        await db.execute(sql`update audit_log set hash = ${hash} where id = ${r.id}`);
        prev = hash;
      }
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

    /** Walks the chain; returns the id of the first entry whose hash does not verify, or null. */
    async verify(): Promise<{ ok: boolean; checked: number; brokenId: number | null }> {
      const rows = await db.select().from(auditLog).orderBy(asc(auditLog.id));
      let prev: string | null = null;
      for (const r of rows) {
        const expect = rowHash(prev, r);
        if (r.prevHash !== prev || r.hash !== expect) return { ok: false, checked: rows.length, brokenId: r.id };
        prev = r.hash;
      }
      return { ok: true, checked: rows.length, brokenId: null };
    },
  };
}
