// Issue 16, items 4–6: inputs that used to end in a 500 or silently lose data — ids past 32 bits,
// NUL bytes, duplicated or cyclic section keys, an import over a draft without its version.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityEnv, type Client, type SecurityEnv } from './env.js';

let env: SecurityEnv;
let filler: Client;
let admin: Client;
let routes: string[];
const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');
const TXT = '武冈市妇联2022年度部门整体支出绩效自评报告\n一、部门概况\n（一）基本情况\n本单位编制10人。\n二、一般公共预算支出情况\n2022年收入合计100万元。\n';

beforeAll(async () => {
  env = await securityEnv();
  filler = await env.login('p_filler');
  admin = await env.login('p_admin');
  const doc = (await env.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
  routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
});
afterAll(async () => {
  await env?.close();
});

async function current(id = env.targets.own.evaluationId) {
  const res = await filler.get(`/api/evaluations/${id}`);
  expect(res.statusCode).toBe(200);
  const e = res.json() as Record<string, unknown> & { version: number };
  const { title, reportDate, profile, budget, budgetLines, threePublic, indicators, keyProjects, sections } = e;
  return {
    version: e.version,
    content: { title, reportDate, profile, budget, budgetLines, threePublic, indicators, keyProjects, sections } as Record<string, unknown>,
  };
}
const section = (key: string, parentKey: string | null, title: string) => ({
  key,
  parentKey,
  order: 0,
  kind: 'other',
  numbering: null,
  title,
  runIn: false,
  paragraphs: ['正文'],
  indicatorCode: null,
  figures: [],
});

describe('ids past 32 bits (item 4)', () => {
  const HUGE = ['2147483648', '4294967296', '9999999999'];
  it('answers 400 on every route with an {id}, signed in and anonymous', async () => {
    const bad: string[] = [];
    for (const route of routes.filter((r) => r.includes('{id}'))) {
      const [method, path] = route.split(' ') as ['GET' | 'POST' | 'PUT' | 'DELETE', string];
      for (const id of HUGE) {
        for (const c of [admin, env.anonymous()]) {
          const res = method === 'GET' ? await c.get(path.replace('{id}', id)) : await c.send(method, path.replace('{id}', id), {});
          if (res.statusCode !== 400 && !(c !== admin && res.statusCode === 401)) bad.push(`${route} ${id} → ${res.statusCode} ${res.body.slice(0, 80)}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('answers 400 for huge ids in query strings and bodies (portal, lists, import, grants, versions)', async () => {
    const anon = env.anonymous();
    const own = env.targets.own;
    const cases = [
      await anon.get('/api/public/evaluations/2147483648'),
      await anon.get('/api/public/evaluations?year=2022&unitId=2147483648'),
      await admin.get('/api/evaluations?unitId=2147483648'),
      await admin.get('/api/units?parentId=2147483648'),
      await admin.get('/api/audit?unitId=2147483648'),
      await filler.send('POST', '/api/evaluations/import', { unitId: '2147483648', year: 2022, fileName: 'a.txt', contentBase64: b64(TXT) }),
      await admin.send('POST', '/api/admin/users', {
        username: 'huge_grant',
        displayName: 'x',
        password: 'Long-enough-pass-1',
        grants: [{ role: 'filler', unitId: '2147483648' }],
      }),
      await filler.send('PUT', `/api/evaluations/${own.evaluationId}`, { version: 2147483648, content: (await current()).content }),
      await filler.send('POST', `/api/evaluations/${own.evaluationId}/transitions`, { action: 'submit', version: 2147483648 }),
    ];
    expect(cases.map((r) => `${r.statusCode}`)).toEqual(cases.map(() => '400'));
  });
});

describe('NUL bytes (item 4)', () => {
  it('refuses a NUL in any text field, user name or query with 400', async () => {
    const { version, content } = await current();
    const withNul = (patch: Record<string, unknown>) =>
      filler.send('PUT', `/api/evaluations/${env.targets.own.evaluationId}`, { version, content: { ...content, ...patch } });
    const res = [
      await withNul({ title: 'a\u0000b' }),
      await withNul({ sections: [section('1', null, 'x\u0000')] }),
      await admin.send('POST', '/api/admin/users', { username: 'nul\u0000user', displayName: 'x', password: 'Long-enough-pass-1', grants: [] }),
      await admin.send('POST', '/api/admin/users', { username: 'nul_name', displayName: 'x\u0000', password: 'Long-enough-pass-1', grants: [] }),
      await env.app.inject({ method: 'POST', url: '/api/login', payload: { username: 'p_filler\u0000', password: 'x' } }),
      await admin.get('/api/audit?user=a%00b'),
      await admin.get('/api/units?q=%00'),
    ];
    expect(res.map((r) => `${r.statusCode} ${r.statusCode === 400 ? '' : r.body.slice(0, 80)}`.trim())).toEqual(res.map(() => '400'));
    expect((await current()).version).toBe(version);
  });

  it('refuses an imported .txt holding NUL bytes with 400 and a clear message', async () => {
    const body = { fileName: 'old.txt', contentBase64: b64(Buffer.concat([Buffer.from(TXT), Buffer.from([0, 0, 0x41, 0])])) };
    const preview = await filler.send('POST', '/api/import/preview', body);
    expect(preview.statusCode).toBe(400);
    expect(preview.json()).toMatchObject({ message: expect.stringContaining('二进制') });
    const imported = await filler.send('POST', '/api/evaluations/import', { unitId: env.targets.own.unitId, year: 2031, ...body });
    expect(imported.statusCode).toBe(400);
  });

  it('refuses a .txt of high bytes with no NUL, and one of only white space, with 400 and writes nothing; a GBK .txt reads', async () => {
    let x = 7;
    const noise = Buffer.from(Array.from({ length: 3000 }, () => 0x80 + (((x = (x * 1103515245 + 12345) % 2147483648) >> 16) % 128)));
    const blank = Buffer.from(' \t\n\u3000\u200b\r\n \n');
    const before = (await filler.get('/api/evaluations?year=2031')).body;
    for (const [bytes, words] of [
      [noise, '不像是文本'],
      [blank, '只有空白'],
    ] as const) {
      const body = { fileName: 'old.txt', contentBase64: b64(bytes) };
      const preview = await filler.send('POST', '/api/import/preview', body);
      expect(preview.statusCode).toBe(400);
      expect(preview.json()).toMatchObject({ message: expect.stringContaining(words) });
      const imported = await filler.send('POST', '/api/evaluations/import', { unitId: env.targets.own.unitId, year: 2031, ...body });
      expect(imported.statusCode).toBe(400);
    }
    expect((await filler.get('/api/evaluations?year=2031')).body).toBe(before);
    // our own report in GBK (Windows Notepad's ANSI on a Chinese system): read, not refused
    const gbk = Buffer.from(
      'c4b3cfd8b5b5b0b8b9dd32303331c4eab6c8b2bfc3c5d5fbcce5d6a7b3f6bca8d0a7d7d4c6c0b1a8b8e60ad2bba1a2b2bfc3c5b8c5bff60ab1beb9ddb1e0d6c639c8cba1a30ab6fea1a2d2bbb0e3b9abb9b2d4a4cbe3d6a7b3f6c7e9bff60a32303331c4eab1bec4ead6a7b3f6bacfbcc638362e35cdf2d4aaa1a30a',
      'hex',
    );
    const read = await filler.send('POST', '/api/import/preview', { fileName: 'gbk.txt', contentBase64: b64(gbk) });
    expect(read.statusCode, read.body).toBe(200);
    expect((read.json() as { recognised: { title: string } }).recognised.title).toBe('某县档案馆2031年度部门整体支出绩效自评报告');
  });
});

describe('sections (items 4 and 6)', () => {
  it('refuses duplicated section keys with 400 naming the key, and stores nothing', async () => {
    const { version, content } = await current();
    const res = await filler.send('PUT', `/api/evaluations/${env.targets.own.evaluationId}`, {
      version,
      content: { ...content, sections: [section('1', null, '一'), section('1', null, '一又')] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ message: expect.stringContaining('1') });
    expect((await current()).version).toBe(version);
  });

  it('refuses a section that is its own parent, a two-section cycle and a missing parent (every section reaches the root)', async () => {
    const { version, content } = await current();
    const save = (sections: unknown[]) =>
      filler.send('PUT', `/api/evaluations/${env.targets.own.evaluationId}`, { version, content: { ...content, sections } });
    const self = await save([section('1', null, '一'), section('2', '2', '自己')]);
    const cycle = await save([section('1', null, '一'), section('2', '3', '甲'), section('3', '2', '乙')]);
    const orphan = await save([section('1', null, '一'), section('2', '9', '无父')]);
    for (const r of [self, cycle, orphan]) expect(r.statusCode, r.body).toBe(400);
    expect(self.json()).toMatchObject({ message: expect.stringContaining('自己') });
    expect(cycle.json()).toMatchObject({ message: expect.stringContaining('循环') });
    expect((await current()).version).toBe(version);
    // a proper tree is still fine
    const ok = await save([section('1', null, '一'), section('1.1', '1', '一之一'), section('2', null, '二')]);
    expect(ok.statusCode, ok.body).toBe(200);
  });
});

describe('import into an existing draft (item 5)', () => {
  it('refuses invalid base64 with 400', async () => {
    for (const contentBase64 of ['!!!notbase64!!!', 'YWJj$', 'a', '====', 'YW Jj']) {
      const res = await filler.send('POST', '/api/import/preview', { fileName: 'a.txt', contentBase64 });
      expect(res.statusCode, contentBase64).toBe(400);
      expect(res.json()).toMatchObject({ message: expect.stringContaining('base64') });
    }
  });

  it('needs the version of the draft it replaces: 409 with what would be replaced, then replaces with it', async () => {
    const own = env.targets.own;
    const before = await current();
    const body = { unitId: own.unitId, year: 2022, fileName: '旧报告.txt', contentBase64: b64(TXT) };
    const preview = await filler.send('POST', '/api/import/preview', {
      fileName: body.fileName,
      contentBase64: body.contentBase64,
      year: 2022,
      unitId: own.unitId,
    });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({
      replaces: { evaluationId: own.evaluationId, version: before.version, status: 'draft', title: before.content.title },
    });

    const blind = await filler.send('POST', '/api/evaluations/import', body);
    expect(blind.statusCode).toBe(409);
    expect(blind.json()).toMatchObject({ replaces: { evaluationId: own.evaluationId, version: before.version } });
    const stale = await filler.send('POST', '/api/evaluations/import', { ...body, version: before.version + 5 });
    expect(stale.statusCode).toBe(409);
    expect((await current()).version).toBe(before.version);

    const ok = await filler.send('POST', '/api/evaluations/import', { ...body, version: before.version });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ id: own.evaluationId, version: before.version + 1 });
    // a new unit-year needs no version, and a version for a draft that does not exist is a conflict
    const fresh = await filler.send('POST', '/api/evaluations/import', { ...body, year: 2030 });
    expect(fresh.statusCode, fresh.body).toBe(200);
    const ghost = await filler.send('POST', '/api/evaluations/import', { ...body, year: 2029, version: 3 });
    expect(ghost.statusCode).toBe(409);
  });
});
