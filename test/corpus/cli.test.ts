// `jixiao check` exit codes and output, through the real CLI entry point.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';

const dir = new URL('.', import.meta.url).pathname;
const seed = new URL('../../fixtures/seeds/002_279d50849b4f1aa3.txt', import.meta.url).pathname;

async function jixiao(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

describe('jixiao check', () => {
  it('exits 0 on a consistent report', async () => {
    const r = await jixiao('check', seed, `${dir}clean-department.txt`);
    expect(r.code).toBe(0);
    expect(r.out).toContain('共检查 2 个文件：0 个错误，0 个警告');
  });
  it('exits 1 with readable findings and the excerpt', async () => {
    const r = await jixiao('check', `${dir}planted-prose.txt`);
    expect(r.code).toBe(1);
    expect(r.out).toContain('planted-prose.txt:5: 错误 [sum]');
    expect(r.out).toContain('原文：全年全省累计投入1.9亿元');
  });
  it('--json prints one array, each finding with its file', async () => {
    const r = await jixiao('check', '--json', `${dir}planted-budget.txt`, `${dir}planted-table.txt`);
    expect(r.code).toBe(1);
    const fs = JSON.parse(r.out) as { file: string; rule: string }[];
    expect(fs).toHaveLength(10);
    expect(new Set(fs.map((f) => f.file.split('/').pop()))).toEqual(new Set(['planted-budget.txt', 'planted-table.txt']));
  });
  it('exits 2 on an unreadable file and still checks the others', async () => {
    const r = await jixiao('check', '--json', `${dir}no-such-file.txt`, `${dir}planted-budget.txt`);
    expect(r.code).toBe(2);
    expect(r.err).toContain('no-such-file.txt: 无法读取：文件不存在');
    expect(JSON.parse(r.out)).toHaveLength(3);
  });
});
