import { describe, expect, it } from 'vitest';
import { chineseNumeral, outlineNumbering } from './numbering.js';

describe('chineseNumeral', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [16, '十六'],
    [20, '二十'],
    [35, '三十五'],
  ])('%i → %s', (n, s) => expect(chineseNumeral(n)).toBe(s));
  it('rejects out of range', () => expect(() => chineseNumeral(100)).toThrow());
});

describe('outlineNumbering', () => {
  it('prints each level as 公文 do', () => {
    expect(outlineNumbering(1, 2)).toBe('二、');
    expect(outlineNumbering(2, 15)).toBe('（十五）');
    expect(outlineNumbering(3, 3)).toBe('3.');
    expect(outlineNumbering(4, 1)).toBe('（1）');
  });
});
