// Durability: a real `jixiao serve` (PGlite folder, or a fresh PostgreSQL database when DATABASE_URL
// is set) takes concurrent saves on three evaluations, is killed with SIGKILL mid-way, restarts —
// three times. Every save answered 2xx must be there, and each evaluation must equal exactly one
// acknowledged (or the one in-flight) version: title, budget line and version all from the same save.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation } from '../../src/domain/types.js';
import { contentOf } from '../../src/services/evaluations.js';
import { openServices } from '../../src/services/index.js';
import { evaluationRepository } from '../../src/store/evaluations.js';
import { frameworkRepository } from '../../src/store/frameworks.js';
import { createDatabase, http, httpLogin, killAll, startServer, type HttpSession } from './server.js';

const dir = mkdtempSync(join(tmpdir(), 'jixiao-durable-'));
const data = join(dir, 'data');
let pgDb: { url: string; drop(): Promise<void> } | null = null;
let ids: string[] = [];

beforeAll(async () => {
  if (process.env.DATABASE_URL) pgDb = await createDatabase(process.env.DATABASE_URL);
  const s = await openServices(pgDb ? { url: pgDb.url, demo: true } : { dataDir: data, demo: true });
  try {
    const repo = evaluationRepository(s.store.db);
    const wugang = (await s.evaluations.findByUnitAndYear('430581', 2022))!;
    const fw = (await frameworkRepository(s.store.db).latest('department-wide'))!;
    ids = [wugang.id];
    for (const year of [2020, 2021]) ids.push(await repo.create({ unitId: wugang.unit.id, year, frameworkId: fw.id, outline: 'departmentWide', title: `武冈 ${year}` }));
  } finally {
    await s.close();
  }
}, 120_000);
afterAll(async () => {
  await killAll();
  await pgDb?.drop();
  rmSync(dir, { recursive: true, force: true });
});

interface Write {
  marker: string;
  version: number; // the version this save produces
}

const marked = (e: Evaluation, marker: string) => {
  const c = contentOf(e);
  c.title = marker;
  // a multi-row part of the same save: half-written content would disagree with the title
  c.budgetLines = [1, 2, 3].map((k) => ({ key: `m${k}`, label: `${marker}/${k}`, initial: `${k}00`, adjusted: null, executed: `${k}0` }));
  return c;
};

describe(`durability under kill -9 (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('keeps every acknowledged write and never a half-written one, over 3 kills', async () => {
    const acked = new Map<string, Write[]>(ids.map((id) => [id, []]));
    const inFlight = new Map<string, Write | null>();
    let totalAcked = 0;
    let seq = 0;
    for (let cycle = 0; cycle < 3; cycle++) {
      const server = await startServer({ data, url: pgDb?.url });
      const s: HttpSession = await httpLogin(server.base, 'wugang');
      await verify(server.base, s, acked, inFlight);
      let killed = false;
      const writer = async (id: string) => {
        while (!killed) {
          let e: Evaluation;
          try {
            const got = await http(server.base, 'GET', `/api/evaluations/${id}`, s);
            if (got.status !== 200) throw new Error(`GET ${got.status}`);
            e = got.body as Evaluation;
          } catch (err) {
            if (killed) return;
            throw err;
          }
          const w: Write = { marker: `c${cycle}-s${seq++}-e${id}`, version: e.version + 1 };
          inFlight.set(id, w);
          try {
            const res = await http(server.base, 'PUT', `/api/evaluations/${id}`, s, { version: e.version, content: marked(e, w.marker) });
            expect(res.status, JSON.stringify(res.body).slice(0, 200)).toBe(200);
            expect((res.body as Evaluation).version).toBe(w.version);
            acked.get(id)!.push(w);
            totalAcked++;
            inFlight.set(id, null);
          } catch (err) {
            if (killed) return; // the connection died with the server: the write stays in flight
            throw err;
          }
        }
      };
      const writers = ids.map(writer);
      await new Promise((r) => setTimeout(r, 700 + 400 * cycle));
      killed = true;
      await server.kill9();
      await Promise.all(writers);
    }
    const server = await startServer({ data, url: pgDb?.url });
    try {
      await verify(server.base, await httpLogin(server.base, 'wugang'), acked, inFlight);
    } finally {
      await server.stop();
    }
    expect(totalAcked).toBeGreaterThan(6);
    console.log(`durability: ${totalAcked} acknowledged writes, 3 kills survived, 0 lost`);
  }, 120_000);
});

/** Each evaluation equals its last acknowledged write, or the write in flight at the kill. */
async function verify(base: string, s: HttpSession, acked: Map<string, Write[]>, inFlight: Map<string, Write | null>) {
  for (const [id, writes] of acked) {
    const e = (await http(base, 'GET', `/api/evaluations/${id}`, s)).body as Evaluation;
    const last = writes.at(-1);
    const pending = inFlight.get(id);
    const allowed = [last, pending].filter((w): w is Write => Boolean(w));
    if (allowed.length === 0) continue; // never written yet
    const match = allowed.find((w) => w.marker === e.title);
    expect(match, `evaluation ${id}: title ${e.title}, expected one of ${allowed.map((w) => w.marker).join(' | ')}`).toBeDefined();
    expect(e.version).toBe(match!.version);
    expect(e.budgetLines.map((l) => l.label)).toEqual([1, 2, 3].map((k) => `${match!.marker}/${k}`));
    // acknowledged writes are never rolled back: an in-flight one may land, then it is the newest
    if (match === pending) acked.get(id)!.push(pending!);
    inFlight.set(id, null);
  }
}
