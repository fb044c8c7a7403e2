import { describe, expect, it } from 'vitest';
import { yearParam } from './yearParam.js';

describe('yearParam: the ?year= of a shared or typed link', () => {
  it('reads a year, also in full-width digits', () => {
    expect(yearParam('2022')).toBe(2022);
    expect(yearParam('２０２２')).toBe(2022);
  });
  it('no year (the page’s default) for what is not one: -1, 99999, 2022.5, words, nothing', () => {
    for (const s of ['-1', '99999', '2022.5', 'abc', '', null, '0']) expect(yearParam(s), String(s)).toBeUndefined();
  });
});
