// Load: N concurrent sessions (default 200) each editing its own unit's evaluation and submitting it
// (a reviewer returns it so the cycle continues), against a real `jixiao serve` on loopback.
// Reports p50/p99 per request kind, errors, and the server's memory over time (a soak with --duration 600).
//   npx tsx bench/load.ts [--sessions 200] [--duration 60]      (PostgreSQL when DATABASE_URL is set)
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SYSTEM_ACTOR } from '../src/domain/access.js';
import type { Evaluation } from '../src/domain/types.js';
import { hashPassword } from '../src/services/auth.js';
import { contentOf, evaluationService } from '../src/services/evaluations.js';
import { openServices } from '../src/services/index.js';
import { evaluationRepository } from '../src/store/evaluations.js';
import { unitRepository } from '../src/store/units.js';
import { userRepository } from '../src/store/users.js';
import { createDatabase, http, httpLogin, startServer, type HttpSession } from '../test/security/server.js';

const { values } = parseArgs({ options: { sessions: { type: 'string', default: '200' }, duration: { type: 'string', default: '60' } } });
const SESSIONS = Math.min(500, Math.max(1, Number(values.sessions)));
const DURATION_S = Math.min(3600, Math.max(5, Number(values.duration)));
const PASSWORD = 'load-test-Pass-1';

const dir = mkdtempSync(join(tmpdir(), 'jixiao-load-'));
const pgDb = process.env.DATABASE_URL ? await createDatabase(process.env.DATABASE_URL) : null;
const data = join(dir, 'data');

// ---- setup: SESSIONS units under 武冈, a filler each, a draft copied from 武冈's seed; one reviewer
console.log(`setup: ${SESSIONS} units, users and drafts on ${pgDb ? 'PostgreSQL' : 'PGlite'} …`);
const s = await openServices(pgDb ? { url: pgDb.url, demo: true } : { dataDir: data, demo: true });
try {
  const db = s.store.db;
  const seed = (await s.evaluations.findByUnitAndYear('430581', 2022))!;
  const units = unitRepository(db);
  const created = await units.insertMany(
    Array.from({ length: SESSIONS }, (_, i) => ({
      code: `L${String(i).padStart(5, '0')}`,
      name: `负载测试单位${i}`,
      shortName: `负载${i}`,
      type: '妇联',
      level: 'township' as const,
    })),
  );
  await units.link(created.map((u) => ({ unitId: u.id, parentId: seed.unit.id, fromYear: 2016 })));
  const users = userRepository(db);
  const hash = await hashPassword(PASSWORD);
  const evals = evaluationService(db);
  for (const [i, u] of created.entries()) {
    const uid = await users.insert({ username: `load${i}`, displayName: `负载${i}`, passwordHash: hash });
    await users.grant(uid, 'filler', u.id);
    const id = await evaluationRepository(db).create({ unitId: u.id, year: 2022, frameworkId: seed.framework.id, outline: seed.outline, title: `负载 ${i}` });
    await evals.save(SYSTEM_ACTOR, id, 1, { ...contentOf(seed), title: `负载 ${i}` });
  }
  const rid = await users.insert({ username: 'loadrev', displayName: '负载审核', passwordHash: hash });
  await users.grant(rid, 'reviewer', seed.unit.id);
} finally {
  await s.close();
}

const server = await startServer({ data, url: pgDb?.url, env: { JIXIAO_PG_POOL: '20' } });
const pid = server.proc.pid!;
const rssMb = () => {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
};

const lat = new Map<string, number[]>();
const errors = new Map<string, number>();
let done = 0;
async function timed(kind: string, f: () => Promise<{ status: number; body: unknown }>, ok = (st: number) => st >= 200 && st < 300) {
  const t0 = performance.now();
  const r = await f().catch((e: Error) => ({ status: 0, body: e.message }));
  (lat.get(kind) ?? lat.set(kind, []).get(kind)!).push(performance.now() - t0);
  done++;
  if (!ok(r.status)) {
    const key = `${kind} ${r.status} ${JSON.stringify(r.body).slice(0, 100)}`;
    errors.set(key, (errors.get(key) ?? 0) + 1);
  }
  return r;
}

const base = server.base;
const reviewer = await httpLogin(base, 'loadrev', PASSWORD);
const sessions: HttpSession[] = [];
for (let i = 0; i < SESSIONS; i++) sessions.push(await httpLogin(base, `load${i}`, PASSWORD));
const idOf: string[] = [];
for (const [i, ses] of sessions.entries()) {
  const list = (await http(base, 'GET', '/api/evaluations?year=2022', ses)).body as { evaluations: { id: string }[] };
  idOf[i] = list.evaluations[0]!.id;
}

console.log(`load: ${SESSIONS} sessions for ${DURATION_S} s against ${base} (server pid ${pid})`);
const memory: { t: number; rss: number }[] = [{ t: 0, rss: rssMb() }];
const start = Date.now();
const end = start + DURATION_S * 1000;
const sampler = setInterval(
  () => {
    memory.push({ t: Math.round((Date.now() - start) / 1000), rss: Math.round(rssMb()) });
    process.stdout.write(`  t=${memory.at(-1)!.t}s requests=${done} rss=${memory.at(-1)!.rss} MB\n`);
  },
  Math.max(5000, (DURATION_S * 1000) / 20),
);

let cycles = 0;
async function user(i: number) {
  const ses = sessions[i]!;
  const id = idOf[i]!;
  let n = 0;
  while (Date.now() < end) {
    const got = await timed('GET evaluation', () => http(base, 'GET', `/api/evaluations/${id}`, ses));
    const e = got.body as Evaluation;
    if (got.status !== 200) continue;
    if (e.status === 'submitted') {
      await timed('POST return (reviewer)', () =>
        http(base, 'POST', `/api/evaluations/${id}/transitions`, reviewer, { action: 'return', reason: '负载测试退回', version: e.version }),
      );
      continue;
    }
    if (++n % 5 === 0) {
      await timed('POST submit', () => http(base, 'POST', `/api/evaluations/${id}/transitions`, ses, { action: 'submit', version: e.version }));
      cycles++;
    } else {
      await timed('PUT evaluation', () =>
        http(base, 'PUT', `/api/evaluations/${id}`, ses, { version: e.version, content: { ...contentOf(e), title: `负载 ${i} · ${n}` } }),
      );
    }
  }
}
await Promise.all(sessions.map((_, i) => user(i)));
clearInterval(sampler);
memory.push({ t: Math.round((Date.now() - start) / 1000), rss: Math.round(rssMb()) });
await server.stop();
await pgDb?.drop();
rmSync(dir, { recursive: true, force: true });

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};
const all = [...lat.values()].flat();
const elapsed = (Date.now() - start) / 1000;
console.log(
  `\n${SESSIONS} sessions, ${elapsed.toFixed(0)} s, ${all.length} requests (${(all.length / elapsed).toFixed(0)}/s), ${cycles} submissions, errors ${[...errors.values()].reduce((a, b) => a + b, 0)}`,
);
for (const [k, xs] of [...lat, ['ALL', all] as const]) {
  console.log(
    `  ${k.padEnd(24)} n=${String(xs.length).padStart(6)} p50=${pct(xs, 50).toFixed(0).padStart(5)} ms p99=${pct(xs, 99).toFixed(0).padStart(5)} ms max=${Math.max(...xs).toFixed(0)} ms`,
  );
}
for (const [k, n] of errors) console.log(`  error ×${n}: ${k}`);
console.log(`  server RSS MB over time: ${memory.map((m) => `${m.t}s:${m.rss}`).join(' ')}`);
process.exit(errors.size ? 1 : 0);
