// The HTTP contract (src/server/contract.ts) and the routes Fastify registers are the same set:
// a route added without its contract entry, or a contract entry without its route, fails here.
// The services' return types are checked against the contract's responses at compile time
// (npm run typecheck compiles this file).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/server/app.js';
import type { Contract, Reply, RouteKey } from '../src/server/contract.js';
import type { AppContext } from '../src/server/context.js';
import { openTestStore, type TestStore } from './helpers/store.js';

/** Every key of the contract, once: the compiler refuses a missing or an unknown key. */
const KEYS: Record<RouteKey, true> = {
  'POST /api/login': true,
  'POST /api/logout': true,
  'GET /api/session': true,
  'GET /api/me': true,
  'POST /api/account/password': true,
  'POST /api/account/sessions/revoke-all': true,
  'POST /api/admin/users/:id/password': true,
  'POST /api/admin/users/:id/unlock': true,
  'GET /api/health': true,
  'GET /api/demo-info': true,
  'GET /api/openapi.json': true,
  'GET /api/admin/settings': true,
  'PUT /api/admin/settings': true,
  'GET /api/admin/monitoring-thresholds': true,
  'PUT /api/admin/monitoring-thresholds': true,
  'GET /api/admin/deadlines': true,
  'PUT /api/admin/deadlines': true,
  'GET /api/admin/users': true,
  'GET /api/admin/users/:id': true,
  'POST /api/admin/users': true,
  'POST /api/admin/units': true,
  'PUT /api/admin/units/:id': true,
  'POST /api/admin/units/:id/move': true,
  'POST /api/admin/units/:id/retire': true,
  'PUT /api/admin/users/:id': true,
  'GET /api/audit': true,
  'GET /api/audit/:id': true,
  'GET /api/units': true,
  'GET /api/units/search': true,
  'GET /api/units/resolve': true,
  'GET /api/units/:id': true,
  'GET /api/evaluations': true,
  'POST /api/evaluations': true,
  'DELETE /api/evaluations/:id': true,
  'GET /api/evaluations/:id': true,
  'PUT /api/evaluations/:id': true,
  'GET /api/evaluations/:id/indicators': true,
  'GET /api/evaluations/:id/completeness': true,
  'GET /api/evaluations/:id/report': true,
  'POST /api/evaluations/import': true,
  'POST /api/import/preview': true,
  'POST /api/evaluations/:id/transitions': true,
  'GET /api/evaluations/:id/history': true,
  'GET /api/evaluations/:id/actions': true,
  'GET /api/evaluations/:id/diff': true,
  'GET /api/evaluations/:id/findings': true,
  'POST /api/evaluations/:id/findings/explain': true,
  'GET /api/evaluations/:id/comments': true,
  'POST /api/evaluations/:id/comments': true,
  'POST /api/evaluations/:id/comments/:commentId': true,
  'GET /api/workbench': true,
  'GET /api/frameworks': true,
  'GET /api/frameworks/:id': true,
  'POST /api/frameworks': true,
  'PUT /api/frameworks/:id': true,
  'POST /api/frameworks/:id/freeze': true,
  'POST /api/frameworks/:id/copy': true,
  'GET /api/indicator-library': true,
  'POST /api/indicator-library': true,
  'PUT /api/evaluations/:id/targets': true,
  'GET /api/evaluations/:id/baseline': true,
  'POST /api/score': true,
  'GET /api/dashboard/:id': true,
  'GET /api/dashboard/:id/years': true,
  'GET /api/dashboard/:id/export': true,
  'GET /api/rollups/:id': true,
  'GET /api/public/headline': true,
  'GET /api/public/evaluations': true,
  'GET /api/public/evaluations/:id': true,
  'GET /api/public/evaluations/:id/report': true,
  'GET /api/units/:id/targets': true,
  'POST /api/units/:id/targets': true,
  'GET /api/targets/:id': true,
  'PUT /api/targets/:id': true,
  'POST /api/targets/:id/transitions': true,
  'POST /api/targets/:id/adjustments': true,
  'POST /api/adjustments/:id/transitions': true,
  'GET /api/units/:id/monitoring': true,
  'GET /api/units/:id/monitoring/progress': true,
  'POST /api/units/:id/monitoring': true,
  'GET /api/monitoring/:id/units/:unitId': true,
  'PUT /api/monitoring/:id/units/:unitId': true,
  'POST /api/monitoring/:id/units/:unitId/transitions': true,
  'GET /api/monitoring/:id/units/:unitId/export': true,
  'GET /api/monitoring/:id/board': true,
  'GET /api/monitoring/:id/board/export': true,
  'GET /api/units/:id/rectifications': true,
  'POST /api/units/:id/rectifications': true,
  'PUT /api/rectifications/:id': true,
};

// ── compile-time: what the services return fits what the contract promises the web ──
type Fits<A extends B, B> = A;
type Out<F> = F extends (...a: never[]) => infer P ? Awaited<P> : never;
type S = AppContext;
export type ServiceFits = [
  Fits<Out<S['evaluations']['get']>, Reply<'GET /api/evaluations/:id'>>,
  Fits<Out<S['evaluations']['save']>, Reply<'PUT /api/evaluations/:id'>>,
  Fits<{ evaluations: Out<S['evaluations']['list']> }, Reply<'GET /api/evaluations'>>,
  Fits<Out<S['filling']['create']>, Reply<'POST /api/evaluations'>>,
  Fits<Out<S['filling']['completeness']>, Reply<'GET /api/evaluations/:id/completeness'>>,
  Fits<Out<S['filling']['indicatorTable']>, Reply<'GET /api/evaluations/:id/indicators'>>,
  Fits<Out<S['workflow']['transition']>, Reply<'POST /api/evaluations/:id/transitions'>>,
  Fits<{ transitions: Out<S['workflow']['history']> }, Reply<'GET /api/evaluations/:id/history'>>,
  Fits<{ actions: Out<S['workflow']['actionsFor']> }, Reply<'GET /api/evaluations/:id/actions'>>,
  Fits<Out<S['workflow']['diff']>, Reply<'GET /api/evaluations/:id/diff'>>,
  Fits<Out<S['findings']['listWithRelations']>, Reply<'GET /api/evaluations/:id/findings'>>,
  Fits<Out<S['workbench']['forActor']>, Reply<'GET /api/workbench'>>,
  Fits<Out<S['rollups']['dashboard']>, Reply<'GET /api/dashboard/:id'>>,
  Fits<Out<S['rollups']['publicHeadline']>, Reply<'GET /api/public/headline'>>,
  Fits<Out<S['audit']['browse']>, Reply<'GET /api/audit'>>,
  Fits<Out<S['audit']['entry']>, Reply<'GET /api/audit/:id'>>,
  Fits<Out<S['users']['list']>, Reply<'GET /api/admin/users'>>,
  Fits<Out<S['users']['update']>, Reply<'PUT /api/admin/users/:id'>>,
  Fits<Out<S['units']['get']>, Reply<'GET /api/units/:id'>>,
  Fits<{ units: Out<S['units']['search']> }, Reply<'GET /api/units/search'>>,
  Fits<Out<S['frameworks']['get']>, Reply<'GET /api/frameworks/:id'>>,
  Fits<{ frameworks: Out<S['frameworks']['list']> }, Reply<'GET /api/frameworks'>>,
  Fits<Out<S['targets']['get']>, Reply<'GET /api/targets/:id'>>,
  Fits<Out<S['targets']['list']>, Reply<'GET /api/units/:id/targets'>>,
  Fits<Out<S['monitoring']['rounds']>, Reply<'GET /api/units/:id/monitoring'>>,
  Fits<Out<S['monitoring']['report']>, Reply<'GET /api/monitoring/:id/units/:unitId'>>,
  Fits<Out<S['monitoring']['board']>, Reply<'GET /api/monitoring/:id/board'>>,
  Fits<Out<S['monitoring']['progress']>, Reply<'GET /api/units/:id/monitoring/progress'>>,
  Fits<Out<S['monitoring']['rectifications']>, Reply<'GET /api/units/:id/rectifications'>>,
  Fits<Out<S['monitoring']['updateRectification']>, Reply<'PUT /api/rectifications/:id'>>,
];
export type ContractShape = Contract;

let store: TestStore;
let app: FastifyInstance;
beforeAll(async () => {
  store = await openTestStore();
  app = await buildApp({ store });
});
afterAll(async () => {
  await app?.close();
  await store?.close();
});

describe('HTTP contract', () => {
  it('lists exactly the routes the server registers (method and path)', async () => {
    await app.ready();
    expect(Object.keys(KEYS).sort()).toEqual(registeredRoutes(app.printRoutes({ commonPrefix: false })));
  });

  it('reads the route tree as Fastify prints it', () => {
    const tree = ['├── /api/a/:id (GET, HEAD, PUT)', '│   ├── /b (POST)', '│   └── /c/:x (DELETE)', '└── /api/d (GET, HEAD)'].join('\n');
    expect(registeredRoutes(tree)).toEqual(['DELETE /api/a/:id/c/:x', 'GET /api/a/:id', 'GET /api/d', 'POST /api/a/:id/b', 'PUT /api/a/:id']);
  });
});

/** "METHOD /path" of every /api route in Fastify's printed route tree (HEAD, added for each GET, left out). */
function registeredRoutes(tree: string): string[] {
  const stack: string[] = [];
  const out: string[] = [];
  for (const line of tree.split('\n')) {
    const m = /^([│ ]*)[├└]── (\S+)(?: \(([A-Z, ]+)\))?/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    stack.length = depth;
    const path = (stack[depth - 1] ?? '') + m[2]!;
    stack.push(path);
    for (const method of (m[3] ?? '').split(', ').filter((x) => x && x !== 'HEAD')) if (path.startsWith('/api/')) out.push(`${method} ${path}`);
  }
  return out.sort();
}
