import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli as cli } from '../../../test/helpers/cli.js';
import { writeProjectSheet } from '../../documents/xlsx/projectSheet.js';
import { readFileSync } from 'node:fs';

const fixture = (name: string) => join(import.meta.dirname, '../../../test/fixtures/scoring', name);
const dir = mkdtempSync(join(tmpdir(), 'jixiao-score-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('jixiao score', () => {
  it('prints every score with its explanation, the total and the grade', async () => {
    const r = await cli(['score', fixture('example.json')]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('项目数量  8.00/8  50 ÷ 50 = 100% × 8 = 8.00');
    expect(r.out).toContain('预算执行率  10.00/10  89.974 ÷ 89.974 = 100% × 10 = 10.00');
    expect(r.out).toContain('总分 96.00/100');
    expect(r.out).toContain('等级 优（excellent）');
  });

  it('prints JSON with --json, the same from the .json and the .xlsx', async () => {
    const xlsx = join(dir, 'example.xlsx');
    writeFileSync(xlsx, await writeProjectSheet(JSON.parse(readFileSync(fixture('example.json'), 'utf8'))));
    const a = await cli(['score', fixture('example.json'), '--json']);
    const b = await cli(['score', xlsx, '--json']);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    const j = JSON.parse(a.out);
    expect(j).toMatchObject({ budgetScore: 10, total: 96, grade: 'excellent' });
    expect(j.indicators[0]).toEqual({ name: '项目数量', score: 8, explanation: '50 ÷ 50 = 100% × 8 = 8.00' });
    expect(j.indicators[8]).toMatchObject({ name: '生态环境影响', score: null });
    expect(b.out).toBe(a.out);
  });

  it('exits 2 naming the indicator on invalid input, printing nothing on stdout', async () => {
    const r = await cli(['score', fixture('invalid.json')]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('指标“群众满意度”：实际完成值不是数字：“较高”');
    const missing = await cli(['score', join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ "indicators": [ ');
    expect((await cli(['score', bad])).err).toContain('JSON 格式错误');
  });

  it('exits 2 as a real process', async () => {
    const p = promisify(execFile)('npx', ['tsx', 'src/cli/main.ts', 'score', fixture('invalid.json')], { cwd: join(import.meta.dirname, '../../..') });
    const e = await p.then(
      () => null,
      (x: { code: number; stdout: string; stderr: string }) => x,
    );
    expect(e?.code).toBe(2);
    expect(e?.stdout).toBe('');
    expect(e?.stderr).toContain('群众满意度');
  });
});
