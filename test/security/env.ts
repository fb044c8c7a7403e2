// The security test world: the demo tree plus a sibling county 邵东 under 邵阳, one user per role
// on 武冈 (the pivot unit) plus a deployment-wide admin, and a 2022 draft on each of own / ancestor / sibling / descendant.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { BUILTIN_FRAMEWORKS } from '../../src/domain/frameworks/builtin.js';
import { buildApp, type AppOptions } from '../../src/server/app.js';
import { hashPassword } from '../../src/services/auth.js';
import { loadDemo } from '../../src/services/demo.js';
import { seedsDataset } from '../../src/demo/dataset.js';
import { evaluationRepository } from '../../src/store/evaluations.js';
import { auditRepository } from '../../src/store/audit.js';
import { frameworkRepository } from '../../src/store/frameworks.js';
import { unitRepository } from '../../src/store/units.js';
import { userRepository, type Role } from '../../src/store/users.js';
import { openTestStore, type TestStore } from '../helpers/store.js';

export const PASSWORD = 'jixiao-sec-Pass-1';
export const YEAR = 2022;
export const RELATIONS = ['own', 'ancestor', 'sibling', 'descendant'] as const;
export type Relation = (typeof RELATIONS)[number];
/** admin: deployment-wide; localAdmin: admin of 武冈 only (its subtree). */
export const ROLE_NAMES = ['anonymous', 'filler', 'reviewer', 'finance', 'admin', 'localAdmin'] as const;
export type RoleName = (typeof ROLE_NAMES)[number];

export interface Target {
  unitId: string;
  unitName: string;
  evaluationId: string;
  /** A filler of this unit (for admin resets). */
  userId: string;
  /** An audit entry about this unit. */
  auditId: string;
}

export interface Client {
  csrf: string;
  cookie: string | null;
  get(url: string): Promise<LightMyRequestResponse>;
  send(method: 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown, opts?: { csrf?: string | null }): Promise<LightMyRequestResponse>;
}

export interface SecurityEnv {
  app: FastifyInstance;
  store: TestStore;
  targets: Record<Relation, Target>;
  /** The built-in department-wide framework. */
  frameworkId: string;
  users: Record<Exclude<RoleName, 'anonymous'>, { id: string; username: string }>;
  login(username: string, password?: string, remoteAddress?: string): Promise<Client>;
  anonymous(): Client;
  addUser(username: string, role: Role, unitId: string | null): Promise<string>;
  close(): Promise<void>;
}

export function clientFor(app: FastifyInstance, cookie: string | null, csrf: string, remoteAddress?: string): Client {
  const cookies: Record<string, string> = cookie ? { jixiao_session: cookie } : {};
  return {
    csrf,
    cookie,
    get: (url) => app.inject({ method: 'GET', url, cookies, remoteAddress }),
    send: (method, url, body, opts = {}) =>
      app.inject({ method, url, cookies, remoteAddress, payload: body as never, headers: opts.csrf === null ? {} : { 'x-csrf-token': opts.csrf ?? csrf } }),
  };
}

export async function securityEnv(appOptions: Partial<AppOptions> = {}): Promise<SecurityEnv> {
  const store = await openTestStore();
  // the two seeds only: the 示例 counties publish evaluations, which anyone may read
  await loadDemo(store.db, BUILTIN_FRAMEWORKS, seedsDataset);
  const units = unitRepository(store.db);
  const byCode = async (code: string) => (await units.byCodes([code]))[0]!;
  const shaoyang = await byCode('430500');
  // the demo may already hold 邵东 (the 示例 counties of 邵阳); the matrix needs a sibling of 武冈 either way
  let shaodong = (await units.byCodes(['430582']))[0];
  if (!shaodong) {
    [shaodong] = await units.insertMany([{ code: '430582', name: '邵东市妇女联合会', shortName: '邵东市妇联', type: '妇联', level: 'county' }]);
    await units.link([{ unitId: shaodong!.id, parentId: shaoyang.id, fromYear: 2016 }]);
  }
  const wugang = await byCode('430581');
  const township = await byCode('430581100');

  const evals = evaluationRepository(store.db);
  const fw = (await frameworkRepository(store.db).latest('department-wide'))!;
  const evalOf = async (unitId: string, title: string) => {
    const [h] = await evals.headers({ unitIds: [unitId], year: YEAR });
    return h ? h.id : evals.create({ unitId, year: YEAR, frameworkId: fw.id, outline: 'departmentWide', title });
  };

  const userRepo = userRepository(store.db);
  const hash = await hashPassword(PASSWORD);
  const addUser = async (username: string, role: Role, unitId: string | null) => {
    const id = await userRepo.insert({ username, displayName: username, passwordHash: hash });
    await userRepo.grant(id, role, unitId);
    return id;
  };

  const audit = auditRepository(store.db);
  const auditAbout = async (unitId: string, evaluationId: string) => {
    await store.db.transaction((tx) =>
      auditRepository(tx).append([{ userId: null, action: 'evaluation.create', entity: 'evaluation', entityId: evaluationId, unitId }]),
    );
    return String((await audit.list({ unitId, limit: 1 }))[0]!.id);
  };
  const target = async (rel: Relation, u: { id: string; name: string }): Promise<Target> => {
    const evaluationId = await evalOf(u.id, `${u.name} ${YEAR}`);
    return {
      unitId: u.id,
      unitName: u.name,
      evaluationId,
      userId: await addUser(`target_${rel}`, 'filler', u.id),
      auditId: await auditAbout(u.id, evaluationId),
    };
  };
  const targets: Record<Relation, Target> = {
    own: await target('own', wugang),
    ancestor: await target('ancestor', shaoyang),
    sibling: await target('sibling', shaodong!),
    descendant: await target('descendant', township),
  };
  const users = {
    filler: { id: await addUser('p_filler', 'filler', wugang.id), username: 'p_filler' },
    reviewer: { id: await addUser('p_reviewer', 'reviewer', wugang.id), username: 'p_reviewer' },
    finance: { id: await addUser('p_finance', 'finance', wugang.id), username: 'p_finance' },
    admin: { id: await addUser('p_admin', 'admin', null), username: 'p_admin' },
    localAdmin: { id: await addUser('p_localAdmin', 'admin', wugang.id), username: 'p_localAdmin' },
  };

  const app = await buildApp({ store, demo: true, ...appOptions });
  return {
    app,
    store,
    targets,
    frameworkId: fw.id,
    users,
    addUser,
    anonymous: () => clientFor(app, null, ''),
    async login(username, password = PASSWORD, remoteAddress) {
      const res = await app.inject({ method: 'POST', url: '/api/login', payload: { username, password }, remoteAddress });
      if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'jixiao_session')!.value;
      return clientFor(app, cookie, (res.json() as { csrfToken: string }).csrfToken, remoteAddress);
    },
    async close() {
      await app.close();
      await store.close();
    },
  };
}
