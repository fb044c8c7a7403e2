// POST /api/admin/units: a deployment without the demo must be able to add its own units from the
// admin screen (before, units came only from the demo loader). Scope: an admin of a subtree adds
// under it; a top unit needs a deployment-wide admin; bad input names every problem; code unique.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitRepository } from '../src/store/units.js';
import { demoApp, type Client } from './helpers/app.js';

let env: Awaited<ReturnType<typeof demoApp>>;
let admin: Client;
let wugang: Client;
let shaoyangId = '';
const YEAR = new Date().getFullYear();

beforeAll(async () => {
  env = await demoApp();
  admin = await env.login('admin');
  wugang = await env.login('wugang');
  shaoyangId = (await unitRepository(env.store.db).byCodes(['430500']))[0]!.id;
});
afterAll(async () => {
  await env?.app.close();
  await env?.store.close();
});

const county = (over: Record<string, unknown> = {}) => ({
  name: '隆回县残疾人联合会',
  shortName: '隆回县残联',
  code: '430524-CL',
  type: '残联',
  level: 'county',
  parentId: shaoyangId,
  fromYear: YEAR,
  ...over,
});

describe('adding a unit', () => {
  it('a deployment admin adds a county under 邵阳: it is in the tree, searchable, and audited', async () => {
    const res = await admin.send('POST', '/api/admin/units', county());
    expect(res.statusCode).toBe(201);
    const unit = res.json() as { id: string; name: string; code: string; level: string };
    expect(unit).toMatchObject({ name: '隆回县残疾人联合会', code: '430524-CL', level: 'county' });
    const kids = (await admin.get(`/api/units?parentId=${shaoyangId}&year=${YEAR}`)).json() as { units: { id: string }[] };
    expect(kids.units.map((u) => u.id)).toContain(unit.id);
    const found = (await admin.get(`/api/units/search?q=${encodeURIComponent('隆回县残联')}`)).json() as { units: { id: string }[] };
    expect(found.units[0]!.id).toBe(unit.id);
    const audit = (await admin.get('/api/audit?action=unit.create')).json() as { entries: { entityId: string }[] };
    expect(audit.entries.map((e) => e.entityId)).toContain(unit.id);
  });

  it('the same code twice is refused with the reason', async () => {
    const res = await admin.send('POST', '/api/admin/units', county({ name: '另一个单位' }));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('单位代码已被使用');
  });

  it('empty fields are named all at once', async () => {
    const res = await admin.send('POST', '/api/admin/units', county({ name: ' ', code: '', type: '' }));
    expect(res.statusCode).toBe(400);
    const body = res.body;
    expect(body).toContain('请填写单位全称');
    expect(body).toContain('单位代码');
    expect(body).toContain('请填写单位类型');
  });

  it('a filler may not add units; a top unit needs a deployment-wide admin', async () => {
    expect((await wugang.send('POST', '/api/admin/units', county({ code: 'X1' }))).statusCode).toBe(403);
    const sub = await env.loginAs('sy-admin', 'admin', shaoyangId);
    expect((await sub.send('POST', '/api/admin/units', county({ code: 'X2', parentId: null, level: 'province' }))).statusCode).toBe(403);
    // under its own subtree it may
    expect((await sub.send('POST', '/api/admin/units', county({ code: 'X3', name: '邵阳县残联' }))).statusCode).toBe(201);
  });

  it('a deployment admin may add a new top unit', async () => {
    const res = await admin.send(
      'POST',
      '/api/admin/units',
      county({ code: '450000-CL', name: '广西壮族自治区残疾人联合会', shortName: null, level: 'province', parentId: null }),
    );
    expect(res.statusCode).toBe(201);
  });

  it('its new filler’s workbench opens on the unit’s first year, not on the demo’s 2022', async () => {
    const unit = (await admin.get(`/api/units/search?q=${encodeURIComponent('隆回县残联')}`)).json() as { units: { id: string }[] };
    const filler = await env.loginAs('lh.filler', 'filler', unit.units[0]!.id);
    const res = await filler.get('/api/workbench');
    expect(res.statusCode, res.body).toBe(200);
    const wb = res.json() as { year: number };
    expect(wb.year).toBe(YEAR);
    // a filler of a unit with evaluations still opens on its own newest year
    expect(((await wugang.get('/api/workbench')).json() as { year: number }).year).toBe(2022);
  });
});
