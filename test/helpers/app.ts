// An app over a fresh demo store, plus a logged-in client per demo user (inject, no sockets).
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { DemoDataset } from '../../src/demo/dataset.js';
import { BUILTIN_FRAMEWORKS } from '../../src/domain/frameworks/builtin.js';
import { buildApp } from '../../src/server/app.js';
import { hashPassword } from '../../src/services/auth.js';
import { loadDemo } from '../../src/services/demo.js';
import { userRepository, type Role } from '../../src/store/users.js';
import type { Evaluation } from '../../src/domain/types.js';
import { openTestStore, type TestStore } from './store.js';

export interface Client {
  csrf: string;
  /** The session cookie's value, for a request `send` cannot make (a raw body, another content type). */
  cookie: string;
  get(url: string): Promise<LightMyRequestResponse>;
  send(method: 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown, opts?: { csrf?: string | null }): Promise<LightMyRequestResponse>;
}

export interface DemoApp {
  app: FastifyInstance;
  store: TestStore;
  login(username: string): Promise<Client>;
  /** Creates a user with one grant (demo password) and logs in as it. */
  loginAs(username: string, role: Role, unitId: string | null): Promise<Client>;
}

/** `data`: the demo set to load (default the two seeds; pass demoDataset for the 示例 counties too). */
export async function demoApp(data?: DemoDataset): Promise<DemoApp> {
  const store = await openTestStore();
  await loadDemo(store.db, BUILTIN_FRAMEWORKS, data);
  const app = await buildApp({ store, demo: true });
  const env: DemoApp = {
    app,
    store,
    async loginAs(username, role, unitId) {
      const users = userRepository(store.db);
      const id = await users.insert({ username, displayName: username, passwordHash: await hashPassword('jixiao-demo') });
      await users.grant(id, role, unitId);
      return env.login(username);
    },
    async login(username: string) {
      const res = await app.inject({ method: 'POST', url: '/api/login', payload: { username, password: 'jixiao-demo' } });
      if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'jixiao_session')!;
      const csrf = (res.json() as { csrfToken: string }).csrfToken;
      const cookies = { jixiao_session: cookie.value };
      return {
        csrf,
        cookie: cookie.value,
        get: (url) => app.inject({ method: 'GET', url, cookies }),
        send: (method, url, body, opts = {}) =>
          app.inject({
            method,
            url,
            cookies,
            payload: body as never,
            headers: opts.csrf === null ? {} : { 'x-csrf-token': opts.csrf ?? csrf },
          }),
      };
    },
  };
  return env;
}

/** 武冈's 2022 evaluation with its filler (wugang) and reviewer (shaoyang) signed in, and the two moves every workflow test makes. */
export interface WugangReview {
  env: DemoApp;
  wugang: Client;
  shaoyang: Client;
  id: string;
  load(c: Client): Promise<Evaluation>;
  act(c: Client, action: string, reason?: string): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function wugangReview(): Promise<WugangReview> {
  const env = await demoApp();
  const wugang = await env.login('wugang');
  const shaoyang = await env.login('shaoyang');
  const list = (await wugang.get('/api/evaluations?year=2022')).json() as { evaluations: { id: string }[] };
  const id = list.evaluations[0]!.id;
  const load = async (c: Client) => (await c.get(`/api/evaluations/${id}`)).json() as Evaluation;
  return {
    env,
    wugang,
    shaoyang,
    id,
    load,
    async act(c, action, reason) {
      const e = await load(c);
      return c.send('POST', `/api/evaluations/${id}/transitions`, { action, version: e.version, ...(reason ? { reason } : {}) });
    },
    async close() {
      await env.app.close();
      await env.store.close();
    },
  };
}

/** An admin creates a 妇联 unit (name = short name) valid from `fromYear`; returns its id. */
export async function addUnit(admin: Client, u: { code: string; name: string; level: string; parentId: string | null; fromYear: number }): Promise<string> {
  const made = await admin.send('POST', '/api/admin/units', {
    name: u.name,
    shortName: u.name,
    code: u.code,
    type: '妇联',
    level: u.level,
    parentId: u.parentId,
    fromYear: u.fromYear,
  });
  if (made.statusCode !== 201) throw new Error(`add unit ${u.code}: ${made.statusCode} ${made.body}`);
  return (made.json() as { id: string }).id;
}
