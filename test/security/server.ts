// Real `jixiao serve` processes for the durability and two-process tests, and a tiny HTTP client
// with a cookie and CSRF token. Every spawned child is tracked so afterAll can kill what is left.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { randomBytes } from 'node:crypto';

const ROOT = join(import.meta.dirname, '..', '..');
const children = new Set<ChildProcess>();

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface Server {
  base: string;
  proc: ChildProcess;
  /** SIGKILL: no shutdown hook runs. */
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts `node bin/jixiao.js serve` on a free port; resolves once it answers /api/health. */
export async function startServer(opts: { data: string; url?: string | null; demo?: boolean; env?: Record<string, string> }): Promise<Server> {
  const port = await freePort();
  const args = ['bin/jixiao.js', 'serve', '--port', String(port), '--data', opts.data, ...(opts.demo ? ['--demo'] : [])];
  const env: NodeJS.ProcessEnv = { ...process.env, ...opts.env };
  if (opts.url) env.DATABASE_URL = opts.url;
  else delete env.DATABASE_URL;
  const proc = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(proc);
  let log = '';
  proc.stdout!.on('data', (d) => (log += d));
  proc.stderr!.on('data', (d) => (log += d));
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  proc.once('exit', () => children.delete(proc));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000; // a loaded 2-core machine starts slowly
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server exited (${proc.exitCode}): ${log}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      proc.kill('SIGKILL');
      throw new Error(`server did not start in 180 s: ${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    proc,
    async kill9() {
      proc.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (proc.exitCode !== null) return;
      proc.kill('SIGTERM');
      const t = setTimeout(() => proc.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(t);
    },
  };
}

export async function killAll() {
  await Promise.all(
    [...children].map(
      (c) =>
        new Promise<void>((r) => {
          c.once('exit', () => r());
          c.kill('SIGKILL');
        }),
    ),
  );
}

export interface HttpSession {
  cookie: string;
  csrf: string;
}

export interface HttpAnswer {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  headers: Headers;
}

export async function http(base: string, method: string, path: string, s: HttpSession | null, body?: unknown): Promise<HttpAnswer> {
  const headers: Record<string, string> = {};
  if (s) {
    headers.cookie = `jixiao_session=${s.cookie}`;
    if (method !== 'GET') headers['x-csrf-token'] = s.csrf;
  }
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, body: parsed, headers: res.headers };
}

export async function httpLogin(base: string, username: string, password = 'jixiao-demo'): Promise<HttpSession> {
  const res = await fetch(`${base}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookie = /jixiao_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
  return { cookie: cookie!, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

/** A new empty PostgreSQL database on the server at $DATABASE_URL (kept until `drop`). */
export async function createDatabase(base: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `jixiao_s_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const a = new pg.Client({ connectionString: base });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}
