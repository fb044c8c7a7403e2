// NOTIFY on `jixiao_data` only when data changed: a save that changes nothing (the editor's
// autosave of an unchanged evaluation, a key-project value written over itself, a unit updated
// to what it was) must not make every process drop its dashboard caches.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation } from '../src/domain/types.js';
import { LIANGAI_PROJECT } from '../src/domain/types.js';
import { contentOf } from '../src/services/evaluations.js';
import { setKeyProjectValue } from '../src/services/keyProjects.js';
import { queryRows } from '../src/store/db.js';
import { demoApp, type Client, type DemoApp } from './helpers/app.js';

let env: DemoApp;
let wugang: Client;
let evalId: string;
let wugangUnit: string;
const notices: string[] = [];
let stop: () => Promise<void>;

/** Notices arrive on commit (PGlite) or a moment after (PostgreSQL's LISTEN connection). */
const settle = () => new Promise((r) => setTimeout(r, 400));

beforeAll(async () => {
  env = await demoApp();
  wugang = await env.login('wugang');
  const list = (await wugang.get('/api/evaluations?year=2022')).json() as { evaluations: { id: string; unitCode: string }[] };
  evalId = list.evaluations.find((e) => e.unitCode === '430581')!.id;
  wugangUnit = String((await queryRows<{ id: number }>(env.store.db, sql`select id from units where code = '430581'`))[0]!.id);
  stop = await env.store.listen(
    'jixiao_data',
    (p) => notices.push(p),
    () => undefined,
  );
});
afterAll(async () => {
  await stop?.();
  await env?.app.close();
  await env?.store.close();
});

async function saveEvaluation(change?: (c: ReturnType<typeof contentOf>) => void) {
  const e = (await wugang.get(`/api/evaluations/${evalId}`)).json() as Evaluation;
  const content = contentOf(e);
  change?.(content);
  const res = await wugang.send('PUT', `/api/evaluations/${evalId}`, { version: e.version, content });
  expect(res.statusCode, res.body).toBe(200);
}

describe('jixiao_data notices', () => {
  it('an evaluation saved unchanged announces nothing; a changed figure announces the roll-up version', async () => {
    await saveEvaluation(); // settles anything the first save normalises
    await settle();
    notices.length = 0;
    await saveEvaluation();
    await saveEvaluation();
    await settle();
    expect(notices).toEqual([]);
    await saveEvaluation((c) => {
      const row = c.budget.flatMap((a) => Object.values(a.rows)).find((r) => r?.expenditure)!;
      row.expenditure = String(Number(row.expenditure) + 1);
    });
    await settle();
    expect(notices).toEqual(['v']);
  });

  it('a key-project value written over itself announces nothing; a new value does', async () => {
    const values = { target: '10361', actual: '10780' };
    await env.store.db.transaction((tx) => setKeyProjectValue(tx, wugangUnit, 2022, LIANGAI_PROJECT, values));
    await settle();
    notices.length = 0;
    await env.store.db.transaction((tx) => setKeyProjectValue(tx, wugangUnit, 2022, LIANGAI_PROJECT, values));
    await settle();
    expect(notices).toEqual([]);
    await env.store.db.transaction((tx) => setKeyProjectValue(tx, wugangUnit, 2022, LIANGAI_PROJECT, { ...values, actual: '10781' }));
    await settle();
    expect(notices).toEqual(['v']);
  });

  it('a unit or link updated to what it was announces nothing; a rename does', async () => {
    notices.length = 0;
    await env.store.db.execute(sql`update units set name = name where id = ${Number(wugangUnit)}`);
    await env.store.db.execute(sql`update unit_links set from_year = from_year where unit_id = ${Number(wugangUnit)}`);
    await env.store.db.execute(sql`update units set name = '武冈市妇联' where false`);
    await settle();
    expect(notices).toEqual([]);
    await env.store.db.execute(sql`update units set name = '武冈市妇女联合会（改）' where id = ${Number(wugangUnit)}`);
    await settle();
    expect(notices).toEqual(['u']);
  });
});
