// Deployment settings and submission deadlines. Writes are compare-and-set in one statement
// (update … where value = previous / insert … on conflict do nothing), so two admins changing
// the same record cannot silently overwrite each other.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from './db.js';
import { deadlines, settings } from './schema.js';

export interface DeadlineRow {
  year: number;
  level: string; // a UnitLevel or '*'
  dueDate: string; // YYYY-MM-DD
}

export function settingsRepository(db: DbOrTx) {
  return {
    async get(key: string): Promise<unknown> {
      const [row] = await db.select().from(settings).where(eq(settings.key, key));
      return row?.value;
    },

    /** Sets `key` only if it still holds `previous` (undefined = absent). True when written. */
    async compareAndSet(key: string, previous: unknown, value: unknown): Promise<boolean> {
      if (previous === undefined) {
        const rows = await db.insert(settings).values({ key, value }).onConflictDoNothing().returning({ key: settings.key });
        return rows.length === 1;
      }
      const rows = await db
        .update(settings)
        .set({ value })
        .where(and(eq(settings.key, key), sql`${settings.value} = ${JSON.stringify(previous)}::jsonb`))
        .returning({ key: settings.key });
      return rows.length === 1;
    },

    async deadlines(year?: number): Promise<DeadlineRow[]> {
      const q = db.select().from(deadlines);
      return (year === undefined ? q : q.where(eq(deadlines.year, year))).orderBy(asc(deadlines.year), asc(deadlines.level));
    },

    /** The due date for a level: its own row, else the year's '*' row. */
    async dueDateFor(year: number, level: string): Promise<string | null> {
      const rows = await db
        .select()
        .from(deadlines)
        .where(and(eq(deadlines.year, year), inArray(deadlines.level, [level, '*'])));
      return (rows.find((r) => r.level === level) ?? rows.find((r) => r.level === '*'))?.dueDate ?? null;
    },

    async deadline(year: number, level: string): Promise<string | null> {
      const [row] = await db
        .select()
        .from(deadlines)
        .where(and(eq(deadlines.year, year), eq(deadlines.level, level)));
      return row?.dueDate ?? null;
    },

    /** Compare-and-set on one deadline (`previous` null = none yet; `dueDate` null = remove it). */
    async setDeadline(year: number, level: string, previous: string | null, dueDate: string | null): Promise<boolean> {
      const at = and(eq(deadlines.year, year), eq(deadlines.level, level));
      if (previous === null) {
        if (dueDate === null) return (await this.deadline(year, level)) === null;
        const rows = await db.insert(deadlines).values({ year, level, dueDate }).onConflictDoNothing().returning({ year: deadlines.year });
        return rows.length === 1;
      }
      const rows =
        dueDate === null
          ? await db
              .delete(deadlines)
              .where(and(at, eq(deadlines.dueDate, previous)))
              .returning({ year: deadlines.year })
          : await db
              .update(deadlines)
              .set({ dueDate })
              .where(and(at, eq(deadlines.dueDate, previous)))
              .returning({ year: deadlines.year });
      return rows.length === 1;
    },
  };
}
