import { describe, expect, it } from 'vitest';
import { levelCounts, prng, synthTree } from './synth.js';

describe('synthetic tree', () => {
  it('follows the national proportions', () => {
    expect(levelCounts(600_001)).toEqual([31, 333, 2800, 38000, 558_836]);
    expect(levelCounts(3001)).toEqual([1, 2, 14, 190, 2793]);
  });
  it('builds a tree of exactly n units where every parent is one level up', () => {
    const t = synthTree(3001);
    expect(t).toHaveLength(3001);
    const levels = ['other', 'province', 'prefecture', 'county', 'township', 'village'];
    for (const u of t.slice(1)) expect(levels.indexOf(t[u.parent!]!.level)).toBe(levels.indexOf(u.level) - 1);
    expect(new Set(t.map((u) => u.code)).size).toBe(3001);
  });
  it('is deterministic', () => {
    const a = prng(7);
    const b = prng(7);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});
