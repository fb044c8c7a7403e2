// An average yearly rate after a change against a year several years back (our own words, invented
// figures): 比2016年增加a，年均增长r% is the compound rate over the years between, not a ÷ base.
import { describe, expect, it } from 'vitest';
import { errors, find } from '../../../test/helpers/relations.js';

// 2020: 14.641; 2016: 10 → 10% a year over 4 years (10 × 1.1⁴ = 14.641)
const text = '2020年，全县养老保险基金收入14.641亿元，比上年增加1.331亿元，增长10%；比2016年增加4.641亿元，年平均增长10%。';

describe('an average yearly rate over several years', () => {
  it('holds as the compound rate', () => {
    expect(errors(text)).toEqual([]);
    const avg = find(text, 'yoy', 10);
    expect(avg?.verdict).toBe('ok');
  });
  it('a wrong average is an error', () => {
    const bad = text.replace('年平均增长10%', '年平均增长12%');
    expect(errors(bad).map((e) => e.slice(0, 2))).toContainEqual(['yoy', 12]);
  });
  it('a wrong amount moves the average: an error', () => {
    const bad = text.replace('比2016年增加4.641亿元', '比2016年增加6.641亿元');
    expect(errors(bad).some((e) => e[0] === 'yoy' && e[1] === 10)).toBe(true);
  });
  it('look-alike: no year for the basis, the average is left alone (never read as change ÷ base)', () => {
    const bare = '全县养老保险基金收入14.641亿元，比五年前增加4.641亿元，年均增长10%。';
    expect(errors(bare)).toEqual([]);
    const sameYear = '全县养老保险基金收入14.641亿元，比上年增加4.641亿元，年均增长10%。';
    expect(errors(sameYear)).toEqual([]);
  });
});
