// 绩效目标 rows: the target document, its values and budget lines, adjustment batches, and the
// status history shared with monitoring reports (plan_transitions). All SQL of issue 15's targets.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { normalizeTargetValue, type AdjustmentBatch, type AdjustmentChange, type TargetValue } from '../domain/monitoring/targets.js';
import type { TargetDetail, TargetHeader as TargetHeaderView } from '../domain/monitoring/wire.js';
import type { PlanStatus } from '../domain/monitoring/workflow.js';
import type { DbOrTx } from './db.js';
import { performanceTargets, planTransitions, targetAdjustments, targetBudgetLines, targetValues, units, users } from './schema.js';

// Rows extend the API shapes of domain/monitoring/wire.ts with what only the services need.
export interface TargetHeader extends TargetHeaderView {
  approvedAt: string | null;
  updatedAt: string;
}

export type TargetBudgetLine = TargetDetail['budgetLines'][number];

export type PlanTransitionRow = TargetDetail['history'][number];

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export function targetRepository(db: DbOrTx) {
  const headerCols = {
    id: performanceTargets.id,
    unitId: performanceTargets.unitId,
    unitName: units.name,
    year: performanceTargets.year,
    scope: performanceTargets.scope,
    scopeName: performanceTargets.scopeName,
    frameworkId: performanceTargets.frameworkId,
    goal: performanceTargets.goal,
    status: performanceTargets.status,
    version: performanceTargets.version,
    lastReason: performanceTargets.lastReason,
    approvedAt: performanceTargets.approvedAt,
    updatedAt: performanceTargets.updatedAt,
  };
  const toHeader = (r: { [K in keyof typeof headerCols]: unknown }): TargetHeader => ({
    ...(r as Omit<TargetHeader, 'id' | 'unitId' | 'frameworkId' | 'approvedAt' | 'updatedAt'>),
    id: String(r.id),
    unitId: String(r.unitId),
    frameworkId: String(r.frameworkId),
    approvedAt: iso(r.approvedAt as Date | null),
    updatedAt: iso(r.updatedAt as Date)!,
  });

  return {
    async create(t: { unitId: string; year: number; scope: string; scopeName: string; frameworkId: string; goal: string }): Promise<string | null> {
      const rows = await db
        .insert(performanceTargets)
        .values({ unitId: Number(t.unitId), year: t.year, scope: t.scope, scopeName: t.scopeName, frameworkId: Number(t.frameworkId), goal: t.goal })
        .onConflictDoNothing()
        .returning({ id: performanceTargets.id });
      return rows[0] ? String(rows[0].id) : null;
    },

    async headers(filter: { ids?: string[]; unitIds?: string[]; year?: number; status?: PlanStatus[] }): Promise<TargetHeader[]> {
      if (filter.ids?.length === 0 || filter.unitIds?.length === 0) return [];
      const conds = [];
      if (filter.ids) conds.push(inArray(performanceTargets.id, filter.ids.map(Number)));
      if (filter.unitIds) conds.push(inArray(performanceTargets.unitId, filter.unitIds.map(Number)));
      if (filter.year !== undefined) conds.push(eq(performanceTargets.year, filter.year));
      if (filter.status) conds.push(inArray(performanceTargets.status, filter.status));
      const rows = await db
        .select(headerCols)
        .from(performanceTargets)
        .innerJoin(units, eq(units.id, performanceTargets.unitId))
        .where(conds.length ? and(...conds) : undefined)
        .orderBy(asc(units.code), asc(performanceTargets.year), asc(performanceTargets.id));
      return rows.map(toHeader);
    },

    async header(id: string): Promise<TargetHeader | null> {
      if (!/^\d{1,9}$/.test(id)) return null;
      return (await this.headers({ ids: [id] }))[0] ?? null;
    },

    async values(targetIds: string[]): Promise<Map<string, TargetValue[]>> {
      const out = new Map<string, TargetValue[]>(targetIds.map((id) => [id, []]));
      if (targetIds.length === 0) return out;
      const rows = await db
        .select()
        .from(targetValues)
        .where(inArray(targetValues.targetId, targetIds.map(Number)))
        .orderBy(asc(targetValues.targetId), asc(targetValues.indicatorCode));
      for (const r of rows)
        // values stored before normalising (９５, 1,200) read as they are now stored
        out.get(String(r.targetId))!.push({
          indicatorCode: r.indicatorCode,
          value: r.value === null ? null : normalizeTargetValue(r.value),
          progress: r.progress as TargetValue['progress'],
        });
      return out;
    },

    async budgetLines(targetIds: string[]): Promise<Map<string, TargetBudgetLine[]>> {
      const out = new Map<string, TargetBudgetLine[]>(targetIds.map((id) => [id, []]));
      if (targetIds.length === 0) return out;
      const rows = await db
        .select()
        .from(targetBudgetLines)
        .where(inArray(targetBudgetLines.targetId, targetIds.map(Number)))
        .orderBy(asc(targetBudgetLines.targetId), asc(targetBudgetLines.ord));
      for (const r of rows) out.get(String(r.targetId))!.push({ key: r.key, label: r.label, amount: r.amount });
      return out;
    },

    /** Optimistic concurrency: bumps the version only if it is still `expected`; null when someone saved first. */
    async bump(
      id: string,
      expected: number,
      patch: { status?: PlanStatus; goal?: string; lastReason?: string | null; approved?: boolean } = {},
    ): Promise<number | null> {
      const rows = await db
        .update(performanceTargets)
        .set({
          version: sql`${performanceTargets.version} + 1`,
          updatedAt: new Date(),
          ...(patch.status ? { status: patch.status } : {}),
          ...(patch.goal !== undefined ? { goal: patch.goal } : {}),
          ...(patch.lastReason !== undefined ? { lastReason: patch.lastReason } : {}),
          ...(patch.approved ? { approvedAt: new Date() } : {}),
        })
        .where(and(eq(performanceTargets.id, Number(id)), eq(performanceTargets.version, expected)))
        .returning({ version: performanceTargets.version });
      return rows[0]?.version ?? null;
    },

    /** Replaces values and budget lines (inside a transaction), one statement each. */
    async writeContent(id: string, values: TargetValue[], lines: TargetBudgetLine[] | null): Promise<void> {
      const tid = Number(id);
      await db.delete(targetValues).where(eq(targetValues.targetId, tid));
      if (values.length) await db.insert(targetValues).values(values.map((v) => ({ targetId: tid, ...v })));
      if (lines === null) return;
      await db.delete(targetBudgetLines).where(eq(targetBudgetLines.targetId, tid));
      if (lines.length) await db.insert(targetBudgetLines).values(lines.map((l, i) => ({ targetId: tid, ord: i, ...l })));
    },

    /** Applies an approved batch's new values (one statement). */
    async applyChanges(id: string, changes: AdjustmentChange[]): Promise<void> {
      if (changes.length === 0) return;
      await db.execute(sql`
        insert into target_values (target_id, indicator_code, value)
        select ${Number(id)}, c, v from unnest(${sql.param(changes.map((c) => c.indicatorCode))}::text[], ${sql.param(changes.map((c) => c.to))}::text[]) as t(c, v)
        on conflict (target_id, indicator_code) do update set value = excluded.value`);
    },

    async addAdjustment(a: { targetId: string; reason: string; changes: AdjustmentChange[]; userId: string | null }): Promise<string> {
      const [row] = await db
        .insert(targetAdjustments)
        .values({
          targetId: Number(a.targetId),
          batchNo: sql`(select coalesce(max(batch_no), 0) + 1 from target_adjustments where target_id = ${Number(a.targetId)})`,
          reason: a.reason,
          changes: a.changes,
          createdBy: a.userId === null ? null : Number(a.userId),
        })
        .returning({ id: targetAdjustments.id });
      return String(row!.id);
    },

    async adjustments(targetIds: string[]): Promise<Map<string, (AdjustmentBatch & { version: number; decisionReason: string | null; createdAt: string })[]>> {
      const out = new Map<string, (AdjustmentBatch & { version: number; decisionReason: string | null; createdAt: string })[]>(targetIds.map((id) => [id, []]));
      if (targetIds.length === 0) return out;
      const rows = await db
        .select()
        .from(targetAdjustments)
        .where(inArray(targetAdjustments.targetId, targetIds.map(Number)))
        .orderBy(asc(targetAdjustments.batchNo));
      for (const r of rows) {
        out.get(String(r.targetId))!.push({
          id: String(r.id),
          batchNo: r.batchNo,
          reason: r.reason,
          changes: r.changes,
          status: r.status as AdjustmentBatch['status'],
          decidedAt: iso(r.decidedAt),
          version: r.version,
          decisionReason: r.decisionReason,
          createdAt: iso(r.createdAt)!,
        });
      }
      return out;
    },

    async adjustment(
      id: string,
    ): Promise<{ id: string; targetId: string; status: string; version: number; changes: AdjustmentChange[]; batchNo: number; reason: string } | null> {
      if (!/^\d{1,9}$/.test(id)) return null;
      const [r] = await db
        .select()
        .from(targetAdjustments)
        .where(eq(targetAdjustments.id, Number(id)));
      return r
        ? { id: String(r.id), targetId: String(r.targetId), status: r.status, version: r.version, changes: r.changes, batchNo: r.batchNo, reason: r.reason }
        : null;
    },

    async decideAdjustment(id: string, expected: number, status: 'approved' | 'returned', reason: string | null): Promise<boolean> {
      const rows = await db
        .update(targetAdjustments)
        .set({ status, decisionReason: reason, decidedAt: new Date(), version: sql`${targetAdjustments.version} + 1` })
        .where(and(eq(targetAdjustments.id, Number(id)), eq(targetAdjustments.version, expected), eq(targetAdjustments.status, 'submitted')))
        .returning({ id: targetAdjustments.id });
      return rows.length === 1;
    },

    async pendingAdjustment(targetId: string): Promise<boolean> {
      const rows = await db
        .select({ id: targetAdjustments.id })
        .from(targetAdjustments)
        .where(and(eq(targetAdjustments.targetId, Number(targetId)), eq(targetAdjustments.status, 'submitted')))
        .limit(1);
      return rows.length > 0;
    },

    async addTransition(t: {
      entity: string;
      entityId: string;
      fromStatus: string;
      toStatus: string;
      userId: string | null;
      reason: string | null;
    }): Promise<void> {
      await db.insert(planTransitions).values({ ...t, entityId: Number(t.entityId), userId: t.userId === null ? null : Number(t.userId) });
    },

    async history(entity: string, entityId: string): Promise<PlanTransitionRow[]> {
      const rows = await db
        .select({ t: planTransitions, user: users.displayName })
        .from(planTransitions)
        .leftJoin(users, eq(users.id, planTransitions.userId))
        .where(and(eq(planTransitions.entity, entity), eq(planTransitions.entityId, Number(entityId))))
        .orderBy(asc(planTransitions.id));
      return rows.map(({ t, user }) => ({ fromStatus: t.fromStatus, toStatus: t.toStatus, user, reason: t.reason, at: iso(t.at)! }));
    },

    /** The approved department-scope target of a unit and year using this framework, if any. */
    async approvedFor(unitId: string, year: number, frameworkId?: string): Promise<TargetHeader[]> {
      const hs = await this.headers({ unitIds: [unitId], year, status: ['approved'] });
      return frameworkId ? hs.filter((h) => h.frameworkId === frameworkId) : hs;
    },

    async latestIdFor(unitId: string, year: number): Promise<string | null> {
      const [r] = await db
        .select({ id: performanceTargets.id })
        .from(performanceTargets)
        .where(and(eq(performanceTargets.unitId, Number(unitId)), eq(performanceTargets.year, year)))
        .orderBy(desc(performanceTargets.id))
        .limit(1);
      return r ? String(r.id) : null;
    },
  };
}
