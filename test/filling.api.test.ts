// The filler's year through the HTTP API (issue 14): start an evaluation, the scored indicator table
// with computed actuals, typed values checked, completeness, withdraw until opened, delete a draft,
// units by any name, and 邵阳's queue over the 示例 counties.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDataset } from '../src/demo/dataset.js';
import { sum } from '../src/domain/decimal.js';
import type { CompletenessItem } from '../src/domain/completeness.js';
import type { Evaluation } from '../src/domain/types.js';
import type { Dashboard, IndicatorTable, Workbench } from '../src/domain/wire.js';
import { addDays, beijingToday } from '../src/domain/deadlines.js';
import { contentOf } from '../src/services/evaluations.js';
import { settingsRepository } from '../src/store/settings.js';
import { auditRepository } from '../src/store/audit.js';
import { demoApp, type Client } from './helpers/app.js';

let env: Awaited<ReturnType<typeof demoApp>>;
let wugang: Client;
let shaoyang: Client;
let wugangUnit: string;
let wg2022: string;

const load = async (c: Client, id: string) => (await c.get(`/api/evaluations/${id}`)).json() as Evaluation;
const table = async (c: Client, id: string) => (await c.get(`/api/evaluations/${id}/indicators`)).json() as IndicatorTable;
const row = (t: IndicatorTable, code: string) => t.rows.find((r) => r.code === code)!;

let loadDays: string[];

beforeAll(async () => {
  const before = beijingToday();
  env = await demoApp(demoDataset);
  loadDays = [before, beijingToday()]; // the same day but across 北京 midnight
  wugang = await env.login('wugang');
  shaoyang = await env.login('shaoyang');
  const list = (await wugang.get('/api/evaluations?year=2022')).json() as { evaluations: { id: string; unitId: string; projectCode: string | null }[] };
  const own = list.evaluations.find((e) => e.projectCode === null)!;
  wg2022 = own.id;
  wugangUnit = own.unitId;
});
afterAll(async () => {
  await env?.app.close();
  await env?.store.close();
});

describe('the indicator table of 武冈 2022', () => {
  it('computes actuals from its own figures, shows formula and inputs, scores them, totals and grades', async () => {
    const t = await table(wugang, wg2022);
    expect(t.framework.code).toBe('department-wide');
    expect(row(t, '1.1.1')).toMatchObject({ actual: '100', score: '10.00', computed: { formula: '由数据计算：153.98 ÷ 153.98 = 100%' } });
    expect(row(t, '1.1.1').computed!.inputs.map((i) => [i.label, i.value])).toEqual([
      ['本年支出', '153.98'],
      ['年初结转和结余', '0'],
      ['本年收入', '153.98'],
    ]);
    expect([row(t, '1.1.2').actual, row(t, '1.2.1').actual, row(t, '2.1.2').actual]).toEqual(['0', '100', '104.04']);
    expect(row(t, '2.1.2').explanation).toBe('104.04 ÷ 100 = 104.04%，按100%计 × 15 = 15.00');
    expect(row(t, '2.2.2')).toMatchObject({ sample: true, computed: null });
    expect([t.total, t.grade, t.gradeLabel, t.complete]).toEqual(['98.24', 'excellent', '优', true]);
  });

  it('changing 本年支出 changes 预算执行率 and the score; a typed actual on a computed leaf is overwritten', async () => {
    const e = await load(wugang, wg2022);
    const content = structuredClone(contentOf(e));
    content.budget[0]!.rows.total = { opening: '0', income: '153.98', expenditure: '150', closing: '3.98' };
    content.budget[0]!.rows.basic = { opening: '0', income: '153.98', expenditure: '150', closing: '3.98' };
    content.indicators = content.indicators.map((v) => (v.indicatorCode === '1.1.1' ? { ...v, actual: '55' } : v));
    const res = await wugang.send('PUT', `/api/evaluations/${wg2022}`, { version: e.version, content });
    expect(res.statusCode, res.body).toBe(200);
    const saved = res.json() as Evaluation;
    expect(saved.indicators.find((v) => v.indicatorCode === '1.1.1')).toMatchObject({ actual: '97.42', score: '9.74' });
    expect(saved.indicators.find((v) => v.indicatorCode === '1.1.2')).toMatchObject({ actual: '2.58', score: '4' });
    expect(saved.totalScore).toBe('96.75'); // (83.5 − 0.26 − 1) ÷ 85 × 100 = 96.752…
    // and back, so the other tests see the seed
    const back = contentOf(saved);
    back.budget = e.budget;
    expect((await wugang.send('PUT', `/api/evaluations/${wg2022}`, { version: saved.version, content: back })).statusCode).toBe(200);
  });

  it('refuses values that are not numbers where a number is needed (400 naming each); normalises ９８％', async () => {
    const e = await load(wugang, wg2022);
    const content = contentOf(e);
    content.indicators = content.indicators.map((v) => (v.indicatorCode === '2.2.2' ? { ...v, actual: 'NaN' } : v));
    const bad = await wugang.send('PUT', `/api/evaluations/${wg2022}`, { version: e.version, content });
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { problems: unknown[] }).problems).toEqual([
      { indicatorCode: '2.2.2', field: 'actual', value: 'NaN', message: '指标 2.2.2“服务对象满意度”的实际完成值“NaN”不是一个数字（可写作 95、≥95%、10,361）' },
    ]);
    expect((await load(wugang, wg2022)).version).toBe(e.version); // nothing stored
    content.indicators = content.indicators.map((v) => (v.indicatorCode === '2.2.2' ? { ...v, actual: '９８％' } : v));
    const ok = await wugang.send('PUT', `/api/evaluations/${wg2022}`, { version: e.version, content });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((ok.json() as Evaluation).indicators.find((v) => v.indicatorCode === '2.2.2')).toMatchObject({ actual: '98%', score: '10' });
  });

  it('keeps the 两癌 measures as numbers: 10361 / 10780, 救助人数 31, 救助金 31 万元', async () => {
    const e = await load(wugang, wg2022);
    const p = e.keyProjects.find((k) => k.code === 'liangai')!;
    expect([p.target, p.actual, p.note]).toEqual(['10361', '10780', null]);
    expect(p.measures!.map((m) => [m.key, m.name, m.kind, m.unitOfMeasure, m.actual])).toEqual([
      ['reliefFunds', '救助金', 'money', '万元', '31'],
      ['reliefPeople', '救助人数', 'count', '人', '31'],
    ]);
  });
});

describe('starting, deleting and withdrawing', () => {
  let created: Evaluation;

  it('creates 武冈 2023 from the 2022 profile and targets; a second time is 409; a reviewer may not', async () => {
    const res = await wugang.send('POST', '/api/evaluations', { unitId: wugangUnit, year: 2023 });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json() as { evaluation: Evaluation; carriedOver: { profileFromYear: number; targetsFromYear: number; targets: number } };
    created = body.evaluation;
    expect(body.carriedOver).toEqual({ profileFromYear: 2022, targetsFromYear: 2022, targets: 10 });
    expect(created).toMatchObject({
      year: 2023,
      status: 'draft',
      title: '2023年度武冈市妇女联合会整体支出绩效自评报告',
      framework: { code: 'department-wide' },
    });
    expect(created.profile).toMatchObject({ authorizedPosts: 5, staffActual: 5 });
    expect(created.indicators.find((v) => v.indicatorCode === '2.2.2')).toMatchObject({ target: '≥90%', actual: null });
    expect(created.indicators.find((v) => v.indicatorCode === '1.2.1')).toMatchObject({ actual: '100' }); // computed from the carried profile
    expect(created.keyProjects.map((k) => [k.code, k.target, k.actual, (k.measures ?? []).map((m) => m.name)])).toEqual([
      ['liangai', null, null, ['救助金', '救助人数']],
    ]);
    expect(created.sections.map((s) => s.title).slice(0, 2)).toEqual(['部门基本情况', '机构、人员构成']);

    const again = await wugang.send('POST', '/api/evaluations', { unitId: wugangUnit, year: 2023 });
    expect(again.statusCode).toBe(409);
    expect((again.json() as { existingId: string }).existingId).toBe(created.id);
    expect((await shaoyang.send('POST', '/api/evaluations', { unitId: wugangUnit, year: 2024 })).statusCode).toBe(403);
    const log = await auditRepository(env.store.db).list({ limit: 50 });
    expect(log.find((l) => l.action === 'evaluation.create')).toMatchObject({ entityId: created.id });
  });

  it('lists what is still empty', async () => {
    const res = (await wugang.get(`/api/evaluations/${created.id}/completeness`)).json() as { complete: boolean; items: CompletenessItem[] };
    expect(res.complete).toBe(false);
    const keys = res.items.map((i) => i.key);
    expect(keys).toEqual(
      expect.arrayContaining(['report:reportDate', 'budget:general', 'indicator:2.2.2:actual', 'indicator:1.1.1:actual', 'keyProject:liangai:main:actual']),
    );
    expect(res.items.find((i) => i.key === 'indicator:1.1.1:actual')!.label).toMatch(/^指标 1.1.1 预算执行率：无法计算/);
    // the English screen reads English words around the names as written
    expect(res.items.find((i) => i.key === 'indicator:1.1.1:actual')!.labelEn).toMatch(
      /^Indicator 1.1.1 预算执行率: cannot be computed \(no budget execution figures/,
    );
    // the reason in the brackets is English too (the name before the colon stays as written)
    expect(res.items.find((i) => i.key === 'indicator:1.1.1:actual')!.labelEn.split(': ')[1]).not.toMatch(/[\u3400-\u9fff]/);
    expect(res.items.find((i) => i.key === 'report:reportDate')!.labelEn).toBe('Report date is empty');
    expect(res.items.find((i) => i.key === 'budget:general')!.labelEn).toMatch(/^General public budget: /);
    expect(res.items.filter((i) => !/[a-z]{4,}/.test(i.labelEn))).toEqual([]);
  });

  it('a new 自评 has every chapter of the outline; its empty 六–九 block 提交, named (the completeness check asked only for what existed)', async () => {
    const top = created.sections.filter((s) => s.parentKey === null).map((s) => `${s.numbering ?? ''}${s.title}`);
    expect(top).toEqual([
      '一、部门基本情况',
      '二、一般公共预算支出情况',
      '三、政府性基金预算支出情况',
      '四、国有资本经营预算支出情况',
      '五、社会保险基金预算支出情况',
      '六、部门整体支出绩效情况',
      '七、存在的问题及原因分析',
      '八、下一步改进措施',
      '九、部门整体支出绩效自评结果拟应用和公开情况',
      '十、其他需要说明的情况',
    ]);
    const res = (await wugang.get(`/api/evaluations/${created.id}/completeness`)).json() as { items: CompletenessItem[] };
    expect(res.items.filter((i) => i.area === 'sections' && i.blocking).map((i) => i.label)).toEqual([
      '六、部门整体支出绩效情况：正文为空（报告必备章节），不能提交',
      '七、存在的问题及原因分析：正文为空（报告必备章节），不能提交',
      '八、下一步改进措施：正文为空（报告必备章节），不能提交',
      '九、部门整体支出绩效自评结果拟应用和公开情况：正文为空（报告必备章节），不能提交',
    ]);
    const refused = await wugang.send('POST', `/api/evaluations/${created.id}/transitions`, { action: 'submit', version: created.version });
    expect(refused.statusCode, refused.body).toBe(422);
    expect((refused.json() as { message: string; chapters: string[] }).message).toBe(
      '报告必备章节“六、部门整体支出绩效情况”、“七、存在的问题及原因分析”、“八、下一步改进措施”、“九、部门整体支出绩效自评结果拟应用和公开情况”未填写，不能提交',
    );
  });

  it('deletes a draft with the version seen (409 when stale, 403 for a reviewer), audited with its content', async () => {
    expect((await shaoyang.send('DELETE', `/api/evaluations/${created.id}?version=${created.version}`)).statusCode).toBe(403);
    expect((await wugang.send('DELETE', `/api/evaluations/${created.id}?version=999`)).statusCode).toBe(409);
    const res = await wugang.send('DELETE', `/api/evaluations/${created.id}?version=${created.version}`);
    expect(res.statusCode, res.body).toBe(200);
    expect((await wugang.get(`/api/evaluations/${created.id}`)).statusCode).toBe(404);
    const entry = (await auditRepository(env.store.db).list({ limit: 50 })).find((l) => l.action === 'evaluation.delete')!;
    expect(entry.entityId).toBe(created.id);
  });

  it('withdraws a submission nobody opened; once the reviewer opened it, 409', async () => {
    const submit = async () => {
      const e = await load(wugang, wg2022);
      const r = await wugang.send('POST', `/api/evaluations/${wg2022}/transitions`, { action: 'submit', version: e.version });
      expect(r.statusCode, r.body).toBe(200);
      return r.json() as Evaluation;
    };
    let e = await submit();
    expect((await wugang.get(`/api/evaluations/${wg2022}/actions`)).json()).toEqual({ actions: ['withdraw'] });
    const w = await wugang.send('POST', `/api/evaluations/${wg2022}/transitions`, { action: 'withdraw', version: e.version });
    expect(w.statusCode, w.body).toBe(200);
    expect((w.json() as Evaluation).status).toBe('draft');
    expect((await wugang.send('DELETE', `/api/evaluations/${wg2022}?version=999`)).statusCode).toBe(409); // a withdrawn draft is a draft

    e = await submit();
    expect((await shaoyang.get(`/api/evaluations/${wg2022}`)).statusCode).toBe(200); // the reviewer opens it
    const late = await wugang.send('POST', `/api/evaluations/${wg2022}/transitions`, { action: 'withdraw', version: e.version });
    expect(late.statusCode).toBe(409);
    expect((late.json() as { message: string; openedAt: string }).message).toMatch(/^审核人已于 .+ 打开，不能撤回$/);
    expect((await wugang.get(`/api/evaluations/${wg2022}/actions`)).json()).toEqual({ actions: [] });
    const header = ((await wugang.get('/api/evaluations?year=2022')).json() as { evaluations: { id: string; openedAt: string | null }[] }).evaluations.find(
      (h) => h.id === wg2022,
    )!;
    expect(header.openedAt).not.toBeNull();
    // a submitted evaluation cannot be deleted
    expect((await wugang.send('DELETE', `/api/evaluations/${wg2022}?version=${e.version}`)).statusCode).toBe(423);
  });
});

describe('frameworks declare computed leaves', () => {
  it('accepts a source with a rule preset, returns it, and refuses an unknown one (400)', async () => {
    const admin = await env.login('admin');
    const leaf = {
      code: '1.1',
      name: '在职人员控制率',
      unit: '%',
      operator: '<=',
      weight: '100',
      rule: { kind: 'deduction', perUnit: 0.1, unitSize: 1, threshold: 100, direction: 'over' },
    };
    const tree = (source: unknown) => [
      { code: '1', name: '预算配置', weight: '100' },
      { ...leaf, source },
    ];
    const res = await admin.send('POST', '/api/frameworks', {
      code: 'src-probe',
      name: '来源测试',
      kind: 'custom',
      indicators: tree({ kind: 'staffControl' }),
    });
    expect(res.statusCode, res.body).toBe(201);
    const fw = (await admin.get(`/api/frameworks/${(res.json() as { id: string }).id}`)).json() as { indicators: { code: string; source?: unknown }[] };
    expect(fw.indicators.find((i) => i.code === '1.1')!.source).toEqual({ kind: 'staffControl' });
    expect((await admin.send('POST', '/api/frameworks', { code: 'src-bad', name: 'x', kind: 'custom', indicators: tree({ kind: 'guess' }) })).statusCode).toBe(
      400,
    );
    const builtin = (await admin.get('/api/frameworks?code=department-wide')).json() as { frameworks: { id: string }[] };
    const dw = (await admin.get(`/api/frameworks/${builtin.frameworks[0]!.id}`)).json() as { indicators: { code: string; source?: { kind: string } }[] };
    const computedLeaves = dw.indicators.filter((i) => i.source).sort((a, b) => a.code.localeCompare(b.code));
    expect(computedLeaves.map((i) => [i.code, i.source!.kind])).toEqual([
      ['1.1.1', 'budgetExecution'],
      ['1.1.2', 'carryoverRate'],
      ['1.1.3', 'budgetAdjustmentRate'],
      ['1.1.4', 'threePublicControl'],
      ['1.1.5', 'procurementExecution'],
      ['1.2.1', 'staffControl'],
      ['2.1.2', 'keyProjectCompletion'],
    ]);
  });
});

describe('units by any name', () => {
  it('resolves 湖南省妇联, 省妇联 and 430000 to the same unit', async () => {
    const ids = [];
    for (const q of ['湖南省妇联', '省妇联', '430000', '湖南省妇女联合会']) {
      const res = await shaoyang.get(`/api/units/resolve?q=${encodeURIComponent(q)}&year=2022`);
      ids.push(res.statusCode === 200 ? (res.json() as { unit: { code: string } }).unit.code : res.statusCode);
    }
    const admin = await env.login('admin');
    for (const q of ['湖南省妇联', '省妇联', '430000']) {
      expect(((await admin.get(`/api/units/resolve?q=${encodeURIComponent(q)}&year=2022`)).json() as { unit: { code: string } }).unit.code).toBe('430000');
    }
    expect(ids).toEqual([404, 404, 404, 404]); // 邵阳's reviewer does not see the province
  });
  it('an ambiguous name lists the candidates with codes (409); the picker ranks name matches first', async () => {
    const res = await shaoyang.get(`/api/units/resolve?q=${encodeURIComponent('邵阳妇联')}&year=2022`);
    expect(res.statusCode).toBe(409);
    expect((res.json() as { candidates: { code: string; name: string }[] }).candidates.map((c) => [c.code, c.name])).toEqual([
      ['430500', '邵阳市妇女联合会'],
      ['430523', '邵阳县妇女联合会'],
    ]);
    const search = (await shaoyang.get(`/api/units/search?q=${encodeURIComponent('武冈妇女联合会')}&year=2022`)).json() as {
      units: { code: string; matchedBy: string }[];
    };
    expect(search.units[0]).toMatchObject({ code: '430581', matchedBy: 'alias' });
  });
});

describe("邵阳's queue and dashboard over the 示例 counties", () => {
  it('counts the demo deadline from the day it is loaded: days left for 武冈, nobody late yet', async () => {
    // it was 2023-07-31, "已逾期 1225 天" on the filler's first screen in December 2026
    const own = ((await wugang.get('/api/workbench?year=2022')).json() as Workbench).deadlines.find((d) => d.kind === 'evaluation')!;
    expect(loadDays.map((d) => addDays(d, 30))).toContain(own.dueDate);
    expect(own.state).toBe('done'); // submitted above
    expect(own.daysLeft).toBeGreaterThanOrEqual(29);
    expect(own.daysLeft).toBeLessThanOrEqual(30);
    expect(((await shaoyang.get('/api/workbench?year=2022')).json() as Workbench).overdue).toEqual([]);
  });
  it('counts the open 6月30日 运行监控 deadline from the load day too: a 示例 county read “已逾期 1606 天”', async () => {
    const { workbenchService } = await import('../src/services/workbench.js');
    const { unitRepository } = await import('../src/store/units.js');
    const longhui = (await unitRepository(env.store.db).find('430524'))!.id;
    const filler = { kind: 'user' as const, userId: null, username: 'longhui', grants: [{ role: 'filler' as const, unitId: longhui }] };
    const round = (await workbenchService(env.store.db).forActor(filler, 2022, loadDays[1]!)).deadlines.find((d) => d.kind === 'monitoring')!;
    expect(round.title).toBe('2022年截至6月30日运行监控');
    expect(loadDays.map((d) => addDays(d, 30))).toContain(round.dueDate);
    expect(round.state).toBe('open');
    expect(round.daysLeft).toBeGreaterThanOrEqual(29);
  });

  it('has several counties to review, and once the deadline has passed a late draft and a missing one, marked 示例', async () => {
    const settings = settingsRepository(env.store.db);
    expect(await settings.setDeadline(2022, '*', await settings.deadline(2022, '*'), '2023-07-31')).toBe(true);
    const wb = (await shaoyang.get('/api/workbench?year=2022')).json() as Workbench;
    expect(wb.toReview.length).toBeGreaterThanOrEqual(5);
    // the counties are 示例; 武冈 (submitted above) is the real seed
    expect(wb.toReview.filter((h) => h.unitId !== wugangUnit).every((h) => h.sample && h.totalScore !== null)).toBe(true);
    expect(wb.toReview.find((h) => h.unitId === wugangUnit)).toMatchObject({ sample: false, totalScore: '98.24' });
    expect(wb.overdue.map((o) => [o.unitName, o.status])).toEqual(
      expect.arrayContaining([
        ['隆回县妇女联合会', 'draft'],
        ['城步苗族自治县妇女联合会', 'missing'],
      ]),
    );
  });
  it('says a missed target without a reason once per indicator (the checker’s and the score table’s said it twice)', async () => {
    const list = (await shaoyang.get('/api/evaluations?year=2022')).json() as { evaluations: { id: string; title: string }[] };
    const findingsOf = async (county: string) => {
      const e = list.evaluations.find((x) => x.title.startsWith(`2022年度${county}`))!;
      return ((await shaoyang.get(`/api/evaluations/${e.id}/findings`)).json() as { findings: { rule: string; message: string }[] }).findings;
    };
    // 新宁县's was submitted: 提交 requires every missed target explained, so it has no finding
    expect(await findingsOf('新宁县')).toEqual([]);
    // 新邵县's was returned with three missed targets unexplained
    const findings = await findingsOf('新邵县');
    const reasons = findings.filter((f) => /偏差原因/.test(f.message));
    const named = reasons.map((f) => /指标“([^”]+)”/.exec(f.message)![1]!);
    expect(named.sort()).toEqual(['社会效益', '结转结余率', '资产管理规范性'].sort()); // one each
    // the checker's, naming target and actual (the score table's said the same again)
    expect(reasons.find((f) => f.message.includes('结转结余率'))).toMatchObject({
      rule: 'deviationReason',
      message: '指标“结转结余率”未达到年度指标值（目标 0，实际 11.4），须填写偏差原因分析及改进措施',
    });
    // it was 12 on such a report: four indicators twice, and three 年度资金总额 sums that counted 政府采购 as a source of funds
    expect(findings.length).toBe(3);
    expect(findings.some((f) => f.message.includes('不等于其中各项之和'))).toBe(false);
  });
  it('ranks the counties with scores and grades of every kind, and a trend over three years', async () => {
    const units = (await shaoyang.get('/api/units/search?q=430500&year=2022')).json() as { units: { id: string }[] };
    const d = (await shaoyang.get(`/api/dashboard/${units.units[0]!.id}?year=2022`)).json() as Dashboard;
    expect(d.children.length).toBe(12);
    expect(new Set(d.children.map((c) => c.grade).filter(Boolean))).toEqual(new Set(['excellent', 'good', 'poor']));
    expect(d.trend.filter((t) => t.actual !== null).map((t) => t.year)).toEqual(expect.arrayContaining([2020, 2021, 2022]));
  });
  it('rolls each 两癌 measure up the tree: 救助金 and 救助人数 of 邵阳 = the sums of its counties', async () => {
    const units = (await shaoyang.get('/api/units/search?q=430500&year=2022')).json() as { units: { id: string }[] };
    const keys = ['kp:liangai:m:reliefFunds:actual', 'kp:liangai:m:reliefPeople:actual'];
    const res = await shaoyang.get(`/api/rollups/${units.units[0]!.id}?year=2022&${keys.map((k) => `measure=${encodeURIComponent(k)}`).join('&')}`);
    expect(res.statusCode, res.body).toBe(200);
    const values = (res.json() as { values: Record<string, { total: string; reporting: number }> }).values;
    const measure = (key: string) =>
      demoDataset.evaluations
        .filter((e) => e.year === 2022)
        .flatMap((e) => e.keyProjects.flatMap((k) => (k.measures ?? []).filter((m) => m.key === key).map((m) => m.actual!)));
    const funds = measure('reliefFunds');
    expect(funds).toHaveLength(11); // 武冈 (31, from the seed) and the ten counties with a 2022 evaluation
    expect(values[keys[0]!]).toEqual({ total: sum(funds), reporting: 11 });
    expect(values[keys[1]!]!.total).toBe(sum(measure('reliefPeople')));
  });
});
