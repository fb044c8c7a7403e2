// Units over HTTP beyond adding one: rename, move under another parent (never under itself or a
// descendant; the year's ancestry and roll-ups follow), retire (撤销: gone from later years' trees
// and pickers, its 自评 and earlier years kept). Scope as for adding: the admin of the parent's
// subtree; a top unit the deployment-wide admin. Runs on PGlite, and on PostgreSQL with DATABASE_URL.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/store/db.js';
import { rollupRepository } from '../src/store/rollups.js';
import { unitRepository } from '../src/store/units.js';
import { demoApp, type Client } from './helpers/app.js';

let env: Awaited<ReturnType<typeof demoApp>>;
let admin: Client;
let wgAdmin: Client;
const YEAR = new Date().getFullYear();
const ids = { shaoyang: '', wugang: '', a: '', b: '', c: '' };

beforeAll(async () => {
  env = await demoApp();
  admin = await env.login('admin');
  const units = unitRepository(env.store.db);
  ids.shaoyang = (await units.byCodes(['430500']))[0]!.id;
  ids.wugang = (await units.byCodes(['430581']))[0]!.id;
  wgAdmin = await env.loginAs('wg-admin', 'admin', ids.wugang);
  // A (under 邵阳) holds B; both from last year, so last year's tree is history once B moves
  const add = async (code: string, name: string, parentId: string) => {
    const res = await admin.send('POST', '/api/admin/units', { name, shortName: null, code, type: '残联', level: 'county', parentId, fromYear: YEAR - 1 });
    expect(res.statusCode, res.body).toBe(201);
    return (res.json() as { id: string }).id;
  };
  ids.a = await add('T-A', '测试甲残联', ids.shaoyang);
  ids.b = await add('T-B', '测试乙残联', ids.a);
  ids.c = await add('T-C', '测试丙残联', ids.shaoyang);
  await rollupRepository(env.store.db).rebuildYear(YEAR);
});
afterAll(async () => {
  await env?.app.close();
  await env?.store.close();
});

const kids = async (parentId: string, year: number) =>
  ((await admin.get(`/api/units?parentId=${parentId}&year=${year}`)).json() as { units: { id: string; name: string }[] }).units.map((u) => u.id);
const search = async (q: string, year: number) =>
  ((await admin.get(`/api/units/search?q=${encodeURIComponent(q)}&year=${year}`)).json() as { units: { id: string }[] }).units.map((u) => u.id);
const ancestorsIn = async (unitId: string, year: number) =>
  (
    await queryRows<{ a: number }>(
      env.store.db,
      sql`select ancestor_id as a from unit_ancestors where year = ${year} and unit_id = ${Number(unitId)} and depth > 0`,
    )
  ).map((r) => String(r.a));

describe('renaming a unit', () => {
  it('changes name, short name, code and type; the id and place stay; audited with before and after', async () => {
    const res = await admin.send('PUT', `/api/admin/units/${ids.c}`, {
      name: '测试丙县残疾人联合会',
      shortName: '丙县残联',
      code: 'T-C2',
      type: '残联',
      level: 'county',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: ids.c, name: '测试丙县残疾人联合会', shortName: '丙县残联', code: 'T-C2' });
    expect(await kids(ids.shaoyang, YEAR)).toContain(ids.c);
    expect(await search('丙县残联', YEAR)).toEqual([ids.c]);
    const audit = (await admin.get('/api/audit?action=unit.update')).json() as { entries: { entityId: string }[] };
    expect(audit.entries.map((e) => e.entityId)).toContain(ids.c);
  });

  it('names every problem at once; another unit’s code is refused, its own kept code is not', async () => {
    const bad = await admin.send('PUT', `/api/admin/units/${ids.c}`, { name: ' ', code: 'a b', type: '', level: 'county' });
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { problems: string[] }).problems).toHaveLength(3);
    const taken = await admin.send('PUT', `/api/admin/units/${ids.c}`, { name: '测试丙', code: '430500', type: '残联', level: 'county' });
    expect(taken.statusCode).toBe(400);
    expect(taken.body).toContain('单位代码已被其他单位使用');
    const same = await admin.send('PUT', `/api/admin/units/${ids.c}`, {
      name: '测试丙县残疾人联合会',
      shortName: '丙县残联',
      code: 'T-C2',
      type: '残联',
      level: 'county',
    });
    expect(same.statusCode).toBe(200);
  });

  it('two admins editing one unit: the second, sent with the unit as it loaded it (previous), gets 409 with the current unit instead of overwriting', async () => {
    const loaded = (await admin.get(`/api/units/${ids.c}`)).json() as {
      unit: { name: string; shortName: string | null; code: string; type: string; level: string };
    };
    const { name, shortName, code, type, level } = loaded.unit;
    const previous = { name, shortName, code, type, level };
    const other = await env.loginAs('second-admin', 'admin', null);
    const first = await other.send('PUT', `/api/admin/units/${ids.c}`, { ...previous, name: '测试丙县残联（改名一）', previous });
    expect(first.statusCode, first.body).toBe(200);
    const second = await admin.send('PUT', `/api/admin/units/${ids.c}`, { ...previous, type: '妇联', previous });
    expect(second.statusCode, second.body).toBe(409);
    expect(second.json()).toMatchObject({ error: 'conflict', current: { id: ids.c, name: '测试丙县残联（改名一）', type: type } });
    const now = (await admin.get(`/api/units/${ids.c}`)).json() as { unit: { name: string; type: string } };
    expect(now.unit).toMatchObject({ name: '测试丙县残联（改名一）', type });
    // with what it sees now, the edit goes through; a body without `previous` (older clients) still saves
    const again = await admin.send('PUT', `/api/admin/units/${ids.c}`, { ...previous, previous: { ...previous, name: '测试丙县残联（改名一）' } });
    expect(again.statusCode, again.body).toBe(200);
    expect((await admin.send('PUT', `/api/admin/units/${ids.c}`, previous)).statusCode).toBe(200);
  });

  it('an admin of 武冈 changes units under 武冈 only, not 武冈 itself nor its siblings; a filler none', async () => {
    const body = { name: '武冈市妇女联合会', code: '430581', type: '妇联', level: 'county' };
    expect((await wgAdmin.send('PUT', `/api/admin/units/${ids.wugang}`, body)).statusCode).toBe(403);
    expect((await wgAdmin.send('PUT', `/api/admin/units/${ids.c}`, { ...body, code: 'T-C2' })).statusCode).toBe(403);
    const wugang = await env.login('wugang');
    expect((await wugang.send('PUT', `/api/admin/units/${ids.c}`, { ...body, code: 'T-C2' })).statusCode).toBe(403);
    expect((await admin.send('PUT', '/api/admin/units/99999999', body)).statusCode).toBe(404);
  });
});

describe('moving a unit', () => {
  it('refuses itself and its own descendant as the new parent, in words', async () => {
    const self = await admin.send('POST', `/api/admin/units/${ids.a}/move`, { parentId: ids.a, fromYear: YEAR });
    expect(self.statusCode).toBe(400);
    expect(self.body).toContain('不能把单位移到它自己之下');
    const cycle = await admin.send('POST', `/api/admin/units/${ids.a}/move`, { parentId: ids.b, fromYear: YEAR });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.body).toContain('不能把单位移到自己的下级之下');
    expect(await kids(ids.shaoyang, YEAR)).toContain(ids.a);
  });

  it('moves B under 武冈 from this year: this year’s tree and ancestry follow, last year’s keeps A', async () => {
    expect(await ancestorsIn(ids.b, YEAR)).toContain(ids.a);
    const res = await admin.send('POST', `/api/admin/units/${ids.b}/move`, { parentId: ids.wugang, fromYear: YEAR });
    expect(res.statusCode, res.body).toBe(200);
    expect(await kids(ids.wugang, YEAR)).toContain(ids.b);
    expect(await kids(ids.a, YEAR)).not.toContain(ids.b);
    expect(await kids(ids.a, YEAR - 1)).toContain(ids.b);
    const anc = await ancestorsIn(ids.b, YEAR);
    expect(anc).toContain(ids.wugang);
    expect(anc).toContain(ids.shaoyang);
    expect(anc).not.toContain(ids.a);
    // the built year's unit count follows: A lost a unit, 武冈 gained one
    const count = async (u: string) => (await rollupRepository(env.store.db).get(Number(u), YEAR, ['units'])).get('units')?.total;
    expect(Number(await count(ids.a))).toBe(1);
    const again = await admin.send('POST', `/api/admin/units/${ids.b}/move`, { parentId: ids.wugang, fromYear: YEAR });
    expect(again.statusCode).toBe(400);
  });

  it('武冈’s admin may move within its subtree but not out of it; a top unit needs the deployment admin', async () => {
    const out = await wgAdmin.send('POST', `/api/admin/units/${ids.b}/move`, { parentId: ids.shaoyang, fromYear: YEAR });
    expect(out.statusCode).toBe(403);
    const top = await wgAdmin.send('POST', `/api/admin/units/${ids.b}/move`, { parentId: null, fromYear: YEAR });
    expect(top.statusCode).toBe(403);
    const rename = await wgAdmin.send('PUT', `/api/admin/units/${ids.b}`, {
      name: '测试乙残联',
      shortName: '乙残联',
      code: 'T-B',
      type: '残联',
      level: 'township',
    });
    expect(rename.statusCode, rename.body).toBe(200);
  });
});

describe('retiring a unit', () => {
  let evaluationId = '';

  it('a unit with work in a year cannot be retired before it; with children it names them', async () => {
    const ev = await admin.send('POST', '/api/evaluations', { unitId: ids.c, year: YEAR - 1 });
    expect(ev.statusCode, ev.body).toBe(201);
    evaluationId = (ev.json() as { evaluation: { id: string } }).evaluation.id;
    const early = await admin.send('POST', `/api/admin/units/${ids.c}/retire`, { lastYear: YEAR - 2 });
    expect(early.statusCode).toBe(400);
    expect(early.body).toContain(`${YEAR - 1} 年已有自评`);
    const parent = await admin.send('POST', `/api/admin/units/${ids.wugang}/retire`, { lastYear: YEAR });
    expect(parent.statusCode).toBe(400);
    expect(parent.body).toContain('请先把下级单位移到其他单位之下');
  });

  it('retired after last year: gone from this year’s tree, pickers and new work; last year and its 自评 stay', async () => {
    const res = await admin.send('POST', `/api/admin/units/${ids.c}/retire`, { lastYear: YEAR - 1 });
    expect(res.statusCode, res.body).toBe(200);
    expect(await kids(ids.shaoyang, YEAR)).not.toContain(ids.c);
    expect(await kids(ids.shaoyang, YEAR - 1)).toContain(ids.c);
    expect(await search('丙县残联', YEAR)).toEqual([]);
    expect(await search('丙县残联', YEAR - 1)).toEqual([ids.c]);
    expect((await admin.get(`/api/units/${ids.c}?year=${YEAR - 1}`)).statusCode).toBe(200);
    const ev = await admin.get(`/api/evaluations/${evaluationId}`);
    expect(ev.statusCode).toBe(200);
    expect(ev.json()).toMatchObject({ year: YEAR - 1 });
    const fresh = await admin.send('POST', '/api/evaluations', { unitId: ids.c, year: YEAR });
    expect(fresh.statusCode).toBe(400);
    expect(fresh.body).toContain('已于');
    // this year's roll-up no longer counts it under 邵阳; the ancestry of last year (unbuilt) is rebuilt on use
    expect(await ancestorsIn(ids.c, YEAR)).toEqual([]);
    const audit = (await admin.get('/api/audit?action=unit.retire')).json() as { entries: { entityId: string }[] };
    expect(audit.entries.map((e) => e.entityId)).toContain(ids.c);
  });

  it('a unit retired before its first year (added by mistake) is in no tree and no picker', async () => {
    const res = await admin.send('POST', '/api/admin/units', {
      name: '误建单位',
      code: 'T-X',
      type: '残联',
      level: 'county',
      parentId: ids.shaoyang,
      fromYear: YEAR,
    });
    const x = (res.json() as { id: string }).id;
    expect((await admin.send('POST', `/api/admin/units/${x}/retire`, { lastYear: YEAR - 1 })).statusCode).toBe(200);
    expect(await kids(ids.shaoyang, YEAR)).not.toContain(x);
    expect(await search('误建单位', YEAR)).toEqual([]);
    expect(await search('误建单位', YEAR + 1)).toEqual([]);
  });

  it('a retired unit cannot be moved in a year it is not in', async () => {
    const res = await admin.send('POST', `/api/admin/units/${ids.c}/move`, { parentId: ids.wugang, fromYear: YEAR });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('不在单位树中');
  });
});
