// Dashboards served from this process's memory: a repeat read asks the database nothing, and
// comes as a 304 when the browser already has it; a change made by another process (here: a
// second connection pool on PostgreSQL, straight writes on PGlite) reaches the cache through
// NOTIFY — a new figure, a revoked grant, a unit moved out of a reviewer's subtree, a renamed unit.
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_FRAMEWORKS } from '../src/domain/frameworks/builtin.js';
import { LIANGAI_PROJECT } from '../src/domain/types.js';
import { buildApp } from '../src/server/app.js';
import { loadDemo } from '../src/services/demo.js';
import { setKeyProjectValue } from '../src/services/keyProjects.js';
import type { Dashboard } from '../src/services/rollups.js';
import { openStore, queryRows, type Store } from '../src/store/db.js';
import { rollupRepository } from '../src/store/rollups.js';
import { unitRepository } from '../src/store/units.js';
import { openTestStore, type TestStore } from './helpers/store.js';

let store: TestStore;
/** Another process's view of the same database (PGlite cannot be opened twice: the same one). */
let other: Store;
let app: FastifyInstance;
let queries = 0;
const id: Record<string, string> = {};

const login = async (username: string) => {
  const res = await app.inject({ method: 'POST', url: '/api/login', payload: { username, password: 'jixiao-demo' } });
  expect(res.statusCode).toBe(200);
  return { jixiao_session: res.cookies.find((c) => c.name === 'jixiao_session')!.value };
};
const dashboard = (cookies: Record<string, string>, unit: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url: `/api/dashboard/${unit}?year=2022`, cookies, headers });

/** Notices arrive on commit (PGlite) or a moment after (PostgreSQL's LISTEN connection). */
async function eventually(check: () => Promise<boolean>) {
  for (let i = 0; i < 150; i++) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}

beforeAll(async () => {
  store = await openTestStore({ onQuery: () => void queries++ });
  await loadDemo(store.db, BUILTIN_FRAMEWORKS);
  other = store.url ? await openStore({ url: store.url, readUrls: [] }) : store;
  // Sessions cached an hour: only a notice can make this process forget one.
  app = await buildApp({ store, sessionCacheSeconds: 3600 });
  for (const code of ['430000', '430500', '430581']) {
    id[code] = String((await queryRows<{ id: number }>(store.db, sql`select id from units where code = ${code}`))[0]!.id);
  }
});
afterAll(async () => {
  await app?.close();
  if (other && other !== store) await other.close();
  await store?.close();
});

describe('dashboard cache (per process, invalidated through LISTEN/NOTIFY)', () => {
  it('answers a repeat read without a database query, and a 304 for the tag the browser has', async () => {
    const hunan = await login('hunan'); // reviewer of 湖南: reading 邵阳 needs its ancestry
    const first = await dashboard(hunan, id['430500']!);
    expect(first.statusCode).toBe(200);
    expect((first.json() as Dashboard).project.actual).toBe('10780');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"d[\w-]{22}"$/);
    expect(first.headers['cache-control']).toBe('private, no-cache');
    queries = 0;
    const again = await dashboard(hunan, id['430500']!);
    expect(again.body).toBe(first.body);
    expect(again.headers.etag).toBe(etag);
    expect(queries).toBe(0);
    const not = await dashboard(hunan, id['430500']!, { 'if-none-match': etag });
    expect([not.statusCode, not.body]).toEqual([304, '']);
    expect((await dashboard(hunan, id['430500']!, { 'if-none-match': `"other", W/${etag}` })).statusCode).toBe(304);
    expect((await dashboard(hunan, id['430500']!, { 'if-none-match': '"other"' })).statusCode).toBe(200);
    expect(queries).toBe(0);
  });

  it("shows another process's write within the notice's latency, with a new tag", async () => {
    const hunan = await login('hunan');
    const before = await dashboard(hunan, id['430000']!);
    const d0 = before.json() as Dashboard;
    await other.db.transaction((tx) => setKeyProjectValue(tx, id['430581']!, 2022, LIANGAI_PROJECT, { target: '10361', actual: '10790' }));
    const seen = await eventually(async () => ((await dashboard(hunan, id['430000']!)).json() as Dashboard).project.actual === '10790');
    expect(seen).toBe(true);
    const after = await dashboard(hunan, id['430000']!, { 'if-none-match': before.headers.etag as string });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(d0.project.actual).toBe('10780');
  });

  it("this process's own write shows on its next read, without waiting for the notice", async () => {
    const hunan = await login('hunan');
    expect(((await dashboard(hunan, id['430500']!)).json() as Dashboard).project.actual).toBe('10790');
    await store.db.transaction((tx) => setKeyProjectValue(tx, id['430581']!, 2022, LIANGAI_PROJECT, { target: '10361', actual: '10780' }));
    expect(((await dashboard(hunan, id['430500']!)).json() as Dashboard).project.actual).toBe('10780');
  });

  it('stops serving a reviewer whose grant another process revoked', async () => {
    const shaoyang = await login('shaoyang');
    expect((await dashboard(shaoyang, id['430581']!)).statusCode).toBe(200);
    expect((await dashboard(shaoyang, id['430581']!)).statusCode).toBe(200);
    await other.db.execute(sql`delete from role_assignments where user_id = (select id from users where username = 'shaoyang')`);
    expect(await eventually(async () => (await dashboard(shaoyang, id['430581']!)).statusCode === 404)).toBe(true);
    await other.db.execute(
      sql`insert into role_assignments (user_id, role, unit_id) select id, 'reviewer', ${Number(id['430500'])} from users where username = 'shaoyang'`,
    );
    expect(await eventually(async () => (await dashboard(shaoyang, id['430581']!)).statusCode === 200)).toBe(true);
  });

  it('stops serving a unit moved out of the reviewer’s subtree, and shows a renamed unit', async () => {
    const shaoyang = await login('shaoyang');
    const hunan = await login('hunan');
    expect((await dashboard(shaoyang, id['430581']!)).statusCode).toBe(200);
    // 武冈 moves from 邵阳 to straight under 湖南 (2022), as a tree import would
    await other.db.transaction(async (tx) => {
      await unitRepository(tx).move(id['430581']!, id['430000']!, 2022);
      await rollupRepository(tx).rebuildYear(2022);
    });
    expect(await eventually(async () => (await dashboard(shaoyang, id['430581']!)).statusCode === 404)).toBe(true);
    await other.db.execute(sql`update units set name = '武冈市妇女联合会' where id = ${Number(id['430581'])}`);
    const renamed = async () => ((await dashboard(hunan, id['430000']!)).json() as Dashboard).children.some((c) => c.name === '武冈市妇女联合会');
    // short_name is what the children table shows when set: clear it so the name shows
    await other.db.execute(sql`update units set short_name = null where id = ${Number(id['430581'])}`);
    expect(await eventually(renamed)).toBe(true);
  });
});
