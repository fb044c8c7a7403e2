import { describe, expect, it } from 'vitest';
import { reviewEn } from '../../i18n/review.en.js';
import { reviewZh } from '../../i18n/review.zh.js';
import { returnKey } from './returnWords.js';

describe('returnKey', () => {
  it('names who returned it when known', () => {
    expect(returnKey('banner', '邵阳市妇联审核员')).toBe('ret.banner');
    expect(returnKey('last', '邵阳市妇联审核员')).toBe('ret.last');
  });
  it('leaves the person out when none was recorded, in both languages', () => {
    expect(returnKey('banner', null)).toBe('ret.bannerNoWho');
    expect(returnKey('last', '')).toBe('ret.lastNoWho');
    for (const words of [reviewEn, reviewZh] as Record<string, string>[]) {
      expect(words['ret.bannerNoWho']).not.toContain('{who}');
      expect(words['ret.lastNoWho']).not.toContain('{who}');
    }
  });
});
