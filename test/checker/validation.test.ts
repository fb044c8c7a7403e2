// The checker validation set (test/checker-validation, written by someone else with invented
// figures): every planted error found with its stated and computed figures; no error on a clean passage.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/domain/checks/index.js';
import { parseText } from '../../src/documents/import/structure.js';

const dir = new URL('../checker-validation/', import.meta.url).pathname;
const expected = JSON.parse(readFileSync(join(dir, 'expect.json'), 'utf8')) as Record<string, { stated: number; computed: number }[]>;
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const near = (a: number | null, b: number) => a !== null && Math.abs(a - b) < 0.011;

describe('checker validation set', () => {
  it('has 28 passages, 16 with a planted error', () => {
    expect(files).toHaveLength(28);
    expect(files.filter((f) => expected[f]!.length > 0)).toHaveLength(16);
  });
  it.each(files)('%s', (file) => {
    const a = analyzeText(parseText(readFileSync(join(dir, file), 'utf8')));
    const errors = a.relations.filter((r) => r.verdict === 'error');
    const want = expected[file]!;
    if (want.length === 0) {
      expect(a.findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
      expect(a.relations.length).toBeGreaterThan(0); // the relation was seen and held
    } else {
      const hit = want.some((w) => errors.some((r) => near(r.stated === null ? null : Math.abs(r.stated), Math.abs(w.stated)) && near(r.computed, w.computed)));
      expect(hit, JSON.stringify(errors.map((r) => [r.kind, r.stated, r.computed]))).toBe(true);
      expect(a.findings.some((f) => f.severity === 'error')).toBe(true);
    }
  });
});
