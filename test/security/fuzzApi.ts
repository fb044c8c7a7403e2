// Hostile requests against the whole app (in-process, in-memory PGlite with the demo): percent-encoded,
// double-slash, dot-segment and case variants of every route, NUL bytes in bodies and queries, ids
// past 32 bits, junk JSON, and paragraph/line bombs through the import preview. A crash is a 500,
// a hang an answer slower than HANG_MS; anything else (2xx–4xx) is a handled answer.
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { BUILTIN_FRAMEWORKS } from '../../src/domain/frameworks/builtin.js';
import { buildApp } from '../../src/server/app.js';
import { loadDemo } from '../../src/services/demo.js';
import { openStore, type Store } from '../../src/store/db.js';
import type { TargetReport } from './fuzzing.js';
import { docx } from './zip.js';

const HANG_MS = 10_000;
const METHODS = ['GET', 'POST', 'PUT', 'DELETE'] as const;
const HUGE_IDS = ['2147483647', '2147483648', '4294967296', '9999999999', '99999999999999999999', '-1', '0', '00000000002', '1e3', '0x10', '%00', '1%00', '١٢'];
const NULS = ['\u0000', 'a\u0000b', '\u0000'.repeat(50), '%00'];

function emptyReport(target: string): TargetReport {
  return { target, inputs: 0, ok: 0, clearRefusals: 0, otherRefusals: 0, libraryBugs: 0, crashes: 0, hangs: 0, slowestMs: 0, examples: [] };
}

const enc = (c: string) => '%' + c.charCodeAt(0).toString(16).padStart(2, '0');
/** A non-canonical spelling of `path`. */
const spell = (path: string, how: number, at: number): string => {
  const chars = [...path];
  const i = 1 + (at % Math.max(1, chars.length - 1));
  switch (how % 9) {
    case 0:
      return chars.map((c, k) => (k === i && c !== '/' ? enc(c) : c)).join('');
    case 1:
      return chars.map((c, k) => (k === i && c !== '/' ? enc(c).toUpperCase() : c)).join('');
    case 2:
      return path.replace('/', '//');
    case 3:
      return path.replace(/\/([^/]+)$/, '/./$1');
    case 4:
      return path.replace(/^\/api\//, '/api/x/../');
    case 5:
      return path.toUpperCase();
    case 6:
      return path + '/';
    case 7:
      return path.replace(/\//g, '%2F');
    default:
      return path + ';' + enc('/');
  }
};

interface Ctx {
  app: FastifyInstance;
  store: Store;
  clients: { cookie: string; csrf: string }[];
  routes: { method: string; path: string }[];
}

async function setUp(): Promise<Ctx> {
  const store = await openStore({ memory: true });
  await loadDemo(store.db, BUILTIN_FRAMEWORKS);
  const app = await buildApp({ store, demo: true });
  const clients = [];
  for (const username of ['wugang', 'admin']) {
    const r = await app.inject({ method: 'POST', url: '/api/login', payload: { username, password: 'jixiao-demo' }, remoteAddress: '10.250.0.1' });
    if (r.statusCode !== 200) throw new Error(`fuzz login ${username}: ${r.statusCode}`);
    clients.push({ cookie: r.cookies.find((c) => c.name === 'jixiao_session')!.value, csrf: (r.json() as { csrfToken: string }).csrfToken });
  }
  const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
  // session-ending routes are left out: the run would log itself out
  const routes = Object.entries(doc.paths)
    .flatMap(([path, ops]) => Object.keys(ops).map((m) => ({ method: m.toUpperCase(), path })))
    .filter((r) => !/logout|revoke-all|\/password$|unlock/.test(r.path));
  return { app, store, clients, routes };
}

interface Req {
  method: string;
  url: string;
  body?: string;
  contentType?: string;
  client: number | null;
  csrf: boolean;
}

function requests(ctx: Ctx): fc.Arbitrary<Req> {
  const route = fc.constantFrom(...ctx.routes);
  const id = fc.oneof(fc.constantFrom(...HUGE_IDS), fc.integer({ min: 1, max: 40 }).map(String), fc.bigInt({ min: 2n ** 31n, max: 10n ** 12n }).map(String));
  const text = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(...NULS), fc.string({ unit: 'binary', maxLength: 40 }));
  const json = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
    fc.record({ version: fc.oneof(fc.integer(), fc.constantFrom(2147483648, 1e20, -1)), content: fc.constant(null) }).map((v) => JSON.stringify(v)),
    fc.record({ username: text, password: text }).map((v) => JSON.stringify(v)),
    fc
      .record({
        fileName: fc.constantFrom('a.txt', 'b.docx', 'c.xlsx'),
        contentBase64: fc.oneof(
          fc.constantFrom('!!!notbase64!!!', '====', ''),
          fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString('base64')),
        ),
        unitId: id,
      })
      .map((v) => JSON.stringify(v)),
    text,
  );
  return fc
    .record({
      r: route,
      id,
      how: fc.nat(),
      at: fc.nat(),
      spelled: fc.boolean(),
      json,
      q: text,
      client: fc.constantFrom<number | null>(0, 1, null),
      csrf: fc.boolean(),
      method: fc.option(fc.constantFrom(...METHODS), { freq: 4 }),
      ct: fc.constantFrom('application/json', 'application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'),
    })
    .map(({ r, id, how, at, spelled, json, q, client, csrf, method, ct }) => {
      let path = r.path.replace('{id}', encodeURIComponent(id).replace(/%25/g, '%'));
      if (spelled) path = spell(path, how, at);
      const url = `${path}?q=${encodeURIComponent(q)}&year=${encodeURIComponent(id)}&unitId=${encodeURIComponent(id)}`;
      const m = method ?? r.method;
      return { method: m, url, body: m === 'GET' ? undefined : json, contentType: ct, client, csrf };
    });
}

async function timed(r: TargetReport, label: string, run: () => Promise<number>) {
  r.inputs++;
  const t = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<'hang'>((res) => (timer = setTimeout(() => res('hang'), HANG_MS)));
  try {
    const status = await Promise.race([run(), hang]);
    const ms = performance.now() - t;
    r.slowestMs = Math.max(r.slowestMs, ms);
    if (status === 'hang') {
      r.hangs++;
      if (r.examples.length < 5) r.examples.push({ kind: 'hang', input: label, error: `> ${HANG_MS} ms` });
    } else if (status >= 500) {
      r.crashes++;
      if (r.examples.length < 5) r.examples.push({ kind: 'crash', input: label, error: `HTTP ${status}` });
    } else if (status < 400) r.ok++;
    else r.clearRefusals++;
  } finally {
    clearTimeout(timer);
  }
}

/** `requestsCount` generated requests plus `bombs` paragraph/line bombs; ends the app and store. */
export async function fuzzApi(requestsCount: number, bombs: number, seed: number): Promise<TargetReport[]> {
  const ctx = await setUp();
  try {
    const api = emptyReport('api: encoded paths, NUL bytes, huge ids, junk bodies');
    for (const q of fc.sample(requests(ctx), { numRuns: requestsCount, seed })) {
      const c = q.client === null ? null : ctx.clients[q.client]!;
      const headers: Record<string, string> = {};
      if (q.body !== undefined) headers['content-type'] = q.contentType ?? 'application/json';
      if (c && q.csrf) headers['x-csrf-token'] = c.csrf;
      await timed(
        api,
        `${q.method} ${q.url.slice(0, 120)} ${String(q.body ?? '').slice(0, 60)}`,
        async () =>
          (
            await ctx.app.inject({
              method: q.method as 'GET',
              url: q.url,
              payload: q.body,
              headers,
              cookies: c ? { jixiao_session: c.cookie } : {},
              remoteAddress: `10.251.${seed % 200}.${api.inputs % 250}`,
            })
          ).statusCode,
      );
    }
    const bomb = emptyReport('api: paragraph and line bombs through /api/import/preview');
    const c = ctx.clients[0]!;
    const shapes = [
      (n: number) => ({ fileName: 'bomb.docx', buf: docx('<w:p/>'.repeat(n)) }),
      (n: number) => ({ fileName: 'bomb.docx', buf: docx(`<w:tbl>${'<w:tr><w:tc><w:p/></w:tc></w:tr>'.repeat(Math.ceil(n / 2))}</w:tbl>`) }),
      (n: number) => ({ fileName: 'lines.txt', buf: Buffer.from('一行\n'.repeat(Math.min(n, 1_500_000))) }),
      (n: number) => ({ fileName: 'long.txt', buf: Buffer.from('字'.repeat(Math.min(n * 3, 3_000_000))) }),
    ];
    const sizes = fc.sample(fc.integer({ min: 30_000, max: 1_000_000 }), { numRuns: bombs, seed: seed + 1 });
    for (let i = 0; i < bombs; i++) {
      const { fileName, buf } = shapes[i % shapes.length]!(sizes[i]!);
      await timed(
        bomb,
        `${fileName} ${buf.length} bytes (${sizes[i]})`,
        async () =>
          (
            await ctx.app.inject({
              method: 'POST',
              url: '/api/import/preview',
              payload: { fileName, contentBase64: buf.toString('base64') },
              headers: { 'x-csrf-token': c.csrf },
              cookies: { jixiao_session: c.cookie },
            })
          ).statusCode,
      );
    }
    return [api, bomb];
  } finally {
    await ctx.app.close();
    await ctx.store.close();
  }
}
