// The installed command writing to a pipe (jixiao import … --json | jq): a large output arrives whole, an
// empty file is refused with exit 2 and a message. Our own invented text.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'jixiao-pipe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const jixiao = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/jixiao.js', ...args], { encoding: 'utf8', env: process.env, maxBuffer: 64 * 1024 * 1024 });

describe('jixiao import through a pipe', () => {
  it('prints a --json result of several hundred KB whole', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `办公设备维护事项第${i}项 | ${(i % 90) + 0.5} | 按计划执行`);
    const file = join(dir, 'long.txt');
    writeFileSync(file, ['某局2024年度部门整体支出绩效自评报告', '单位：万元', '事项 | 金额 | 备注', ...rows].join('\n'));
    // a reader that starts late (… | jq on a busy machine): the pipe fills and the rest waits in the writer
    const p = spawnSync('sh', ['-c', `"${process.execPath}" bin/jixiao.js import "${file}" --dry-run --json | (sleep 1; cat)`], {
      encoding: 'utf8',
      env: process.env,
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(p.status, p.stderr).toBe(0);
    expect(Buffer.byteLength(p.stdout)).toBeGreaterThan(200_000); // past the 64–128 KB a pipe holds
    const out = JSON.parse(p.stdout) as { unplaced: string[] };
    expect(out.unplaced.length).toBeGreaterThan(2000);
  }, 60_000);

  it('refuses a file of blank lines with exit 2 and says why', () => {
    const file = join(dir, 'blank.txt');
    writeFileSync(file, '   \n\n\t\n');
    const p = jixiao('import', file, '--dry-run');
    expect(p.status).toBe(2);
    expect(p.stderr).toContain('文件中没有文字');
  }, 60_000);

  it('refuses a .txt of high bytes with no NUL (not UTF-8, not GBK) and one of only invisible spaces, with exit 2', () => {
    let x = 5;
    const noise = join(dir, 'noise.txt');
    writeFileSync(noise, Buffer.from(Array.from({ length: 2000 }, () => 0x80 + (((x = (x * 1103515245 + 12345) % 2147483648) >> 16) % 128))));
    const p = jixiao('import', noise, '--dry-run', '--json');
    expect(p.status).toBe(2);
    expect(p.stdout).toBe('');
    expect(p.stderr).toContain('不像是文本');
    const blank = join(dir, 'invisible.txt');
    writeFileSync(blank, '\u3000\u200b\n \ufeff\n');
    const q = jixiao('import', blank, '--dry-run');
    expect(q.status).toBe(2);
    expect(q.stderr).toContain('只有空白字符');
  }, 60_000);
});
