// Browsing the audit log (审计日志): by unit (with its subtree), user, date and action, newest
// first, in pages. Who sees what is the domain's auditScope; the tree is this year's.
import { auditScope, type Actor } from '../domain/access.js';
import { labelledChanges } from '../domain/auditChanges.js';
import { diffEvaluations, type Change, type DiffableContent } from '../domain/diff.js';
import type { AuditDetail, AuditListEntry, AuditPage } from '../domain/wire.js';
import { auditRepository, type AuditListRow } from '../store/audit.js';
import type { Db } from '../store/db.js';
import { notFound, ServiceError } from './errors.js';
import { mayRead } from './lineage.js';
import type { AuditQuery } from '../domain/requests.js';
export type { AuditQuery };

export type { AuditDetail, AuditListEntry, AuditPage };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MAX_LIMIT = 200;

/** Midnight in Beijing of a YYYY-MM-DD, plus `days`; refuses what is not a real date. */
export function beijingDay(s: string, days = 0): Date {
  const m = DAY.exec(s);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!d || d.toISOString().slice(0, 10) !== s) throw new ServiceError('invalid', `日期无效（应为 YYYY-MM-DD）/ invalid date: ${s}`);
  return new Date(d.getTime() + days * 86_400_000 - 8 * 3_600_000);
}

/** The calendar year in Beijing now: the tree of this year decides subtrees. */
const currentYear = (now = new Date()) => new Date(now.getTime() + 8 * 3_600_000).getUTCFullYear();

const toEntry = (r: AuditListRow): AuditListEntry => ({
  id: String(r.id),
  at: new Date(r.at).toISOString(),
  action: r.action,
  entity: r.entity,
  entityId: r.entityId,
  reason: r.reason,
  unit: r.unitId === null ? null : { id: String(r.unitId), name: r.unitName ?? '' },
  user: r.userId === null ? null : { id: String(r.userId), username: r.username ?? '', displayName: r.displayName ?? '' },
});

const isContent = (v: unknown): v is DiffableContent => typeof v === 'object' && v !== null && 'budget' in v && 'sections' in v;

export function auditService(db: Db) {
  const repo = auditRepository(db);
  return {
    async browse(actor: Actor, q: AuditQuery): Promise<AuditPage> {
      const year = currentYear();
      const scope = auditScope(actor);
      // A unit outside my scope is answered like a missing one: its id tells nothing.
      if (q.unitId && !(await mayRead(db, actor, q.unitId, year))) throw notFound(`unit ${q.unitId}`);
      const from = q.from ? beijingDay(q.from) : undefined;
      const to = q.to ? beijingDay(q.to, 1) : undefined;
      if (from && to && from >= to) throw new ServiceError('invalid', '开始日期晚于结束日期 / from is after to');
      const limit = Math.min(MAX_LIMIT, Math.max(1, q.limit ?? 50));
      const rows = await repo.browse({
        year,
        scopeRoots: scope.all ? null : scope.roots,
        unitId: q.unitId,
        withSubtree: q.subtree ?? false,
        username: q.user?.trim() || undefined,
        from,
        to,
        action: q.action?.trim() || undefined,
        beforeId: q.before,
        limit: limit + 1,
      });
      const entries = rows.slice(0, limit).map(toEntry);
      return { entries, next: rows.length > limit ? entries.at(-1)!.id : null };
    },

    async entry(actor: Actor, id: string): Promise<AuditDetail> {
      const r = await repo.entry(id);
      const scope = auditScope(actor);
      const visible = r && (scope.all || (r.unitId !== null && (await mayRead(db, actor, String(r.unitId), currentYear()))));
      if (!r || !visible) throw notFound(`audit entry ${id}`);
      const [listed] = await repo.browse({ year: currentYear(), scopeRoots: null, beforeId: String(r.id + 1), limit: 1 });
      let changes: Change[] | null = null;
      if (r.entity === 'evaluation' && isContent(r.before) && isContent(r.after)) {
        try {
          changes = diffEvaluations(r.before, r.after);
        } catch {
          changes = null; // content of an older shape: the raw before/after still show it
        }
      } else if (
        ![r.before, r.after].some((v) => isContent(v) || (typeof v === 'object' && v !== null && 'content' in v)) &&
        (r.before !== null || r.after !== null)
      ) {
        changes = labelledChanges(r.before, r.after);
      }
      return { ...toEntry(listed!), before: r.before, after: r.after, changes, hash: r.hash, prevHash: r.prevHash };
    },
  };
}

export type AuditService = ReturnType<typeof auditService>;
