// Our own corpus (test/checker-corpus): recall of planted errors and false errors on clean
// passages, per shape. The floors are what the checker reaches today (docs/CHECKER.md); they may
// only rise.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/domain/checks/index.js';
import { parseText } from '../../src/documents/import/structure.js';

const dir = new URL('../checker-corpus/', import.meta.url).pathname;
type Expect = Record<string, { shape: string; errors: { stated: number; computed: number }[] }>;
const expected = JSON.parse(readFileSync(join(dir, 'expect.json'), 'utf8')) as Expect;
const near = (a: number | null, b: number) => a !== null && Math.abs(Math.abs(a) - Math.abs(b)) < 0.011;

export function measure() {
  let planted = 0;
  let found = 0;
  let clean = 0;
  let falseErrors = 0;
  let relations = 0;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
    const e = expected[f];
    if (!e) continue;
    const a = analyzeText(parseText(readFileSync(join(dir, f), 'utf8')));
    relations += a.relations.length;
    const errors = a.relations.filter((r) => r.verdict === 'error');
    if (e.errors.length) {
      planted++;
      if (e.errors.some((w) => errors.some((r) => near(r.stated, w.stated) && near(r.computed, w.computed)))) found++;
    } else {
      clean++;
      if (a.findings.some((x) => x.severity === 'error')) falseErrors++;
    }
  }
  return { planted, found, clean, falseErrors, relations };
}

describe('checker corpus', () => {
  it('finds most planted errors and raises almost no false error', () => {
    const m = measure();
    expect(m.planted).toBeGreaterThanOrEqual(60);
    expect(m.clean).toBeGreaterThanOrEqual(100);
    expect(m.found / m.planted).toBeGreaterThanOrEqual(0.81);
    expect(m.falseErrors).toBe(0);
    expect(m.relations).toBeGreaterThan(300);
  });
});
