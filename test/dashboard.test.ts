// Dashboards and the public headline over the demo: 两癌 figures roll up 武冈 → 邵阳 → 湖南,
// a county's stated figure replaces the sum of its townships, drafts never reach the public.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation } from '../src/domain/types.js';
import { contentOf } from '../src/services/evaluations.js';
import { setKeyProjectValue } from '../src/services/keyProjects.js';
import { LIANGAI_PROJECT } from '../src/domain/types.js';
import type { Dashboard } from '../src/services/rollups.js';
import { demoApp, type Client } from './helpers/app.js';

let env: Awaited<ReturnType<typeof demoApp>>;
let hunan: Client;
let wugang: Client;
const ids: Record<string, string> = {};

beforeAll(async () => {
  env = await demoApp();
  hunan = await env.login('hunan');
  wugang = await env.login('wugang');
  const search = async (q: string) =>
    ((await hunan.get(`/api/units/search?q=${encodeURIComponent(q)}&year=2022`)).json() as { units: { id: string; code: string }[] }).units;
  for (const code of ['430000', '430500', '430581']) ids[code] = (await search(code)).find((u) => u.code === code)!.id;
});
afterAll(async () => {
  await env?.app.close();
  await env?.store.close();
});

describe('dashboards', () => {
  it('rolls the 两癌 figures up from 武冈 to 邵阳 to 湖南 (2022)', async () => {
    for (const code of ['430000', '430500', '430581']) {
      const d = (await hunan.get(`/api/dashboard/${ids[code]}?year=2022`)).json() as Dashboard;
      expect([d.project.target, d.project.actual, d.project.rate], code).toEqual(['10361', '10780', '104.04']);
    }
    const province = (await hunan.get(`/api/dashboard/${ids['430000']}?year=2022`)).json() as Dashboard;
    expect(province.children.map((c) => [c.name, c.actual, c.rate])).toEqual([['邵阳市妇联', '10780', '104.04']]);
    // 武冈 (own figure) + 4 townships report: 5 reporting units under 湖南
    expect(province.project.reporting).toBe(5);
    expect(province.units).toBe(11);
    // the 4 townships state figures without an evaluation: 仅报数据, not 未填报
    expect(province.statuses).toMatchObject({ draft: 1, figures: 4, missing: 6 });
  });

  it('counts 仅报数据 apart from 未填报 in the headline, as the children table does, on every write', async () => {
    const wg = (await hunan.get(`/api/dashboard/${ids['430581']}?year=2022`)).json() as Dashboard;
    expect([wg.units, wg.statuses.draft, wg.statuses.figures, wg.statuses.missing]).toEqual([9, 1, 4, 4]);
    expect(wg.statuses.figures).toBe(wg.children.filter((c) => c.status === 'figures').length);
    // a village with nothing (未填报) starts stating figures — the key-project-only refresh — then stops
    const village = ((await hunan.get('/api/units/search?q=430581100201&year=2022')).json() as { units: { id: string }[] }).units[0]!.id;
    const set = (v: { target: string | null; actual: string | null }) =>
      env.store.db.transaction((tx) => setKeyProjectValue(tx, village, 2022, LIANGAI_PROJECT, v));
    const heads = async () =>
      Promise.all(
        ['430581', '430500', '430000'].map(async (code) => {
          const d = (await hunan.get(`/api/dashboard/${ids[code]}?year=2022`)).json() as Dashboard;
          return [d.statuses.figures, d.statuses.missing];
        }),
      );
    expect(await heads()).toEqual([
      [4, 4],
      [4, 5],
      [4, 6],
    ]);
    await set({ target: '120', actual: '90' });
    expect(await heads()).toEqual([
      [5, 3],
      [5, 4],
      [5, 5],
    ]);
    // the township's own figure still covers its area: the 两癌 sums do not move
    const moved = (await hunan.get(`/api/dashboard/${ids['430581']}?year=2022`)).json() as Dashboard;
    expect([moved.project.target, moved.project.actual]).toEqual(['10361', '10780']);
    await set({ target: null, actual: null });
    expect(await heads()).toEqual([
      [4, 4],
      [4, 5],
      [4, 6],
    ]);
  });

  it('ranks children with their own status and the townships sum under 武冈', async () => {
    const d = (await hunan.get(`/api/dashboard/${ids['430581']}?year=2022`)).json() as Dashboard;
    expect(d.children).toHaveLength(4);
    const sum = d.children.reduce((a, c) => a + Number(c.actual), 0);
    expect(sum).toBe(10780);
    expect(d.childStats.rate.count).toBe(4);
    // the townships have no evaluation but carry their own 两癌 figures: reported, not 未填报
    expect(d.children.map((c) => c.status)).toEqual(['figures', 'figures', 'figures', 'figures']);
  });

  it('is never stale: a save shows at once on every level above (cache keyed by roll-up version)', async () => {
    const before = (await hunan.get(`/api/dashboard/${ids['430000']}?year=2022`)).json() as Dashboard;
    expect(before.project.actual).toBe('10780');
    const e = (await wugang.get(`/api/evaluations?year=2022`)).json() as { evaluations: { id: string }[] };
    const full = (await wugang.get(`/api/evaluations/${e.evaluations[0]!.id}`)).json() as Evaluation;
    const content = contentOf(full);
    content.keyProjects[0]!.actual = '10790';
    const saved = await wugang.send('PUT', `/api/evaluations/${full.id}`, { version: full.version, content });
    expect(saved.statusCode, saved.body).toBe(200);
    for (const code of ['430000', '430500']) {
      const after = (await hunan.get(`/api/dashboard/${ids[code]}?year=2022`)).json() as Dashboard;
      expect(after.project.actual, code).toBe('10790');
    }
    content.keyProjects[0]!.actual = '10780';
    const back = await wugang.send('PUT', `/api/evaluations/${full.id}`, { version: full.version + 1, content });
    expect(back.statusCode).toBe(200);
  });

  it("lists the years with data in the unit's subtree, so a dashboard opens on data (issue 19)", async () => {
    const years = async (c: Client, code: string) => (await c.get(`/api/dashboard/${ids[code]}/years`)).json() as { years: number[] };
    expect((await years(hunan, '430000')).years).toEqual([2016, 2022]);
    expect((await years(hunan, '430500')).years).toEqual([2022]);
    expect((await years(wugang, '430581')).years).toEqual([2022]);
    // a filler cannot learn anything about the province, not even which years it has
    expect((await wugang.get(`/api/dashboard/${ids['430000']}/years`)).statusCode).toBe(404);
    expect((await hunan.get('/api/dashboard/999999/years')).statusCode).toBe(404);
  });

  it("keeps the province's own 2016 两癌 count apart from the 2022 sum of its county (one project code, two scopes)", async () => {
    const d = (await hunan.get(`/api/dashboard/${ids['430000']}?year=2022`)).json() as Dashboard;
    // 2016: 湖南省妇联 stated the province-wide count itself; 2022: only 武冈 (and its townships) reported below it
    expect(d.trend.map((t) => [t.year, t.scope, t.actual, t.target, t.rate])).toEqual([[2022, 'below', '10780', '10361', '104.04']]);
    expect(d.trend[0]!.reporting).toBeGreaterThan(1);
    expect(d.trendApart).toEqual([{ year: 2016, target: null, actual: '1017600', rate: null, scope: 'own', reporting: 1 }]);
    // a year before any figure: no trend points after it
    const y2016 = (await hunan.get(`/api/dashboard/${ids['430000']}?year=2016`)).json() as Dashboard;
    expect(y2016.trend.map((t) => [t.year, t.scope])).toEqual([[2016, 'own']]);
    expect(y2016.trendApart).toEqual([]);
  });

  it('tells which ancestors a breadcrumb may link (a filler cannot open 省妇联)', async () => {
    const mine = (await wugang.get(`/api/units/${ids['430581']}?year=2022`)).json() as { ancestors: { code: string; readable: boolean }[] };
    expect(mine.ancestors.map((a) => [a.code, a.readable])).toEqual([
      ['430000', false],
      ['430500', false],
    ]);
    const hers = (await hunan.get(`/api/units/${ids['430581']}?year=2022`)).json() as typeof mine;
    expect(hers.ancestors.map((a) => [a.code, a.readable])).toEqual([
      ['430000', true],
      ['430500', true],
    ]);
  });

  it('keeps a filler out of the province dashboard', async () => {
    expect((await wugang.get(`/api/dashboard/${ids['430000']}?year=2022`)).statusCode).toBe(404);
    expect((await wugang.get(`/api/dashboard/${ids['430581']}?year=2022`)).statusCode).toBe(200);
  });

  it('exports the view as .xlsx', async () => {
    const res = await hunan.get(`/api/dashboard/${ids['430000']}/export?year=2022`);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
    // every year of the trend, each with its scope: the province's own 2016 count is not read as a sum
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const tr = wb.getWorksheet('历年趋势')!;
    const rows = [1, 2, 3].map((i) => (tr.getRow(i).values as unknown[]).slice(1, 6));
    expect(rows[0]).toEqual(['年度', '目标', '完成', '完成率(%)', '口径']);
    expect(rows[1]).toEqual([2016, undefined, 1017600, undefined, '本级自报（全辖区）']); // no target, so no rate
    expect(rows[2]).toEqual([2022, 10361, 10780, 104.04, '下级汇总']);
  });

  it('shows the public only published figures', async () => {
    const y2016 = (await env.app.inject({ method: 'GET', url: '/api/public/headline?year=2016' })).json() as {
      roots: { name: string; publishedUnits: number; project: { actual: string | null } }[];
    };
    expect(y2016.roots).toEqual([
      expect.objectContaining({ name: '湖南省妇女联合会', publishedUnits: 1, project: expect.objectContaining({ actual: '1017600' }) }),
    ]);
    const y2022 = (await env.app.inject({ method: 'GET', url: '/api/public/headline?year=2022' })).json() as typeof y2016;
    expect(y2022.roots[0]!.publishedUnits).toBe(0);
    expect(y2022.roots[0]!.project.actual).toBeNull(); // 武冈's draft never leaks
  });

  it('exports the 结果应用 column the dashboard shows: nothing before approval, the budget use of the grade once approved', async () => {
    const exported = async () => {
      const d = (await hunan.get(`/api/dashboard/${ids['430500']}?year=2022`)).json() as Dashboard;
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await hunan.get(`/api/dashboard/${ids['430500']}/export?year=2022`)).rawPayload as unknown as ArrayBuffer);
      const ws = wb.getWorksheet('下级单位')!;
      expect((ws.getRow(4).values as unknown[]).slice(1, 8)).toEqual(['单位', '层级', '状态', '得分', '等级', '结果应用', '目标']);
      const row = [...Array(ws.rowCount - 4).keys()].map((i) => ws.getRow(5 + i)).find((r) => r.getCell(1).value === '武冈市妇联')!;
      return { child: d.children.find((c) => c.name === '武冈市妇联')!, cells: [3, 5, 6].map((c) => row.getCell(c).value ?? null) };
    };
    const draft = await exported();
    expect(draft.child).toMatchObject({ status: 'draft', grade: 'excellent' });
    expect(draft.cells).toEqual(['草稿', '优', null]);
    const shaoyang = await env.login('shaoyang');
    const id = ((await wugang.get('/api/evaluations?year=2022')).json() as { evaluations: { id: string }[] }).evaluations[0]!.id;
    const act = async (c: Client, action: string) => {
      const { version } = (await c.get(`/api/evaluations/${id}`)).json() as Evaluation;
      expect((await c.send('POST', `/api/evaluations/${id}/transitions`, { action, version })).statusCode, action).toBe(200);
    };
    await act(wugang, 'submit');
    await act(shaoyang, 'approve');
    const approved = await exported();
    expect(approved.child).toMatchObject({ status: 'approved', grade: 'excellent' });
    expect(approved.cells).toEqual(['已审核', '优', '优先保障']);
  });
});
