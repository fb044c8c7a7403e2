// A real streaming replica (pg_basebackup -R of a PostgreSQL primary on loopback): dashboards
// and other reads go to it, writes to the primary, a session that just wrote reads from the
// primary until the replica has replayed its write, and after catch-up the replica's dashboard
// equals the primary's. Replay is paused on purpose to make the routing visible.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { hashPassword } from '../../src/services/auth.js';
import { setKeyProjectValue } from '../../src/services/keyProjects.js';
import { loadSynthetic } from '../../src/services/synth.js';
import { openStore, queryRows, type Store } from '../../src/store/db.js';
import { userRepository } from '../../src/store/users.js';
import { canStartPostgres, startPrimary, startReplica, stopServer } from './pg.js';

// Below the kernel's ephemeral range (32768–60999): a client socket cannot be holding the port when the server binds.
const PRIMARY = 25481;
const REPLICA = 25482;
const YEAR = 2025;
const run = canStartPostgres('replica test');

describe.skipIf(!run)('read replica (streaming, pg_basebackup -R)', () => {
  let store: Store;
  let app: FastifyInstance;
  let replica: pg.Client;
  let province = 0;
  let village = 0;

  beforeAll(async () => {
    const primaryUrl = startPrimary(PRIMARY);
    const setup = await openStore({ url: primaryUrl, readUrls: [] });
    try {
      await loadSynthetic(setup.db, { units: 300, years: 1, lastYear: YEAR });
      const users = userRepository(setup.db);
      const uid = await users.insert({ username: 'rep-admin', displayName: '副本测试', passwordHash: await hashPassword('replica-pass-1') });
      await users.grant(uid, 'admin', null);
      province = (await queryRows<{ id: number }>(setup.db, sql`select id from units where level = 'province' order by id limit 1`))[0]!.id;
      village = (
        await queryRows<{ id: number }>(
          setup.db,
          sql`select a.unit_id as id from unit_ancestors a join units u on u.id = a.unit_id
                                                                 where a.year = ${YEAR} and a.ancestor_id = ${province} and u.level = 'village' order by 1 limit 1`,
        )
      )[0]!.id;
    } finally {
      await setup.close();
    }
    const replicaUrl = startReplica(PRIMARY, REPLICA);
    replica = new pg.Client({ connectionString: replicaUrl });
    await replica.connect();
    store = await openStore({ url: primaryUrl, readUrls: [replicaUrl] });
    app = await buildApp({ store });
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await store?.close();
    await replica?.end().catch(() => undefined);
    stopServer(REPLICA);
    stopServer(PRIMARY);
  });

  const cookiesOf = (r: LightMyRequestResponse) => Object.fromEntries(r.cookies.map((c) => [c.name, c.value]));
  const header = (jar: Record<string, string>) =>
    Object.entries(jar)
      .map(([k, v]) => `${k}=${v}`)
      .join('; ');
  async function caughtUp() {
    const target = await store.walPosition();
    for (let i = 0; i < 200; i++) {
      const at = await store.replicas[0]!.replayed();
      if (at !== null && target !== null && at >= target) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('replica did not catch up in 10 s');
  }

  it('is a standby that refuses writes', async () => {
    expect((await replica.query('select pg_is_in_recovery() as r')).rows[0].r).toBe(true);
    await expect(replica.query('create table nope (x int)')).rejects.toThrow(/read-only/);
  });

  it('serves dashboards from the replica, a session that wrote from the primary until the replica has its write, and equal answers after catch-up', async () => {
    const login = await app.inject({ method: 'POST', url: '/api/login', payload: { username: 'rep-admin', password: 'replica-pass-1' } });
    expect(login.statusCode).toBe(200);
    const csrf = (login.json() as { csrfToken: string }).csrfToken;
    const jar = cookiesOf(login);
    expect(jar.jixiao_wal).toMatch(/^\d+$/); // a write (the session itself) answers with the primary's WAL position
    const session = { jixiao_session: jar.jixiao_session! };
    const dash = (cookies: Record<string, string>) =>
      app.inject({ method: 'GET', url: `/api/dashboard/${province}?year=${YEAR}`, headers: { cookie: header(cookies) } });

    await caughtUp();
    const before = await dash(session);
    expect(before.statusCode).toBe(200);
    expect(before.headers['x-jixiao-read']).toBe('replica');

    await replica.query('select pg_wal_replay_pause()');
    try {
      // Someone else's write on the primary: the paused replica does not have it yet.
      await store.db.transaction((tx) =>
        setKeyProjectValue(
          tx,
          String(village),
          YEAR,
          { code: 'liangai', name: '两癌', measure: '检查人数', unitOfMeasure: '人' },
          { target: '100000', actual: '99999' },
        ),
      );
      const stale = await dash(session);
      expect(stale.headers['x-jixiao-read']).toBe('replica');
      expect(stale.json()).toEqual(before.json());

      // This session writes (a setting): its next reads must show the primary's state.
      const settings = (await app.inject({ method: 'GET', url: '/api/admin/settings', headers: { cookie: header(session) } })).json() as {
        requireChildrenApproved: boolean;
      };
      const put = await app.inject({
        method: 'PUT',
        url: '/api/admin/settings',
        headers: { cookie: header(session), 'x-csrf-token': csrf },
        payload: { requireChildrenApproved: !settings.requireChildrenApproved, previous: settings },
      });
      expect(put.statusCode).toBe(200);
      const wal = cookiesOf(put).jixiao_wal!;
      expect(BigInt(wal)).toBeGreaterThan(BigInt(jar.jixiao_wal!));
      const own = await dash({ ...session, jixiao_wal: wal });
      expect(own.headers['x-jixiao-read']).toBe('primary');
      // the village's new figure reaches the province's 两癌 figures
      expect((own.json() as { project: unknown }).project).not.toEqual((before.json() as { project: unknown }).project);
    } finally {
      await replica.query('select pg_wal_replay_resume()');
    }
    await caughtUp();
    const primaryAnswer = await dash({ ...session, jixiao_wal: '18446744073709551615' }); // no replica is that far: primary
    expect(primaryAnswer.headers['x-jixiao-read']).toBe('primary');
    const replicaAnswer = await dash(session);
    expect(replicaAnswer.headers['x-jixiao-read']).toBe('replica');
    expect(replicaAnswer.json()).toEqual(primaryAnswer.json());
    // the write itself went to the primary, and the replica replayed it
    expect((await replica.query(`select actual::text from key_project_values where unit_id = $1 and year = $2`, [village, YEAR])).rows[0].actual).toBe('99999');
  });

  it('falls back to the primary for what a replica cannot do (building a year it has never seen)', async () => {
    const login = await app.inject({ method: 'POST', url: '/api/login', payload: { username: 'rep-admin', password: 'replica-pass-1' } });
    await caughtUp();
    const r = await app.inject({
      method: 'GET',
      url: `/api/dashboard/${province}?year=2019`,
      headers: { cookie: `jixiao_session=${cookiesOf(login).jixiao_session}` },
    });
    expect(r.statusCode).toBe(200);
    expect(r.headers['x-jixiao-read']).toBe('primary');
  });
});
