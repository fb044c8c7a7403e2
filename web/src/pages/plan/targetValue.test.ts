import { describe, expect, it } from 'vitest';
import { isTextTarget, unitSuffix } from './targetValue.js';

describe('unitSuffix', () => {
  it('drops the unit a value already ends with, so "100%" is not shown as "100% %"', () => {
    expect(unitSuffix('100%', '%')).toBeUndefined();
    expect(unitSuffix('≥95％', '%')).toBeUndefined(); // typed full width
    expect(unitSuffix('1200 人', '人')).toBeUndefined();
    expect(unitSuffix('10万元', '万元')).toBeUndefined();
  });
  it('keeps the unit after a bare number, an empty box, and a value in another unit', () => {
    expect(unitSuffix('100', '%')).toBe('%');
    expect(unitSuffix('', '%')).toBe('%');
    expect(unitSuffix(null, '人次')).toBe('人次');
    expect(unitSuffix('10元', '万元')).toBe('万元');
    expect(unitSuffix('100%', null)).toBeUndefined();
  });
});

describe('isTextTarget', () => {
  it('is true for 定性 and 是否 leaves only', () => {
    expect([isTextTarget('qualitative'), isTextTarget('yesNo'), isTextTarget('>='), isTextTarget(null)]).toEqual([true, true, false, false]);
  });
});
