// A top-level unit (no parent in the year) has no reviewer above it. As in the 全过程预算绩效管理
// cycle, the finance bureau of its level (财政) reviews it: a finance grant covering the top unit
// may return, approve and publish its submission. Finance still reviews nothing below the top.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation } from '../src/domain/types.js';
import { contentOf } from '../src/services/evaluations.js';
import { addUnit as addUnitAs, demoApp, type Client } from './helpers/app.js';
import { noneApplicable, writtenChapters } from './helpers/values.js';

let env: Awaited<ReturnType<typeof demoApp>>;
let admin: Client;
const YEAR = new Date().getFullYear();

beforeAll(async () => {
  env = await demoApp();
  admin = await env.login('admin');
});
afterAll(async () => {
  await env?.app.close();
  await env?.store.close();
});

const addUnit = (code: string, name: string, level: string, parentId: string | null) => addUnitAs(admin, { code, name, level, parentId, fromYear: YEAR });

async function submitted(unitId: string, filler: string): Promise<{ id: string; filler: Client }> {
  const c = await env.loginAs(filler, 'filler', unitId);
  const created = await c.send('POST', '/api/evaluations', { unitId, year: YEAR });
  expect(created.statusCode, created.body).toBe(201);
  const made = (created.json() as { evaluation: Evaluation }).evaluation;
  // 公开 needs a 自评得分: every indicator 不适用 gives 0.00 without filling a year.
  const saved = await c.send('PUT', `/api/evaluations/${made.id}`, {
    version: made.version,
    content: {
      ...contentOf(made),
      sections: writtenChapters(made.sections),
      indicators: noneApplicable(((await c.get(`/api/evaluations/${made.id}/indicators`)).json() as { rows: { code: string; leaf: boolean }[] }).rows),
    },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  const e = saved.json() as Evaluation;
  const res = await c.send('POST', `/api/evaluations/${e.id}/transitions`, { action: 'submit', version: e.version });
  expect(res.statusCode, res.body).toBe(200);
  return { id: e.id, filler: c };
}

async function move(c: Client, id: string, action: string, reason?: string) {
  const e = (await c.get(`/api/evaluations/${id}`)).json() as Evaluation;
  return c.send('POST', `/api/evaluations/${id}/transitions`, { action, version: e.version, ...(reason ? { reason } : {}) });
}

describe('a top-level unit’s submission', () => {
  it('is reviewed by the finance bureau of its level: returned, resubmitted, approved, published', async () => {
    const topId = await addUnit('TL-SFL', '青岚省妇女联合会', 'province', null);
    const { id, filler } = await submitted(topId, 'filler-tl');
    const finance = await env.loginAs('finance-tl', 'finance', topId);
    const actions = (await finance.get(`/api/evaluations/${id}/actions`)).json() as string[] | { actions: string[] };
    expect(JSON.stringify(actions)).toContain('approve');
    const queue = (await finance.get(`/api/workbench?year=${YEAR}`)).json() as { toReview: { id: string }[] };
    expect(queue.toReview.map((h) => h.id)).toContain(id);
    const back = await move(finance, id, 'return', '请补充两癌项目资金来源');
    expect(back.statusCode, back.body).toBe(200);
    expect((await move(filler, id, 'submit')).statusCode).toBe(200);
    const ok = await move(finance, id, 'approve');
    expect(ok.statusCode, ok.body).toBe(200);
    expect((ok.json() as Evaluation).status).toBe('approved');
    // approved, it waits on finance's workbench for 公开; published, it is gone from there
    const waiting = async () =>
      ((await finance.get(`/api/workbench?year=${YEAR}`)).json() as { toReview: { id: string; status: string }[] }).toReview.filter((h) => h.id === id);
    expect((await waiting()).map((h) => h.status)).toEqual(['approved']);
    expect(((await move(finance, id, 'publish')).json() as Evaluation).status).toBe('published');
    expect(await waiting()).toEqual([]);
  });

  it('cannot be approved by its own filler, nor by a reviewer granted at the top unit itself', async () => {
    const topId = await addUnit('TL-SFL2', '青岚省妇联二', 'province', null);
    const { id, filler } = await submitted(topId, 'filler-tl2');
    expect((await move(filler, id, 'approve')).statusCode).toBe(403);
    const own = await env.loginAs('reviewer-tl2', 'reviewer', topId);
    expect((await move(own, id, 'approve')).statusCode).toBe(403);
  });

  it('below the top, finance does not take the parent’s review', async () => {
    const topId = await addUnit('TL-SFL3', '青岚省妇联三', 'province', null);
    const cityId = await addUnit('TL-SFL3-C', '青岚市妇联', 'prefecture', topId);
    const { id } = await submitted(cityId, 'filler-tl3');
    const finance = await env.loginAs('finance-tl3', 'finance', topId);
    expect((await move(finance, id, 'approve')).statusCode).toBe(403);
    const reviewer = await env.loginAs('reviewer-tl3', 'reviewer', topId);
    expect((await move(reviewer, id, 'approve')).statusCode).toBe(200);
  });
});
