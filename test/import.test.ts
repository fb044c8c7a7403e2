// Old reports → draft evaluations: the CLI (in-process run()), the docx reader path, and the HTTP API.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importEvaluation } from '../src/documents/import/evaluation.js';
import { bufferToDocument } from '../src/documents/import/read.js';
import { parseText } from '../src/documents/import/structure.js';
import type { Evaluation } from '../src/domain/types.js';
import { SYSTEM_ACTOR } from '../src/domain/access.js';
import { hashPassword } from '../src/services/auth.js';
import { importIntoDraft } from '../src/services/import.js';
import type { CheckedRelations } from '../src/services/importFile.js';
import type { LocatedRelation } from '../src/domain/checks/index.js';
import { evaluationRepository } from '../src/store/evaluations.js';
import { auditRepository } from '../src/store/audit.js';
import { unitRepository } from '../src/store/units.js';
import { userRepository } from '../src/store/users.js';
import { demoApp, type Client } from './helpers/app.js';
import { cliDemo, runCli } from './helpers/cli.js';

const SEED_002 = 'fixtures/seeds/002_279d50849b4f1aa3.txt';
const SEED_000 = 'fixtures/seeds/000_32ee0b52d08abfcb.txt';
const seed002 = readFileSync(SEED_002, 'utf8');
// our words, invented figures: 本年支出880.4万元 whose parts add to 890.4 (line 8)
const planted = readFileSync('test/fixtures/import/planted-error.txt', 'utf8');

const demo = cliDemo('jixiao-import-');
const dir = demo.dir;

const cli = (...args: string[]) => runCli(args);
const exported = async (unit: string, year: number): Promise<Evaluation> => {
  const r = await cli('export', '--unit', unit, '--year', String(year), '--data', dir);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out) as Evaluation;
};

/** Seed 002 as a .docx, one paragraph per line; optionally the 一般公共预算 sentences as a table. */
async function seed002Docx(budgetAsTable = false): Promise<Buffer> {
  const lines = seed002
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const children: (Paragraph | Table)[] = [];
  const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] });
  for (const l of lines) {
    if (budgetAsTable && /年初结转和结余/.test(l)) continue;
    children.push(new Paragraph({ children: [new TextRun(l)] }));
    if (budgetAsTable && l === '二、一般公共预算支出情况') {
      const rows = [
        ['项目（万元）', '年初结转和结余', '本年收入', '本年支出', '年末结转和结余'],
        ['合计', '0', '153.98', '153.98', '0'],
        ['基本支出', '0', '153.98', '153.98', '0'],
        ['项目支出', '0', '0', '0', '0'],
      ];
      children.push(new Table({ rows: rows.map((r) => new TableRow({ children: r.map(cell) })) }));
    }
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/** A report nobody here wrote for, as .docx (our words, invented figures): a budget paragraph in 元 and
 * 万元, a 三公 table flattened to "a | b | c" paragraphs, a 项目自评表 flattened to one paragraph, a Word table. */
async function strangerDocx(): Promise<Buffer> {
  const p = (t: string) => new Paragraph({ children: [new TextRun(t)] });
  const row = (cells: string[]) => new TableRow({ children: cells.map((c) => new TableCell({ children: [p(c)] })) });
  const children = [
    p('2024年度某某县档案馆部门整体支出绩效自评报告'),
    p('一、部门基本情况'),
    p('本馆核定编制12人，实有在职人员11人，退休人员3人。'),
    p('二、一般公共预算支出情况'),
    p(
      '2024年本馆一般公共预算财政拨款收入 1,286,400.00 元，年初结转和结余 36,500.00 元。2024年支出128.75万元，其中：基本支出96.30万元，项目支出32.45万元；年末结转和结余3.53万元。',
    ),
    p('三、“三公”经费情况'),
    p('单位:万元'),
    p('项 目 | 预 算 数 | 决 算 数 |'),
    p('合 计 | 6.00 | 4.82 |'),
    p('公务接待费 | 2.00 | 1.32 |'),
    p('公务用车运行维护费 | 4.00 | 3.50 |'),
    p('四、项目支出绩效自评表'),
    p('项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 32.45 32.45 30.80 10 94.92% 9.5'),
    new Table({ rows: [row(['项目', '预算数', '决算数']), row(['因公出国（境）费', '0.00', '0.00'])] }),
  ];
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

const SEED_002_TITLES = [
  '部门基本情况',
  '机构、人员构成',
  '单位主要职责',
  '一般公共预算支出情况',
  '基本支出情况',
  '项目支出情况',
  '政府性基金预算支出情况',
  '国有资本经营预算支出情况',
  '社会保险基金预算支出情况',
  '部门整体支出绩效情况',
  '注重理论武装，妇联系统坚定信仰，呈现新气象。',
  '不断突显引领，妇女工作发展成果呈现新成效。',
  '大力深化举措，妇女儿童权益保障呈现新模式。',
  '持续促进家和，家庭家教家风建设呈现新风尚。',
  '推进组织建设，党建带妇建呈现新架构。',
  '存在的问题及原因分析',
  '下一步改进措施',
  '部门整体支出绩效自评结果拟应用和公开情况',
  '其他需要说明的情况',
];

function expectSeed002(e: Evaluation) {
  expect(e.status).toBe('draft');
  expect(e.title).toBe('2022年度武冈市妇女联合会整体支出绩效自评报告');
  expect(e.reportDate).toBe('2023-07-18');
  const general = e.budget.find((b) => b.budgetType === 'general')!;
  expect(general.rows.total).toEqual({ opening: '0', income: '153.98', expenditure: '153.98', closing: '0' });
  expect(general.rows.basic).toEqual({ opening: '0', income: '153.98', expenditure: '153.98', closing: '0' });
  expect(general.rows.project).toEqual({ opening: '0', income: '0', expenditure: '0', closing: '0' });
  expect(e.budget.filter((b) => b.noActivity).map((b) => b.budgetType)).toEqual(['governmentFund', 'stateCapital', 'socialInsurance']);
  expect(e.keyProjects.map((k) => [k.code, k.target, k.actual])).toEqual([['liangai', '10361', '10780']]);
  expect(e.profile).toMatchObject({ authorizedPosts: 5, staffActual: 5, retired: 3, departments: ['办公室', '组宣部'] });
  expect(e.profile!.duties).toHaveLength(4);
  expect(e.sections.map((s) => s.title)).toEqual(SEED_002_TITLES);
  expect(e.sections.filter((s) => !s.parentKey).map((s) => s.numbering)).toEqual([
    '一、',
    '二、',
    '三、',
    '四、',
    '五、',
    '六、',
    '七、',
    '八、',
    '九、',
    '十、',
  ]);
}

describe('jixiao import (CLI)', () => {
  beforeAll(demo.open);
  afterAll(demo.close);

  it('--dry-run prints what was recognised and writes nothing', async () => {
    const r = await cli('import', SEED_002, '--unit', '武冈市妇联', '--year', '2023', '--dry-run', '--data', dir);
    expect(r.code, r.err).toBe(0);
    for (const s of [
      '2023-07-18',
      '编制 5 人',
      '在职 5 人',
      '退休 3 人',
      '办公室、组宣部',
      '本年收入 153.98',
      '无政府性基金预算支出',
      '目标 10361 人，完成 10780 人',
      '十、其他需要说明的情况',
      '未能归位（0）',
    ])
      expect(r.out).toContain(s);
    const none = await cli('export', '--unit', '武冈市妇联', '--year', '2023', '--data', dir);
    expect(none.code).toBe(1);
  });

  it('--dry-run needs neither a unit nor a year; writing needs a unit and says so', async () => {
    const r = await cli('import', SEED_002, '--dry-run', '--data', dir);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('本年收入 153.98');
    expect(r.out).toContain('目标 10361 人，完成 10780 人');
    const w = await cli('import', SEED_002, '--data', dir);
    expect(w.code).toBe(2);
    expect(w.err).toContain('--unit');
    expect(w.err).toContain('--dry-run');
  });

  it('--dry-run --json gives the draft, the unplaced list and the summary', async () => {
    const r = await cli('import', SEED_000, '--unit', '省妇联', '--year', '2017', '--dry-run', '--json');
    expect(r.code, r.err).toBe(0);
    const j = JSON.parse(r.out) as ReturnType<typeof importEvaluation>;
    expect(j.draft.outline).toBe('hunanProvincial');
    expect(j.draft.keyProjects[0]!.actual).toBe('1017600');
    expect(j.unplaced.length).toBeGreaterThan(0);
    expect(j.recognised.year).toBe(2017);
  });

  it('creates a new draft from seed 002 whose export holds the seed figures and headings', async () => {
    const r = await cli('import', SEED_002, '--unit', '武冈市妇联', '--year', '2023', '--data', dir);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('已创建草稿');
    expect(r.out).toContain('重点项目 1 个');
    const e = await exported('武冈市妇联', 2023);
    expect(e.year).toBe(2023);
    expect(e.framework.code).toBe('department-wide');
    expectSeed002(e);
  });

  it('creates a provincial draft from seed 000: 1.9亿 as its parts, 101.76万名 as 1017600', async () => {
    const r = await cli('import', SEED_000, '--unit', '湖南省妇女联合会', '--year', '2017', '--data', dir);
    expect(r.code, r.err).toBe(0);
    const e = await exported('湖南省妇女联合会', 2017);
    expect(e.framework.code).toBe('hunan-provincial');
    expect(e.budget).toEqual([]);
    const p = e.keyProjects.find((k) => k.code === 'liangai')!;
    expect(p.actual).toBe('1017600');
    expect(p.funding.filter((f) => f.category === '检查经费').map((f) => f.amount)).toEqual(['2473', '6823', '9810']);
    expect(e.sections.filter((s) => s.parentKey === '1').map((s) => s.title)).toHaveLength(16);
    expect(e.sections.find((s) => s.key === '2')).toMatchObject({ numbering: '二、', title: '重点民生实事项目', indicatorCode: '17' });
  });

  it('overwrites an editable draft through the save path (version bumps) and refuses a published one', async () => {
    const before = await exported('武冈市妇联', 2022);
    const r = await cli('import', SEED_002, '--unit', '430581', '--year', '2022', '--data', dir);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('已覆盖草稿');
    const after = await exported('武冈市妇联', 2022);
    expect(after.id).toBe(before.id);
    expect(after.version).toBe(before.version + 1);
    expectSeed002(after);
    const locked = await cli('import', SEED_000, '--unit', '省妇联', '--year', '2016', '--data', dir);
    expect(locked.code).toBe(1);
    expect(locked.err).toContain('published');
  });

  it('exit 2 for an unreadable file, exit 1 in one line for an unknown unit', async () => {
    const missing = await cli('import', join(dir, 'nope.txt'), '--unit', '武冈市妇联', '--year', '2022', '--data', dir);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('文件不存在');
    const bad = join(dir, 'broken.docx');
    writeFileSync(bad, 'not a zip');
    expect((await cli('import', bad, '--unit', '武冈市妇联', '--year', '2022', '--dry-run')).code).toBe(2);
    const unknown = await cli('import', SEED_002, '--unit', '不存在的单位', '--year', '2022', '--data', dir);
    expect(unknown.code).toBe(1);
    expect(unknown.err.trim().split('\n')).toHaveLength(1);
    expect(unknown.err).toContain('不存在的单位');
  });
});

describe('seed 002 as .docx', () => {
  const fromText = importEvaluation(parseText(seed002, { format: 'txt' }), { year: 2022 });

  it('gives the same budget, profile, key project and headings as the text', async () => {
    const doc = await bufferToDocument(await seed002Docx(), 'seed002.docx');
    expect(doc.source?.format).toBe('docx');
    const r = importEvaluation(doc, { year: 2022 });
    expect(r.draft.budget).toEqual(fromText.draft.budget);
    expect(r.draft.keyProjects).toEqual(fromText.draft.keyProjects);
    expect(r.draft.profile).toEqual(fromText.draft.profile);
    expect(r.draft.sections.map((s) => s.title)).toEqual(SEED_002_TITLES);
    expect(r.draft.reportDate).toBe('2023-07-18');
  });

  it('reads the 一般公共预算 figures from a Word table as well', async () => {
    const doc = await bufferToDocument(await seed002Docx(true), 'seed002-table.docx');
    expect(doc.tables.length).toBe(1);
    const r = importEvaluation(doc, { year: 2022 });
    expect(r.draft.budget).toEqual(fromText.draft.budget);
    expect(r.unplaced).toEqual([]);
  });
});

describe('import over HTTP', () => {
  let env: Awaited<ReturnType<typeof demoApp>>;
  let wugang: Client;
  let shaodong: Client;
  let shaoyang: Client;
  let wugangId: string;
  let shaodongId: string;
  const body = (text: string | Buffer, fileName = 'seed002.txt') => ({ fileName, contentBase64: Buffer.from(text).toString('base64') });

  beforeAll(async () => {
    env = await demoApp();
    const units = unitRepository(env.store.db);
    const [sy, wg] = await units.byCodes(['430500', '430581']);
    wugangId = wg!.id;
    // the demo data set may hold 邵东市妇联 already (its 示例 county units)
    let [sd] = await units.byCodes(['430582']);
    if (!sd) {
      [sd] = await units.insertMany([{ code: '430582', name: '邵东市妇女联合会', shortName: '邵东市妇联', type: '妇联', level: 'county' }]);
      await units.link([{ unitId: sd!.id, parentId: sy!.id, fromYear: 2016 }]);
    }
    shaodongId = sd!.id;
    const users = userRepository(env.store.db);
    const id = await users.insert({ username: 'shaodong', displayName: '邵东市妇联填报员', passwordHash: await hashPassword('jixiao-demo') });
    await users.grant(id, 'filler', sd!.id);
    wugang = await env.login('wugang');
    shaodong = await env.login('shaodong');
    shaoyang = await env.login('shaoyang');
  });
  afterAll(async () => {
    await env?.app.close();
    await env?.store.close();
  });

  it('previews a report: draft, unplaced and the recognised summary, nothing written', async () => {
    const res = await wugang.send('POST', '/api/import/preview', { ...body(seed002), year: 2022 });
    expect(res.statusCode, res.body).toBe(200);
    const j = res.json() as ReturnType<typeof importEvaluation>;
    expect(j.draft.budget[0]!.rows.total!.income).toBe('153.98');
    expect(j.draft.keyProjects[0]).toMatchObject({ target: '10361', actual: '10780' });
    expect(j.unplaced).toEqual([]);
    expect(j.recognised).toMatchObject({ year: 2022, reportDate: '2023-07-18', sections: 19, budgetRows: 3 });
    const list = (await wugang.get('/api/evaluations?year=2023')).json() as { evaluations: unknown[] };
    expect(list.evaluations).toEqual([]);
  });

  it("places a stranger's .docx the same through the CLI and the API, each figure with its sentence or table row", async () => {
    const own = mkdtempSync(join(tmpdir(), 'jixiao-stranger-'));
    const file = join(own, 'stranger.docx');
    writeFileSync(file, await strangerDocx());
    const viaCli = await cli('import', file, '--dry-run', '--json');
    rmSync(own, { recursive: true, force: true });
    expect(viaCli.code, viaCli.err).toBe(0);
    const res = await wugang.send('POST', '/api/import/preview', body(await strangerDocx(), 'stranger.docx'));
    expect(res.statusCode, res.body).toBe(200);
    for (const j of [JSON.parse(viaCli.out), res.json()] as ReturnType<typeof importEvaluation>[]) {
      const general = j.draft.budget.find((b) => b.budgetType === 'general')!;
      expect(general.rows.total).toEqual({ opening: '3.65', income: '128.64', expenditure: '128.75', closing: '3.53' });
      expect(general.rows.basic?.expenditure).toBe('96.3');
      expect(general.rows.project?.expenditure).toBe('32.45');
      expect(j.draft.threePublic.find((l) => l.item === 'total')).toEqual({ item: 'total', budget: '6', actual: '4.82' });
      expect(j.draft.threePublic.find((l) => l.item === 'reception')).toEqual({ item: 'reception', budget: '2', actual: '1.32' });
      expect(j.draft.budgetLines.find((l) => l.key === 'total')).toMatchObject({ initial: '32.45', adjusted: '32.45', executed: '30.8' });
      const income = j.recognised.placed.find((x) => x.cell === '一般公共预算 · 合计 · 本年收入')!;
      expect(income.sentence).toBe('2024年本馆一般公共预算财政拨款收入 1,286,400.00 元，年初结转和结余 36,500.00 元。');
      expect(j.recognised.placed.find((x) => x.cell === '公务接待费 · 决算数')!.sentence).toBe('表格：公务接待费 | 2.00 | 1.32');
      expect(j.recognised.placed.map((x) => x.value)).not.toContain('9.5');
    }
    expect(JSON.parse(viaCli.out).recognised.placed).toEqual((res.json() as ReturnType<typeof importEvaluation>).recognised.placed);
  });

  it('previews the relations the checker read, each with its verdict, reason and the figures to highlight', async () => {
    const res = await wugang.send('POST', '/api/import/preview', body(planted, 'planted.txt'));
    expect(res.statusCode, res.body).toBe(200);
    const { checked } = res.json() as { checked: CheckedRelations };
    expect(checked.summary).toMatchObject({ error: 1, rounding: 0, unsure: 0 });
    expect(checked.summary.total).toBe(checked.relations.length);
    expect(checked.summary.ok).toBeGreaterThanOrEqual(3);
    const wrong = checked.relations.filter((r) => r.verdict === 'error');
    expect(wrong).toHaveLength(1);
    expect(wrong[0]).toMatchObject({ kind: 'sum', stated: 880.4, computed: 890.4, statedText: '880.4万元', computedText: '890.4万元', line: 8 });
    expect(wrong[0]!.reason).toContain('基本支出 + 项目支出');
    expect(wrong[0]!.spans!.map((s) => wrong[0]!.text.slice(...s))).toEqual(['880.4万元', '700.4万元', '190万元']);
    expect(checked.relations.find((r) => r.kind === 'carryOver')).toMatchObject({ verdict: 'ok', stated: 8, computed: 8, line: 7 });
    expect(checked.relations.find((r) => r.kind === 'yoy')).toMatchObject({ verdict: 'ok', line: 10 });
    expect(checked.findings.map((f) => [f.severity, f.rule, f.location?.line])).toEqual([['error', 'sum', 8]]);
    // the seed's figures all hold: relations listed, none wrong
    const seed = (await wugang.send('POST', '/api/import/preview', body(seed002))).json() as { checked: CheckedRelations };
    expect(seed.checked.summary.error).toBe(0);
    expect(seed.checked.relations.length).toBeGreaterThan(0);
  });

  it('skips the relation check of a preview with too much text, and says so (the preview itself still works)', async () => {
    // beyond MAX_ANALYZED_CHARS (1 M characters) within the upload limits (20,000 lines): long lines
    const big = `${planted.replace(/\n/g, '')}\n`.repeat(Math.ceil(1_050_000 / planted.length));
    const res = await wugang.send('POST', '/api/import/preview', body(big, 'big.txt'));
    expect(res.statusCode, res.body).toBe(200);
    const { checked } = res.json() as { checked: CheckedRelations };
    expect(checked.skipped).toContain('未做数字关系检查');
    expect(checked.relations).toEqual([]);
  });

  it('refuses previews without login, from a non-filler, of bad files and of oversized bodies', async () => {
    expect((await env.app.inject({ method: 'POST', url: '/api/import/preview', payload: body(seed002) })).statusCode).toBe(401);
    expect((await shaoyang.send('POST', '/api/import/preview', body(seed002))).statusCode).toBe(403);
    const cases = [
      await wugang.send('POST', '/api/import/preview', body(seed002, 'seed.exe')),
      await wugang.send('POST', '/api/import/preview', body('not a zip at all', 'x.docx')),
      await wugang.send('POST', '/api/import/preview', { fileName: 'a.txt' }),
      await wugang.send('POST', '/api/import/preview', { fileName: 'a.txt', contentBase64: 'A'.repeat(14_000_004) }),
    ];
    for (const res of cases) {
      expect(res.statusCode, res.body).toBe(400);
      expect((res.json() as { message: string }).message.length).toBeGreaterThan(0);
    }
  });

  it("imports into the filler's own unit (a .docx too) and audits it", async () => {
    const res = await wugang.send('POST', '/api/evaluations/import', { unitId: wugangId, year: 2023, ...body(seed002) });
    expect(res.statusCode, res.body).toBe(200);
    const e = res.json() as Evaluation;
    expect(e.unit.code).toBe('430581');
    expect(e.year).toBe(2023);
    expectSeed002(e);
    const again = await wugang.get(`/api/evaluations/${e.id}`);
    expect((again.json() as Evaluation).keyProjects[0]!.actual).toBe('10780');
    const docx = await wugang.send('POST', '/api/evaluations/import', { unitId: wugangId, year: 2024, ...body(await seed002Docx(true), '自评报告.docx') });
    expect(docx.statusCode, docx.body).toBe(200);
    expect((docx.json() as Evaluation).budget[0]!.rows.basic!.expenditure).toBe('153.98');
    const audit = await auditRepository(env.store.db).list({ unitId: wugangId });
    expect(audit.filter((a) => a.action === 'evaluation.import').map((a) => (a.after as { fileName: string }).fileName)).toEqual([
      '自评报告.docx',
      'seed002.txt',
    ]);
  });

  it('writes nothing at all when the content fails half-way (no empty shell, no audit entry)', async () => {
    const { draft } = importEvaluation(parseText(seed002, { format: 'txt' }), { year: 2026 });
    // PostgreSQL text cannot hold NUL: the save fails after the new evaluation row was inserted.
    draft.sections.at(-1)!.paragraphs.push('损坏的段落\u0000');
    const before = (await auditRepository(env.store.db).list({ unitId: wugangId, limit: 1000 })).length;
    await expect(importIntoDraft(env.store.db, SYSTEM_ACTOR, { unitId: wugangId, year: 2026, draft })).rejects.toThrow();
    expect(await evaluationRepository(env.store.db).headers({ unitIds: [wugangId], year: 2026 })).toEqual([]);
    expect((await auditRepository(env.store.db).list({ unitId: wugangId, limit: 1000 })).length).toBe(before);
  });

  it("denies another unit's filler and reviewers (403), and writes nothing", async () => {
    expect((await shaodong.send('POST', '/api/evaluations/import', { unitId: wugangId, year: 2025, ...body(seed002) })).statusCode).toBe(403);
    expect((await wugang.send('POST', '/api/evaluations/import', { unitId: shaodongId, year: 2022, ...body(seed002) })).statusCode).toBe(403);
    expect((await shaoyang.send('POST', '/api/evaluations/import', { unitId: wugangId, year: 2025, ...body(seed002) })).statusCode).toBe(403);
    const list = (await shaoyang.get('/api/evaluations?year=2025')).json() as { evaluations: unknown[] };
    expect(list.evaluations).toEqual([]);
    // 2019: the demo's 示例 evaluations of 邵东市妇联 (2020–2022) are published
    const ok = await shaodong.send('POST', '/api/evaluations/import', { unitId: shaodongId, year: 2019, ...body(seed002) });
    expect(ok.statusCode, ok.body).toBe(200);
  });

  it("lists the narrative's relations with the findings of a stored draft, each on its paragraph", async () => {
    const res = await wugang.send('POST', '/api/evaluations/import', { unitId: wugangId, year: 2030, ...body(planted, 'planted.txt') });
    expect(res.statusCode, res.body).toBe(200);
    const id = (res.json() as Evaluation).id;
    const r = (await wugang.get(`/api/evaluations/${id}/findings`)).json() as {
      findings: { rule: string; severity: string; location?: { section?: string; paragraph?: number } }[];
      relations: LocatedRelation[];
      summary: { total: number; error: number };
    };
    const sum = r.relations.find((x) => x.kind === 'sum' && x.verdict === 'error');
    expect(sum).toMatchObject({ stated: 880.4, computed: 890.4 });
    expect(sum!.location.section).toBeTruthy();
    expect(
      r.findings.some(
        (f) => f.rule === 'sum' && f.severity === 'error' && f.location?.section === sum!.location.section && f.location?.paragraph === sum!.location.paragraph,
      ),
    ).toBe(true);
    expect(r.summary.total).toBe(r.relations.length);
    expect(r.summary.error).toBeGreaterThanOrEqual(1);
  });
});
