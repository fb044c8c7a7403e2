// The authorisation matrix: every route of the OpenAPI document × anonymous/filler/reviewer/finance/
// admin × own/ancestor/sibling/descendant unit, against an explicit table. A route without an
// entry fails the test, so a new route cannot ship without a decision about who may call it.
// Probes never change data: writes carry a stale version (409 = passed the permission check).
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELATIONS, ROLE_NAMES, securityEnv, YEAR, type Client, type Relation, type RoleName, type SecurityEnv, type Target } from './env.js';
import { addMonitoringTargets, type MonitoringTarget } from './monitoringEnv.js';

type Verdict = 'allow' | 'deny';
type PerRelation = Record<Relation, Verdict>;
type Expectation = Verdict | PerRelation;

interface Probe {
  /** Relational probes run once per target unit; others once per role. */
  relational: boolean;
  run(c: Client, t: Target, fresh: () => Promise<Client>): Promise<LightMyRequestResponse>;
  /** Defaults to the status code: 401/403/404 deny; 2xx and business refusals (409, 422, 423, a non-schema 400) allow. */
  observe?(res: LightMyRequestResponse, t: Target): Verdict;
  /** Ends sessions: run after everything else. */
  destructive?: boolean;
  expect: Record<RoleName, Expectation>;
}

const READ: PerRelation = { own: 'allow', ancestor: 'deny', sibling: 'deny', descendant: 'allow' };
const OWN_ONLY: PerRelation = { own: 'allow', ancestor: 'deny', sibling: 'deny', descendant: 'deny' };
const BELOW_ONLY: PerRelation = { own: 'deny', ancestor: 'deny', sibling: 'deny', descendant: 'allow' };
const everyone = (v: Verdict) => ({ anonymous: v, filler: v, reviewer: v, finance: v, admin: v, localAdmin: v });
/** Any grant reads its subtree; the deployment-wide admin reads everything. */
const signedIn = (v: Expectation) => ({ anonymous: 'deny' as const, filler: v, reviewer: v, finance: v, admin: 'allow' as const, localAdmin: v });
const readers = signedIn(READ);
/** Deployment-wide things (settings, deadlines, frameworks): an admin of one unit may not. */
const adminOnly = { anonymous: 'deny', filler: 'deny', reviewer: 'deny', finance: 'deny', admin: 'allow', localAdmin: 'deny' } as const;
/** Users: an admin of a unit manages the users of its subtree. */
const userAdmins = { ...adminOnly, localAdmin: READ } as const;
const STALE = 999_999;

function statusVerdict(res: LightMyRequestResponse): Verdict {
  if ([401, 403, 404].includes(res.statusCode)) return 'deny';
  if (res.statusCode >= 200 && res.statusCode < 300) return 'allow';
  if ([409, 422, 423].includes(res.statusCode)) return 'allow';
  if (res.statusCode === 400 && !(res.json() as { message: string }).message.startsWith('请求无效')) return 'allow';
  throw new Error(`probe got ${res.statusCode}: ${res.body.slice(0, 300)}`);
}
const listed =
  (key: string, id: (t: Target) => string) =>
  (res: LightMyRequestResponse, t: Target): Verdict => {
    if (res.statusCode !== 200) return statusVerdict(res);
    return ((res.json() as Record<string, { id: string }[]>)[key] ?? []).some((x) => x.id === id(t)) ? 'allow' : 'deny';
  };

const MATRIX: Record<string, Probe> = {
  'GET /api/health': { relational: false, run: (c) => c.get('/api/health'), expect: everyone('allow') },
  'GET /api/demo-info': { relational: false, run: (c) => c.get('/api/demo-info'), expect: everyone('allow') },
  'POST /api/login': {
    relational: false,
    run: (c) => c.send('POST', '/api/login', { username: 'target_own', password: 'jixiao-sec-Pass-1' }),
    expect: everyone('allow'),
  },
  'POST /api/logout': {
    relational: false,
    destructive: true,
    run: async (_c, _t, fresh) => (await fresh()).send('POST', '/api/logout'),
    expect: everyone('allow'),
  },
  'GET /api/me': { relational: false, run: (c) => c.get('/api/me'), expect: signedIn('allow') },
  // 200 for everyone: a signed-out caller learns only that nobody is signed in (user null)
  'GET /api/session': { relational: false, run: (c) => c.get('/api/session'), expect: everyone('allow') },
  'POST /api/account/password': {
    relational: false,
    run: (c) => c.send('POST', '/api/account/password', { currentPassword: 'not-the-password', newPassword: 'Matrix-pass-123' }),
    expect: signedIn('allow'),
  },
  'POST /api/account/sessions/revoke-all': {
    relational: false,
    destructive: true,
    run: (c) => c.send('POST', '/api/account/sessions/revoke-all'),
    expect: signedIn('allow'),
  },
  'POST /api/admin/users/{id}/password': {
    relational: true,
    run: (c, t) => c.send('POST', `/api/admin/users/${t.userId}/password`, { newPassword: 'Matrix-reset-99' }),
    expect: userAdmins,
  },
  'POST /api/admin/users/{id}/unlock': {
    relational: true,
    run: (c, t) => c.send('POST', `/api/admin/users/${t.userId}/unlock`),
    expect: userAdmins,
  },
  'GET /api/admin/users': {
    relational: true,
    run: (c) => c.get('/api/admin/users?limit=500'),
    observe: listed('users', (t) => t.userId),
    expect: userAdmins,
  },
  'GET /api/admin/users/{id}': { relational: true, run: (c, t) => c.get(`/api/admin/users/${t.userId}`), expect: userAdmins },
  // a short password: an admin gets the business 400 (past the permission check), nothing is created
  'POST /api/admin/users': {
    relational: false,
    run: (c) => c.send('POST', '/api/admin/users', { username: 'matrix_probe', displayName: 'probe', password: 'short', grants: [] }),
    expect: { ...adminOnly, localAdmin: 'allow' },
  },
  // A top unit with no name: the deployment-wide admin passes the permission check and is told what is missing (400); a
  // unit admin may not add a top unit.
  'POST /api/admin/units': {
    relational: false,
    run: (c) => c.send('POST', '/api/admin/units', { name: '', code: 'matrix-probe', type: '残联', level: 'county', parentId: null, fromYear: 2022 }),
    expect: adminOnly,
  },
  // Changing a unit: the admin of its parent's subtree (武冈's admin: the units under 武冈, not 武冈 itself), a top
  // unit the deployment-wide admin. Each probe is refused as a business 400 past the permission check: nothing changes.
  'PUT /api/admin/units/{id}': {
    relational: true,
    run: (c, t) => c.send('PUT', `/api/admin/units/${t.unitId}`, { name: '', code: 'matrix-probe', type: '残联', level: 'county' }),
    expect: { ...adminOnly, localAdmin: BELOW_ONLY },
  },
  'POST /api/admin/units/{id}/move': {
    relational: true,
    run: (c, t) => c.send('POST', `/api/admin/units/${t.unitId}/move`, { parentId: t.unitId, fromYear: YEAR }),
    expect: { ...adminOnly, localAdmin: BELOW_ONLY },
  },
  'POST /api/admin/units/{id}/retire': {
    relational: true,
    run: (c, t) => c.send('POST', `/api/admin/units/${t.unitId}/retire`, { lastYear: 1949 }),
    expect: { ...adminOnly, localAdmin: BELOW_ONLY },
  },
  'PUT /api/admin/users/{id}': {
    relational: true,
    run: (c, t) => c.send('PUT', `/api/admin/users/${t.userId}`, { version: STALE, displayName: 'probe', disabled: false, grants: [] }),
    expect: userAdmins,
  },
  'GET /api/audit': {
    relational: true,
    run: (c, t) => c.get(`/api/audit?unitId=${t.unitId}&subtree=true`),
    observe: listed('entries', (t) => t.auditId),
    expect: readers,
  },
  'GET /api/audit/{id}': { relational: true, run: (c, t) => c.get(`/api/audit/${t.auditId}`), expect: readers },
  'GET /api/admin/settings': { relational: false, run: (c) => c.get('/api/admin/settings'), expect: adminOnly },
  // stale `previous`: an admin gets 409, nothing changes
  'PUT /api/admin/settings': {
    relational: false,
    run: (c) => c.send('PUT', '/api/admin/settings', { requireChildrenApproved: false, previous: { requireChildrenApproved: true } }),
    expect: adminOnly,
  },
  'GET /api/admin/monitoring-thresholds': { relational: false, run: (c) => c.get('/api/admin/monitoring-thresholds'), expect: adminOnly },
  // stale `previous`: an admin gets 409, nothing changes
  'PUT /api/admin/monitoring-thresholds': {
    relational: false,
    run: (c) => c.send('PUT', '/api/admin/monitoring-thresholds', { yellow: '5', red: '15', previous: { yellow: '11', red: '22' } }),
    expect: adminOnly,
  },
  'GET /api/admin/deadlines': { relational: false, run: (c) => c.get('/api/admin/deadlines?year=2022'), expect: adminOnly },
  'PUT /api/admin/deadlines': {
    relational: false,
    run: (c) => c.send('PUT', '/api/admin/deadlines', { year: 2099, level: '*', dueDate: '2099-12-31', previous: '2099-01-01' }),
    expect: adminOnly,
  },
  'GET /api/units': { relational: true, run: (c, t) => c.get(`/api/units?parentId=${t.unitId}&year=${YEAR}`), expect: readers },
  'GET /api/units/search': {
    relational: true,
    run: (c, t) => c.get(`/api/units/search?q=${encodeURIComponent(t.unitName)}&year=${YEAR}`),
    observe: listed('units', (t) => t.unitId),
    expect: readers,
  },
  'GET /api/units/resolve': {
    relational: true,
    run: (c, t) => c.get(`/api/units/resolve?q=${encodeURIComponent(t.unitName)}&year=${YEAR}`),
    expect: readers,
  },
  'GET /api/units/{id}': { relational: true, run: (c, t) => c.get(`/api/units/${t.unitId}?year=${YEAR}`), expect: readers },
  'GET /api/evaluations': {
    relational: true,
    run: (c, t) => c.get(`/api/evaluations?unitId=${t.unitId}&year=${YEAR}`),
    observe: listed('evaluations', (t) => t.evaluationId),
    expect: readers,
  },
  'GET /api/evaluations/{id}': { relational: true, run: (c, t) => c.get(`/api/evaluations/${t.evaluationId}`), expect: readers },
  'PUT /api/evaluations/{id}': {
    relational: true,
    run: async (c, t) => c.send('PUT', `/api/evaluations/${t.evaluationId}`, { version: STALE, content: await contentOf(t) }),
    // only a filler of exactly that unit edits; admins manage, they do not write others' reports
    expect: { anonymous: 'deny', filler: OWN_ONLY, reviewer: 'deny', finance: 'deny', admin: 'deny', localAdmin: 'deny' },
  },
  'POST /api/evaluations': {
    relational: true,
    // every target unit already has its YEAR evaluation: past the permission check the answer is 409
    run: (c, t) => c.send('POST', '/api/evaluations', { unitId: t.unitId, year: YEAR }),
    expect: { anonymous: 'deny', filler: OWN_ONLY, reviewer: 'deny', finance: 'deny', admin: 'allow', localAdmin: READ },
  },
  'DELETE /api/evaluations/{id}': {
    relational: true,
    run: (c, t) => c.send('DELETE', `/api/evaluations/${t.evaluationId}?version=${STALE}`),
    expect: { anonymous: 'deny', filler: OWN_ONLY, reviewer: 'deny', finance: 'deny', admin: 'allow', localAdmin: READ },
  },
  'GET /api/evaluations/{id}/indicators': { relational: true, run: (c, t) => c.get(`/api/evaluations/${t.evaluationId}/indicators`), expect: readers },
  'GET /api/evaluations/{id}/completeness': { relational: true, run: (c, t) => c.get(`/api/evaluations/${t.evaluationId}/completeness`), expect: readers },
  'GET /api/evaluations/{id}/findings': { relational: true, run: (c, t) => c.get(`/api/evaluations/${t.evaluationId}/findings`), expect: readers },
  'POST /api/evaluations/{id}/findings/explain': {
    relational: true,
    run: (c, t) => c.send('POST', `/api/evaluations/${t.evaluationId}/findings/explain`, { key: '0000000000000000', note: '说明', previous: null }),
    // past the permission check the made-up key is "no such finding"
    observe: (res) => (res.statusCode === 404 && /no such finding/.test(res.body) ? 'allow' : statusVerdict(res)),
    expect: { anonymous: 'deny', filler: OWN_ONLY, reviewer: 'deny', finance: 'deny', admin: 'deny', localAdmin: 'deny' },
  },
  'POST /api/evaluations/{id}/transitions': {
    relational: true,
    // fillers try to submit, everyone else to approve; a draft cannot be approved, so an allowed approve is a 400
    run: (c, t) =>
      c.send('POST', `/api/evaluations/${t.evaluationId}/transitions`, { action: c === roleClients.filler ? 'submit' : 'approve', version: STALE }),
    expect: { anonymous: 'deny', filler: OWN_ONLY, reviewer: BELOW_ONLY, finance: 'deny', admin: 'deny', localAdmin: 'deny' },
  },
  'GET /api/evaluations/{id}/comments': { relational: true, run: (c, t) => c.get(`/api/evaluations/${t.evaluationId}/comments`), expect: readers },
  // the targets are drafts: a reviewer above passes the permission check and gets the business 400 (nothing is pinned)
  'POST /api/evaluations/{id}/comments': {
    relational: true,
    run: (c, t) => c.send('POST', `/api/evaluations/${t.evaluationId}/comments`, { anchor: 'profile.retired', text: '探测' }),
    expect: { anonymous: 'deny', filler: 'deny', reviewer: BELOW_ONLY, finance: 'deny', admin: 'deny', localAdmin: 'deny' },
  },
  // past the permission check the made-up comment is not found
  'POST /api/evaluations/{id}/comments/{commentId}': {
    relational: true,
    run: (c, t) => c.send('POST', `/api/evaluations/${t.evaluationId}/comments/999999`, { action: 'reply', text: '探测' }),
    observe: (res) => (res.statusCode === 404 && /comment 999999/.test(res.body) ? 'allow' : statusVerdict(res)),
    expect: { anonymous: 'deny', filler: OWN_ONLY, reviewer: BELOW_ONLY, finance: 'deny', admin: 'deny', localAdmin: 'deny' },
  },
  'GET /api/evaluations/{id}/history': { relational: true, run: (c, t) => c.get(`/api/evaluations/${t.evaluationId}/history`), expect: readers },
  'GET /api/evaluations/{id}/actions': { relational: true, run: (c, t) => c.get(`/api/evaluations/${t.evaluationId}/actions`), expect: readers },
  'GET /api/evaluations/{id}/diff': { relational: true, run: (c, t) => c.get(`/api/evaluations/${t.evaluationId}/diff`), expect: readers },
  'GET /api/evaluations/{id}/report': { relational: true, run: (c, t) => c.get(`/api/evaluations/${t.evaluationId}/report?format=md`), expect: readers },
  'GET /api/workbench': { relational: false, run: (c) => c.get(`/api/workbench?year=${YEAR}`), expect: signedIn('allow') },
  'GET /api/dashboard/{id}': { relational: true, run: (c, t) => c.get(`/api/dashboard/${t.unitId}?year=${YEAR}`), expect: readers },
  'GET /api/dashboard/{id}/export': { relational: true, run: (c, t) => c.get(`/api/dashboard/${t.unitId}/export?year=${YEAR}`), expect: readers },
  'GET /api/dashboard/{id}/years': { relational: true, run: (c, t) => c.get(`/api/dashboard/${t.unitId}/years`), expect: readers },
  'GET /api/rollups/{id}': { relational: true, run: (c, t) => c.get(`/api/rollups/${t.unitId}?year=${YEAR}&measure=units`), expect: readers },
  // the public portal: drafts never appear, whoever asks
  'GET /api/public/evaluations': {
    relational: true,
    run: (c) => c.get(`/api/public/evaluations?year=${YEAR}`),
    observe: listed('evaluations', (t) => t.evaluationId),
    expect: everyone('deny'),
  },
  'GET /api/public/evaluations/{id}': { relational: true, run: (c, t) => c.get(`/api/public/evaluations/${t.evaluationId}`), expect: everyone('deny') },
  'GET /api/public/evaluations/{id}/report': {
    relational: true,
    run: (c, t) => c.get(`/api/public/evaluations/${t.evaluationId}/report?format=md`),
    expect: everyone('deny'),
  },
  'GET /api/public/headline': { relational: false, run: (c) => c.get(`/api/public/headline?year=${YEAR}`), expect: everyone('allow') },
  // indicator frameworks: shared definitions everyone signed in reads; only an admin changes them
  'GET /api/frameworks': { relational: false, run: (c) => c.get('/api/frameworks'), expect: signedIn('allow') },
  'GET /api/frameworks/{id}': { relational: false, run: (c) => c.get(`/api/frameworks/${env.frameworkId}`), expect: signedIn('allow') },
  'POST /api/frameworks': {
    relational: false,
    run: (c) => c.send('POST', '/api/frameworks', { code: 'matrix-probe', name: '探针', kind: 'custom', indicators: [{ code: '1', parentCode: 'nope' }] }),
    expect: adminOnly,
  },
  'PUT /api/frameworks/{id}': {
    relational: false,
    // an indicator under a missing parent: refused after the permission check, nothing changes
    run: (c) => c.send('PUT', `/api/frameworks/${env.frameworkId}`, { revision: 1, name: '探针', indicators: [{ code: '1', parentCode: 'nope' }] }),
    expect: adminOnly,
  },
  'POST /api/frameworks/{id}/freeze': { relational: false, run: (c) => c.send('POST', `/api/frameworks/${env.frameworkId}/freeze`), expect: adminOnly },
  'POST /api/frameworks/{id}/copy': {
    relational: false,
    run: (c) => c.send('POST', `/api/frameworks/${env.frameworkId}/copy`, { year: 2031 }),
    expect: adminOnly,
  },
  'GET /api/indicator-library': { relational: false, run: (c) => c.get('/api/indicator-library'), expect: signedIn('allow') },
  'POST /api/indicator-library': {
    relational: true,
    run: (c, t) => c.send('POST', '/api/indicator-library', { name: '矩阵探针', operator: '>=', ownerUnitId: t.unitId }),
    expect: { anonymous: 'deny', filler: OWN_ONLY, reviewer: OWN_ONLY, finance: 'deny', admin: 'allow', localAdmin: 'deny' },
  },
  'PUT /api/evaluations/{id}/targets': {
    relational: true,
    run: (c, t) => c.send('PUT', `/api/evaluations/${t.evaluationId}/targets`, { version: STALE, targets: [] }),
    expect: { anonymous: 'deny', filler: OWN_ONLY, reviewer: 'deny', finance: 'deny', admin: 'deny', localAdmin: 'deny' },
  },
  'GET /api/evaluations/{id}/baseline': { relational: true, run: (c, t) => c.get(`/api/evaluations/${t.evaluationId}/baseline`), expect: readers },
  'POST /api/score': { relational: false, run: (c) => c.send('POST', '/api/score', { indicators: [] }), expect: signedIn('allow') },
  'POST /api/import/preview': {
    relational: false,
    run: (c) => c.send('POST', '/api/import/preview', { fileName: 'a.txt', contentBase64: Buffer.from('一、部门概况\n').toString('base64') }),
    expect: { anonymous: 'deny', filler: 'allow', reviewer: 'deny', finance: 'deny', admin: 'deny', localAdmin: 'deny' },
  },
  'POST /api/evaluations/import': {
    relational: true,
    destructive: true, // replaces the own draft
    run: (c, t) =>
      c.send('POST', '/api/evaluations/import', {
        unitId: t.unitId,
        year: YEAR,
        fileName: 'a.txt',
        contentBase64: Buffer.from('一、部门概况\n').toString('base64'),
      }),
    expect: { anonymous: 'deny', filler: OWN_ONLY, reviewer: 'deny', finance: 'deny', admin: 'deny', localAdmin: 'deny' },
  },

  // ── issue 15: 绩效目标, 运行监控, 整改 (ids per target unit from monitoringEnv.ts) ──
  'GET /api/units/{id}/targets': { relational: true, run: (c, t) => c.get(`/api/units/${t.unitId}/targets?year=${YEAR}`), expect: readers },
  // an unknown framework: past the permission check it is a business 400, nothing is created
  'POST /api/units/{id}/targets': {
    relational: true,
    run: (c, t) => c.send('POST', `/api/units/${t.unitId}/targets`, { year: YEAR, frameworkId: '999999' }),
    expect: { anonymous: 'deny', filler: OWN_ONLY, reviewer: 'deny', finance: 'deny', admin: 'deny', localAdmin: 'deny' },
  },
  'GET /api/targets/{id}': { relational: true, run: (c, t) => c.get(`/api/targets/${mon(t).draftTargetId}`), expect: readers },
  'PUT /api/targets/{id}': {
    relational: true,
    run: (c, t) => c.send('PUT', `/api/targets/${mon(t).draftTargetId}`, { version: STALE, goal: 'probe' }),
    expect: { anonymous: 'deny', filler: OWN_ONLY, reviewer: 'deny', finance: 'deny', admin: 'deny', localAdmin: 'deny' },
  },
  // fillers submit an empty draft (422), everyone else tries to approve a draft (400)
  'POST /api/targets/{id}/transitions': {
    relational: true,
    run: (c, t) =>
      c.send('POST', `/api/targets/${mon(t).draftTargetId}/transitions`, { action: c === roleClients.filler ? 'submit' : 'approve', version: STALE }),
    expect: { anonymous: 'deny', filler: OWN_ONLY, reviewer: BELOW_ONLY, finance: 'deny', admin: 'deny', localAdmin: 'deny' },
  },
  // a batch is already pending: past the permission check, 409
  'POST /api/targets/{id}/adjustments': {
    relational: true,
    run: (c, t) => c.send('POST', `/api/targets/${mon(t).approvedTargetId}/adjustments`, { reason: 'probe', changes: [{ indicatorCode: '2.1.1', to: '1' }] }),
    expect: { anonymous: 'deny', filler: OWN_ONLY, reviewer: 'deny', finance: 'deny', admin: 'deny', localAdmin: 'deny' },
  },
  'POST /api/adjustments/{id}/transitions': {
    relational: true,
    run: (c, t) => c.send('POST', `/api/adjustments/${mon(t).adjustmentId}/transitions`, { action: 'approve', version: STALE }),
    expect: { anonymous: 'deny', filler: 'deny', reviewer: BELOW_ONLY, finance: 'deny', admin: 'deny', localAdmin: 'deny' },
  },
  'GET /api/units/{id}/monitoring': { relational: true, run: (c, t) => c.get(`/api/units/${t.unitId}/monitoring?year=${YEAR}`), expect: readers },
  // an as-of date outside the year: past the permission check a business 400, no round opened
  'GET /api/units/{id}/monitoring/progress': {
    relational: true,
    run: (c, t) => c.get(`/api/units/${t.unitId}/monitoring/progress?year=${YEAR}`),
    expect: readers,
  },
  'POST /api/units/{id}/monitoring': {
    relational: true,
    run: (c, t) => c.send('POST', `/api/units/${t.unitId}/monitoring`, { year: YEAR, asOf: '2099-06-30', dueDate: '2099-07-01' }),
    expect: { anonymous: 'deny', filler: 'deny', reviewer: READ, finance: 'deny', admin: 'deny', localAdmin: 'deny' },
  },
  'GET /api/monitoring/{id}/units/{unitId}': { relational: true, run: (c, t) => c.get(`/api/monitoring/${mon(t).roundId}/units/${t.unitId}`), expect: readers },
  'PUT /api/monitoring/{id}/units/{unitId}': {
    relational: true,
    run: (c, t) => c.send('PUT', `/api/monitoring/${mon(t).roundId}/units/${t.unitId}`, { version: STALE, indicators: [], budget: [] }),
    expect: { anonymous: 'deny', filler: OWN_ONLY, reviewer: 'deny', finance: 'deny', admin: 'deny', localAdmin: 'deny' },
  },
  // fillers submit with answers missing (422), everyone else tries to approve a draft (400)
  'POST /api/monitoring/{id}/units/{unitId}/transitions': {
    relational: true,
    run: (c, t) =>
      c.send('POST', `/api/monitoring/${mon(t).roundId}/units/${t.unitId}/transitions`, {
        action: c === roleClients.filler ? 'submit' : 'approve',
        version: STALE,
      }),
    expect: { anonymous: 'deny', filler: OWN_ONLY, reviewer: BELOW_ONLY, finance: 'deny', admin: 'deny', localAdmin: 'deny' },
  },
  'GET /api/monitoring/{id}/units/{unitId}/export': {
    relational: true,
    run: (c, t) => c.get(`/api/monitoring/${mon(t).roundId}/units/${t.unitId}/export`),
    expect: readers,
  },
  'GET /api/monitoring/{id}/board': { relational: true, run: (c, t) => c.get(`/api/monitoring/${mon(t).roundId}/board?unitId=${t.unitId}`), expect: readers },
  'GET /api/monitoring/{id}/board/export': {
    relational: true,
    run: (c, t) => c.get(`/api/monitoring/${mon(t).roundId}/board/export?unitId=${t.unitId}`),
    expect: readers,
  },
  'GET /api/units/{id}/rectifications': { relational: true, run: (c, t) => c.get(`/api/units/${t.unitId}/rectifications?year=${YEAR}`), expect: readers },
  // a blank problem: past the permission check a business 400, nothing raised
  'POST /api/units/{id}/rectifications': {
    relational: true,
    run: (c, t) => c.send('POST', `/api/units/${t.unitId}/rectifications`, { year: YEAR, problem: ' ', requiredFix: ' ' }),
    expect: { anonymous: 'deny', filler: 'deny', reviewer: BELOW_ONLY, finance: 'deny', admin: 'deny', localAdmin: 'deny' },
  },
  // fillers answer, everyone else tries to close; a stale version is a 409 past the permission check
  'PUT /api/rectifications/{id}': {
    relational: true,
    run: (c, t) =>
      c.send(
        'PUT',
        `/api/rectifications/${mon(t).rectificationId}`,
        c === roleClients.filler ? { version: STALE, answer: 'probe' } : { version: STALE, status: 'closed' },
      ),
    expect: { anonymous: 'deny', filler: OWN_ONLY, reviewer: BELOW_ONLY, finance: 'deny', admin: 'deny', localAdmin: 'deny' },
  },
};

let env: SecurityEnv;
let roleClients: Record<RoleName, Client>;
let routes: string[];
let monitoringTargets: Map<string, MonitoringTarget>;
const mon = (t: Target): MonitoringTarget => monitoringTargets.get(t.unitId)!;
/** Routes whose OpenAPI operation declares a request body (the others ignore bodies). */
let withBody: Set<string>;
const contentCache = new Map<string, unknown>();
async function contentOf(t: Target) {
  if (!contentCache.has(t.evaluationId)) {
    const { evaluationRepository } = await import('../../src/store/evaluations.js');
    const { contentOf: pick } = await import('../../src/services/evaluations.js');
    contentCache.set(t.evaluationId, pick((await evaluationRepository(env.store.db).load(t.evaluationId))!));
  }
  return contentCache.get(t.evaluationId);
}

beforeAll(async () => {
  env = await securityEnv();
  monitoringTargets = await addMonitoringTargets(env);
  roleClients = {
    anonymous: env.anonymous(),
    filler: await env.login('p_filler'),
    reviewer: await env.login('p_reviewer'),
    finance: await env.login('p_finance'),
    admin: await env.login('p_admin'),
    localAdmin: await env.login('p_localAdmin'),
  };
  const doc = (await env.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
  routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
  withBody = new Set(
    Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([, op]) => (op as { requestBody?: unknown }).requestBody)
        .map(([m]) => `${m.toUpperCase()} ${path}`),
    ),
  );
});
afterAll(async () => {
  await env?.close();
});

describe('authorisation matrix', () => {
  it('has an entry for every route in the OpenAPI document, and no stale entry', () => {
    expect(routes.length).toBeGreaterThan(20);
    expect(
      routes.filter((r) => !(r in MATRIX)),
      'routes missing from MATRIX',
    ).toEqual([]);
    expect(
      Object.keys(MATRIX).filter((r) => !routes.includes(r)),
      'MATRIX entries without a route',
    ).toEqual([]);
  });

  it('allows and denies exactly as the table says, for every route × role × unit relation', async () => {
    const mismatches: string[] = [];
    let checked = 0;
    // session-ending probes last of all, after the draft-replacing import
    const rank = (k: string) => (!MATRIX[k]!.destructive ? 0 : k.includes('logout') || k.includes('revoke-all') ? 2 : 1);
    const keys = Object.keys(MATRIX).sort((a, b) => rank(a) - rank(b));
    for (const key of keys) {
      const probe = MATRIX[key]!;
      for (const role of ROLE_NAMES) {
        const c = roleClients[role];
        const fresh = async () => (role === 'anonymous' ? env.anonymous() : env.login(`p_${role}`));
        for (const rel of probe.relational ? RELATIONS : (['own'] as const)) {
          const want = typeof probe.expect[role] === 'string' ? (probe.expect[role] as Verdict) : (probe.expect[role] as PerRelation)[rel];
          const t = env.targets[rel];
          const res = await probe.run(c, t, fresh);
          expect(res.statusCode, `${key} as ${role} on ${rel}: ${res.body.slice(0, 200)}`).toBeLessThan(500);
          const got = probe.observe ? probe.observe(res, t) : statusVerdict(res);
          checked++;
          if (got !== want) mismatches.push(`${key} as ${role} on ${rel}: expected ${want}, got ${got} (${res.statusCode})`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(300);
    console.log(`authorisation matrix: ${checked} checks over ${keys.length} routes, ${mismatches.length} mismatches`);
  }, 240_000); // ~1,300 requests: over a minute on PostgreSQL on a busy machine
});

const JUNK_BODIES: unknown[] = [
  {},
  [],
  'null',
  '"text"',
  42,
  { version: 'x' },
  { version: -1, content: null },
  { action: 'delete', version: 1 },
  { username: { $gt: '' }, password: ['a'] },
  JSON.parse('{"__proto__": {"admin": true}, "constructor": {"prototype": {"x": 1}}}'),
  { key: '../../etc/passwd', note: 'x'.repeat(10_000) },
  { newPassword: 12345678901, currentPassword: null },
  { content: { title: 'a', sections: [{ key: "1'; drop table users; --" }] }, version: 1 },
  JSON.parse('[' + '['.repeat(2000) + ']'.repeat(2000) + ']'),
];
const JUNK_IDS = ['-1', '99999999999', '1e3', '%00', '..%2F1', 'abc', '0x10', '1.5'];

describe('bad input on every route', () => {
  it('answers junk bodies on every state-changing route with 4xx, never 5xx', async () => {
    // the matrix ended the role sessions (revoke-all): sign in again
    for (const role of ['filler', 'admin'] as const) roleClients[role] = await env.login(`p_${role}`);
    const writes = routes.filter((r) => !r.startsWith('GET '));
    expect(writes.length).toBeGreaterThan(4);
    const bad: string[] = [];
    let sent = 0;
    for (const route of writes) {
      const [method, path] = route.split(' ') as ['POST' | 'PUT' | 'DELETE', string];
      const url = path
        .replace('{id}', env.targets.own.evaluationId)
        .replace(`/admin/users/${env.targets.own.evaluationId}`, `/admin/users/${env.targets.own.userId}`);
      for (const role of ['filler', 'admin'] as const) {
        for (const body of JUNK_BODIES) {
          if (!withBody.has(route)) continue; // takes no body (and logout/revoke-all would end the session)
          const payload = typeof body === 'string' ? body : JSON.stringify(body);
          const res = await env.app.inject({
            method,
            url,
            payload,
            headers: { 'content-type': 'application/json', 'x-csrf-token': roleClients[role].csrf },
            cookies: { jixiao_session: roleClients[role].cookie! },
            remoteAddress: '10.77.0.1',
          });
          sent++;
          if (res.statusCode < 400 || res.statusCode >= 500)
            bad.push(`${route} as ${role} with ${payload.slice(0, 60)} → ${res.statusCode} ${res.body.slice(0, 120)}`);
        }
        // without a CSRF token: refused (403, or 400 when the body fails validation first — never executed)
        const res = await env.app.inject({ method, url, payload: {}, cookies: { jixiao_session: roleClients[role].cookie! } });
        if (!route.endsWith('/api/login') && ![400, 403].includes(res.statusCode)) bad.push(`${route} as ${role} without CSRF → ${res.statusCode}`);
      }
      for (const id of JUNK_IDS) {
        if (!path.includes('{id}')) continue;
        const res = await roleClients.admin.send(method, path.replace('{id}', id), {});
        sent++;
        if (res.statusCode < 400 || res.statusCode >= 500) bad.push(`${route} with id ${id} → ${res.statusCode}`);
      }
    }
    expect(bad).toEqual([]);
    expect(sent).toBeGreaterThan(100);
  });

  it('answers junk ids and query strings on every read route with 4xx (or 200), never 5xx', async () => {
    const reads = routes.filter((r) => r.startsWith('GET '));
    const queries = [
      '?year=abc',
      '?year=99999',
      '?year=2022&year=2023',
      '?unitId=1;drop',
      '?parentId=../..',
      '?q=',
      '?q=' + 'x'.repeat(5000),
      '?format=exe',
      '?measure=',
      '?status=bogus',
      '?limit=-5',
      '?__proto__[x]=1',
    ];
    const bad: string[] = [];
    for (const route of reads) {
      const path = route.slice(4);
      const urls = [
        ...(path.includes('{id}') ? JUNK_IDS.map((id) => path.replace('{id}', id)) : [path]),
        ...queries.map((q) => path.replace('{id}', env.targets.own.evaluationId) + q),
      ];
      for (const url of urls) {
        const res = await roleClients.admin.get(url);
        if (res.statusCode >= 500) bad.push(`${route}: ${url.slice(0, 80)} → ${res.statusCode} ${res.body.slice(0, 120)}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

/** Spellings of one path that a router may route to the same handler (issue 16, item 1). */
function pathVariants(path: string): string[] {
  const rest = path.slice('/api/'.length);
  const firstChar = rest[0]!;
  const enc = (c: string) => '%' + c.charCodeAt(0).toString(16).padStart(2, '0');
  return [
    `/${enc('a')}pi/${rest}`,
    `/%41pi/${rest}`,
    `/ap${enc('i').toUpperCase()}/${rest}`,
    `/api/${enc(firstChar)}${rest.slice(1)}`,
    `/api%2F${rest}`,
    `//api/${rest}`,
    `/api//${rest}`,
    `/./api/${rest}`,
    `/api/./${rest}`,
    `/x/../api/${rest}`,
    `/api/x/../${rest}`,
    `/API/${rest}`,
    `/Api/${rest}`,
    `/api/${rest.toUpperCase()}`,
    `/api/${rest}/`,
    `/api/${rest}?`,
    `/api/${rest};x`,
    `/api/${rest}%20`,
    `/api/${rest}%00`,
  ];
}

describe('non-canonical spellings of a path (CSRF and the password gate decide on the route)', () => {
  it('never executes a state change without the CSRF token, however the path is spelled', async () => {
    const admin = await env.login('p_admin');
    const filler = await env.login('p_filler');
    const bad: string[] = [];
    let sent = 0;
    const probes: { c: Client; method: 'POST' | 'PUT'; path: string; body: unknown }[] = [
      { c: filler, method: 'POST', path: '/api/logout', body: undefined },
      {
        c: admin,
        method: 'POST',
        path: '/api/admin/users',
        body: { username: 'csrf_probe', displayName: 'x', password: 'Long-enough-pass-1', grants: [{ role: 'admin', unitId: null }] },
      },
      { c: filler, method: 'PUT', path: `/api/evaluations/${env.targets.own.evaluationId}`, body: { version: 1, content: {} } },
      { c: filler, method: 'POST', path: '/api/account/sessions/revoke-all', body: undefined },
    ];
    for (const p of probes) {
      for (const url of pathVariants(p.path)) {
        const res = await p.c.send(p.method, url, p.body, { csrf: null });
        sent++;
        // 403 (CSRF), 404 (not a route) or 400 are all fine; anything else means it ran
        if (![400, 403, 404].includes(res.statusCode)) bad.push(`${p.method} ${url} without CSRF → ${res.statusCode} ${res.body.slice(0, 100)}`);
      }
    }
    // the session still works and no admin was created
    expect((await filler.get('/api/me')).statusCode).toBe(200);
    expect(((await admin.get('/api/admin/users?q=csrf_probe')).json() as { users: unknown[] }).users).toEqual([]);
    expect(bad).toEqual([]);
    expect(sent).toBeGreaterThan(60);
  });

  it('keeps a user on an admin-chosen password out of every spelling of a route', async () => {
    const id = await env.addUser('must_change', 'filler', env.targets.own.unitId);
    await env.store.db.execute(`update users set must_change_password = true where id = ${Number(id)}`);
    const c = await env.login('must_change');
    const bad: string[] = [];
    for (const path of ['/api/workbench', '/api/evaluations?year=2022', `/api/evaluations/${env.targets.own.evaluationId}`, '/api/admin/users']) {
      const [p, q] = path.split('?');
      for (const url of [path, ...pathVariants(p!).map((v) => (q ? `${v.replace(/\?$/, '')}?${q}` : v))]) {
        const res = await c.get(url);
        if (res.statusCode === 200) bad.push(`GET ${url} → 200`);
      }
    }
    expect(bad).toEqual([]);
    expect((await c.get('/api/me')).statusCode).toBe(200);
  });
});
