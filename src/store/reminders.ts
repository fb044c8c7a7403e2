// The rows deadline reminders need: units that owe a 自评 or a monitoring report by a date, and
// the reminders already sent (a reminder is a notification whose kind names deadline and stage).
import { and, inArray, like, sql } from 'drizzle-orm';
import { bulkInsert } from './bulk.js';
import { queryRows, type DbOrTx } from './db.js';
import { notifications } from './schema.js';

export interface OwingUnit {
  unitId: string;
  unitName: string;
}

export const REMINDER_KIND_PREFIX = 'deadline.reminder:';

export function reminderRepository(db: DbOrTx) {
  return {
    /** Deadlines of 自评 falling between two dates (inclusive). */
    async evaluationDeadlines(from: string, to: string): Promise<{ year: number; level: string; dueDate: string }[]> {
      const rows = await queryRows<{ year: number; level: string; due_date: string }>(
        db,
        sql`select year, level, due_date::text as due_date from deadlines where due_date between ${from}::date and ${to}::date order by year, level`,
      );
      return rows.map((r) => ({ year: r.year, level: r.level, dueDate: r.due_date }));
    },

    /**
     * Units in the tree of `year` at `level` ('*': every level without its own deadline that year)
     * whose own 自评 is missing, a draft or returned — one query.
     */
    async owingEvaluation(year: number, level: string): Promise<OwingUnit[]> {
      const levelCondition = level === '*' ? sql`not exists (select 1 from deadlines d where d.year = ${year} and d.level = u.level)` : sql`u.level = ${level}`;
      const rows = await queryRows<{ id: number; name: string }>(
        db,
        sql`select u.id, u.name from units u
             where exists (select 1 from unit_links l where l.unit_id = u.id and l.from_year <= ${year} and (l.to_year is null or l.to_year >= ${year}))
               and ${levelCondition}
               and not exists (select 1 from evaluations e where e.unit_id = u.id and e.year = ${year} and e.project_code = ''
                                 and e.status not in ('draft', 'returned'))
             order by u.code`,
      );
      return rows.map((r) => ({ unitId: String(r.id), unitName: r.name }));
    },

    /** Monitoring rounds due between two dates (inclusive). */
    async monitoringDeadlines(from: string, to: string): Promise<{ roundId: string; rootUnitId: string; year: number; name: string; dueDate: string }[]> {
      const rows = await queryRows<{ id: number; root_unit_id: number; year: number; name: string; due_date: string }>(
        db,
        sql`select id, root_unit_id, year, name, due_date::text as due_date from monitoring_rounds where due_date between ${from}::date and ${to}::date order by id`,
      );
      return rows.map((r) => ({ roundId: String(r.id), rootUnitId: String(r.root_unit_id), year: r.year, name: r.name, dueDate: r.due_date }));
    },

    /** Of the given units, those whose report in the round is not yet submitted (or approved). */
    async owingMonitoring(roundId: string, unitIds: string[]): Promise<OwingUnit[]> {
      if (unitIds.length === 0) return [];
      const rows = await queryRows<{ id: number; name: string }>(
        db,
        sql`select u.id, u.name from unnest(${sql.param(unitIds.map(Number))}::int[]) as s(id)
              join units u on u.id = s.id
             where not exists (select 1 from monitoring_reports m where m.round_id = ${Number(roundId)} and m.unit_id = u.id
                                 and m.status in ('submitted', 'approved'))
             order by u.code`,
      );
      return rows.map((r) => ({ unitId: String(r.id), unitName: r.name }));
    },

    /** "unitId|kind" of the reminders already sent among these kinds. */
    async sent(kinds: string[]): Promise<Set<string>> {
      if (kinds.length === 0) return new Set();
      const rows = await db
        .select({ unitId: notifications.unitId, kind: notifications.kind })
        .from(notifications)
        .where(and(like(notifications.kind, `${REMINDER_KIND_PREFIX}%`), inArray(notifications.kind, kinds)));
      return new Set(rows.map((r) => `${r.unitId}|${r.kind}`));
    },

    /** Every reminder of a run in unnest() batches (an all-levels deadline may reach every unit). */
    async add(rows: { unitId: string; kind: string; message: string }[]): Promise<void> {
      const cols = [
        { name: 'unit_id', type: 'int' as const },
        { name: 'role', type: 'text' as const },
        { name: 'kind', type: 'text' as const },
        { name: 'message', type: 'text' as const },
      ];
      await bulkInsert(
        db,
        'notifications',
        cols,
        rows.map((r) => [Number(r.unitId), 'filler', r.kind, r.message]),
      );
    },

    /** Serialises reminder runs across processes (several workers on one PostgreSQL). */
    async lock(): Promise<void> {
      await queryRows(db, sql`select pg_advisory_xact_lock(7349215)`);
    },
  };
}
