// What a hostile or careless save gets back: a field pasted with megabytes of text is refused
// with a Chinese message and nothing stored (a stored 2 MB 偏差原因 made every later save of the
// evaluation fail at the body limit), and a wrong figure inside an optional object names that
// figure, not "应为空".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation } from '../src/domain/types.js';
import { contentOf } from '../src/services/evaluations.js';
import { demoApp, type Client } from './helpers/app.js';

let env: Awaited<ReturnType<typeof demoApp>>;
let filler: Client;
let id: string;

beforeAll(async () => {
  env = await demoApp();
  filler = await env.login('wugang');
  const me = (await filler.get('/api/me')).json() as { user: { roles: { unitId: string }[] } };
  const created = await filler.send('POST', '/api/evaluations', { unitId: me.user.roles[0]!.unitId, year: 2031 });
  expect(created.statusCode, created.body).toBe(201);
  id = (created.json() as { evaluation: Evaluation }).evaluation.id;
}, 120_000);
afterAll(async () => {
  await env?.app.close();
  await env?.store.close();
});

const load = async () => (await filler.get(`/api/evaluations/${id}`)).json() as Evaluation;
async function save(edit: (c: ReturnType<typeof contentOf>) => void) {
  const e = await load();
  const content = structuredClone(contentOf(e));
  edit(content);
  return filler.send('PUT', `/api/evaluations/${id}`, { version: e.version, content });
}

const HUGE = '妇'.repeat(700_000);

describe('a save with a field far too long', () => {
  const cases: [string, (c: ReturnType<typeof contentOf>) => void][] = [
    ['偏差原因', (c) => void (c.indicators[0]!.deviationReason = HUGE)],
    ['实际完成值', (c) => void (c.indicators[0]!.actual = HUGE)],
    ['单位简介', (c) => void (c.profile = { ...c.profile!, intro: HUGE })],
    ['主要职责', (c) => void c.profile!.duties.push(HUGE)],
    ['内设机构', (c) => void c.profile!.departments.push(HUGE)],
    [
      '重点项目名称',
      (c) =>
        void c.keyProjects.push({
          code: 'kp9',
          name: HUGE,
          measure: '人数',
          unitOfMeasure: '人',
          target: '1',
          actual: '1',
          measures: [],
          funding: [],
          note: null,
        }),
    ],
    [
      '重点项目备注',
      (c) =>
        void c.keyProjects.push({
          code: 'kp9',
          name: '某项目',
          measure: '人数',
          unitOfMeasure: '人',
          target: '1',
          actual: '1',
          measures: [],
          funding: [],
          note: HUGE,
        }),
    ],
  ];
  for (const [what, edit] of cases)
    it(`${what}: refused in words, nothing stored`, async () => {
      const before = await load();
      const res = await save(edit);
      expect(res.statusCode, res.body.slice(0, 300)).toBe(400);
      expect((res.json() as { message: string }).message).toMatch(/^请求无效：内容过长，一栏最多 \d+ 字/);
      const after = await load();
      expect(after.version).toBe(before.version);
    });

  it('a long but real paragraph-sized 偏差原因 is still saved', async () => {
    const res = await save((c) => void (c.indicators[0]!.deviationReason = '因资金拨付滞后，部分活动推迟到下半年开展。'.repeat(40)));
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  });
});

describe('a wrong figure inside the optional 基本情况', () => {
  it('names the figure and what it must be, not the whole 基本情况 as "应为空"', async () => {
    for (const bad of [-3, 2.5, 'NaN', 1e12]) {
      const res = await save((c) => void (c.profile = { ...c.profile!, staffActual: bad as number }));
      expect(res.statusCode).toBe(400);
      const message = (res.json() as { message: string }).message;
      expect(message, String(bad)).toContain('staffActual');
      expect(message).not.toContain('应为空');
    }
  });
});
