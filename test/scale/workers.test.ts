// `jixiao serve --workers 2` over one PostgreSQL: both workers serve, a logout on one revokes the
// session the other has cached (LISTEN/NOTIFY; the cache TTL is set far longer than the wait),
// and SIGHUP restarts the workers one at a time without losing a request.
import { spawn, type ChildProcess } from 'node:child_process';
import { request, Agent } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { LIANGAI_PROJECT } from '../../src/domain/types.js';
import { setKeyProjectValue } from '../../src/services/keyProjects.js';
import { openStore, queryRows } from '../../src/store/db.js';
import { freePort } from '../security/server.js';
import { canStartPostgres, ROOT, startPrimary, stopServer } from './pg.js';

const PORT_PG = 25483;
const run = canStartPostgres('two-worker test');

interface Answer {
  status: number;
  worker: string | undefined;
  body: string;
  cookie: string | undefined;
}
/** One request; `agent` pins it to one kept-alive connection (so to one worker). */
function ask(base: string, method: string, path: string, o: { agent?: Agent; cookie?: string; csrf?: string; body?: unknown } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const data = o.body === undefined ? undefined : JSON.stringify(o.body);
    const headers: Record<string, string> = {};
    if (o.cookie) headers.cookie = o.cookie;
    if (o.csrf) headers['x-csrf-token'] = o.csrf;
    if (data) headers['content-type'] = 'application/json';
    if (!o.agent) headers.connection = 'close';
    const req = request(`${base}${path}`, { method, headers, agent: o.agent ?? false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () =>
        resolve({ status: res.statusCode!, worker: res.headers['x-jixiao-worker'] as string | undefined, body, cookie: res.headers['set-cookie']?.join('; ') }),
      );
    });
    req.on('error', reject);
    req.end(data);
  });
}
/** A kept-alive connection that landed on the wanted worker. */
async function connectionTo(base: string, worker: string): Promise<Agent> {
  for (let i = 0; i < 50; i++) {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    if ((await ask(base, 'GET', '/api/health', { agent })).worker === worker) return agent;
    agent.destroy();
  }
  throw new Error(`worker ${worker} never answered`);
}

describe.skipIf(!run)('jixiao serve --workers 2', () => {
  let proc: ChildProcess;
  let base = '';
  let log = '';
  let dbUrl = '';

  beforeAll(async () => {
    const url = startPrimary(PORT_PG);
    dbUrl = url;
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    proc = spawn(process.execPath, ['bin/jixiao.js', 'serve', '--workers', '2', '--port', String(port), '--demo'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url, JIXIAO_SESSION_CACHE_S: '3600' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    proc.stdout!.on('data', (d) => (log += d));
    proc.stderr!.on('data', (d) => (log += d));
    const deadline = Date.now() + 150_000;
    while (!/2 worker\(s\) listening/.test(log)) {
      if (proc.exitCode !== null || Date.now() > deadline) throw new Error(`serve --workers 2 did not start: ${log}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }, 180_000);

  afterAll(async () => {
    if (proc && proc.exitCode === null) {
      const exited = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGTERM');
      const t = setTimeout(() => proc.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(t);
    }
    stopServer(PORT_PG);
  });

  it('both workers serve the same answers', async () => {
    const seen = new Set<string>();
    for (let i = 0; i < 10; i++) seen.add((await ask(base, 'GET', '/api/health')).worker ?? '?');
    expect([...seen].sort()).toEqual(['1', '2']);
    const w1 = await connectionTo(base, '1');
    const w2 = await connectionTo(base, '2');
    const login = await ask(base, 'POST', '/api/login', { agent: w1, body: { username: 'hunan', password: 'jixiao-demo' } });
    expect(login.status).toBe(200);
    const cookie = /jixiao_session=[^;]+/.exec(login.cookie ?? '')![0];
    const a = await ask(base, 'GET', '/api/evaluations?year=2022', { agent: w1, cookie });
    const b = await ask(base, 'GET', '/api/evaluations?year=2022', { agent: w2, cookie });
    expect([a.worker, b.worker]).toEqual(['1', '2']);
    expect(a.status).toBe(200);
    expect(b.body).toEqual(a.body);
    w1.destroy();
    w2.destroy();
  });

  it('a logout on one worker revokes the session the other has cached', async () => {
    const w1 = await connectionTo(base, '1');
    const w2 = await connectionTo(base, '2');
    const login = await ask(base, 'POST', '/api/login', { agent: w1, body: { username: 'shaoyang', password: 'jixiao-demo' } });
    const cookie = /jixiao_session=[^;]+/.exec(login.cookie ?? '')![0];
    const csrf = (JSON.parse(login.body) as { csrfToken: string }).csrfToken;
    // worker 2 resolves the session once and keeps it (cache TTL 1 h in this test)
    expect((await ask(base, 'GET', '/api/me', { agent: w2, cookie })).status).toBe(200);
    expect((await ask(base, 'GET', '/api/me', { agent: w2, cookie })).status).toBe(200);
    const out = await ask(base, 'POST', '/api/logout', { agent: w1, cookie, csrf, body: {} });
    expect([200, 204]).toContain(out.status);
    let status = 0;
    const until = Date.now() + 3000;
    while (Date.now() < until && (status = (await ask(base, 'GET', '/api/me', { agent: w2, cookie })).status) === 200)
      await new Promise((r) => setTimeout(r, 20));
    expect(status).toBe(401);
    w1.destroy();
    w2.destroy();
  });

  it("a dashboard cached by one worker shows another process's save, and stops serving a revoked grant", async () => {
    // The test process writes straight into the database, as a CLI import or another host would.
    const other = await openStore({ url: dbUrl, readUrls: [] });
    try {
      const idOf = async (code: string) => String((await queryRows<{ id: number }>(other.db, sql`select id from units where code = ${code}`))[0]!.id);
      const [hunanUnit, wugangUnit] = [await idOf('430000'), await idOf('430581')];
      const w2 = await connectionTo(base, '2');
      const session = async (username: string) =>
        /jixiao_session=[^;]+/.exec((await ask(base, 'POST', '/api/login', { agent: w2, body: { username, password: 'jixiao-demo' } })).cookie ?? '')![0];
      const hunan = await session('hunan');
      const actual = async (unit: string) => {
        const r = await ask(base, 'GET', `/api/dashboard/${unit}?year=2022`, { agent: w2, cookie: hunan });
        expect(r.worker).toBe('2');
        return (JSON.parse(r.body) as { project: { actual: string } }).project.actual;
      };
      // 武冈 states its own 两癌 figure: its dashboard shows it (read by a reviewer of 湖南, above it)
      const before = await actual(wugangUnit);
      expect(await actual(wugangUnit)).toBe(before); // now served from worker 2's memory
      const province = await actual(hunanUnit);
      const next = String(Number(before) + 7);
      await other.db.transaction((tx) => setKeyProjectValue(tx, wugangUnit, 2022, LIANGAI_PROJECT, { target: '10361', actual: next }));
      const t0 = Date.now();
      let seen = before;
      while (Date.now() - t0 < 3000 && (seen = await actual(wugangUnit)) !== next) await new Promise((r) => setTimeout(r, 5));
      expect(seen).toBe(next);
      expect(Date.now() - t0).toBeLessThan(1000); // the notice's latency, not a cache timeout
      // 湖南's total moves by the same 7 (no unit between states a figure of its own in 2022)
      expect(Number(await actual(hunanUnit)) - Number(province)).toBe(7);
      const shaoyang = await session('shaoyang');
      const status = async () => (await ask(base, 'GET', `/api/dashboard/${wugangUnit}?year=2022`, { agent: w2, cookie: shaoyang })).status;
      expect([await status(), await status()]).toEqual([200, 200]);
      await other.db.execute(sql`delete from role_assignments where user_id = (select id from users where username = 'shaoyang')`);
      const t1 = Date.now();
      let st = 200;
      while (Date.now() - t1 < 3000 && (st = await status()) === 200) await new Promise((r) => setTimeout(r, 5));
      expect(st).toBe(404);
      w2.destroy();
    } finally {
      await other.close();
    }
  });

  it('SIGHUP restarts the workers one at a time and loses no request', async () => {
    let stop = false;
    const results: { status: number; worker?: string; error?: string }[] = [];
    const client = async () => {
      while (!stop) {
        try {
          const r = await ask(base, 'GET', '/api/public/evaluations');
          results.push({ status: r.status, worker: r.worker });
        } catch (e) {
          results.push({ status: 0, error: (e as Error).message });
        }
      }
    };
    const clients = Array.from({ length: 4 }, client);
    await new Promise((r) => setTimeout(r, 500));
    const before = log.length;
    proc.kill('SIGHUP');
    // each new worker must start (compile, connect) before the old one drains: slow on a busy machine
    const deadline = Date.now() + 240_000;
    while (!/workers restarted/.test(log.slice(before)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 500));
    stop = true;
    await Promise.all(clients);
    expect(log.slice(before)).toMatch(/workers restarted/);
    expect(results.filter((r) => r.status !== 200)).toEqual([]);
    const workers = new Set(results.map((r) => r.worker));
    expect(workers.has('3') && workers.has('4')).toBe(true); // the new workers served
    expect(results.length).toBeGreaterThan(20);
  }, 300_000);
});
