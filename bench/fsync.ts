// What making PGlite writes durable costs: N saves through the API on a PGlite data folder, with
// the fsync after each write request (default) and without (JIXIAO_PGLITE_FSYNC=off), plus the time
// spent in the sync itself. `npx tsx bench/fsync.ts [saves]`
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILTIN_FRAMEWORKS } from '../src/domain/frameworks/builtin.js';
import { buildApp } from '../src/server/app.js';
import { loadDemo } from '../src/services/demo.js';
import { openStore } from '../src/store/db.js';

const SAVES = Number(process.argv[2] ?? 60);
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

async function run(fsync: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-fsync-bench-'));
  if (fsync) delete process.env.JIXIAO_PGLITE_FSYNC;
  else process.env.JIXIAO_PGLITE_FSYNC = 'off';
  const store = await openStore({ dataDir: dir });
  const syncTimes: number[] = [];
  let syncCalls = 0;
  if (store.sync) {
    const inner = store.sync.bind(store);
    store.sync = async () => {
      const t = performance.now();
      const r = (await inner()) as { files: number };
      syncTimes.push(performance.now() - t);
      syncCalls += r.files;
      return r;
    };
  }
  await loadDemo(store.db, BUILTIN_FRAMEWORKS);
  const app = await buildApp({ store });
  const login = await app.inject({ method: 'POST', url: '/api/login', payload: { username: 'wugang', password: 'jixiao-demo' } });
  const cookies = { jixiao_session: login.cookies.find((c) => c.name === 'jixiao_session')!.value };
  const headers = { 'x-csrf-token': (login.json() as { csrfToken: string }).csrfToken };
  const list = (await app.inject({ method: 'GET', url: '/api/evaluations?year=2022', cookies })).json() as { evaluations: { id: string; unitCode: string }[] };
  const id = list.evaluations.find((e) => e.unitCode === '430581')!.id;
  syncTimes.length = 0;
  syncCalls = 0;
  const times: number[] = [];
  for (let i = 0; i < SAVES; i++) {
    const e = (await app.inject({ method: 'GET', url: `/api/evaluations/${id}`, cookies })).json() as Record<string, unknown> & { version: number };
    const { reportDate, profile, budget, budgetLines, threePublic, indicators, keyProjects, sections } = e;
    const t = performance.now();
    const r = await app.inject({
      method: 'PUT',
      url: `/api/evaluations/${id}`,
      cookies,
      headers,
      payload: { version: e.version, content: { title: `第${i}稿`, reportDate, profile, budget, budgetLines, threePublic, indicators, keyProjects, sections } },
    });
    times.push(performance.now() - t);
    if (r.statusCode !== 200) throw new Error(r.body);
  }
  await app.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  return { times, syncTimes, syncCalls };
}

const off = await run(false);
const on = await run(true);
const f = (x: number) => x.toFixed(1);
console.log(`PGlite saves (${SAVES} each, data folder in ${tmpdir()}):`);
console.log(`  without fsync: p50 ${f(pct(off.times, 0.5))} ms, p95 ${f(pct(off.times, 0.95))} ms`);
console.log(`  with fsync:    p50 ${f(pct(on.times, 0.5))} ms, p95 ${f(pct(on.times, 0.95))} ms`);
console.log(
  `  the sync itself: p50 ${f(pct(on.syncTimes, 0.5))} ms, p95 ${f(pct(on.syncTimes, 0.95))} ms, max ${f(Math.max(...on.syncTimes))} ms; ${on.syncCalls} fsync calls for ${SAVES} saves (${f(on.syncCalls / SAVES)} per save)`,
);
