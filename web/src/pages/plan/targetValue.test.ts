import { describe, expect, it } from 'vitest';
import { isTextTarget, targetPlaceholder, unitSuffix } from './targetValue.js';

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

describe('targetPlaceholder', () => {
  it('a level row asks for a value held at any time, a cumulative row for the year total, each with its direction', () => {
    expect(targetPlaceholder('>=', 'level')).toBe('tg.ph.level.min');
    expect(targetPlaceholder('<=', 'level')).toBe('tg.ph.level.max');
    expect(targetPlaceholder('>=', 'cumulative')).toBe('tg.ph.cumulative.min');
    expect(targetPlaceholder('=', 'cumulative')).toBe('tg.ph.cumulative.eq');
  });
  it('words and 是否 rows have their own hints: none here', () => {
    expect(targetPlaceholder('qualitative', 'level')).toBeNull();
    expect(targetPlaceholder('yesNo', 'cumulative')).toBeNull();
    expect(targetPlaceholder(null, 'cumulative')).toBeNull();
  });
});
