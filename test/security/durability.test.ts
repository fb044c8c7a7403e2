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
const starting = new Map<string, Write>(); // each evaluation before the test writes to it

beforeAll(async () => {
  if (process.env.DATABASE_URL) pgDb = await createDatabase(process.env.DATABASE_URL);
  const s = await openServices(pgDb ? { url: pgDb.url, demo: true } : { dataDir: data, demo: true });
  try {
    const repo = evaluationRepository(s.store.db);
    const wugang = (await s.evaluations.findByUnitAndYear('430581', 2022))!;
    const fw = (await frameworkRepository(s.store.db).latest('department-wide'))!;
    ids = [wugang.id];
    for (const year of [2020, 2021])
      ids.push(await repo.create({ unitId: wugang.unit.id, year, frameworkId: fw.id, outline: 'departmentWide', title: `武冈 ${year}` }));
    for (const id of ids) {
      const e = (await repo.load(id))!;
      starting.set(id, { marker: e.title, version: e.version, labels: e.budgetLines.map((l) => l.label) });
    }
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
  marker: string; // the title this save writes
  version: number; // the version this save produces
  labels: string[]; // the budget-line labels it writes (the multi-row part)
}

const labelsOf = (marker: string) => [1, 2, 3].map((k) => `${marker}/${k}`);

const marked = (e: Evaluation, marker: string) => {
  const c = contentOf(e);
  c.title = marker;
  // a multi-row part of the same save: half-written content would disagree with the title
  c.budgetLines = labelsOf(marker).map((label, i) => ({ key: `m${i + 1}`, label, initial: `${i + 1}00`, adjusted: null, executed: `${i + 1}0` }));
  return c;
};

describe(`durability under kill -9 (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('keeps every acknowledged write and never a half-written one, over 3 kills', async () => {
    // The state before any save counts as acknowledged: a save in flight at the first kill may
    // or may not land, so the untouched evaluation is as legitimate as the in-flight one.
    const acked = new Map<string, Write[]>(ids.map((id) => [id, [starting.get(id)!]]));
    const inFlight = new Map<string, Write | null>();
    let totalAcked = 0;
    const cycleAcked = [0, 0, 0];
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
          const marker = `c${cycle}-s${seq++}-e${id}`;
          const w: Write = { marker, version: e.version + 1, labels: labelsOf(marker) };
          inFlight.set(id, w);
          try {
            const res = await http(server.base, 'PUT', `/api/evaluations/${id}`, s, { version: e.version, content: marked(e, w.marker) });
            expect(res.status, JSON.stringify(res.body).slice(0, 200)).toBe(200);
            expect((res.body as Evaluation).version).toBe(w.version);
            acked.get(id)!.push(w);
            totalAcked++;
            cycleAcked[cycle] = (cycleAcked[cycle] ?? 0) + 1;
            inFlight.set(id, null);
          } catch (err) {
            if (killed) return; // the connection died with the server: the write stays in flight
            throw err;
          }
        }
      };
      const writers = ids.map(writer);
      // Kill once this server has acknowledged a few saves (a slow machine needs longer), then a
      // little later each cycle so the kill lands at different points of a save.
      const deadline = Date.now() + 60_000;
      while ((cycleAcked[cycle] ?? 0) < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 150 + 200 * cycle));
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
    // every kill must land on a server that had acknowledged writes, or it proves nothing
    expect(
      cycleAcked.every((n) => n > 0),
      `acknowledged per cycle: ${cycleAcked.join('/')}`,
    ).toBe(true);
    console.log(`durability: ${totalAcked} acknowledged writes (${cycleAcked.join('/')} per cycle), 3 kills survived, 0 lost`);
  }, 120_000);
});

/** Each evaluation equals its last acknowledged state, or the write in flight at the kill. */
async function verify(base: string, s: HttpSession, acked: Map<string, Write[]>, inFlight: Map<string, Write | null>) {
  for (const [id, writes] of acked) {
    const e = (await http(base, 'GET', `/api/evaluations/${id}`, s)).body as Evaluation;
    const last = writes.at(-1)!;
    const pending = inFlight.get(id);
    const allowed = pending ? [last, pending] : [last];
    const match = allowed.find((w) => w.marker === e.title && w.version === e.version);
    expect(
      match,
      `evaluation ${id}: title ${e.title} v${e.version}, expected one of ${allowed.map((w) => `${w.marker} v${w.version}`).join(' | ')}`,
    ).toBeDefined();
    expect(e.budgetLines.map((l) => l.label)).toEqual(match!.labels);
    // acknowledged writes are never rolled back: an in-flight one may land, then it is the newest
    if (match && match === pending) writes.push(match);
    inFlight.set(id, null);
  }
}
