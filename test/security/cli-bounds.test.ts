// Issue 16, item 2 on the command line: `jixiao check` and `jixiao import` apply the same bounds as
// uploads — a clear message and exit 2 for binary, empty, one 10 MB line, 100,000 table rows.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { cell, docx, xlsx } from './zip.js';

const dir = mkdtempSync(join(tmpdir(), 'jixiao-cli-bounds-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(args);
function file(name: string, bytes: Buffer | string) {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

const rows100k = () => {
  let rows = '';
  for (let r = 1; r <= 100_000; r++) rows += `<row r="${r}">${cell(`A${r}`, '1')}${cell(`B${r}`, '2')}</row>`;
  return rows;
};

describe('jixiao check / import on hostile files', () => {
  const cases: [string, () => string, RegExp][] = [
    ['binary renamed .txt', () => file('binary.txt', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256))), /空字符|二进制/],
    ['binary with no extension', () => file('a.out', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 0]), Buffer.alloc(1000)])), /空字符|二进制/],
    ['empty file', () => file('empty.txt', ''), /空/],
    ['10 MB of one line', () => file('oneline.txt', 'a'.repeat(10 * 1024 * 1024)), /字符|上限/],
    ['a text table of 100,000 rows', () => file('table.txt', Array.from({ length: 100_000 }, (_, i) => `${i} | 项目 | 1.00 | 2.00`).join('\n')), /行|上限/],
    ['a sheet of 100,000 rows', () => file('rows.xlsx', xlsx(rows100k())), /表格/],
    ['a .docx of a million empty paragraphs', () => file('bomb.docx', docx('<w:p/>'.repeat(1_000_000))), /段落数 1000000，超过上限/],
  ];
  for (const [name, make, message] of cases) {
    it(`${name}: exit 2 with a clear message`, async () => {
      const path = make();
      const t = performance.now();
      const check = await cli('check', path);
      expect(check.code, check.err).toBe(2);
      expect(check.err).toMatch(message);
      const imp = await cli('import', path, '--unit', '武冈市妇联', '--year', '2022', '--dry-run');
      expect(imp.code, imp.err).toBe(2);
      expect(imp.err).toMatch(message);
      expect(performance.now() - t).toBeLessThan(30_000);
    }, 60_000);
  }
});

describe('jixiao score / monitor / user import on endless or oversized input', () => {
  // readFile on /dev/zero never returned: the command hung until memory ran out
  for (const args of [
    ['score', '/dev/zero'],
    ['monitor', '/dev/zero'],
    ['user', 'import', '/dev/zero', '--dry-run'],
    ['score', 'big.json'],
  ]) {
    it(`${args.join(' ')}: exit 2, the 10 MB bound named`, async () => {
      if (args[1] === 'big.json') args[1] = file('big.json', Buffer.alloc(11 * 1024 * 1024, 0x20));
      const r = await cli(...args);
      expect(r.code, r.err).toBe(2);
      expect(r.err).toMatch(/超过 10 MB 上限/);
    }, 60_000);
  }
});
