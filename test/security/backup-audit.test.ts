// `jixiao audit verify` (0 intact, 1 naming the first altered entry) and `jixiao backup`/`restore`
// (round trip, consistent snapshot under concurrent writes, all-or-nothing, PGlite ⇄ PostgreSQL).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation } from '../../src/domain/types.js';
import { buildApp } from '../../src/server/app.js';
import { backupTo, restoreFrom } from '../../src/services/backup.js';
import { contentOf } from '../../src/services/evaluations.js';
import { openServices } from '../../src/services/index.js';
import { auditRepository } from '../../src/store/audit.js';
import { openStore, queryRows } from '../../src/store/db.js';
import { runCli } from '../helpers/cli.js';
import { openTestStore, usingPostgres, type TestStore } from '../helpers/store.js';

const dir = mkdtempSync(join(tmpdir(), 'jixiao-backup-'));
const savedUrl = process.env.DATABASE_URL;
// assigning undefined to process.env would store the string 'undefined'
const restoreEnv = () => (savedUrl === undefined ? delete process.env.DATABASE_URL : (process.env.DATABASE_URL = savedUrl));
const stores: TestStore[] = [];
/** A fresh, empty database for the CLI: a PGlite folder, or a new PostgreSQL database. */
async function freshTarget(name: string): Promise<{ data: string; url: string | null }> {
  if (!savedUrl) return { data: join(dir, name), url: null };
  const s = await openTestStore();
  stores.push(s);
  return { data: join(dir, name), url: s.url };
}
async function cli(target: { data: string; url: string | null }, ...args: string[]) {
  if (target.url) process.env.DATABASE_URL = target.url;
  else delete process.env.DATABASE_URL;
  try {
    return await runCli([...args, '--data', target.data]);
  } finally {
    restoreEnv();
  }
}
const exportOf = async (t: { data: string; url: string | null }, unit: string, year: string) => {
  const r = await cli(t, 'export', '--unit', unit, '--year', year);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out) as Evaluation;
};

let source: { data: string; url: string | null };

beforeAll(async () => {
  source = await freshTarget('source');
  const r = await cli(source, 'demo');
  expect(r.code, r.err).toBe(0);
});
afterAll(async () => {
  for (const s of stores) await s.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('jixiao backup / restore', () => {
  it('round-trips both seeds exactly into an empty database, audit chain included', async () => {
    const file = join(dir, 'round.jsonl');
    const before = [await exportOf(source, '430581', '2022'), await exportOf(source, '430000', '2016')];
    const b = await cli(source, 'backup', file);
    expect(b.code, b.err).toBe(0);
    expect(b.out).toMatch(/已备份 \d+ 张表/);
    const header = JSON.parse(readFileSync(file, 'utf8').split('\n')[0]!) as { format: string; tables: string[] };
    expect(header.format).toBe('jixiao-backup');
    expect(header.tables).toEqual(expect.arrayContaining(['units', 'evaluations', 'audit_log', 'sessions', 'budget_rows']));

    const target = await freshTarget('restored');
    const r = await cli(target, 'restore', file);
    expect(r.code, r.err).toBe(0);
    expect([await exportOf(target, '430581', '2022'), await exportOf(target, '430000', '2016')]).toEqual(before);
    expect((await cli(target, 'audit', 'verify')).code).toBe(0);
    // identity columns continue after the restored ids: a new save works
    const s = await openServices(target.url ? { url: target.url } : { dataDir: target.data });
    try {
      const app = await buildApp({ store: s.store });
      const login = await app.inject({ method: 'POST', url: '/api/login', payload: { username: 'wugang', password: 'jixiao-demo' } });
      expect(login.statusCode).toBe(200);
      await app.close();
    } finally {
      await s.close();
    }
    // restoring again into the now non-empty database is refused
    const again = await cli(target, 'restore', file);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/不是空的|not empty/);
  }, 180_000); // four CLI processes (each opens PGlite) on a 2-core machine

  it('restores nothing from a truncated backup (all or nothing)', async () => {
    const file = join(dir, 'round.jsonl');
    const cut = join(dir, 'cut.jsonl');
    const text = readFileSync(file, 'utf8');
    writeFileSync(cut, text.slice(0, Math.floor(text.length * 0.6)));
    const target = await freshTarget('cut');
    const r = await cli(target, 'restore', cut);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/不完整|truncated|incomplete|JSON/);
    const s = await openStore(target.url ? { url: target.url } : { dataDir: target.data });
    try {
      const [row] = await queryRows<{ n: number }>(s.db, sql`select count(*)::int as n from units`);
      expect(row!.n).toBe(0);
    } finally {
      await s.close();
    }
  });

  it('takes a consistent snapshot while saves keep committing', async () => {
    const s = await openServices(source.url ? { url: source.url } : { dataDir: source.data });
    try {
      const app = await buildApp({ store: s.store });
      const login = await app.inject({ method: 'POST', url: '/api/login', payload: { username: 'wugang', password: 'jixiao-demo' } });
      const cookies = { jixiao_session: login.cookies.find((c) => c.name === 'jixiao_session')!.value };
      const headers = { 'x-csrf-token': (login.json() as { csrfToken: string }).csrfToken };
      const list = (await app.inject({ method: 'GET', url: '/api/evaluations?year=2022', cookies })).json() as { evaluations: { id: string }[] };
      const id = list.evaluations[0]!.id;
      let stop = false;
      let saves = 0;
      const writer = (async () => {
        while (!stop) {
          const e = (await app.inject({ method: 'GET', url: `/api/evaluations/${id}`, cookies })).json() as Evaluation;
          const res = await app.inject({
            method: 'PUT',
            url: `/api/evaluations/${id}`,
            cookies,
            headers,
            payload: { version: e.version, content: { ...contentOf(e), title: `快照 ${saves}` } },
          });
          expect(res.statusCode).toBe(200);
          saves++;
        }
      })();
      const file = join(dir, 'live.jsonl');
      while (saves < 2) await new Promise((r) => setTimeout(r, 20));
      await backupTo(s.store.db, s.store.kind, file);
      stop = true;
      await writer;
      await app.close();
      expect(saves).toBeGreaterThan(2);
      // inside the snapshot, the evaluation's version and its save entries in the audit log agree
      const lines = readFileSync(file, 'utf8').trim().split('\n');
      let table = '';
      let version = 0;
      let audited = 0;
      for (const l of lines.slice(1)) {
        const o = JSON.parse(l) as Record<string, unknown>;
        if ('table' in o && 'rows' in o && Object.keys(o).length === 2) table = o.table as string;
        else if (table === 'evaluations' && String(o.id) === id) version = o.version as number;
        else if (table === 'audit_log' && o.action === 'evaluation.save' && o.entity_id === id) audited++;
      }
      expect(version).toBeGreaterThan(1);
      expect(audited).toBe(version - 1);
    } finally {
      await s.close();
    }
  });

  it.runIf(usingPostgres)('restores a PGlite backup into PostgreSQL and back (one format)', async () => {
    const pgliteDir = join(dir, 'lite');
    delete process.env.DATABASE_URL; // openStore falls back to $DATABASE_URL
    const lite = await openServices({ dataDir: pgliteDir, demo: true }).finally(restoreEnv);
    const liteFile = join(dir, 'lite.jsonl');
    let before: Evaluation | null;
    try {
      before = await lite.evaluations.findByUnitAndYear('430581', 2022);
      await backupTo(lite.store.db, lite.store.kind, liteFile);
    } finally {
      await lite.close();
    }
    const pg = await openTestStore();
    stores.push(pg);
    await restoreFrom(pg.db, liteFile);
    const pgServices = await openServices({ url: pg.url! });
    const pgFile = join(dir, 'pg.jsonl');
    try {
      expect(await pgServices.evaluations.findByUnitAndYear('430581', 2022)).toEqual(before);
      expect(await auditRepository(pgServices.store.db).verify()).toMatchObject({ ok: true });
      await backupTo(pgServices.store.db, pgServices.store.kind, pgFile);
    } finally {
      await pgServices.close();
    }
    delete process.env.DATABASE_URL;
    const back = await openStore({ dataDir: join(dir, 'lite-back') }).finally(restoreEnv);
    try {
      await restoreFrom(back.db, pgFile);
    } finally {
      await back.close();
    }
  });
});

describe('jixiao audit verify', () => {
  it('exits 0 on an intact log and 1 naming the first entry altered directly in the database', async () => {
    const ok = await cli(source, 'audit', 'verify');
    expect(ok.code, ok.err).toBe(0);
    expect(ok.out).toMatch(/audit log intact: \d+ entries/);
    const s = await openStore(source.url ? { url: source.url } : { dataDir: source.data });
    let victim: number;
    try {
      const rows = await queryRows<{ id: number }>(s.db, sql`select id from audit_log order by id`);
      expect(rows.length).toBeGreaterThan(3);
      victim = Number(rows[Math.floor(rows.length / 2)]!.id);
      await s.db.execute(sql`update audit_log set reason = 'altered' where id = ${victim}`);
    } finally {
      await s.close();
    }
    const broken = await cli(source, 'audit', 'verify');
    expect(broken.code).toBe(1);
    expect(broken.err).toContain(`entry ${victim}`);
  });
});
