// Connections that have planned the save statements before a user saves (issue 17): a pooled
// connection's first save costs ≈ 30 ms of catalog loading and planning on PostgreSQL (an
// evaluation's refresh 51 / 16 / 14 / 9 / 7.5 ms on its first five), every later one ≈ 2 ms.
// `jixiao serve` warms the connections its pool keeps (JIXIAO_PG_WARM) before it listens.
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import { queryRows, warmConnectionCount, type Db, type DbOrTx, type Store } from './db.js';
import { keyProjectValueSql, knowBuiltYears, writeKeyProjectValue } from './keyProjects.js';
import { buildAll, onClient } from './oneMessage.js';
import { refreshSql, rollupRepository } from './rollups.js';
import * as schema from './schema.js';

class Rollback extends Error {}

/**
 * Plans the save statements on `connections` pooled connections at once (PGlite: its one
 * session), in transactions that are rolled back. Resolves to the number warmed: 0 when no
 * year is built yet (nothing to plan against: the first save builds the year anyway).
 */
export async function warmConnections(store: Store, connections = store.kind === 'postgres' ? warmConnectionCount() : 1): Promise<number> {
  const built = (await queryRows<{ year: number }>(store.db, sql`select year from tree_years order by year`)).map((r) => Number(r.year));
  knowBuiltYears(store.db, built);
  const year = built.at(-1);
  if (year === undefined || connections < 1) return 0;
  const value = await sampleValue(store.db, Number(year));
  if (store.kind !== 'postgres') {
    await warmInTransaction(store.db, Number(year), value);
    return 1;
  }
  // held at once, so each warmed connection is a different one
  const pool = (store.db as unknown as { $client: pg.Pool }).$client;
  const clients = await Promise.all(Array.from({ length: connections }, () => pool.connect()));
  try {
    await Promise.all(
      clients.map(async (client) => {
        await warmInTransaction(drizzle(client, { schema }) as unknown as Db, Number(year), null);
        if (!value) return;
        // saveKeyProjectValue's one message: five custom plans of the value statement, then the generic one
        const statements = buildAll(store.db, [
          keyProjectValueSql(value.project, value.unitId, Number(year), value.values),
          refreshSql(value.unitId, Number(year), { keyProjectValue: value.project.code }),
        ]);
        for (let i = 0; i < 6; i++) await onClient(client, statements, { rollback: true });
      }),
    );
  } finally {
    for (const c of clients) c.release();
  }
  return connections;
}

/** A stored key-project value of the year, written over itself by the warm-up (rolled back). */
async function sampleValue(db: Db, year: number) {
  const [v] = await queryRows<{
    unit_id: number;
    code: string;
    name: string;
    measure: string;
    unit_of_measure: string;
    target: string | null;
    actual: string | null;
  }>(
    db,
    sql`select kv.unit_id, p.code, p.name, p.measure, p.unit_of_measure, kv.target::text as target, kv.actual::text as actual
          from key_project_values kv join key_projects p on p.id = kv.project_id where kv.year = ${year} limit 1`,
  );
  if (!v) return null;
  return {
    unitId: Number(v.unit_id),
    project: { code: v.code, name: v.name, measure: v.measure, unitOfMeasure: v.unit_of_measure },
    values: { target: v.target, actual: v.actual },
  };
}

/** The refreshes (and on PGlite the value statement, its save's transaction path) planned in a rolled-back transaction. */
async function warmInTransaction(db: Db, year: number, value: Awaited<ReturnType<typeof sampleValue>>) {
  await db
    .transaction(async (tx) => {
      await rollupRepository(tx).warmUp(year);
      if (value) await warmValueStatement(tx, year, value);
      throw new Rollback();
    })
    .catch((e: unknown) => {
      if (!(e instanceof Rollback)) throw e;
    });
}

/**
 * writeKeyProjectValue planned the way a save runs it: five custom plans, then the generic one.
 * Writes a stored value over itself (the caller rolls back), taking the year's roll-up lock for
 * that moment; also loads the foreign-key checks' plans.
 */
async function warmValueStatement(tx: DbOrTx, year: number, v: NonNullable<Awaited<ReturnType<typeof sampleValue>>>) {
  for (let i = 0; i < 6; i++) {
    await tx.execute(sql`set local plan_cache_mode = auto`); // the statement itself asks for generic plans after it
    await writeKeyProjectValue(tx, v.project, v.unitId, year, v.values);
  }
}
