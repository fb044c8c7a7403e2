// 公开 makes the report public, not its working record: another unit's user reads a published 自评 but
// not its 流转记录 (names, return reasons), review comments or the diff between submissions; the
// unit's own readers still do. The demo's 湖南省妇联 2016 is published; wugang fills 武冈, below it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoApp, type Client, type DemoApp } from '../helpers/app.js';

let env: DemoApp;
let wugang: Client;
let hunan: Client;
let id: string;

beforeAll(async () => {
  env = await demoApp();
  wugang = await env.login('wugang');
  hunan = await env.login('hunan');
  const list = (await hunan.get('/api/evaluations?year=2016')).json() as { evaluations: { id: string; status: string }[] };
  id = list.evaluations.find((e) => e.status === 'published')!.id;
});
afterAll(async () => {
  await env?.app.close();
  await env?.store.close();
});

describe('a published 自评 of another unit', () => {
  it('is readable as a report', async () => {
    expect((await wugang.get(`/api/evaluations/${id}`)).statusCode).toBe(200);
  });

  it('keeps its history, review comments and diff to the unit’s own readers (as missing, like a draft)', async () => {
    for (const part of ['history', 'comments', 'diff']) {
      const res = await wugang.get(`/api/evaluations/${id}/${part}`);
      expect(res.statusCode, part).toBe(404);
      expect(res.body, part).not.toContain('湖南');
      expect((await hunan.get(`/api/evaluations/${id}/${part}`)).statusCode, part).toBe(200);
    }
  });
});
