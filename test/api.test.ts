import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation } from '../src/domain/types.js';
import { evaluationRepository } from '../src/store/evaluations.js';
import { frameworkRepository } from '../src/store/frameworks.js';
import { unitRepository } from '../src/store/units.js';
import { contentOf } from '../src/services/evaluations.js';
import { demoApp, type Client } from './helpers/app.js';

let env: Awaited<ReturnType<typeof demoApp>>;
let wugang: Client;
let shaoyang: Client;
let wugangEvalId: string;
let siblingEvalId: string;

beforeAll(async () => {
  env = await demoApp();
  wugang = await env.login('wugang');
  shaoyang = await env.login('shaoyang');
  const list = (await wugang.get('/api/evaluations?year=2022')).json() as { evaluations: { id: string; unitCode: string }[] };
  wugangEvalId = list.evaluations.find((e) => e.unitCode === '430581')!.id;
  // A sibling county under 邵阳 with its own draft: 武冈's filler must never see it.
  const units = unitRepository(env.store.db);
  const [sy] = await units.byCodes(['430500']);
  const [sd] = await units.insertMany([{ code: '430582', name: '邵东市妇女联合会', shortName: '邵东市妇联', type: '妇联', level: 'county' }]);
  await units.link([{ unitId: sd!.id, parentId: sy!.id, fromYear: 2016 }]);
  const fw = (await frameworkRepository(env.store.db).latest('department-wide'))!;
  siblingEvalId = await evaluationRepository(env.store.db).create({
    unitId: sd!.id,
    year: 2022,
    frameworkId: fw.id,
    outline: 'departmentWide',
    title: '邵东 2022',
  });
});
afterAll(async () => {
  await env?.app.close();
  await env?.store.close();
});

describe('HTTP API', () => {
  it('answers health without login', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok' });
  });

  it('requires a session on non-public routes', async () => {
    for (const url of ['/api/evaluations?year=2022', `/api/evaluations/${wugangEvalId}`, '/api/units', '/api/me']) {
      const res = await env.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(401);
    }
  });

  it('answers /api/session without a 401: user null when signed out, the user and CSRF token when signed in', async () => {
    const anon = await env.app.inject({ method: 'GET', url: '/api/session' });
    expect(anon.statusCode).toBe(200);
    expect(anon.json()).toEqual({ user: null, csrfToken: null });
    const login = await env.app.inject({ method: 'POST', url: '/api/login', payload: { username: 'wugang', password: 'jixiao-demo' } });
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    const me = await env.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } });
    expect(me.json()).toMatchObject({ user: { username: 'wugang' }, csrfToken: expect.any(String) });
  });

  it('rejects a wrong password with 401 and sets a strict HttpOnly cookie on success', async () => {
    const bad = await env.app.inject({ method: 'POST', url: '/api/login', payload: { username: 'wugang', password: 'nope' } });
    expect(bad.statusCode).toBe(401);
    const ok = await env.app.inject({ method: 'POST', url: '/api/login', payload: { username: 'wugang', password: 'jixiao-demo' } });
    const cookie = ok.cookies.find((c) => c.name === 'jixiao_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
  });

  it('scopes the tree and lists to the user subtree', async () => {
    const roots = (await wugang.get('/api/units?parentId=root&year=2022')).json() as { units: { code: string; childCount: number }[] };
    expect(roots.units.map((u) => u.code)).toEqual(['430581']);
    expect(roots.units[0]!.childCount).toBe(4);
    const mine = (await wugang.get('/api/evaluations?year=2022')).json() as { evaluations: { unitCode: string }[] };
    expect(mine.evaluations.map((e) => e.unitCode)).toEqual(['430581', '430581']); // its own and the 两癌 project's 自评表
    const review = (await shaoyang.get('/api/evaluations?year=2022')).json() as { evaluations: { unitCode: string }[] };
    expect(review.evaluations.map((e) => e.unitCode).sort()).toEqual(['430581', '430581', '430582']);
  });

  it("hides another county's draft from a filler (404, not 403)", async () => {
    expect((await wugang.get(`/api/evaluations/${siblingEvalId}`)).statusCode).toBe(404);
    expect((await shaoyang.get(`/api/evaluations/${siblingEvalId}`)).statusCode).toBe(200);
  });

  it('saves with optimistic concurrency and CSRF', async () => {
    const e = (await wugang.get(`/api/evaluations/${wugangEvalId}`)).json() as Evaluation;
    const content = contentOf(e);
    content.budget[0]!.rows.basic!.income = '150.00';
    const noCsrf = await wugang.send('PUT', `/api/evaluations/${wugangEvalId}`, { version: e.version, content }, { csrf: null });
    expect(noCsrf.statusCode).toBe(403);
    const ok = await wugang.send('PUT', `/api/evaluations/${wugangEvalId}`, { version: e.version, content });
    expect(ok.statusCode).toBe(200);
    const saved = ok.json() as Evaluation;
    expect(saved.version).toBe(e.version + 1);
    expect(saved.budget[0]!.rows.basic!.income).toBe('150');
    const stale = await wugang.send('PUT', `/api/evaluations/${wugangEvalId}`, { version: e.version, content });
    expect(stale.statusCode).toBe(409);
    expect((stale.json() as { current: Evaluation }).current.version).toBe(saved.version);
  });

  it('lets only the unit filler edit', async () => {
    const e = (await shaoyang.get(`/api/evaluations/${wugangEvalId}`)).json() as Evaluation;
    const res = await shaoyang.send('PUT', `/api/evaluations/${wugangEvalId}`, { version: e.version, content: contentOf(e) });
    expect(res.statusCode).toBe(403);
  });

  it('answers bad input with 400 and a message, never 500', async () => {
    const cases = [
      await wugang.get('/api/evaluations/abc'),
      await wugang.get('/api/units?parentId=x;drop'),
      await wugang.send('PUT', `/api/evaluations/${wugangEvalId}`, { version: 1, content: { title: '' } }),
      await env.app.inject({ method: 'PUT', url: `/api/evaluations/${wugangEvalId}`, payload: '{not json', headers: { 'content-type': 'application/json' } }),
      await env.app.inject({ method: 'POST', url: '/api/login', payload: { username: 'x' } }),
    ];
    for (const res of cases) {
      expect(res.statusCode, res.body).toBe(400);
      expect((res.json() as { message: string }).message.length).toBeGreaterThan(0);
    }
  });

  it('serves published evaluations publicly and never drafts', async () => {
    const pub = (await env.app.inject({ method: 'GET', url: '/api/public/evaluations' })).json() as { evaluations: { status: string; unitName: string }[] };
    expect(pub.evaluations.map((e) => e.unitName)).toEqual(['湖南省妇女联合会']);
    expect((await env.app.inject({ method: 'GET', url: `/api/public/evaluations/${wugangEvalId}` })).statusCode).toBe(404);
  });

  it('publishes an OpenAPI document listing the routes', async () => {
    const doc = (await env.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/login', '/api/units', '/api/evaluations/{id}']));
  });
});
