// Deployment rule: a unit can be approved only when all its children are (when switched on).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation } from '../src/domain/types.js';
import { demoApp, type Client } from './helpers/app.js';

let env: Awaited<ReturnType<typeof demoApp>>;
let admin: Client;
let wugang: Client;
let shaoyang: Client;
let id: string;
let wugangId: string;
const OFF = { requireChildrenApproved: false };
const ON = { requireChildrenApproved: true };

beforeAll(async () => {
  env = await demoApp();
  [admin, wugang, shaoyang] = await Promise.all([env.login('admin'), env.login('wugang'), env.login('shaoyang')]);
  const mine = ((await wugang.get('/api/evaluations?year=2022')).json() as { evaluations: { id: string; unitId: string }[] }).evaluations[0]!;
  id = mine.id;
  wugangId = mine.unitId;
});
afterAll(async () => {
  await env?.app.close();
  await env?.store.close();
});

const act = async (c: Client, action: string) => {
  const e = (await c.get(`/api/evaluations/${id}`)).json() as Evaluation;
  return c.send('POST', `/api/evaluations/${id}/transitions`, { action, version: e.version });
};

describe('approve only when all children are approved', () => {
  it('is off by default, admin-only to change', async () => {
    expect(((await admin.get('/api/admin/settings')).json() as { requireChildrenApproved: boolean }).requireChildrenApproved).toBe(false);
    expect((await shaoyang.send('PUT', '/api/admin/settings', { requireChildrenApproved: true, previous: OFF })).statusCode).toBe(403);
    expect((await admin.send('PUT', '/api/admin/settings', { requireChildrenApproved: true })).statusCode).toBe(400); // previous is required
  });

  it('blocks approval naming the children still pending, then lets it through when switched off', async () => {
    expect((await admin.send('PUT', '/api/admin/settings', { requireChildrenApproved: true, previous: OFF })).statusCode).toBe(200);
    expect((await act(wugang, 'submit')).statusCode).toBe(200);
    const blocked = await act(shaoyang, 'approve');
    expect(blocked.statusCode).toBe(422);
    expect((blocked.json() as { message: string }).message).toContain('荆竹铺镇妇联');
    expect((await admin.send('PUT', '/api/admin/settings', { requireChildrenApproved: false, previous: ON })).statusCode).toBe(200);
    expect((await act(shaoyang, 'approve')).statusCode).toBe(200);
  });

  it('sets deadlines that the workbench reports', async () => {
    expect((await admin.send('PUT', '/api/admin/deadlines', { year: 2022, level: 'county', dueDate: '2023-06-30', previous: null })).statusCode).toBe(200);
    const wb = (await wugang.get('/api/workbench?year=2022')).json() as { deadline: string };
    expect(wb.deadline).toBe('2023-06-30');
    expect((await admin.send('PUT', '/api/admin/deadlines', { year: 2022, level: 'nation', dueDate: '2023-06-30', previous: null })).statusCode).toBe(400);
    const listed = (await admin.get('/api/admin/deadlines?year=2022')).json() as { deadlines: { year: number; level: string; dueDate: string }[] };
    expect(listed.deadlines).toEqual([{ year: 2022, level: 'county', dueDate: '2023-06-30' }]);
  });

  it('refuses a stale write with 409 and the current value, and writes nothing', async () => {
    // a second admin still sees "no deadline" and sets one: the first admin's date wins
    const stale = await admin.send('PUT', '/api/admin/deadlines', { year: 2022, level: 'county', dueDate: '2023-05-01', previous: null });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: 'conflict', current: '2023-06-30' });
    const wrongPrev = await admin.send('PUT', '/api/admin/deadlines', { year: 2022, level: 'county', dueDate: '2023-05-01', previous: '2023-06-01' });
    expect(wrongPrev.statusCode).toBe(409);
    expect(((await wugang.get('/api/workbench?year=2022')).json() as { deadline: string }).deadline).toBe('2023-06-30');
    const staleSettings = await admin.send('PUT', '/api/admin/settings', { requireChildrenApproved: false, previous: ON });
    expect(staleSettings.statusCode).toBe(409);
    expect(staleSettings.json()).toMatchObject({ current: OFF });
  });

  it('moves and removes a deadline, each change audited with before and after', async () => {
    expect((await admin.send('PUT', '/api/admin/deadlines', { year: 2022, level: 'county', dueDate: '2023-07-15', previous: '2023-06-30' })).statusCode).toBe(
      200,
    );
    const removed = await admin.send('PUT', '/api/admin/deadlines', { year: 2022, level: 'county', dueDate: null, previous: '2023-07-15' });
    expect(removed.json()).toEqual({ deadlines: [] });
    const audit = (await admin.get('/api/audit?action=deadline.')).json() as { entries: { action: string; entityId: string }[] };
    expect(audit.entries.map((e) => e.action)).toEqual(['deadline.remove', 'deadline.set', 'deadline.set']);
    expect(audit.entries.every((e) => e.entityId === '2022/county')).toBe(true);
  });

  it("is for a deployment-wide admin only: an admin of one unit may not set everyone's deadline", async () => {
    const local = await env.loginAs('wugang_admin', 'admin', wugangId);
    expect((await local.get('/api/admin/settings')).statusCode).toBe(403);
    expect((await local.send('PUT', '/api/admin/deadlines', { year: 2022, level: '*', dueDate: '2023-01-01', previous: null })).statusCode).toBe(403);
  });
});
