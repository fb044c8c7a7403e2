// The total a share names, written with other words around it (our sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

describe('a share of the total its 其中 list belongs to, the total labelled with an area and a verb', () => {
  const t = '全县地方财政总收入完成84.0亿元，增长4.1%。其中，上划中央收入21.0亿元，下降2.5%，占地方财政总收入的25.0%。';
  it('holds: ok', () => {
    expect(errors(t)).toEqual([]);
    expect(ofKind(t, 'share')).toEqual([['ok', 25, 25]]);
  });
  it('a share changed: error', () => {
    expect(errors(t.replace('25.0%', '26.0%'))).toEqual([['share', 26, 25]]);
  });
  it('the part changed: error', () => {
    expect(errors(t.replace('21.0亿元', '22.0亿元'))).toEqual([['share', 25, 26.19]]);
  });
  it('a share of another total than the list’s stays unbound (look-alike)', () => {
    const u = '全县地方财政总收入完成84.0亿元，增长4.1%。其中，上划中央收入21.0亿元，占全省上划收入的3.0%。';
    expect(errors(u)).toEqual([]);
    expect(ofKind(u, 'share').map((r) => r[0])).toEqual(['unsure']);
  });
});
