// A key-project figure saved as its own transaction (issue 17): one round trip on PostgreSQL
// (store/oneMessage.ts), a transaction on PGlite. Whatever the path, the roll-ups equal a rebuild,
// a failed save leaves nothing behind, and concurrent saves under one lock all land.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIANGAI_PROJECT } from '../src/domain/types.js';
import { saveKeyProjectValue } from '../src/services/keyProjects.js';
import { loadSynthetic } from '../src/services/synth.js';
import { queryRows } from '../src/store/db.js';
import { rollupRepository } from '../src/store/rollups.js';
import { openTestStore, usingPostgres, type TestStore } from './helpers/store.js';

let store: TestStore;
const YEAR = 2024;
// a name that would end a badly quoted literal (the values travel as literals in EXECUTE)
const OTHER = { code: 'kp-test', name: "测试项目 'a' \\'; select 1; -- \\", measure: '人数', unitOfMeasure: '人' };

const dump = () => rollupRepository(store.db).dump(YEAR);
/** The roll-ups a rebuild gives, the stored ones left as they were (rolled back). */
async function rebuilt() {
  let out: Awaited<ReturnType<typeof dump>> = [];
  await store.db
    .transaction(async (tx) => {
      await rollupRepository(tx).rebuildYear(YEAR);
      out = await rollupRepository(tx).dump(YEAR);
      throw new Error('rollback');
    })
    .catch((e: Error) => {
      if (e.message !== 'rollback') throw e;
    });
  return out;
}
const valueOf = async (unitId: number, code: string = LIANGAI_PROJECT.code) =>
  (
    await queryRows<{ target: string; actual: string }>(
      store.db,
      sql`select kv.target::text as target, kv.actual::text as actual from key_project_values kv join key_projects p on p.id = kv.project_id
           where p.code = ${code} and kv.unit_id = ${unitId} and kv.year = ${YEAR}`,
    )
  )[0];

let villages: number[] = [];
beforeAll(async () => {
  store = await openTestStore();
  await loadSynthetic(store.db, { units: 400, years: 1, lastYear: YEAR });
  villages = (await queryRows<{ id: number }>(store.db, sql`select id from units where level = 'village' order by id limit 30`)).map((r) => r.id);
});
afterAll(async () => {
  await store?.close();
});

describe('saveKeyProjectValue', () => {
  it('saves the figure and every ancestor roll-up, as a rebuild would', async () => {
    for (const [i, id] of villages.slice(0, 6).entries()) {
      await saveKeyProjectValue(store.db, String(id), YEAR, LIANGAI_PROJECT, { target: String(60 + i), actual: String(3 * i) });
      await saveKeyProjectValue(store.db, String(id), YEAR, LIANGAI_PROJECT, { target: String(70 + i), actual: String(5 * i) });
    }
    expect(await valueOf(villages[5]!)).toEqual({ target: '75', actual: '25' });
    expect(await dump()).toEqual(await rebuilt());
  });

  it('creates a project on its first figure', async () => {
    await saveKeyProjectValue(store.db, String(villages[7]), YEAR, OTHER, { target: '9', actual: '4' });
    expect(await valueOf(villages[7]!, OTHER.code)).toEqual({ target: '9', actual: '4' });
    const [p] = await queryRows<{ name: string }>(store.db, sql`select name from key_projects where code = ${OTHER.code}`);
    expect(p!.name).toBe(OTHER.name);
    const root = await queryRows<{ total: string }>(
      store.db,
      sql`select r.total::text as total from rollups r join units u on u.id = r.unit_id
           where r.year = ${YEAR} and u.level = 'other' and r.measure = 'kp:kp-test:actual'`,
    );
    expect(root.map((r) => Number(r.total))).toEqual([4]);
    expect(await dump()).toEqual(await rebuilt());
  });

  it('leaves nothing behind when the save fails, and the next save works', async () => {
    const before = await dump();
    await expect(saveKeyProjectValue(store.db, '999999', YEAR, LIANGAI_PROJECT, { target: '1', actual: '1' })).rejects.toThrow();
    expect(await dump()).toEqual(before);
    await saveKeyProjectValue(store.db, String(villages[8]), YEAR, LIANGAI_PROJECT, { target: '11', actual: '12' });
    expect(await valueOf(villages[8]!)).toEqual({ target: '11', actual: '12' });
  });

  it('lands every one of many saves at once (one lock per year)', async () => {
    const ids = villages.slice(10, 30);
    await Promise.all(ids.map((id, i) => saveKeyProjectValue(store.db, String(id), YEAR, LIANGAI_PROJECT, { target: '40', actual: String(i) })));
    for (const [i, id] of ids.entries()) expect(await valueOf(id)).toEqual({ target: '40', actual: String(i) });
    expect(await dump()).toEqual(await rebuilt());
  });

  it('builds a year on its first figure', async () => {
    await saveKeyProjectValue(store.db, String(villages[9]), YEAR + 1, LIANGAI_PROJECT, { target: '5', actual: '6' });
    expect(await rollupRepository(store.db).isBuilt(YEAR + 1)).toBe(true);
    const national = await queryRows<{ total: string }>(
      store.db,
      sql`select r.total::text as total from rollups r join units u on u.id = r.unit_id
           where r.year = ${YEAR + 1} and u.level = 'other' and r.measure = 'kp:liangai:actual'`,
    );
    expect(national.map((r) => Number(r.total))).toEqual([6]);
  });

  it.runIf(usingPostgres)('sends one message per save on PostgreSQL once the year is known', async () => {
    const statements: string[] = [];
    const pool = (store.db as unknown as { $client: { on(e: string, f: (c: unknown) => void): void } }).$client;
    // count what reaches the server: every query of the connections handed out from now on
    pool.on('acquire', (c) => {
      const client = c as { query: (...a: unknown[]) => unknown; __counted?: boolean };
      if (client.__counted) return;
      client.__counted = true;
      const q = client.query.bind(client);
      client.query = (...a: unknown[]) => {
        const first = a[0] as string | { text?: string };
        statements.push(typeof first === 'string' ? first : (first.text ?? ''));
        return q(...a);
      };
    });
    await saveKeyProjectValue(store.db, String(villages[2]), YEAR, LIANGAI_PROJECT, { target: '1', actual: '2' }); // prepares if needed
    statements.length = 0;
    await saveKeyProjectValue(store.db, String(villages[3]), YEAR, LIANGAI_PROJECT, { target: '3', actual: '4' });
    expect(statements.length).toBe(1);
    expect(statements[0]).toMatch(/^execute jm_\w+\(.*\);\nexecute jm_\w+\(/s);
  });
});
