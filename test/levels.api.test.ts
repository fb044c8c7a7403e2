// 定性 indicators scored by level through the HTTP API: an administrator saves a leaf's levels with
// their points (checked against its 分值), the filler's 自评 is scored by the level chosen, and a
// level leaf without its level is refused at 提交 by the service, naming the indicator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDataset } from '../src/demo/dataset.js';
import type { Evaluation, Framework } from '../src/domain/types.js';
import type { IndicatorTable } from '../src/domain/wire.js';
import { contentOf } from '../src/services/evaluations.js';
import { demoApp, type Client } from './helpers/app.js';
import { writtenChapters } from './helpers/values.js';

let env: Awaited<ReturnType<typeof demoApp>>;
let admin: Client;
let wugang: Client;

beforeAll(async () => {
  env = await demoApp(demoDataset);
  admin = await env.login('admin');
  wugang = await env.login('wugang');
});
afterAll(async () => {
  await env?.app.close();
  await env?.store.close();
});

const tree = (levelPoints: number[]) => [
  { code: '1', name: '服务效果', weight: '100' },
  { code: '1.1', name: '群众满意度', operator: 'qualitative', weight: '40', rule: { kind: 'qualitative', levels: ['优', '良', '中', '差'], levelPoints } },
  { code: '1.2', name: '培训人次', unit: '人次', operator: '>=', weight: '60', rule: { kind: 'ratio' } },
];

describe('定性 by level through the API', () => {
  let frameworkId = '';
  let evaluationId = '';

  it('saves a leaf’s levels with their points and refuses points above its 分值, naming the indicator', async () => {
    const bad = await admin.send('POST', '/api/frameworks', { code: 'levels-bad', name: '等级测试（错）', kind: 'custom', indicators: tree([50, 32, 24, 0]) });
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { problems: { code: string; message: string }[] }).problems).toContainEqual({
      code: '1.1',
      message: '指标“群众满意度”：定性等级的得分不能超过分值 40',
    });
    const res = await admin.send('POST', '/api/frameworks', { code: 'levels-ok', name: '等级测试', kind: 'custom', indicators: tree([40, 32, 24, 0]) });
    expect(res.statusCode, res.body).toBe(201);
    frameworkId = (res.json() as { id: string }).id;
    const fw = (await admin.get(`/api/frameworks/${frameworkId}`)).json() as Framework;
    expect(fw.indicators.find((i) => i.code === '1.1')!.rule).toEqual({ kind: 'qualitative', levels: ['优', '良', '中', '差'], levelPoints: [40, 32, 24, 0] });
  });

  it('refuses 提交 while the level is not chosen (422 naming the indicator), scores the level once chosen, then submits', async () => {
    const list = (await wugang.get('/api/evaluations?year=2022')).json() as { evaluations: { unitId: string; projectCode: string | null }[] };
    const unitId = list.evaluations.find((e) => e.projectCode === null)!.unitId;
    const created = await wugang.send('POST', '/api/evaluations', { unitId, year: 2024, frameworkId });
    expect(created.statusCode, created.body).toBe(201);
    evaluationId = (created.json() as { evaluation: Evaluation }).evaluation.id;
    let e = (await wugang.get(`/api/evaluations/${evaluationId}`)).json() as Evaluation;

    const refused = await wugang.send('POST', `/api/evaluations/${evaluationId}/transitions`, { action: 'submit', version: e.version });
    expect(refused.statusCode, refused.body).toBe(422);
    const body = refused.json() as { message: string; levels: { key: string; label: string }[] };
    expect(body.message).toBe('指标 1.1 群众满意度 未选择等级，不能提交');
    expect(body.levels.map((l) => l.key)).toEqual(['indicator:1.1:level']);
    expect(((await wugang.get(`/api/evaluations/${evaluationId}`)).json() as Evaluation).status).toBe('draft');

    const content = structuredClone(contentOf(e));
    const value = { score: null, deviationReason: null, applicable: true, achievement: null };
    content.indicators = [
      { ...value, indicatorCode: '1.1', target: '优', actual: '良', deviationReason: '个别社区回访不足' },
      { ...value, indicatorCode: '1.2', target: '100', actual: '100' },
    ];
    content.sections = writtenChapters(content.sections); // required chapters 六–九 block 提交 too
    const saved = await wugang.send('PUT', `/api/evaluations/${evaluationId}`, { version: e.version, content });
    expect(saved.statusCode, saved.body).toBe(200);
    const t = (await wugang.get(`/api/evaluations/${evaluationId}/indicators`)).json() as IndicatorTable;
    expect(
      t.rows.find((r) => r.code === '1.1'),
      JSON.stringify(t.rows),
    ).toMatchObject({ score: '32.00', explanation: '等级“良” → 32.00' });
    expect(t.total).toBe('92.00');

    e = (await wugang.get(`/api/evaluations/${evaluationId}`)).json() as Evaluation;
    const ok = await wugang.send('POST', `/api/evaluations/${evaluationId}/transitions`, { action: 'submit', version: e.version });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((ok.json() as Evaluation).status).toBe('submitted');
  });
});
