// User administration: an admin of a unit manages its subtree's users and nothing else; a global
// admin manages everyone; edits are compare-and-set; disabling ends sessions; all audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoApp, type Client, type DemoApp } from '../helpers/app.js';
import type { ManagedUser } from '../../src/domain/wire.js';
import { unitRepository } from '../../src/store/units.js';

type User = ManagedUser;

let env: DemoApp;
let admin: Client;
let local: Client; // admin of 武冈 only
const ids: Record<string, string> = {};
const PW = 'Strong-pass-2026';

beforeAll(async () => {
  env = await demoApp();
  const units = unitRepository(env.store.db);
  for (const [k, code] of Object.entries({ hunan: '430000', shaoyang: '430500', wugang: '430581', town: '430581100' }))
    ids[k] = (await units.byCodes([code]))[0]!.id;
  admin = await env.login('admin');
  local = await env.loginAs('wg_admin', 'admin', ids.wugang!);
});
afterAll(async () => {
  await env?.app.close();
  await env?.store.close();
});

const create = (c: Client, username: string, grants: { role: string; unitId: string | null }[], password = PW) =>
  c.send('POST', '/api/admin/users', { username, displayName: `${username} 姓名`, password, grants });
const list = async (c: Client, q = '') =>
  (await c.get(`/api/admin/users?limit=500${q ? `&q=${encodeURIComponent(q)}` : ''}`)).json() as { users: User[]; total: number };

describe('user administration', () => {
  it('two admins creating the same name at once: one user, the other gets 409', async () => {
    const [a, b] = await Promise.all([
      create(admin, 'race.user', [{ role: 'filler', unitId: ids.wugang! }]),
      create(admin, 'race.user', [{ role: 'filler', unitId: ids.wugang! }]),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    expect((await list(admin, 'race.user')).total).toBe(1);
  });

  it('a global admin creates a filler who can then log in with the given password', async () => {
    const res = await create(admin, 'wg.filler2', [{ role: 'filler', unitId: ids.wugang! }]);
    expect(res.statusCode).toBe(201);
    const u = res.json() as User;
    expect(u).toMatchObject({ username: 'wg.filler2', displayName: 'wg.filler2 姓名', disabled: false, version: 1, manageable: true });
    expect(u.grants).toEqual([{ role: 'filler', unitId: ids.wugang, unitName: '武冈市妇女联合会' }]);
    const login = await env.app.inject({ method: 'POST', url: '/api/login', payload: { username: 'wg.filler2', password: PW } });
    expect(login.statusCode).toBe(200);
    const audit = (await admin.get('/api/audit?action=user.create')).json() as { entries: unknown[] };
    expect(audit.entries[0]).toMatchObject({ entityId: u.id, unit: { id: ids.wugang }, user: { username: 'admin' } });
  });

  it('a user whose password an admin chose must change it before anything else', async () => {
    const res = await env.app.inject({ method: 'POST', url: '/api/login', payload: { username: 'wg.filler2', password: PW } });
    const cookies = { jixiao_session: res.cookies.find((c) => c.name === 'jixiao_session')!.value };
    const headers = { 'x-csrf-token': (res.json() as { csrfToken: string }).csrfToken };
    expect((res.json() as { user: { mustChangePassword: boolean } }).user.mustChangePassword).toBe(true);
    const blocked = await env.app.inject({ method: 'GET', url: '/api/evaluations?year=2022', cookies });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json()).toMatchObject({ error: 'passwordChangeRequired' });
    expect((await env.app.inject({ method: 'GET', url: '/api/me', cookies })).statusCode).toBe(200);
    expect((await env.app.inject({ method: 'GET', url: '/api/public/evaluations?year=2022', cookies })).statusCode).toBe(200);
    const changed = await env.app.inject({
      method: 'POST',
      url: '/api/account/password',
      cookies,
      headers,
      payload: { currentPassword: PW, newPassword: 'My-own-choice-42' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await env.app.inject({ method: 'GET', url: '/api/evaluations?year=2022', cookies })).statusCode).toBe(200);
    const me = (await env.app.inject({ method: 'GET', url: '/api/me', cookies })).json() as { user: { mustChangePassword: boolean } };
    expect(me.user.mustChangePassword).toBe(false);
    // an admin reset sets it again
    const id = (await list(admin, 'wg.filler2')).users[0]!.id;
    expect((await admin.send('POST', `/api/admin/users/${id}/password`, { newPassword: 'Reset-by-admin-7' })).statusCode).toBe(200);
    const again = await env.app.inject({ method: 'POST', url: '/api/login', payload: { username: 'wg.filler2', password: 'Reset-by-admin-7' } });
    expect((again.json() as { user: { mustChangePassword: boolean } }).user.mustChangePassword).toBe(true);
  });

  it('a unit admin sees only users with a grant in its subtree', async () => {
    const names = (await list(local)).users.map((u) => u.username);
    expect(names).toEqual(expect.arrayContaining(['wugang', 'wg.filler2', 'wg_admin']));
    expect(names).not.toContain('shaoyang');
    expect(names).not.toContain('hunan');
    expect(names).not.toContain('admin');
    const all = await list(admin);
    expect(all.users.map((u) => u.username)).toEqual(expect.arrayContaining(['admin', 'hunan', 'shaoyang', 'wugang']));
    expect((await list(admin, '审核员')).users.map((u) => u.username).sort()).toEqual(['hunan', 'shaoyang']);
    const shaoyang = all.users.find((u) => u.username === 'shaoyang')!;
    expect((await local.get(`/api/admin/users/${shaoyang.id}`)).statusCode).toBe(404);
  });

  it('a unit admin grants inside its subtree only, and never deployment-wide', async () => {
    expect((await create(local, 'town.filler', [{ role: 'filler', unitId: ids.town! }])).statusCode).toBe(201);
    const up = await create(local, 'sy.filler', [{ role: 'filler', unitId: ids.shaoyang! }]);
    expect(up.statusCode).toBe(403);
    expect((up.json() as { message: string }).message).toContain(`filler@${ids.shaoyang}`);
    expect((await create(local, 'wide.admin', [{ role: 'admin', unitId: null }])).statusCode).toBe(403);
    expect((await create(local, 'nobody', [])).statusCode).toBe(400);
    expect((await list(admin, 'sy.filler')).total).toBe(0);
  });

  it('refuses bad input with every problem named, a taken username with 409', async () => {
    const bad = await create(admin, 'x', [{ role: 'filler', unitId: null }], 'short');
    expect(bad.statusCode).toBe(400);
    const problems = (bad.json() as { problems: string[] }).problems.join('\n');
    expect(problems).toContain('用户名');
    expect(problems).toContain('只有管理员');
    expect(problems).toMatch(/密码|password/);
    expect(problems).toContain('初始密码至少 10 位');
    expect((await create(admin, 'WG.Filler2', [{ role: 'filler', unitId: ids.wugang! }])).statusCode).toBe(409);
    // a taken name and a weak password are named together, in one answer
    const both = await create(admin, 'wg.filler2', [{ role: 'filler', unitId: ids.wugang! }], 'short');
    expect(both.statusCode).toBe(400);
    expect((both.json() as { problems: string[] }).problems).toEqual([expect.stringContaining('初始密码'), expect.stringContaining('用户名已存在')]);
    // empty fields get the readable problems, not a schema message
    const empty = await admin.send('POST', '/api/admin/users', { username: '', displayName: '', password: '', grants: [] });
    expect(empty.statusCode).toBe(400);
    expect((empty.json() as { problems: string[] }).problems.join()).toMatch(/用户名.*姓名.*初始密码/);
    expect((await create(admin, 'ghost.unit', [{ role: 'filler', unitId: '999999' }])).statusCode).toBe(400);
  });

  it('a unit admin may not edit or reset a user who also holds a grant outside its subtree', async () => {
    const res = await create(admin, 'two.hats', [
      { role: 'filler', unitId: ids.wugang! },
      { role: 'reviewer', unitId: ids.shaoyang! },
    ]);
    const u = res.json() as User;
    const seen = (await list(local, 'two.hats')).users[0]!;
    expect(seen.manageable).toBe(false);
    expect((await local.send('PUT', `/api/admin/users/${u.id}`, { version: u.version, displayName: 'x', disabled: true, grants: [] })).statusCode).toBe(403);
    expect((await local.send('POST', `/api/admin/users/${u.id}/password`, { newPassword: 'Another-pass-77' })).statusCode).toBe(403);
  });

  it('edits are compare-and-set: a stale version gets 409 with the current user and changes nothing', async () => {
    const u = (await list(local, 'town.filler')).users[0]!;
    const first = await local.send('PUT', `/api/admin/users/${u.id}`, {
      version: u.version,
      displayName: '荆竹铺镇填报员',
      disabled: false,
      grants: [{ role: 'filler', unitId: ids.town }],
    });
    expect(first.statusCode).toBe(200);
    expect((first.json() as User).version).toBe(u.version + 1);
    const stale = await admin.send('PUT', `/api/admin/users/${u.id}`, {
      version: u.version,
      displayName: '旧名字',
      disabled: false,
      grants: [
        { role: 'filler', unitId: ids.town },
        { role: 'reviewer', unitId: ids.town },
      ],
    });
    expect(stale.statusCode).toBe(409);
    expect((stale.json() as { current: User }).current).toMatchObject({ displayName: '荆竹铺镇填报员', version: u.version + 1 });
    const now = (await list(admin, 'town.filler')).users[0]!;
    expect(now.displayName).toBe('荆竹铺镇填报员');
    expect(now.grants.map((g) => g.role)).toEqual(['filler']);
  });

  it("disabling ends the user's sessions at once and refuses new logins", async () => {
    const victim = await env.login('wugang');
    expect((await victim.get('/api/me')).statusCode).toBe(200);
    const u = (await list(local, 'wugang')).users.find((x) => x.username === 'wugang')!;
    const res = await local.send('PUT', `/api/admin/users/${u.id}`, {
      version: u.version,
      displayName: u.displayName,
      disabled: true,
      grants: u.grants.map(({ role, unitId }) => ({ role, unitId })),
    });
    expect(res.statusCode).toBe(200);
    expect((await victim.get('/api/me')).statusCode).toBe(401);
    expect((await env.app.inject({ method: 'POST', url: '/api/login', payload: { username: 'wugang', password: 'jixiao-demo' } })).statusCode).toBe(401);
    const audit = (await local.get(`/api/audit?action=user.disable`)).json() as { entries: { entityId: string }[] };
    expect(audit.entries.map((e) => e.entityId)).toContain(u.id);
  });

  it('an admin cannot disable itself or change its own roles', async () => {
    const me = (await list(local, 'wg_admin')).users[0]!;
    const grants = me.grants.map(({ role, unitId }) => ({ role, unitId }));
    expect(
      (await local.send('PUT', `/api/admin/users/${me.id}`, { version: me.version, displayName: me.displayName, disabled: true, grants })).statusCode,
    ).toBe(400);
    expect(
      (
        await local.send('PUT', `/api/admin/users/${me.id}`, {
          version: me.version,
          displayName: me.displayName,
          disabled: false,
          grants: [...grants, { role: 'filler', unitId: ids.wugang }],
        })
      ).statusCode,
    ).toBe(400);
    expect((await local.send('PUT', `/api/admin/users/${me.id}`, { version: me.version, displayName: '武冈管理员', disabled: false, grants })).statusCode).toBe(
      200,
    );
  });

  it('is for admins only', async () => {
    const filler = await env.loginAs('plain.filler', 'filler', ids.wugang!);
    expect((await filler.get('/api/admin/users')).statusCode).toBe(403);
    expect((await create(filler, 'sneaky', [{ role: 'admin', unitId: null }])).statusCode).toBe(403);
    expect((await env.app.inject({ method: 'GET', url: '/api/admin/users' })).statusCode).toBe(401);
  });
});
