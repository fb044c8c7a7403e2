// `npx tsx bench/importStall.ts` (LINES, RUNS): how long one large honest upload stalls the server's
// event loop (the longest gap between 10 ms timers) while /api/import/preview reads and places it.
// Reading and the relation check run in a worker; placing the figures runs on the event loop. It was
// quadratic in figures disagreeing on one cell (5,000 such lines: a 500 after 15 s); measured
// 2026-12-06 on 2 loaded cores after that fix, 19,999 lines: 219–273 ms longest stall, the same
// with placement moved to the worker (so it stays here). Prints BENCH_JSON.
import { BUILTIN_FRAMEWORKS } from '../src/domain/frameworks/builtin.js';
import { buildApp } from '../src/server/app.js';
import { loadDemo } from '../src/services/demo.js';
import { openStore } from '../src/store/db.js';

const lines = Number(process.env.LINES ?? 19_999);
const text = Array.from({ length: lines }, (_, i) => `（${i}）一般公共预算支出${i}万元，基本支出${i / 2}万元，项目支出${i / 2}万元，执行率${i % 100}%。`).join(
  '\n',
);

const store = await openStore({ memory: true });
await loadDemo(store.db, BUILTIN_FRAMEWORKS);
const app = await buildApp({ store, demo: true });
const login = await app.inject({ method: 'POST', url: '/api/login', payload: { username: 'wugang', password: 'jixiao-demo' } });
const cookies = { jixiao_session: login.cookies.find((c) => c.name === 'jixiao_session')!.value };
const csrf = (login.json() as { csrfToken: string }).csrfToken;

async function once(): Promise<{ ms: number; stallMs: number; status: number }> {
  let last = performance.now();
  let stall = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last - 10);
    last = now;
  }, 10);
  const t = performance.now();
  const res = await app.inject({
    method: 'POST',
    url: '/api/import/preview',
    cookies,
    headers: { 'x-csrf-token': csrf },
    payload: { fileName: 'large.txt', contentBase64: Buffer.from(text).toString('base64'), year: 2022 },
  });
  const ms = performance.now() - t;
  clearInterval(timer);
  return { ms: Math.round(ms), stallMs: Math.round(stall), status: res.statusCode };
}

const runs = [];
for (let i = 0; i < Number(process.env.RUNS ?? 3); i++) runs.push(await once());
for (const r of runs) console.log(`preview of ${lines} lines (${text.length} chars): ${r.status} in ${r.ms} ms, longest event-loop stall ${r.stallMs} ms`);
await app.close();
await store.close();
console.log(
  `BENCH_JSON ${JSON.stringify({ importStallLines: lines, importStallMaxMs: Math.max(...runs.map((r) => r.stallMs)), importPreviewMs: runs.map((r) => r.ms) })}`,
);
process.exit(0);
