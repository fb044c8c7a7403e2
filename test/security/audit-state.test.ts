// Issue 16, item 3: `jixiao audit verify` proves every audited record still holds the state the log
// ends with, anchors the chain head outside the database (checkpoint, --since, --head-file), and
// names exactly which record differs — on a copy of the data changed behind the application's back.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { openServices } from '../../src/services/index.js';
import { openStore, queryRows } from '../../src/store/db.js';
import { runCli } from '../helpers/cli.js';
import { openTestStore, type TestStore } from '../helpers/store.js';

const dir = mkdtempSync(join(tmpdir(), 'jixiao-audit-state-'));
const savedUrl = process.env.DATABASE_URL;
const restoreEnv = () => (savedUrl === undefined ? delete process.env.DATABASE_URL : (process.env.DATABASE_URL = savedUrl));
let pg: TestStore | null = null;
const target = { data: join(dir, 'data'), url: null as string | null };

async function cli(...args: string[]) {
  if (target.url) process.env.DATABASE_URL = target.url;
  else delete process.env.DATABASE_URL;
  try {
    return await runCli([...args, '--data', target.data]);
  } finally {
    restoreEnv();
  }
}
/** Runs SQL directly against the data, as someone with database access would. */
async function tamper<T = Record<string, unknown>>(q: ReturnType<typeof sql>): Promise<T[]> {
  const s = await openStore(target.url ? { url: target.url } : { dataDir: target.data });
  try {
    return await queryRows<T>(s.db, q);
  } finally {
    await s.close();
  }
}
const checkpointOf = (out: string) => /checkpoint: (\d+:[0-9a-f]{64})/.exec(out)![1]!;

let evalId: number;
let publishedId: number;

beforeAll(async () => {
  if (savedUrl) {
    pg = await openTestStore();
    target.url = pg.url;
  }
  expect((await cli('demo')).code).toBe(0);
  // 25 saves through the application: the log's tail is about this draft
  const s = await openServices(target.url ? { url: target.url } : { dataDir: target.data });
  try {
    const app = await buildApp({ store: s.store });
    const login = await app.inject({ method: 'POST', url: '/api/login', payload: { username: 'wugang', password: 'jixiao-demo' } });
    const cookies = { jixiao_session: login.cookies.find((c) => c.name === 'jixiao_session')!.value };
    const headers = { 'x-csrf-token': (login.json() as { csrfToken: string }).csrfToken };
    const list = (await app.inject({ method: 'GET', url: '/api/evaluations?year=2022', cookies })).json() as {
      evaluations: { id: string; unitCode: string }[];
    };
    evalId = Number(list.evaluations.find((e) => e.unitCode === '430581')!.id);
    for (let i = 0; i < 25; i++) {
      const e = (await app.inject({ method: 'GET', url: `/api/evaluations/${evalId}`, cookies })).json() as Record<string, unknown> & { version: number };
      const { title, reportDate, profile, budget, budgetLines, threePublic, indicators, keyProjects, sections } = e;
      const res = await app.inject({
        method: 'PUT',
        url: `/api/evaluations/${evalId}`,
        cookies,
        headers,
        payload: {
          version: e.version,
          content: {
            title: `${String(title).replace(/（第\d+稿）$/, '')}（第${i + 1}稿）`,
            reportDate,
            profile,
            budget,
            budgetLines,
            threePublic,
            indicators,
            keyProjects,
            sections,
          },
        },
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    await app.close();
  } finally {
    await s.close();
  }
  const [p] = await tamper<{ id: number }>(sql`select id from evaluations where status = 'published' order by id limit 1`);
  expect(p, 'the demo has a published evaluation').toBeTruthy();
  publishedId = Number(p!.id);
}, 600_000);
afterAll(async () => {
  await pg?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('audit verify against the data', () => {
  it('passes on untouched data and prints a checkpoint', async () => {
    const r = await cli('audit', 'verify');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/records match/);
    expect(checkpointOf(r.out)).toMatch(/^\d+:/);
  }, 300_000);

  it('names the published evaluation whose title and section headings, and the draft whose budget rows, were changed by SQL', async () => {
    const [before] = await tamper<{ title: string }>(sql`select title from evaluations where id = ${publishedId}`);
    await tamper(sql`update evaluations set title = 'tampered' where id = ${publishedId}`);
    const r = await cli('audit', 'verify');
    expect(r.code).toBe(1);
    expect(r.err).toContain(`自评 #${publishedId}`);
    expect(r.err).toContain('evaluation ' + publishedId + ': changed');
    await tamper(sql`update evaluations set title = ${before!.title} where id = ${publishedId}`);
    expect((await cli('audit', 'verify')).code).toBe(0);

    await tamper(sql`update narrative_sections set title = title || '（改）' where evaluation_id = ${publishedId}`);
    await tamper(sql`update budget_rows set expenditure = expenditure + 1 where evaluation_id = ${evalId}`);
    const rows = await cli('audit', 'verify');
    expect(rows.code).toBe(1);
    expect(rows.err).toContain(`自评 #${publishedId}`);
    expect(rows.err).toContain(`自评 #${evalId}`);
    await tamper(sql`update narrative_sections set title = left(title, length(title) - 3) where evaluation_id = ${publishedId}`);
    await tamper(sql`update budget_rows set expenditure = expenditure - 1 where evaluation_id = ${evalId}`);
    expect((await cli('audit', 'verify')).code).toBe(0);
  }, 300_000);

  it('names the filler made a deployment-wide admin by an inserted role row, and a user inserted by SQL', async () => {
    const [u] = await tamper<{ id: number }>(sql`select id from users where username = 'wugang'`);
    await tamper(sql`insert into role_assignments (user_id, role, unit_id) values (${u!.id}, 'admin', null)`);
    const r = await cli('audit', 'verify');
    expect(r.code).toBe(1);
    expect(r.err).toContain(`用户 #${u!.id}（wugang）`);
    await tamper(sql`delete from role_assignments where user_id = ${u!.id} and role = 'admin' and unit_id is null`);
    expect((await cli('audit', 'verify')).code).toBe(0);

    const [ghost] = await tamper<{ id: number }>(sql`insert into users (username, display_name, password_hash) values ('ghost', 'ghost', 'x') returning id`);
    const g = await cli('audit', 'verify');
    expect(g.code).toBe(1);
    expect(g.err).toContain(`用户 #${ghost!.id}（ghost）`);
    expect(g.err).toContain('unrecorded');
    await tamper(sql`delete from users where id = ${ghost!.id}`);
  }, 300_000);

  it('detects deleting the newest 20 log entries: from the data alone, and from a checkpoint / head file', async () => {
    const ok = await cli('audit', 'verify', '--head-file', join(dir, 'head'));
    expect(ok.code, ok.err).toBe(0);
    const checkpoint = checkpointOf(ok.out);
    expect(readFileSync(join(dir, 'head'), 'utf8').trim()).toBe(checkpoint);
    await tamper(sql`delete from audit_log where id in (select id from audit_log order by id desc limit 20)`);
    const r = await cli('audit', 'verify');
    expect(r.code).toBe(1);
    expect(r.err).toContain(`自评 #${evalId}`); // its last 20 saves are gone from the log
    const since = await cli('audit', 'verify', '--since', checkpoint);
    expect(since.code).toBe(1);
    expect(since.err).toMatch(/截断|truncated/);
    const head = await cli('audit', 'verify', '--head-file', join(dir, 'head'));
    expect(head.code).toBe(1);
    expect(head.err).toMatch(/截断|truncated/);
    expect(readFileSync(join(dir, 'head'), 'utf8').trim()).toBe(checkpoint); // not overwritten on failure
  }, 300_000);
});
