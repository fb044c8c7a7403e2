// Warming the pooled connections before a server listens (issue 17): the save statements are
// planned on each kept connection, nothing is written or announced, and saves afterwards still
// leave the roll-ups a rebuild would give.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIANGAI_PROJECT } from '../src/domain/types.js';
import { setKeyProjectValue } from '../src/services/keyProjects.js';
import { loadSynthetic } from '../src/services/synth.js';
import { queryRows } from '../src/store/db.js';
import { rollupRepository } from '../src/store/rollups.js';
import { warmConnections } from '../src/store/warm.js';
import { openTestStore, usingPostgres, type TestStore } from './helpers/store.js';

let store: TestStore;
const YEAR = 2024;

const snapshot = async () => ({
  rollups: await rollupRepository(store.db).dump(YEAR),
  own: await queryRows(store.db, sql`select unit_id, measure, value::text from unit_measures order by 1, 2`),
  values: await queryRows(store.db, sql`select project_id, unit_id, year, target::text, actual::text from key_project_values order by 1, 2, 3`),
  projects: await queryRows(store.db, sql`select id, code from key_projects order by id`),
  versions: await queryRows(store.db, sql`select year, version from rollup_versions order by year`),
});

beforeAll(async () => {
  store = await openTestStore();
});
afterAll(async () => {
  await store?.close();
});

describe('warmConnections', () => {
  it('warms nothing while no year is built', async () => {
    expect(await warmConnections(store)).toBe(0);
  });

  it('plans the save statements on the kept connections, writing and announcing nothing', async () => {
    await loadSynthetic(store.db, { units: 300, years: 1, lastYear: YEAR });
    const before = await snapshot();
    const notices: string[] = [];
    const stop = await store.listen(
      'jixiao_data',
      (p) => notices.push(p),
      () => undefined,
    );
    try {
      expect(await warmConnections(store)).toBe(usingPostgres ? 2 : 1);
      await new Promise((r) => setTimeout(r, 300)); // a NOTIFY would have arrived by now
      expect(notices).toEqual([]);
    } finally {
      await stop();
    }
    expect(await snapshot()).toEqual(before);
    // the refreshes (key-project value, evaluation) and the value statement (PostgreSQL: also the pair
    // saveKeyProjectValue sends as one message), on the connection the pool hands out next
    const prepared = await queryRows<{ n: number }>(
      store.db,
      sql`select count(*)::int as n from pg_prepared_statements where name like 'jx_%' or name like 'jm_%'`,
    );
    expect(prepared[0]!.n).toBeGreaterThanOrEqual(3);
  });

  it('leaves saves made afterwards equal to a rebuild', async () => {
    const villages = await queryRows<{ id: number }>(store.db, sql`select id from units where level = 'village' order by id limit 5`);
    expect(villages.length).toBe(5);
    for (const [i, v] of villages.entries()) {
      await store.db.transaction((tx) => setKeyProjectValue(tx, String(v.id), YEAR, LIANGAI_PROJECT, { target: String(100 + i), actual: String(7 * i) }));
    }
    const saved = await rollupRepository(store.db).dump(YEAR);
    await store.db.transaction((tx) => rollupRepository(tx).rebuildYear(YEAR));
    expect(await rollupRepository(store.db).dump(YEAR)).toEqual(saved);
    const [row] = await queryRows<{ actual: string }>(
      store.db,
      sql`select actual::text as actual from key_project_values where unit_id = ${villages[4]!.id} and year = ${YEAR}`,
    );
    expect(Number(row!.actual)).toBe(28);
  });
});
