// Issue 15 through the HTTP API: targets declared, returned, approved, frozen; a monitoring round
// answered with a red warning that reaches the reviewer's board; the likelihood override; an
// adjustment batch approved and read by the year-end 自评; the rectification ledger; audit.
import { contentOf } from '../src/services/evaluations.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';
import { auditRepository } from '../src/store/audit.js';
import { evaluationRepository } from '../src/store/evaluations.js';
import { frameworkRepository } from '../src/store/frameworks.js';
import { unitRepository } from '../src/store/units.js';
import { demoApp, type Client } from './helpers/app.js';

const YEAR = 2023;
let env: Awaited<ReturnType<typeof demoApp>>;
let wugang: Client;
let shaoyang: Client;
let hunanReviewer: Client;
let wg: string;
let sy: string;
let fwId: string;
let targetId: string;
let roundId: string;
const dir = mkdtempSync(join(tmpdir(), 'jixiao-mon-api-'));

beforeAll(async () => {
  env = await demoApp();
  wugang = await env.login('wugang');
  shaoyang = await env.login('shaoyang');
  hunanReviewer = await env.login('hunan');
  const units = unitRepository(env.store.db);
  wg = (await units.find('430581'))!.id;
  sy = (await units.find('430500'))!.id;
  fwId = (await frameworkRepository(env.store.db).latest('department-wide'))!.id;
});
afterAll(async () => {
  await env?.app.close();
  await env?.store.close();
  rmSync(dir, { recursive: true, force: true });
});

const target = async (c: Client = wugang) => {
  const r = await c.get(`/api/targets/${targetId}`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json() as {
    version: number;
    status: string;
    actions: string[];
    lastReason: string | null;
    indicators: { code: string; value: string | null }[];
    adjustments: { id: string; version: number; status: string; batchNo: number }[];
    canAdjust: boolean;
  };
};
const report = async (c: Client = wugang, unitId = wg) => {
  const r = await c.get(`/api/monitoring/${roundId}/units/${unitId}`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json() as {
    report: { version: number; status: string };
    timeProgress: string;
    indicators: {
      targetId: string;
      code: string;
      progress: string | null;
      gap: string | null;
      warning: string | null;
      forecast: string | null;
      likelihood: string | null;
      answer: { likelihoodComputed: string | null; likelihoodDeclared: string | null; likelihoodReason: string | null } | null;
      computedActual: string | null;
    }[];
    budget: { targetId: string; key: string; executed: string | null; executionRate: string | null; warning: string | null }[];
    overall: { budget: string; executed: string; executionRate: string | null; warning: string | null };
    editable: boolean;
  };
};

describe('绩效目标 workflow', () => {
  it('the filler declares targets; a reviewer may not', async () => {
    expect((await shaoyang.send('POST', `/api/units/${wg}/targets`, { year: YEAR, frameworkId: fwId })).statusCode).toBe(403);
    const res = await wugang.send('POST', `/api/units/${wg}/targets`, { year: YEAR, frameworkId: fwId, goal: '全年完成妇女儿童服务重点任务' });
    expect(res.statusCode, res.body).toBe(201);
    targetId = res.json().id;
    const again = await wugang.send('POST', `/api/units/${wg}/targets`, { year: YEAR, frameworkId: fwId });
    expect(again.statusCode).toBe(409);
  });

  it('saves values and budget lines, refusing a non-number for a quantitative target', async () => {
    const t = await target();
    const bad = await wugang.send('PUT', `/api/targets/${targetId}`, {
      version: t.version,
      values: [{ indicatorCode: '1.1.1', value: '较高', progress: 'cumulative' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('预算执行率');
    // a malformed amount is not a number; a negative one is a number that cannot be negative
    const amount = async (a: string) =>
      (await wugang.send('PUT', `/api/targets/${targetId}`, { version: t.version, budgetLines: [{ key: 'basic', label: '基本支出', amount: a }] })).json()
        .message as string;
    expect(await amount('45,6')).toContain('“45,6”不是有效的数字');
    expect(await amount('45,6')).not.toContain('非负数');
    expect(await amount('-5')).toContain('不能为负数');
    const ok = await wugang.send('PUT', `/api/targets/${targetId}`, {
      version: t.version,
      values: [
        { indicatorCode: '1.1.1', value: '≥100%', progress: 'cumulative' },
        { indicatorCode: '2.1.1', value: '100', progress: 'cumulative' },
        { indicatorCode: '2.2.2', value: '９５', progress: 'level' }, // as a filler types it: stored as 95
        { indicatorCode: '2.2.1', value: '妇女儿童权益保障水平提高', progress: 'cumulative' },
      ],
      budgetLines: [
        { key: 'basic', label: '基本支出', amount: '120' },
        { key: 'project', label: '项目支出', amount: '40.5' },
      ],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const stored = (await wugang.get(`/api/targets/${targetId}`)).json() as { indicators: { code: string; value: string | null }[] };
    expect(stored.indicators.find((i) => i.code === '2.2.2')?.value).toBe('95');
    expect((await shaoyang.send('PUT', `/api/targets/${targetId}`, { version: ok.json().version, goal: 'x' })).statusCode).toBe(403);
  });

  it('submit → return needs a reason → resubmit → approve; then frozen', async () => {
    let t = await target();
    expect(t.actions).toEqual(['submit']);
    expect((await wugang.send('POST', `/api/targets/${targetId}/transitions`, { action: 'submit', version: t.version })).statusCode).toBe(200);
    t = await target(shaoyang);
    expect(t.actions).toEqual(['return', 'approve']);
    expect((await wugang.send('POST', `/api/targets/${targetId}/transitions`, { action: 'approve', version: t.version })).statusCode).toBe(403);
    expect((await shaoyang.send('POST', `/api/targets/${targetId}/transitions`, { action: 'return', version: t.version })).statusCode).toBe(400);
    expect(
      (await shaoyang.send('POST', `/api/targets/${targetId}/transitions`, { action: 'return', version: t.version, reason: '满意度目标偏低' })).statusCode,
    ).toBe(200);
    t = await target();
    expect(t).toMatchObject({ status: 'returned', lastReason: '满意度目标偏低' });
    await wugang.send('POST', `/api/targets/${targetId}/transitions`, { action: 'submit', version: t.version });
    t = await target(shaoyang);
    expect((await shaoyang.send('POST', `/api/targets/${targetId}/transitions`, { action: 'approve', version: t.version })).statusCode).toBe(200);
    t = await target();
    expect(t.status).toBe('approved');
    expect(t.canAdjust).toBe(true);
    const locked = await wugang.send('PUT', `/api/targets/${targetId}`, { version: t.version, goal: '改' });
    expect(locked.statusCode).toBe(423);
    expect(locked.json().message).toContain('调整批次');
  });
});

describe('运行监控', () => {
  it('a reviewer above opens a round; a filler may not; dates are checked', async () => {
    // 邵阳 is above 武冈's filler: not even readable (404), and 武冈's own subtree needs a reviewer (403)
    expect((await wugang.send('POST', `/api/units/${sy}/monitoring`, { year: YEAR, asOf: '2023-06-30', dueDate: '2023-07-15' })).statusCode).toBe(404);
    expect((await wugang.send('POST', `/api/units/${wg}/monitoring`, { year: YEAR, asOf: '2023-06-30', dueDate: '2023-07-15' })).statusCode).toBe(403);
    expect((await shaoyang.send('POST', `/api/units/${sy}/monitoring`, { year: YEAR, asOf: '2024-01-01', dueDate: '2024-01-15' })).statusCode).toBe(400);
    expect((await shaoyang.send('POST', `/api/units/${sy}/monitoring`, { year: YEAR, asOf: '2023-06-30', dueDate: '2023-06-01' })).statusCode).toBe(400);
    const res = await shaoyang.send('POST', `/api/units/${sy}/monitoring`, { year: YEAR, asOf: '2023-06-30', dueDate: '2023-07-15' });
    expect(res.statusCode, res.body).toBe(201);
    roundId = res.json().id;
    const rounds = (await wugang.get(`/api/units/${wg}/monitoring?year=${YEAR}`)).json();
    expect(rounds.answering.map((r: { id: string; name: string }) => [r.id, r.name])).toEqual([[roundId, '截至6月30日运行监控']]);
  });

  it('the unit answers from its approved targets; figures and warnings computed', async () => {
    const r = await report();
    expect(r.timeProgress).toBe('49.59'); // 181/365
    expect(r.indicators.map((i) => i.code)).toEqual(['1.1.1', '2.1.1', '2.2.1', '2.2.2']);
    // nothing typed yet: no rate and no warning (an empty 已执行 is not 0)
    expect(r.budget.map((b) => [b.key, b.executed, b.executionRate, b.warning])).toEqual([
      ['basic', null, null, null],
      ['project', null, null, null],
    ]);
    expect(r.overall).toMatchObject({ executionRate: null, warning: null });
    const res = await wugang.send('PUT', `/api/monitoring/${roundId}/units/${wg}`, {
      version: r.report.version,
      indicators: [
        { targetId, indicatorCode: '1.1.1', actualToDate: '42' },
        { targetId, indicatorCode: '2.1.1', actualToDate: '25', deviationCategory: '人员保障', deviationReason: '换届', correctiveMeasures: '下半年集中推进' },
        { targetId, indicatorCode: '2.2.2', actualToDate: '96' },
      ],
      budget: [
        { targetId, key: 'basic', executed: '60' },
        { targetId, key: 'project', executed: '5' },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const executedMessage = async (executed: string) => {
      const v = await report();
      const r2 = await wugang.send('PUT', `/api/monitoring/${roundId}/units/${wg}`, {
        version: v.report.version,
        indicators: [],
        budget: [{ targetId, key: 'basic', executed }],
      });
      expect(r2.statusCode).toBe(400);
      return r2.json().message as string;
    };
    expect(await executedMessage('45,6')).toMatch(/应为数字|不是有效的数字/);
    expect(await executedMessage('45,6')).not.toContain('非负数');
    expect(await executedMessage('-1')).toContain('不能为负数');
    const after = await report();
    const byCode = Object.fromEntries(after.indicators.map((i) => [i.code, i]));
    expect(byCode['1.1.1']).toMatchObject({ progress: '42.00', gap: '-7.59', warning: null, forecast: '84.70', likelihood: '有可能' });
    expect(byCode['2.1.1']).toMatchObject({ progress: '25.00', gap: '-24.59', warning: 'red', forecast: '50.41', likelihood: '完全不可能' });
    expect(byCode['2.2.2']).toMatchObject({ progress: '101.05', gap: null, warning: null, forecast: '96.00', likelihood: '确定能' });
    expect(byCode['2.2.1']).toMatchObject({ progress: null, warning: null, likelihood: null });
    expect(after.budget.map((b) => [b.key, b.executionRate, b.warning])).toEqual([
      ['basic', '50.00', null],
      ['project', '12.35', 'red'],
    ]);
    expect(after.overall).toMatchObject({ budget: '160.50', executed: '65.00', executionRate: '40.50', warning: null });
    // 预算执行率 to date follows from the lines (65 ÷ 160.5), offered when the filler types nothing; other indicators have none
    expect([byCode['1.1.1']!.computedActual, byCode['2.1.1']!.computedActual]).toEqual(['40.50', null]);
  });

  it('overriding a computed likelihood needs a reason; both are kept', async () => {
    let r = await report();
    const answers = [{ targetId, indicatorCode: '2.1.1', actualToDate: '25', likelihoodDeclared: '有可能' }];
    const refused = await wugang.send('PUT', `/api/monitoring/${roundId}/units/${wg}`, { version: r.report.version, indicators: answers, budget: [] });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toContain('须说明理由');
    const ok = await wugang.send('PUT', `/api/monitoring/${roundId}/units/${wg}`, {
      version: r.report.version,
      indicators: [
        ...answers.map((a) => ({ ...a, likelihoodReason: '下半年集中开展活动' })),
        { targetId, indicatorCode: '1.1.1', actualToDate: '42' },
        { targetId, indicatorCode: '2.2.2', actualToDate: '96' },
      ],
      budget: [
        { targetId, key: 'basic', executed: '60' },
        { targetId, key: 'project', executed: '5' },
      ],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    r = await report();
    expect(r.indicators.find((i) => i.code === '2.1.1')!.answer).toMatchObject({
      likelihoodComputed: '完全不可能',
      likelihoodDeclared: '有可能',
      likelihoodReason: '下半年集中开展活动',
    });
    const stale = await wugang.send('PUT', `/api/monitoring/${roundId}/units/${wg}`, { version: 1, indicators: [], budget: [] });
    expect(stale.statusCode).toBe(409);
  });

  it('a qualitative indicator is answered with a level of its scale, judged against the target level', async () => {
    let r = await report();
    const q = r.indicators.find((i) => i.code === '2.2.1') as unknown as { levels: string[] | null; targetId: string };
    expect(q.levels).toEqual(['达到', '基本达到', '未达到']); // the target "…水平提高" names no level: 达到 is asked
    expect(r.indicators.find((i) => i.code === '2.2.2')).toMatchObject({ levels: null });
    // every number row has its figure, but the 定性 row has no level yet: 提交 is refused, naming it
    const name = (r.indicators.find((i) => i.code === '2.2.1') as unknown as { name: string }).name;
    const early = await wugang.send('POST', `/api/monitoring/${roundId}/units/${wg}/transitions`, { action: 'submit', version: r.report.version });
    expect(early.statusCode).toBe(422);
    expect(early.json()).toMatchObject({ message: `还有 1 项定性指标未选择完成等级：${name}，不能提交`, unchosen: [name], missing: [] });
    expect((await report()).report.status).toBe('draft');
    const base = [
      { targetId, indicatorCode: '2.1.1', actualToDate: '25', likelihoodDeclared: '有可能', likelihoodReason: '下半年集中开展活动' },
      { targetId, indicatorCode: '1.1.1', actualToDate: '42' },
      { targetId, indicatorCode: '2.2.2', actualToDate: '96' },
    ];
    const put = (level: Record<string, unknown>) =>
      wugang.send('PUT', `/api/monitoring/${roundId}/units/${wg}`, {
        version: r.report.version,
        indicators: [...base, { targetId, indicatorCode: '2.2.1', ...level }],
        budget: [
          { targetId, key: 'basic', executed: '60' },
          { targetId, key: 'project', executed: '5' },
        ],
      });
    const outside = await put({ actualLevel: '很好' });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().message).toContain('达到、基本达到、未达到');
    const number = await put({ actualToDate: '80' });
    expect(number.statusCode).toBe(400);
    expect(number.json().message).toContain('定性指标');
    const levelOnNumber = await wugang.send('PUT', `/api/monitoring/${roundId}/units/${wg}`, {
      version: r.report.version,
      indicators: [{ targetId, indicatorCode: '1.1.1', actualLevel: '达到' }],
      budget: [],
    });
    expect(levelOnNumber.statusCode).toBe(400);
    expect(levelOnNumber.json().message).toContain('定量指标');
    // a reason past the 2,000-character limit is refused in words that say so (it was a bare 请求无效)
    const tooLong = await put({ actualLevel: '基本达到', deviationReason: '制度尚在修订中。'.repeat(250) + '。' });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().message).toMatch(/^请求无效：内容过长，一栏最多 2000 字/);
    const justFits = await put({ actualLevel: '基本达到', deviationReason: '制度尚在修订中。'.repeat(250) });
    expect(justFits.statusCode, justFits.body).toBe(200);
    r = await report();
    const ok = await put({ actualLevel: '基本达到', deviationCategory: '制度保障', deviationReason: '维权站点制度尚在修订' });
    expect(ok.statusCode, ok.body).toBe(200);
    r = await report();
    expect(r.indicators.find((i) => i.code === '2.2.1')).toMatchObject({
      progress: null,
      gap: null,
      warning: 'yellow', // one level short of 达到
      likelihood: '有可能',
      answer: { actualLevel: '基本达到', actualToDate: null, likelihoodComputed: '有可能', deviationCategory: '制度保障' },
    });
  });

  it('submitted, the red warning reaches the reviewer’s board (and not a stranger’s)', async () => {
    const r = await report();
    expect((await wugang.send('POST', `/api/monitoring/${roundId}/units/${wg}/transitions`, { action: 'submit', version: r.report.version })).statusCode).toBe(
      200,
    );
    expect((await wugang.send('PUT', `/api/monitoring/${roundId}/units/${wg}`, { version: r.report.version + 1, indicators: [], budget: [] })).statusCode).toBe(
      423,
    );
    const board = (await shaoyang.get(`/api/monitoring/${roundId}/board`)).json();
    const row = board.rows.find((x: { unitId: string }) => x.unitId === wg);
    expect(row).toMatchObject({ status: 'submitted', reds: 2 });
    expect(row.indicators.find((i: { code: string }) => i.code === '2.1.1')).toMatchObject({
      warning: 'red',
      likelihood: '完全不可能',
      likelihoodDeclared: '有可能',
    });
    expect((await hunanReviewer.get(`/api/monitoring/${roundId}/board`)).statusCode).toBe(200);
    const stranger = await env.loginAs('other_county', 'filler', (await unitRepository(env.store.db).find('430000'))!.id);
    expect((await stranger.get(`/api/monitoring/${roundId}/units/${wg}`)).statusCode).toBe(200); // the province reads below
    const sibling = await env.loginAs('sibling_filler', 'filler', wg);
    expect((await sibling.get(`/api/monitoring/${roundId}/board`)).statusCode).toBe(404); // 邵阳's board is above 武冈
    const xlsx = await shaoyang.get(`/api/monitoring/${roundId}/board/export`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });

  it('the exported 运行监控表 gives the same figures through `jixiao monitor`', async () => {
    const res = await wugang.get(`/api/monitoring/${roundId}/units/${wg}/export`);
    expect(res.statusCode).toBe(200);
    const p = join(dir, 'wugang.xlsx');
    writeFileSync(p, res.rawPayload);
    let out = '';
    const code = await run(['monitor', p, '--json'], { out: (t) => (out += t), err: () => {} });
    expect(code).toBe(0);
    const j = JSON.parse(out);
    expect(j.timeProgress).toBe('49.59');
    expect(j.indicators.find((i: { code: string }) => i.code === '2.1.1')).toEqual({
      code: '2.1.1',
      progress: '25.00',
      gap: '-24.59',
      warning: 'red',
      forecast: '50.41',
      likelihood: '完全不可能',
    });
    expect(j.overall).toEqual({ budget: '160.50', executed: '65.00', executionRate: '40.50', gap: '-9.09', warning: null });
    // the level row reads back with its level and judgement
    expect(j.indicators.find((i: { code: string }) => i.code === '2.2.1')).toMatchObject({ warning: 'yellow', likelihood: '有可能' });
    // the sheet prints the level chosen and, for level rows, the level reached against the target
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('运行监控表')!;
    const rowOf = (code: string) => {
      for (let n = 1; n <= ws.rowCount; n++) if (ws.getCell(n, 1).text === code && ws.getCell(n, 2).text !== '') return ws.getRow(n);
      throw new Error(code);
    };
    const q = rowOf('2.2.1');
    expect([q.getCell(4).text, q.getCell(6).text, q.getCell(8).text, q.getCell(9).text]).toEqual([
      '妇女儿童权益保障水平提高',
      '基本达到',
      '基本达到，未达目标（达到）',
      '黄色预警',
    ]);
    expect(rowOf('2.2.2').getCell(8).text).toBe('96，已达目标（95）');
  });

  it('the reviewer approves the report', async () => {
    const r = await report(shaoyang);
    expect(
      (await shaoyang.send('POST', `/api/monitoring/${roundId}/units/${wg}/transitions`, { action: 'approve', version: r.report.version })).statusCode,
    ).toBe(200);
    expect((await report()).report.status).toBe('approved');
  });
});

describe('adjustment batch and the year-end 自评', () => {
  it('the filler proposes old → new with a reason; the reviewer approves; every batch is kept', async () => {
    expect(
      (await wugang.send('POST', `/api/targets/${targetId}/adjustments`, { reason: ' ', changes: [{ indicatorCode: '2.1.1', to: '80' }] })).statusCode,
    ).toBe(400);
    expect(
      (await wugang.send('POST', `/api/targets/${targetId}/adjustments`, { reason: '无变化', changes: [{ indicatorCode: '2.1.1', to: '100' }] })).statusCode,
    ).toBe(400);
    const res = await wugang.send('POST', `/api/targets/${targetId}/adjustments`, {
      reason: '上级调减年度任务',
      changes: [{ indicatorCode: '2.1.1', to: '80' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(
      (await wugang.send('POST', `/api/targets/${targetId}/adjustments`, { reason: '再调', changes: [{ indicatorCode: '2.1.1', to: '70' }] })).statusCode,
    ).toBe(409);
    let t = await target(shaoyang);
    const batch = t.adjustments[0]!;
    expect(batch).toMatchObject({ batchNo: 1, status: 'submitted', changes: [{ indicatorCode: '2.1.1', from: '100', to: '80' }] });
    expect((await wugang.send('POST', `/api/adjustments/${batch.id}/transitions`, { action: 'approve', version: batch.version })).statusCode).toBe(403);
    expect((await shaoyang.send('POST', `/api/adjustments/${batch.id}/transitions`, { action: 'approve', version: batch.version })).statusCode).toBe(200);
    t = await target();
    expect(t.indicators.find((i) => i.code === '2.1.1')!.value).toBe('80');
    expect(t.adjustments[0]).toMatchObject({ status: 'approved' });
  });

  it('the 自评 of the year reads the approved (adjusted) targets, read-only, and says so', async () => {
    const evalId = await evaluationRepository(env.store.db).create({
      unitId: wg,
      year: YEAR,
      frameworkId: fwId,
      outline: 'departmentWide',
      title: '2023年度自评',
    });
    let e = (await wugang.get(`/api/evaluations/${evalId}`)).json();
    const t211 = () => e.indicators.find((i: { indicatorCode: string }) => i.indicatorCode === '2.1.1');
    expect(t211().target).toBe('80');
    const section = e.sections.find((s: { key: string }) => s.key === '999');
    expect(section.paragraphs[0]).toContain('“年度重点工作任务完成率”年度目标值经第1批调整，由“100”调整为“80”（理由：上级调减年度任务）');
    // typing over the target changes nothing
    const content = {
      ...e,
      indicators: e.indicators.map((i: { indicatorCode: string }) => (i.indicatorCode === '2.1.1' ? { ...i, target: '50', actual: '78' } : i)),
    };
    const saved = await wugang.send('PUT', `/api/evaluations/${evalId}`, { version: content.version, content: contentOf(content) });
    expect(saved.statusCode, saved.body).toBe(200);
    e = (await wugang.get(`/api/evaluations/${evalId}`)).json();
    expect(t211()).toMatchObject({ target: '80', actual: '78' });
    expect(e.sections.filter((s: { key: string }) => s.key === '999')).toHaveLength(1);
    const md = await wugang.get(`/api/evaluations/${evalId}/report?format=md`);
    expect(md.body).toContain('绩效目标调整情况');
  });
});

describe('整改台账', () => {
  it('raised by a reviewer, answered by the filler, carried into next year until closed', async () => {
    expect((await wugang.send('POST', `/api/units/${wg}/rectifications`, { year: YEAR, problem: 'p', requiredFix: 'f' })).statusCode).toBe(403);
    const res = await shaoyang.send('POST', `/api/units/${wg}/rectifications`, {
      year: YEAR,
      problem: '项目支出执行偏慢',
      requiredFix: '9月底前执行率达到75%',
      roundId,
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id;
    const next = (await wugang.get(`/api/units/${wg}/targets?year=${YEAR + 1}`)).json();
    expect(next.rectifications.map((r: { id: string }) => r.id)).toContain(id); // (the demo's 2022 item is open too)
    const answered = await wugang.send('PUT', `/api/rectifications/${id}`, { version: 1, answer: '已加快支付', evidence: '支付凭证' });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({ status: 'answered', source: 'monitoring' });
    expect((await wugang.send('PUT', `/api/rectifications/${id}`, { version: 2, status: 'closed' })).statusCode).toBe(403);
    expect((await shaoyang.send('PUT', `/api/rectifications/${id}`, { version: 2, status: 'closed' })).json()).toMatchObject({ status: 'closed' });
    const ids = async (year: number) => (await wugang.get(`/api/units/${wg}/rectifications?year=${year}`)).json().items.map((r: { id: string }) => r.id);
    expect(await ids(YEAR + 1)).not.toContain(id); // closed: no longer carried
    expect(await ids(YEAR)).toContain(id); // but kept in its own year
  });

  it('every write is audited', async () => {
    const actions = (await auditRepository(env.store.db).list({ unitId: wg, limit: 200 })).map((a) => a.action);
    for (const a of [
      'targets.create',
      'targets.save',
      'targets.submit',
      'targets.return',
      'targets.approve',
      'targets.adjust',
      'targets.adjustment.approve',
      'monitoring.save',
      'monitoring.submit',
      'monitoring.approve',
      'rectification.raise',
      'rectification.answer',
      'rectification.close',
    ]) {
      expect(actions, a).toContain(a);
    }
    expect((await auditRepository(env.store.db).verify()).ok).toBe(true);
  });
});
