// Frameworks, 指标库, targets/baseline and /api/score through the HTTP API, on PGlite or on
// PostgreSQL when DATABASE_URL is set.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreInput } from '../src/domain/scoring/index.js';
import type { Evaluation, Framework } from '../src/domain/types.js';
import { contentOf } from '../src/services/evaluations.js';
import { auditRepository } from '../src/store/audit.js';
import { evaluationRepository } from '../src/store/evaluations.js';
import { demoApp, type Client } from './helpers/app.js';
import { indicatorValue as value } from './helpers/values.js';

type Fw = Framework & { totalWeight: string; usage: { evaluations: number; submitted: number } };

let env: Awaited<ReturnType<typeof demoApp>>;
let admin: Client;
let wugang: Client;
let shaoyang: Client;
let evalId: string;
let customId: string;

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`./fixtures/scoring/${name}`, import.meta.url), 'utf8')) as unknown;
const weights = (f: Framework) => Object.fromEntries(f.indicators.map((i) => [i.code, i.weight]));
const tree = [
  { code: '1', name: '产出指标', weight: 60 },
  { code: '1.1', name: '数量指标', weight: 60 },
  { code: '1.1.1', name: '培训人次', unit: '人次', operator: '>=', weight: 30 },
  { code: '1.1.2', name: '宣传活动场次', unit: '场次', operator: '>=', weight: '30' },
  { code: '2', name: '满意度指标', weight: 40 },
  { code: '2.1', name: '服务对象满意度', weight: 40 },
  { code: '2.1.1', name: '群众满意度', unit: '%', operator: '>=', weight: 40 },
];

beforeAll(async () => {
  env = await demoApp();
  [admin, wugang, shaoyang] = await Promise.all([env.login('admin'), env.login('wugang'), env.login('shaoyang')]);
  const list = (await wugang.get('/api/evaluations?year=2022')).json() as { evaluations: { id: string; unitCode: string }[] };
  evalId = list.evaluations.find((e) => e.unitCode === '430581')!.id;
});
afterAll(async () => {
  await env?.app.close();
  await env?.store.close();
});

describe('frameworks API', () => {
  it('lists the built-ins and gets one with its indicator tree and total weight', async () => {
    const list = (await wugang.get('/api/frameworks')).json() as { frameworks: { id: string; code: string; version: number; indicatorCount: number }[] };
    expect(list.frameworks.map((f) => f.code).sort()).toEqual(['department-wide', 'hunan-provincial', 'project-expenditure']);
    const dw = list.frameworks.find((f) => f.code === 'department-wide')!;
    const res = await wugang.get(`/api/frameworks/${dw.id}`);
    expect(res.statusCode).toBe(200);
    const f = res.json() as Fw;
    expect(f.indicators).toHaveLength(dw.indicatorCount);
    expect(f.indicators.find((i) => i.code === '1.1.1')).toMatchObject({ name: '预算执行率', parentCode: '1.1', level: 3, rule: { kind: 'budgetExecution' } });
    expect(f.totalWeight).toBe('100');
    expect(f.usage.evaluations).toBe(1);
    expect((await wugang.get('/api/frameworks/999999')).statusCode).toBe(404);
    expect((await env.app.inject({ method: 'GET', url: '/api/frameworks' })).statusCode).toBe(401);
  });

  it('lets only the administrator create; invalid trees get 400 listing the problems; codes are unique', async () => {
    const body = { code: 'fulian-project', name: '妇联项目支出自评表', year: 2023, indicators: tree };
    expect((await wugang.send('POST', '/api/frameworks', body)).statusCode).toBe(403);
    const bad = await admin.send('POST', '/api/frameworks', {
      ...body,
      indicators: [
        { code: '1', name: '产出', weight: 60 },
        { code: '1.1', name: '数量', operator: '>=', weight: 50 },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { problems: { code: string; message: string }[] }).problems).toEqual([{ code: '1', message: '“产出”下级分值之和 50 ≠ 本级分值 60' }]);
    const res = await admin.send('POST', '/api/frameworks', body);
    expect(res.statusCode, res.body).toBe(201);
    const f = res.json() as Framework;
    expect(f).toMatchObject({ code: 'fulian-project', kind: 'custom', year: 2023, version: 1, frozen: false });
    expect(weights(f)).toEqual({ '1': '60', '1.1': '60', '1.1.1': '30', '1.1.2': '30', '2': '40', '2.1': '40', '2.1.1': '40' });
    customId = f.id;
    expect((await admin.send('POST', '/api/frameworks', body)).statusCode).toBe(409);
    expect((await admin.send('POST', '/api/frameworks', { ...body, code: 'x y' })).statusCode).toBe(400);
    for (const w of ['abc', { n: 1 }, null]) {
      const res2 = await admin.send('POST', '/api/frameworks', {
        ...body,
        code: 'weights',
        indicators: [{ code: '1', name: '唯一', operator: 'yesNo', weight: w }],
      });
      expect(res2.statusCode, JSON.stringify(w)).toBe(400);
      expect((res2.json() as { problems: { code: string }[] }).problems[0]!.code).toBe('1');
    }
  });

  it('keeps a library round trip and lets a framework edit copy library fields', async () => {
    const own = await wugang.send('POST', '/api/indicator-library', {
      name: '“两癌”免费检查人数',
      unit: '人',
      operator: '>=',
      description: '农村适龄妇女“两癌”检查',
    });
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json()).toMatchObject({ ownerUnitName: '武冈市妇女联合会', operator: '>=', rule: { kind: 'ratio' } });
    expect((await wugang.send('POST', '/api/indicator-library', { name: '共享', operator: 'yesNo', ownerUnitId: null })).statusCode).toBe(403);
    const bad = await admin.send('POST', '/api/indicator-library', { name: '错误规则', operator: 'qualitative', rule: { kind: 'ratio' } });
    expect(bad.statusCode).toBe(400);
    const shared = await admin.send('POST', '/api/indicator-library', {
      name: '预算调整率',
      unit: '%',
      operator: '<=',
      rule: { kind: 'deduction', perUnit: 0.5, unitSize: 1, threshold: 0, direction: 'over' },
      description: '每超1个百分点扣0.5分',
    });
    expect(shared.statusCode).toBe(201);
    const sharedId = (shared.json() as { id: string }).id;
    const found = (await wugang.get(`/api/indicator-library?q=${encodeURIComponent('两癌')}`)).json() as { entries: { id: string; name: string }[] };
    expect(found.entries.map((e) => e.name)).toEqual(['“两癌”免费检查人数']);
    const all = (await shaoyang.get('/api/indicator-library')).json() as { entries: { name: string }[] };
    expect(all.entries.map((e) => e.name).sort()).toEqual(['“两癌”免费检查人数', '预算调整率'].sort());
    const onlyShared = (await wugang.get('/api/indicator-library?ownerUnitId=shared')).json() as { entries: { name: string }[] };
    expect(onlyShared.entries.map((e) => e.name)).toEqual(['预算调整率']);

    const indicators = [...tree.slice(0, 4), { code: '1.1.3', libraryId: sharedId, weight: 0 }, ...tree.slice(4)];
    const revision = ((await admin.get(`/api/frameworks/${customId}`)).json() as Framework).revision!;
    const res = await admin.send('PUT', `/api/frameworks/${customId}`, { revision, name: '妇联项目支出自评表（修订）', indicators });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as Framework).revision).toBe(revision + 1);
    // a second editor still on the old revision: 409 with the framework as it now is, nothing overwritten
    const stale = await admin.send('PUT', `/api/frameworks/${customId}`, { revision, name: '旧页面上的修改', indicators });
    expect(stale.statusCode).toBe(409);
    expect((stale.json() as { current: Framework }).current).toMatchObject({ name: '妇联项目支出自评表（修订）', revision: revision + 1 });
    expect(((await admin.get(`/api/frameworks/${customId}`)).json() as Framework).name).toBe('妇联项目支出自评表（修订）');
    expect((await admin.send('PUT', `/api/frameworks/${customId}`, { name: 'x', indicators })).statusCode).toBe(400); // revision required
    const leaf = (res.json() as Framework).indicators.find((i) => i.code === '1.1.3')!;
    expect(leaf).toMatchObject({ name: '预算调整率', unit: '%', operator: '<=', weight: '0', level: 3, order: 3, rule: { kind: 'deduction', perUnit: 0.5 } });
    const missing = await admin.send('PUT', `/api/frameworks/${customId}`, {
      revision: revision + 1,
      name: 'x',
      indicators: [{ code: '1', libraryId: '99999', weight: 1 }],
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ problems: expect.arrayContaining([{ code: '1', message: '指标库条目 99999 不存在或无权使用' }]) });
  });

  it('freezes (admin only), answers 423 on edit, and copies to a year as version+1 unfrozen with the same weights', async () => {
    expect((await wugang.send('POST', `/api/frameworks/${customId}/freeze`)).statusCode).toBe(403);
    const frozen = await admin.send('POST', `/api/frameworks/${customId}/freeze`);
    expect(frozen.statusCode).toBe(200);
    expect((frozen.json() as Framework).frozen).toBe(true);
    const edit = await admin.send('PUT', `/api/frameworks/${customId}`, { revision: (frozen.json() as Framework).revision, name: 'x', indicators: tree });
    expect(edit.statusCode).toBe(423);
    expect((edit.json() as { message: string }).message).toContain('已冻结');
    const source = (await admin.get(`/api/frameworks/${customId}`)).json() as Fw;
    expect((await wugang.send('POST', `/api/frameworks/${customId}/copy`, { year: 2024 })).statusCode).toBe(403);
    const res = await admin.send('POST', `/api/frameworks/${customId}/copy`, { year: 2024 });
    expect(res.statusCode, res.body).toBe(201);
    const copy = res.json() as Framework;
    expect(copy).toMatchObject({ code: 'fulian-project', version: 2, year: 2024, frozen: false });
    expect(weights(copy)).toEqual(weights(source));
    expect((await admin.send('PUT', `/api/frameworks/${copy.id}`, { revision: copy.revision, name: '2024版', indicators: tree })).statusCode).toBe(200);
    const versions = (await admin.get('/api/frameworks?code=fulian-project')).json() as {
      frameworks: { version: number; frozen: boolean; basedOnId: string | null }[];
    };
    expect(versions.frameworks.map((f) => [f.version, f.frozen, f.basedOnId])).toEqual([
      [1, true, null],
      [2, false, customId],
    ]);
  });
});

describe('targets and baseline', () => {
  it('lets the unit filler set targets while draft without touching actuals; scores are recomputed', async () => {
    const e = (await wugang.get(`/api/evaluations/${evalId}`)).json() as Evaluation;
    const content = contentOf(e);
    content.indicators = [value('2.2.2', { target: '90', actual: '95' }), value('2.1.1', { actual: '100' })];
    const saved = (await wugang.send('PUT', `/api/evaluations/${evalId}`, { version: e.version, content })).json() as Evaluation;
    expect(saved.indicators.find((v) => v.indicatorCode === '2.2.2')!.score).toBe('10');

    const body = {
      version: saved.version,
      targets: [
        { indicatorCode: '2.2.2', target: '98' },
        { indicatorCode: '2.1.1', target: '100' },
        { indicatorCode: '2.1.2', target: '100' },
      ],
    };
    expect((await shaoyang.send('PUT', `/api/evaluations/${evalId}/targets`, body)).statusCode).toBe(403);
    const bad = await wugang.send('PUT', `/api/evaluations/${evalId}/targets`, {
      ...body,
      targets: [
        { indicatorCode: '2.1', target: '1' },
        { indicatorCode: '9.9.9', target: '1' },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { problems: { code: string }[] }).problems.map((p) => p.code)).toEqual(['2.1', '9.9.9']);
    const res = await wugang.send('PUT', `/api/evaluations/${evalId}/targets`, body);
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json() as Evaluation;
    expect(after.version).toBe(saved.version + 1);
    // Computed leaves (issue 14) carry the actuals of 武冈's own figures, whatever was typed; the
    // other targets come from 武冈's approved 绩效目标 of the year (issue 15 demo).
    expect(after.indicators.map((v) => [v.indicatorCode, v.target, v.actual, v.score])).toEqual([
      ['1.1.1', '100%', '100', '10'],
      ['1.1.2', '0', '0', '5'],
      ['1.2.1', '≤100%', '100', '5'],
      ['1.2.2', '资产管理规范', null, null],
      ['1.3.1', '是', null, null],
      ['1.3.2', '制度健全、执行有效', null, null],
      ['2.1.1', '100', '100', '15'],
      ['2.1.2', '100', '104.04', '15'],
      ['2.2.1', '社会效益明显', null, null],
      ['2.2.2', '98', '95', '9.69'], // 95 ÷ 98 × 10 = 9.6938… → 9.69
    ]);
    const stale = await wugang.send('PUT', `/api/evaluations/${evalId}/targets`, body);
    expect(stale.statusCode).toBe(409);
    const log = await auditRepository(env.store.db).list({ limit: 20 });
    expect(log.find((l) => l.action === 'evaluation.targets')).toMatchObject({ entityId: evalId, after: { '2.2.2': '98', '2.1.1': '100', '2.1.2': '100' } });
  });

  it("returns the previous year's actuals of the same unit for the same indicator codes", async () => {
    const empty = (await wugang.get(`/api/evaluations/${evalId}/baseline`)).json() as { year: number; evaluationId: string | null; indicators: unknown[] };
    expect(empty).toMatchObject({ year: 2021, evaluationId: null, indicators: [] });
    const e = (await wugang.get(`/api/evaluations/${evalId}`)).json() as Evaluation;
    const repo = evaluationRepository(env.store.db);
    const prevId = await repo.create({
      unitId: e.unit.id,
      year: 2021,
      frameworkId: e.framework.id,
      outline: 'departmentWide',
      title: '2021年度武冈市妇联整体支出绩效自评报告',
      status: 'approved',
    });
    const prev = (await repo.load(prevId))!;
    await repo.writeContent(prevId, {
      ...contentOf(prev),
      indicators: [value('2.2.2', { target: '90', actual: '96', score: '10' }), value('2.1.2', { target: '9800', actual: '10020' })],
    });
    const res = await wugang.get(`/api/evaluations/${evalId}/baseline`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      year: 2021,
      evaluationId: prevId,
      status: 'approved',
      frameworkCode: 'department-wide',
      indicators: [
        {
          indicatorCode: '2.1.2',
          previousCode: '2.1.2',
          name: '重点民生实事完成率',
          unit: '%',
          target: '9800',
          actual: '10020',
          score: null,
          applicable: true,
        },
        { indicatorCode: '2.2.2', previousCode: '2.2.2', name: '服务对象满意度', unit: '%', target: '90', actual: '96', score: '10', applicable: true },
      ],
    });
    expect((await shaoyang.get(`/api/evaluations/${evalId}/baseline`)).statusCode).toBe(200);
  });

  it('refuses targets once the evaluation left draft (423)', async () => {
    const e = (await wugang.get(`/api/evaluations/${evalId}`)).json() as Evaluation;
    await evaluationRepository(env.store.db).bumpVersion(evalId, e.version, { status: 'submitted' });
    const res = await wugang.send('PUT', `/api/evaluations/${evalId}/targets`, { version: e.version + 1, targets: [{ indicatorCode: '2.2.2', target: '99' }] });
    expect(res.statusCode).toBe(423);
    // The department-wide framework is now used by a submitted evaluation: it can no longer be edited.
    const dw = (await admin.get(`/api/frameworks/${e.framework.id}`)).json() as Fw;
    expect(dw.frozen).toBe(true);
    expect((await admin.send('PUT', `/api/frameworks/${e.framework.id}`, { revision: 1, name: dw.name, indicators: tree })).statusCode).toBe(423);
    // …and the list says so too, not only the framework's own page
    const listed = (await admin.get(`/api/frameworks?code=${dw.code}`)).json() as { frameworks: { id: string; frozen: boolean }[] };
    expect(listed.frameworks.find((f) => f.id === e.framework.id)!.frozen).toBe(true);
  });
});

describe('POST /api/score', () => {
  it('returns exactly what scoreInput returns for every fixture, 400 listing issues on invalid input', async () => {
    for (const name of ['example.json', 'published-fulian-2022-correct.json', 'published-fulian-2022-mistakes.json']) {
      const input = fixture(name);
      const res = await wugang.send('POST', '/api/score', input);
      expect(res.statusCode, `${name}: ${res.body}`).toBe(200);
      expect(res.json(), name).toEqual(JSON.parse(JSON.stringify(scoreInput(input))));
    }
    const ex = (await wugang.send('POST', '/api/score', fixture('example.json'))).json() as { total: string; grade: string };
    expect(ex.total).toMatch(/^\d+\.\d\d$/);
    const bad = await wugang.send('POST', '/api/score', fixture('invalid.json'));
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { issues: { indicator: string }[] }).issues.map((i) => i.indicator)).toEqual(['群众满意度']);
    expect((await wugang.send('POST', '/api/score', { indicators: 'x' })).statusCode).toBe(400);
    expect((await env.app.inject({ method: 'POST', url: '/api/score', payload: fixture('example.json') as object })).statusCode).toBe(401);
  });

  it('documents every route under the frameworks tag and keeps the audit chain intact', async () => {
    const doc = (await env.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, { tags?: string[] }>> };
    for (const [path, method] of [
      ['/api/frameworks', 'get'],
      ['/api/frameworks', 'post'],
      ['/api/frameworks/{id}', 'get'],
      ['/api/frameworks/{id}', 'put'],
      ['/api/frameworks/{id}/freeze', 'post'],
      ['/api/frameworks/{id}/copy', 'post'],
      ['/api/indicator-library', 'get'],
      ['/api/indicator-library', 'post'],
      ['/api/evaluations/{id}/targets', 'put'],
      ['/api/evaluations/{id}/baseline', 'get'],
      ['/api/score', 'post'],
    ] as const) {
      expect(doc.paths[path]?.[method]?.tags, `${method} ${path}`).toEqual(['frameworks']);
    }
    const actions = new Set((await auditRepository(env.store.db).list({ limit: 100 })).map((l) => l.action));
    for (const a of ['framework.create', 'framework.update', 'framework.freeze', 'framework.copy', 'indicatorLibrary.create', 'evaluation.targets'])
      expect(actions, a).toContain(a);
    expect(await auditRepository(env.store.db).verify()).toMatchObject({ ok: true });
  });
});
