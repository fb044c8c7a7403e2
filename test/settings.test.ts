// Deployment rule: a unit can be approved only when all its children are (when switched on).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation } from '../src/domain/types.js';
import { demoApp, type Client } from './helpers/app.js';

let env: Awaited<ReturnType<typeof demoApp>>;
let admin: Client;
let wugang: Client;
let shaoyang: Client;
let id: string;

beforeAll(async () => {
  env = await demoApp();
  [admin, wugang, shaoyang] = await Promise.all([env.login('admin'), env.login('wugang'), env.login('shaoyang')]);
  id = ((await wugang.get('/api/evaluations?year=2022')).json() as { evaluations: { id: string }[] }).evaluations[0]!.id;
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
    expect((await shaoyang.send('PUT', '/api/admin/settings', { requireChildrenApproved: true })).statusCode).toBe(403);
  });

  it('blocks approval naming the children still pending, then lets it through when switched off', async () => {
    expect((await admin.send('PUT', '/api/admin/settings', { requireChildrenApproved: true })).statusCode).toBe(200);
    expect((await act(wugang, 'submit')).statusCode).toBe(200);
    const blocked = await act(shaoyang, 'approve');
    expect(blocked.statusCode).toBe(422);
    expect((blocked.json() as { message: string }).message).toContain('荆竹铺镇妇联');
    expect((await admin.send('PUT', '/api/admin/settings', { requireChildrenApproved: false })).statusCode).toBe(200);
    expect((await act(shaoyang, 'approve')).statusCode).toBe(200);
  });

  it('sets deadlines that the workbench reports', async () => {
    expect((await admin.send('PUT', '/api/admin/deadlines', { year: 2022, level: 'county', dueDate: '2023-06-30' })).statusCode).toBe(200);
    const wb = (await wugang.get('/api/workbench?year=2022')).json() as { deadline: string };
    expect(wb.deadline).toBe('2023-06-30');
    expect((await admin.send('PUT', '/api/admin/deadlines', { year: 2022, level: 'nation', dueDate: '2023-06-30' })).statusCode).toBe(400);
  });
});
