// A share named by its own noun (税收占比) after two parts, one of them 非 + that noun (our own words,
// invented figures): 非税收入 is the complement of 税收, so the share is of 税收收入.
import { describe, expect, it } from 'vitest';
import { errors, find } from '../../../test/helpers/relations.js';
import { negatedIn } from './negatedNames.js';

const text = '全镇一般公共预算收入完成80亿元。其中：税收收入60亿元，非税收入20亿元，税收占比75%。';

describe('a share named by a noun that a 非 label holds', () => {
  it('is of the level that carries the noun itself: it holds', () => {
    expect(errors(text)).toEqual([]);
    expect(find(text, 'share', 75)?.verdict).toBe('ok');
    expect(find(text, 'share', 75)?.parts.map((p) => p.label)).toContain('税收收入');
  });
  it('a wrong share of it is an error', () => {
    expect(errors(text.replace('75%', '70%'))).toContainEqual(['share', 70, 75]);
  });
  it('look-alike: the share of 非税 itself is of 非税收入', () => {
    const own = text.replace('税收占比75%', '非税占比25%');
    expect(errors(own)).toEqual([]);
    expect(find(own, 'share', 25)?.verdict).toBe('ok');
  });
  it('negatedIn reads only 非 right before the noun', () => {
    expect(negatedIn('非税收入', '税收')).toBe(true);
    expect(negatedIn('税收收入', '税收')).toBe(false);
    expect(negatedIn('非税收入', '非税')).toBe(false);
    expect(negatedIn('税收与非税收入', '税收')).toBe(false);
  });
});
