// Connections that have planned the save statements before a user saves (issue 17): a pooled
// connection's first save costs ≈ 30 ms of catalog loading and planning on PostgreSQL (an
// evaluation's refresh 51 / 16 / 14 / 9 / 7.5 ms on its first five), every later one ≈ 2 ms.
// `jixiao serve` warms the connections its pool keeps (JIXIAO_PG_WARM) before it listens.
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx, type Store } from './db.js';
import { writeKeyProjectValue } from './keyProjects.js';
import { rollupRepository } from './rollups.js';

class Rollback extends Error {}

/** Pooled connections the server keeps open and warm (PostgreSQL; at most the pool's size). */
export const warmConnectionCount = () => Math.max(0, Math.min(Number(process.env.JIXIAO_PG_POOL ?? 10), Number(process.env.JIXIAO_PG_WARM ?? 2)));

/**
 * Plans the save statements on `connections` pooled connections at once (PGlite: its one
 * session), in transactions that are rolled back. Resolves to the number warmed: 0 when no
 * year is built yet (nothing to plan against: the first save builds the year anyway).
 */
export async function warmConnections(store: Store, connections = store.kind === 'postgres' ? warmConnectionCount() : 1): Promise<number> {
  const [row] = await queryRows<{ year: number | null }>(store.db, sql`select max(year) as year from tree_years`);
  const year = row?.year;
  if (year === null || year === undefined || connections < 1) return 0;
  const one = () =>
    store.db
      .transaction(async (tx) => {
        await rollupRepository(tx).warmUp(Number(year));
        await warmValueStatement(tx, Number(year));
        throw new Rollback();
      })
      .catch((e: unknown) => {
        if (!(e instanceof Rollback)) throw e;
      });
  // at once, so each holds its own connection of the pool
  await Promise.all(Array.from({ length: connections }, one));
  return connections;
}

/**
 * A key-project save's first statement, planned the way a save runs it: five custom plans,
 * then the generic one. Writes a stored value over itself (the caller rolls back); it takes the
 * year's roll-up lock for that moment. Also loads the foreign-key checks' plans.
 */
async function warmValueStatement(tx: DbOrTx, year: number) {
  const [v] = await queryRows<{
    unit_id: number;
    code: string;
    name: string;
    measure: string;
    unit_of_measure: string;
    target: string | null;
    actual: string | null;
  }>(
    tx,
    sql`select kv.unit_id, p.code, p.name, p.measure, p.unit_of_measure, kv.target::text as target, kv.actual::text as actual
          from key_project_values kv join key_projects p on p.id = kv.project_id where kv.year = ${year} limit 1`,
  );
  if (!v) return;
  const project = { code: v.code, name: v.name, measure: v.measure, unitOfMeasure: v.unit_of_measure };
  for (let i = 0; i < 6; i++) {
    await tx.execute(sql`set local plan_cache_mode = auto`); // the statement itself asks for generic plans after it
    await writeKeyProjectValue(tx, project, Number(v.unit_id), year, { target: v.target, actual: v.actual });
  }
}
