// The 武冈 2022 demo of issue 15: approved targets with one adjustment batch, a 6月30日 round with
// warnings on 邵阳's board, a rectification, and the 自评 reading the adjusted target.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, beijingToday } from '../src/domain/deadlines.js';
import { unitRepository } from '../src/store/units.js';
import { demoApp, type Client } from './helpers/app.js';

let env: Awaited<ReturnType<typeof demoApp>>;
let wugang: Client;
let shaoyang: Client;
let wg: string;

let loadDays: string[];

beforeAll(async () => {
  const before = beijingToday();
  env = await demoApp();
  loadDays = [before, beijingToday()]; // the same day but across 北京 midnight
  wugang = await env.login('wugang');
  shaoyang = await env.login('shaoyang');
  wg = (await unitRepository(env.store.db).find('430581'))!.id;
});
afterAll(async () => {
  await env?.app.close();
  await env?.store.close();
});

describe('武冈 2022 demo: targets and monitoring', () => {
  it('has approved targets with one approved adjustment batch (10000 → 10361)', async () => {
    const list = (await wugang.get(`/api/units/${wg}/targets?year=2022`)).json();
    const project = list.targets.find((t: { scope: string }) => t.scope === 'liangai');
    expect(project).toMatchObject({ status: 'approved' });
    const t = (await wugang.get(`/api/targets/${project.id}`)).json();
    expect(t.indicators.find((i: { code: string }) => i.code === '2.1.2').value).toBe('10361');
    expect(t.adjustments).toHaveLength(1);
    expect(t.adjustments[0]).toMatchObject({ batchNo: 1, status: 'approved', changes: [{ indicatorCode: '2.1.2', from: '10000', to: '10361' }] });
    expect(t.budgetLines.map((l: { amount: string }) => l.amount)).toEqual(['52', '31']);
    expect(list.rectifications).toHaveLength(1);
  });

  it('has a 6月30日 round answered with warnings, on 邵阳’s board', async () => {
    const rounds = (await wugang.get(`/api/units/${wg}/monitoring?year=2022`)).json();
    expect(rounds.answering).toHaveLength(1);
    const round = rounds.answering[0];
    expect(round).toMatchObject({ asOf: '2022-06-30', status: 'submitted' });
    // still open below 武冈 (its townships have not answered): due 30 days after the demo was loaded
    expect(loadDays.map((d) => addDays(d, 30))).toContain(round.dueDate);
    const r = (await wugang.get(`/api/monitoring/${round.id}/units/${wg}`)).json();
    expect(r.timeProgress).toBe('49.59');
    // the 两癌 project's sheet (武冈's department-wide targets, copied from its scored 自评, come first)
    const project = (code: string) => r.indicators.find((i: { code: string; sheetCode: string }) => i.code === code && !i.sheetCode.startsWith('department/'));
    expect(project('2.1.2')).toMatchObject({ progress: '39.57', gap: '-10.02', warning: 'yellow', forecast: '8267.96', likelihood: '完全不可能' }); // 8267.96 < 0.8 × 10361
    expect(r.budget.find((b: { key: string }) => b.key === 'screening')).toMatchObject({ executionRate: '23.08', gap: '-26.51', warning: 'red' });
    expect(project('4.1.1')).toMatchObject({ warning: 'yellow', likelihood: '有可能' });
    const board = (await shaoyang.get(`/api/monitoring/${round.id}/board`)).json();
    const row = board.rows.find((x: { unitId: string }) => x.unitId === wg);
    expect(row.reds).toBeGreaterThanOrEqual(1);
    expect(row.status).toBe('submitted');
  });

  it('the 两癌 自评 of the year, when there is one, reads 10361 and says it was adjusted', async () => {
    const { evaluationRepository } = await import('../src/store/evaluations.js');
    const { frameworkRepository } = await import('../src/store/frameworks.js');
    const fw = (await frameworkRepository(env.store.db).latest('project-expenditure'))!;
    const repo = evaluationRepository(env.store.db);
    const existing = (await repo.headers({ unitIds: [wg], year: 2022 })).find((h) => h.frameworkCode === 'project-expenditure');
    const id =
      existing?.id ?? (await repo.create({ unitId: wg, year: 2022, frameworkId: fw.id, outline: 'projectExpenditure', title: '两癌项目支出绩效自评' }));
    const e = (await wugang.get(`/api/evaluations/${id}`)).json();
    expect(e.indicators.find((i: { indicatorCode: string }) => i.indicatorCode === '2.1.2').target).toBe('10361');
    expect(e.sections.find((s: { key: string }) => s.key === '999').paragraphs[0]).toContain('由“10000”调整为“10361”');
  });
});
