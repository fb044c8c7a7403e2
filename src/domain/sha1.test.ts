import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha1Hex } from './sha1.js';

describe('sha1Hex', () => {
  it('agrees with node:crypto on ASCII, Chinese text and lengths around the 64-byte block', () => {
    const texts = ['', 'abc', '巾帼家政培训', '农村适龄妇女“两癌”免费检查', 'x'.repeat(55), 'x'.repeat(56), 'x'.repeat(64), '两'.repeat(40)];
    for (const t of texts) expect(sha1Hex(t), t).toBe(createHash('sha1').update(t).digest('hex'));
  });
  it('known vector', () => {
    expect(sha1Hex('abc')).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
  });
});
