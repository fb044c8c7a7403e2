// Flattened tables of our own (invented figures, test/checker/flat-tables.json): budget execution and
// 决算 tables, allocation sheets and 自评表 parts written on spaced lines, one cell a line, with | or on one
// line. Every number is changed in turn by one digit (as the held-out harnesses plant errors): the clean
// tables raise no error, and most changes are found by an error naming the changed figure. The floor is
// what the checker reaches today (docs/CHECKER.md, tables12); it may only rise.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/domain/checks/index.js';
import { parseText } from '../../src/documents/import/structure.js';

const tables = JSON.parse(readFileSync(new URL('./flat-tables.json', import.meta.url), 'utf8')) as string[];
const errors = (text: string) => analyzeText(parseText(text)).findings.filter((f) => f.severity === 'error');
const plain = (s: string) => s.replace(/,/g, '').replace(/%$/, '');
const NUMBER = /(?<![\d.年])-?\d[\d,]*(?:\.\d+)?(?=%|分|\s|\s*\||$)/g;

/** The text with each number changed in its first significant digit, and that number as changed. */
function* mutants(text: string): Generator<[string, string]> {
  for (const m of text.matchAll(NUMBER)) {
    const s = m[0];
    const i = s.search(/[1-9]/);
    if (i < 0) continue;
    const d = Number(s[i]);
    const changed = s.slice(0, i) + String(d === 9 ? 8 : d + 1) + s.slice(i + 1);
    yield [text.slice(0, m.index) + changed + text.slice(m.index + s.length), changed];
  }
}

describe('planted errors in flattened tables', () => {
  it('no clean table raises an error', () => {
    expect(tables.flatMap((t, n) => (errors(t).length ? [n] : []))).toEqual([]);
  });

  it('most one-digit changes are found, by an error naming the changed figure', () => {
    let planted = 0;
    let found = 0;
    for (const t of tables)
      for (const [text, changed] of mutants(t)) {
        planted++;
        const v = Number(plain(changed));
        if (errors(text).some((e) => Number(plain(String(e.stated ?? ''))) === v || e.message.includes(plain(changed)))) found++;
      }
    expect(planted).toBe(271);
    expect(found).toBeGreaterThanOrEqual(249);
  });
});
