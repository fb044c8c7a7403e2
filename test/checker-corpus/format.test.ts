// The relation corpus (README.md here) stays well-formed: every passage has its entry in
// expect.json and back, names match shapes, clean passages expect nothing, planted ones something.
// It checks the corpus, not the checker: the engine's own test reads the same expect.json.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = new URL('.', import.meta.url).pathname;
const SHAPES = ['share', 'yoy', 'partition', 'score', 'tableTotal', 'paren', 'rate', 'breakdowns', 'changeSum', 'difference', 'shareSum', 'carryOver', 'listSum', 'crossSum', 'sameFigure'];

interface Expected {
  shape: string;
  relations: number;
  errors: { stated: number; computed: number; kind: string; either?: boolean; note?: string }[];
}
const expectations = JSON.parse(readFileSync(join(dir, 'expect.json'), 'utf8')) as Record<string, Expected>;
const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));

describe('checker relation corpus', () => {
  it('lists exactly the passages in the folder', () => {
    expect(Object.keys(expectations).sort()).toEqual([...files].sort());
  });

  it('has every shape with clean and planted passages, distractors and long reports', () => {
    for (const shape of SHAPES) {
      expect(files.filter((f) => f.startsWith(`${shape}-`) && f.endsWith('-ok.txt')).length, shape).toBeGreaterThanOrEqual(2);
      expect(files.filter((f) => f.startsWith(`${shape}-`) && f.endsWith('-err.txt')).length, shape).toBeGreaterThanOrEqual(2);
    }
    expect(files.filter((f) => f.startsWith('distractor-')).length).toBeGreaterThanOrEqual(25);
    const long = files.filter((f) => readFileSync(join(dir, f), 'utf8').trim().split('\n').length >= 30);
    expect(long.length).toBeGreaterThanOrEqual(6);
    const relations = Object.values(expectations).reduce((n, e) => n + e.relations, 0);
    expect(relations).toBeGreaterThanOrEqual(150);
  });

  it.each(files)('%s: entry matches its name and holds numbers', (file) => {
    const e = expectations[file]!;
    const [, shape, verdict] = /^([a-zA-Z]+)-\d\d-(ok|err)\.txt$/.exec(file) ?? [];
    expect(shape, 'file name shape-nn-ok|err.txt').toBeDefined();
    expect(e.shape).toBe(shape);
    expect([...SHAPES, 'distractor', 'mixed']).toContain(e.shape);
    expect(Number.isInteger(e.relations) && e.relations >= 0).toBe(true);
    if (verdict === 'ok') expect(e.errors).toEqual([]);
    else expect(e.errors.length).toBeGreaterThan(0);
    for (const err of e.errors) {
      expect(SHAPES).toContain(err.kind);
      expect(Number.isFinite(err.stated) && Number.isFinite(err.computed)).toBe(true);
      expect(err.stated, 'a planted error states something else than it computes').not.toBe(err.computed);
    }
    // an either-group is one planted figure breaking several relations: never a group of one
    expect(e.errors.filter((x) => x.either).length).not.toBe(1);
    expect(readFileSync(join(dir, file), 'utf8')).toMatch(/\d/);
  });
});
