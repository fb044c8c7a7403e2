// Short names of a revenue report: 税收完成 / 非税完成 are 税收收入 / 非税收入 (our own text, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, verdictOf } from '../../../test/helpers/relations.js';

const t = '全区一般公共预算收入实际完成62.40亿元。其中税收完成45.10亿元，非税完成17.30亿元。';

describe('税收完成 and 非税完成 split the 一般公共预算收入', () => {
  it('ok', () => {
    expect(errors(t)).toEqual([]);
    expect(verdictOf(t, 'sum', 62.4)).toBe('ok');
  });
  it('error: a part lowered (a subset could not see it)', () => {
    expect(errors(t.replace('非税完成17.30亿元', '非税完成13.70亿元'))).toContainEqual(['sum', 62.4, 58.8]);
  });
  it('look-alike: 税收完成 alone is one part only (a subset: lowered, no error)', () => {
    const c = '全区一般公共预算收入实际完成62.40亿元。其中税收完成41.10亿元。';
    expect(errors(c)).toEqual([]);
  });
});
