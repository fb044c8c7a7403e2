// Two saves racing on one catalogue entry (PostgreSQL; PGlite has one connection, so nothing
// interleaves there): a unit dropping the last use of a derived ("imp-…") project prunes the
// entry while another unit's save has just found it, or two saves create the same new entry.
// Either used to end in a foreign-key or unique violation (a 500 and a lost save).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeForName } from '../src/domain/keyProjectIdentity.js';
import { queryRows } from '../src/store/db.js';
import { ensureKeyProject, pruneKeyProjects, upsertKeyProjectValue } from '../src/store/keyProjects.js';
import { openTestStore, usingPostgres, type TestStore } from './helpers/store.js';

let store: TestStore;
let unit: number;

beforeAll(async () => {
  if (!usingPostgres) return;
  store = await openTestStore();
  const [u] = await queryRows<{ id: number }>(
    store.db,
    sql`insert into units (code, name, type, level) values ('R1', '竞争测试单位', '妇联', 'county') returning id`,
  );
  unit = Number(u!.id);
});
afterAll(async () => {
  await store?.close();
});

const project = (name: string) => ({ code: codeForName(name), name, measure: '人数', unitOfMeasure: '人' });
const count = async (code: string) =>
  Number((await queryRows<{ n: number }>(store.db, sql`select count(*)::int as n from key_projects where code = ${code}`))[0]!.n);

/** Resolves once some other backend waits on a lock (so the next step is known to interleave). */
async function someoneWaitsOnALock() {
  for (;;) {
    const rows = await queryRows<{ n: number }>(store.db, sql`select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock'`);
    if (Number(rows[0]!.n) > 0) return;
    await new Promise((r) => setImmediate(r));
  }
}

describe.runIf(usingPostgres)('key-project catalogue under concurrent saves', () => {
  it('does not prune an orphan entry that a running save has just found; the save lands', async () => {
    const p = project('竞争中的项目甲');
    await store.db.execute(sql`insert into key_projects (code, name, measure, unit_of_measure) values (${p.code}, ${p.name}, '人数', '人')`); // an orphan
    let found!: () => void;
    const hasFound = new Promise<void>((r) => (found = r));
    let go!: () => void;
    const mayGo = new Promise<void>((r) => (go = r));
    const save = store.db.transaction(async (tx) => {
      const id = await ensureKeyProject(tx, p);
      found();
      await mayGo;
      await upsertKeyProjectValue(tx, id, unit, 2022, { target: '10', actual: '11' });
    });
    await hasFound;
    await pruneKeyProjects(store.db, [p.code]); // another unit's save dropping its last use
    go();
    await save;
    expect(await count(p.code)).toBe(1);
  });

  it('lets two saves create the same new entry at once: one entry, both saves land', async () => {
    const p = project('竞争中的项目乙');
    let made!: () => void;
    const hasMade = new Promise<void>((r) => (made = r));
    let commit!: () => void;
    const mayCommit = new Promise<void>((r) => (commit = r));
    const first = store.db.transaction(async (tx) => {
      await ensureKeyProject(tx, p);
      made();
      await mayCommit;
    });
    await hasMade;
    const second = store.db.transaction(async (tx) => ensureKeyProject(tx, p));
    await someoneWaitsOnALock(); // the second insert waits on the first's uncommitted row
    commit();
    await first;
    await second;
    expect(await count(p.code)).toBe(1);
  });
});
