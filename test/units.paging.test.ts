// GET /api/units with limit/offset: a parent with many children answers a page at a time, the
// pages add up to the unpaged answer, and paging checks access exactly as the unpaged call does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitRepository } from '../src/store/units.js';
import { demoApp, type Client } from './helpers/app.js';

const N = 450;
let env: Awaited<ReturnType<typeof demoApp>>;
let shaoyang: Client;
let wugang: Client;
let admin: Client;
let parentId = '';

interface Node {
  id: string;
  code: string;
  childCount: number;
}
interface Page {
  units: Node[];
  total?: number;
  offset?: number;
  limit?: number;
}

beforeAll(async () => {
  env = await demoApp();
  const units = unitRepository(env.store.db);
  // a new county under 邵阳 with N townships (codes out of order on purpose)
  const [sy] = await units.byCodes(['430500']);
  const [county] = await units.insertMany([{ code: '439901', name: '分页测试县妇联', type: '妇联', level: 'county' }]);
  await units.link([{ unitId: county!.id, parentId: sy!.id, fromYear: 2016 }]);
  const kids = await units.insertMany(
    Array.from({ length: N }, (_, i) => ({ code: `P${String((i * 7) % N).padStart(4, '0')}`, name: `分页乡镇${i}`, type: '妇联', level: 'township' as const })),
  );
  await units.link(kids.map((k) => ({ unitId: k.id, parentId: county!.id, fromYear: 2016 })));
  // one grandchild, so childCount is checked on a page too
  const [grand] = await units.insertMany([{ code: 'Q0001', name: '分页村妇联', type: '妇联', level: 'village' }]);
  await units.link([{ unitId: grand!.id, parentId: kids.find((k) => k.code === 'P0003')!.id, fromYear: 2016 }]);
  parentId = county!.id;
  shaoyang = await env.login('shaoyang');
  wugang = await env.login('wugang');
  admin = await env.login('admin');
});
afterAll(async () => {
  await env?.app.close();
  await env?.store.close();
});

describe('unit tree paging', () => {
  it('without limit answers every child, as before (no total)', async () => {
    const res = await shaoyang.get(`/api/units?parentId=${parentId}&year=2022`);
    expect(res.statusCode).toBe(200);
    const body = res.json() as Page;
    expect(body.units).toHaveLength(N);
    expect(body.total).toBeUndefined();
    expect(body.units[0]!.code).toBe('P0000');
    expect(body.units.at(-1)!.code).toBe(`P${String(N - 1).padStart(4, '0')}`);
  });

  it('pages add up to the unpaged answer, in code order, with total', async () => {
    const all = ((await shaoyang.get(`/api/units?parentId=${parentId}&year=2022`)).json() as Page).units;
    const seen: Node[] = [];
    for (let offset = 0; offset < N; offset += 200) {
      const page = (await shaoyang.get(`/api/units?parentId=${parentId}&year=2022&limit=200&offset=${offset}`)).json() as Page;
      expect(page.total).toBe(N);
      expect(page.offset).toBe(offset);
      expect(page.limit).toBe(200);
      expect(page.units).toHaveLength(Math.min(200, N - offset));
      seen.push(...page.units);
    }
    expect(seen).toEqual(all);
    expect(seen.find((u) => u.code === 'P0003')!.childCount).toBe(1);
    expect(seen.find((u) => u.code === 'P0004')!.childCount).toBe(0);
    const past = (await shaoyang.get(`/api/units?parentId=${parentId}&year=2022&limit=10&offset=${N}`)).json() as Page;
    expect(past).toEqual({ units: [], total: N, offset: N, limit: 10 });
  });

  it('offset defaults to 0; the store counts children of a year', async () => {
    const page = (await shaoyang.get(`/api/units?parentId=${parentId}&year=2022&limit=3`)).json() as Page;
    expect(page.units.map((u) => u.code)).toEqual(['P0000', 'P0001', 'P0002']);
    expect(page.offset).toBe(0);
    const repo = unitRepository(env.store.db);
    expect(await repo.countChildren(parentId, 2022)).toBe(N);
    expect(await repo.countChildren(parentId, 2015)).toBe(0); // linked from 2016
  });

  it('pages the roots too', async () => {
    const all = ((await admin.get('/api/units?parentId=root&year=2022')).json() as Page).units;
    const page = (await admin.get('/api/units?parentId=root&year=2022&limit=1')).json() as Page;
    expect(page.total).toBe(all.length);
    expect(page.units).toEqual(all.slice(0, 1));
    const mine = (await wugang.get('/api/units?parentId=root&year=2022&limit=5')).json() as Page;
    expect(mine.units.map((u) => u.code)).toEqual(['430581']);
    expect(mine.total).toBe(1);
  });

  it('a parent the user may not read is 404 paged as unpaged, and leaks no count', async () => {
    for (const url of [
      `/api/units?parentId=${parentId}&year=2022`,
      `/api/units?parentId=${parentId}&year=2022&limit=5`,
      `/api/units?parentId=${parentId}&year=2022&limit=5&offset=100`,
    ]) {
      const res = await wugang.get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.body).not.toContain('450');
      expect(res.body).not.toContain('分页');
    }
  });

  it('rejects bad limits and offsets', async () => {
    for (const q of ['limit=0', 'limit=1001', 'limit=x', 'limit=5&offset=-1', 'offset=1.5&limit=5']) {
      const res = await shaoyang.get(`/api/units?parentId=${parentId}&${q}`);
      expect(res.statusCode, q).toBe(400);
    }
  });
});
