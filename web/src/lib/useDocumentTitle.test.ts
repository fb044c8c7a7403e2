import { describe, expect, it } from 'vitest';
import { documentTitle } from './useDocumentTitle.js';

describe('documentTitle', () => {
  it('names the page first, then where, then the site', () => {
    expect(documentTitle(['预算执行', '武冈市妇联 2022年'], '绩效自评 jixiao')).toBe('预算执行 · 武冈市妇联 2022年 · 绩效自评 jixiao');
    expect(documentTitle(['看板'], '绩效自评 jixiao')).toBe('看板 · 绩效自评 jixiao');
  });
  it('drops empty parts (a page without a name is the site)', () => {
    expect(documentTitle(['', null, undefined, '  '], '绩效自评 jixiao')).toBe('绩效自评 jixiao');
  });
});
