// The refusals of a file too big to be a report read as one Chinese sentence: what, how many, the limit.
import { describe, expect, it } from 'vitest';
import { guardText, LIMITS, ReadError } from './readLimits.js';

describe('guardText', () => {
  it('lets a report through', () => {
    expect(() => guardText('一、基本情况\n本会编制6人。\n'.repeat(300))).not.toThrow();
  });
  it('refuses too many lines, saying so plainly', () => {
    const err = (() => {
      try {
        guardText('本会持续开展关爱服务。\n'.repeat(LIMITS.paragraphs + 5));
      } catch (e) {
        return e as ReadError;
      }
    })();
    expect(err?.kind).toBe('tooLarge');
    expect(err?.message).toMatch(/^文件内容过多：行数超过上限 20000；/);
  });
  it('refuses too many characters with their count', () => {
    expect(() => guardText('字'.repeat(LIMITS.textChars + 1))).toThrow(/^文件内容过多：字符数 3000001，超过上限 3000000；/);
  });
});
