import { describe, expect, it } from 'vitest';
import { bestUnitMatches, canonicalName, looseName, withoutPrefixes } from './unitNames.js';

const units = [
  { code: '430000', name: '湖南省妇女联合会', shortName: '省妇联' },
  { code: '430500', name: '邵阳市妇女联合会', shortName: '邵阳市妇联' },
  { code: '430523', name: '邵阳县妇女联合会', shortName: '邵阳县妇联' },
  { code: '430581', name: '武冈市妇女联合会', shortName: '武冈市妇联' },
];
const codes = (q: string) => bestUnitMatches(q, units).map((u) => u.code);

describe('units by any name users write', () => {
  it('full name, short name, code', () => {
    expect(codes('湖南省妇女联合会')).toEqual(['430000']);
    expect(codes('省妇联')).toEqual(['430000']);
    expect(codes('430000')).toEqual(['430000']);
  });
  it('妇联 ↔ 妇女联合会, full-width and spaces', () => {
    expect(canonicalName('湖南省 妇女联合会')).toBe('湖南省妇联');
    expect(codes('湖南省妇联')).toEqual(['430000']);
    expect(codes('武冈市妇女联合会')).toEqual(['430581']);
    expect(codes('４３０５８１')).toEqual(['430581']);
  });
  it('with the province/city prefix, or without 市/县', () => {
    expect(withoutPrefixes('湖南省邵阳市武冈市妇联')).toEqual(['邵阳市武冈市妇联', '武冈市妇联']);
    expect(withoutPrefixes('湖南省妇联')).toEqual([]); // never down to a bare 妇联
    expect(codes('湖南省邵阳市武冈市妇女联合会')).toEqual(['430581']);
    expect(codes('武冈妇联')).toEqual(['430581']);
    expect(looseName('邵阳县妇联')).toBe(looseName('邵阳市妇女联合会'));
  });
  it('ambiguous names give every candidate; exact ones win over loose ones', () => {
    expect(codes('邵阳妇联')).toEqual(['430500', '430523']);
    expect(codes('邵阳县妇联')).toEqual(['430523']);
    expect(codes('妇联')).toEqual([]);
    expect(codes('长沙市妇联')).toEqual([]);
  });
});
