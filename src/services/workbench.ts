// The workbench: my evaluations, submissions waiting for me, overdue units below me, notifications.
import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Actor } from '../domain/access.js';
import type { UnitLevel } from '../domain/types.js';
import type { EvaluationHeader, OverdueUnit, Workbench } from '../domain/wire.js';

export type { OverdueUnit, Workbench };
import { queryRows, type Db } from '../store/db.js';
import { evaluationRepository } from '../store/evaluations.js';
import { notifications } from '../store/schema.js';
import { settingsRepository } from '../store/settings.js';
import { unitRepository } from '../store/units.js';



export function workbenchService(db: Db) {
  const evals = evaluationRepository(db);
  const units = unitRepository(db);

  const dueDateFor = (year: number, level: UnitLevel) => settingsRepository(db).dueDateFor(year, level);

  return {
    async forActor(actor: Actor, year: number, today = new Date().toISOString().slice(0, 10)): Promise<Workbench> {
      const fillerUnits = actor.grants.filter((g) => g.role === 'filler' && g.unitId).map((g) => g.unitId!);
      const reviewerRoots = actor.grants.filter((g) => g.role === 'reviewer' && g.unitId).map((g) => g.unitId!);
      const mine = fillerUnits.length ? await evals.headers({ unitIds: fillerUnits, year }) : [];
      const below = new Set<string>();
      for (const root of reviewerRoots) for (const id of await units.subtreeIds(root, year)) if (id !== root) below.add(id);
      const toReview = below.size ? await evals.headers({ unitIds: [...below], year, status: ['submitted'] }) : [];

      // One query for every unit below the reviewer: its deadline and its own status.
      const overdue: OverdueUnit[] = below.size
        ? (
            await queryRows<{ id: number; name: string; due_date: string; status: string | null }>(
              db,
              sql`select u.id, u.name, d.due_date::text as due_date, e.status
                    from unnest(${sql.param([...below].map(Number))}::int[]) as s(id)
                    join units u on u.id = s.id
                    join lateral (select due_date from deadlines where year = ${year} and level in (u.level, '*')
                                   order by (level = '*') limit 1) d on true
                    left join lateral (select status from evaluations where unit_id = u.id and year = ${year} order by id limit 1) e on true
                   where d.due_date < ${today}::date and (e.status is null or e.status in ('draft', 'returned'))
                   order by u.code`,
            )
          ).map((r) => ({ unitId: String(r.id), unitName: r.name, dueDate: r.due_date, status: r.status ?? 'missing' }))
        : [];
      const myLevel = fillerUnits[0] ? (await units.byId(fillerUnits[0]))?.level : undefined;
      const grants = actor.grants.filter((g) => g.unitId !== null);
      const notes = grants.length
        ? await db
            .select()
            .from(notifications)
            .where(or(...grants.map((g) => and(eq(notifications.unitId, Number(g.unitId)), eq(notifications.role, g.role)))))
            .orderBy(desc(notifications.id))
            .limit(30)
        : [];
      return {
        year,
        mine,
        toReview,
        overdue,
        deadline: myLevel ? await dueDateFor(year, myLevel) : null,
        notifications: notes.map((n) => ({
          id: String(n.id),
          kind: n.kind,
          message: n.message,
          evaluationId: n.evaluationId === null ? null : String(n.evaluationId),
          createdAt: new Date(n.createdAt).toISOString(),
        })),
      };
    },

    /** The newest year that holds any evaluation (the workbench's default), else last year. */
    async defaultYear(): Promise<number> {
      const [row] = await queryRows<{ y: number | null }>(db, sql`select max(year) as y from evaluations`);
      return row?.y ?? new Date().getFullYear() - 1;
    },
  };
}

