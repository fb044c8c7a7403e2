// The workflow's own records: status transitions (with the submitted snapshot the reviewer diff
// starts from), in-app notifications, and the reads the workbench makes over them.
import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from './db.js';
import { evaluations, evaluationTransitions, notifications, users } from './schema.js';
import type { Transition } from '../domain/wire.js';
import type { EvaluationStatus } from '../domain/types.js';
import type { WorkflowAction } from '../domain/workflow.js';

export type TransitionRow = Transition;

export interface NotificationRow {
  id: string;
  kind: string;
  message: string;
  evaluationId: string | null;
  createdAt: string;
}

export function workflowRepository(db: DbOrTx) {
  return {
    async addTransition(t: {
      evaluationId: string;
      fromStatus: string;
      toStatus: string;
      userId: string | null;
      reason: string | null;
      snapshot: unknown;
      action?: WorkflowAction;
    }) {
      await db.insert(evaluationTransitions).values({
        evaluationId: Number(t.evaluationId),
        fromStatus: t.fromStatus,
        toStatus: t.toStatus,
        userId: t.userId === null ? null : Number(t.userId),
        reason: t.reason,
        snapshot: t.snapshot,
        action: t.action ?? null,
      });
    },

    /** Whether the evaluation was ever returned (a withdrawal then goes back to returned, not draft). */
    async wasReturned(evaluationId: string): Promise<boolean> {
      const rows = await db
        .select({ id: evaluationTransitions.id })
        .from(evaluationTransitions)
        .where(and(eq(evaluationTransitions.evaluationId, Number(evaluationId)), eq(evaluationTransitions.toStatus, 'returned')))
        .limit(1);
      return rows.length > 0;
    },

    async history(evaluationId: string): Promise<TransitionRow[]> {
      const rows = await db
        .select({ t: evaluationTransitions, username: users.displayName })
        .from(evaluationTransitions)
        .leftJoin(users, eq(users.id, evaluationTransitions.userId))
        .where(eq(evaluationTransitions.evaluationId, Number(evaluationId)))
        .orderBy(asc(evaluationTransitions.id));
      return rows.map(({ t, username }) => ({
        id: String(t.id),
        fromStatus: t.fromStatus as EvaluationStatus,
        toStatus: t.toStatus as EvaluationStatus,
        user: username,
        reason: t.reason,
        action: (t.action as WorkflowAction | null) ?? null,
        at: new Date(t.at).toISOString(),
      }));
    },

    /** Submissions of an evaluation, newest first, with their snapshots. */
    async submissions(evaluationId: string): Promise<{ at: string; snapshot: unknown }[]> {
      const rows = await db
        .select({ at: evaluationTransitions.at, snapshot: evaluationTransitions.snapshot })
        .from(evaluationTransitions)
        .where(and(eq(evaluationTransitions.evaluationId, Number(evaluationId)), eq(evaluationTransitions.toStatus, 'submitted')))
        .orderBy(desc(evaluationTransitions.id));
      return rows.map((r) => ({ at: new Date(r.at).toISOString(), snapshot: r.snapshot }));
    },

    /** When finance passed the current approval (a 抽查通过 after the last 审核通过), or null. */
    async passedAt(evaluationId: string): Promise<string | null> {
      const id = Number(evaluationId);
      const rows = await queryRows<{ at: string | Date }>(
        db,
        sql`select t.at from evaluation_transitions t
             where t.evaluation_id = ${id} and t.action = 'checkPass'
               and t.id > coalesce((select max(a.id) from evaluation_transitions a
                                     where a.evaluation_id = ${id} and a.from_status = 'submitted' and a.to_status = 'approved'), 0)
             order by t.id desc limit 1`,
      );
      return rows[0] ? new Date(rows[0].at).toISOString() : null;
    },

    /** Who made the last 审核通过 (null: none, or the system). */
    async lastApprover(evaluationId: string): Promise<string | null> {
      const [row] = await db
        .select({ userId: evaluationTransitions.userId })
        .from(evaluationTransitions)
        .where(
          and(
            eq(evaluationTransitions.evaluationId, Number(evaluationId)),
            eq(evaluationTransitions.fromStatus, 'submitted'),
            eq(evaluationTransitions.toStatus, 'approved'),
          ),
        )
        .orderBy(desc(evaluationTransitions.id))
        .limit(1);
      return row?.userId == null ? null : String(row.userId);
    },

    /** Status of each unit's evaluation of `year` (units without one are absent). */
    async statuses(unitIds: string[], year: number): Promise<{ unitId: string; status: string }[]> {
      if (unitIds.length === 0) return [];
      const rows = await db
        .select({ unitId: evaluations.unitId, status: evaluations.status })
        .from(evaluations)
        .where(and(eq(evaluations.year, year), eq(evaluations.projectCode, ''), inArray(evaluations.unitId, unitIds.map(Number))));
      return rows.map((r) => ({ unitId: String(r.unitId), status: r.status }));
    },

    async notify(n: { unitId: string; role: string; evaluationId: string; kind: string; message: string }) {
      await db.insert(notifications).values({ unitId: Number(n.unitId), role: n.role, evaluationId: Number(n.evaluationId), kind: n.kind, message: n.message });
    },

    /** The newest notifications addressed to any of these (unit, role) pairs. */
    async notificationsFor(grants: { unitId: string; role: string }[], limit = 30): Promise<NotificationRow[]> {
      if (grants.length === 0) return [];
      const rows = await db
        .select()
        .from(notifications)
        .where(or(...grants.map((g) => and(eq(notifications.unitId, Number(g.unitId)), eq(notifications.role, g.role)))))
        .orderBy(desc(notifications.id))
        .limit(limit);
      return rows.map((n) => ({
        id: String(n.id),
        kind: n.kind,
        message: n.message,
        evaluationId: n.evaluationId === null ? null : String(n.evaluationId),
        createdAt: new Date(n.createdAt).toISOString(),
      }));
    },

    /** Units (of those given) past their level's deadline with no submitted evaluation, in one query. */
    async overdue(unitIds: string[], year: number, today: string): Promise<{ unitId: string; unitName: string; dueDate: string; status: string }[]> {
      if (unitIds.length === 0) return [];
      const rows = await queryRows<{ id: number; name: string; due_date: string; status: string | null }>(
        db,
        sql`select u.id, u.name, d.due_date::text as due_date, e.status
              from unnest(${sql.param(unitIds.map(Number))}::int[]) as s(id)
              join units u on u.id = s.id
              join lateral (select due_date from deadlines where year = ${year} and level in (u.level, '*')
                             order by (level = '*') limit 1) d on true
              left join lateral (select status from evaluations where unit_id = u.id and year = ${year} and project_code = '' order by id limit 1) e on true
             where d.due_date < ${today}::date and (e.status is null or e.status in ('draft', 'returned'))
             order by u.code`,
      );
      return rows.map((r) => ({ unitId: String(r.id), unitName: r.name, dueDate: r.due_date, status: r.status ?? 'missing' }));
    },

    /** The newest year holding any evaluation. */
    /** The newest year holding an evaluation (of `unitIds` when given). */
    async newestYear(unitIds?: string[]): Promise<number | null> {
      const only = unitIds
        ? sql` where unit_id in (${sql.join(
            unitIds.map((u) => sql`${Number(u)}`),
            sql`, `,
          )})`
        : sql``;
      const [row] = await queryRows<{ y: number | null }>(db, sql`select max(year) as y from evaluations${only}`);
      return row?.y ?? null;
    },
  };
}
