// 从A（变）到B，增长/降幅 r% (our sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

describe('a level moving from A to B, then its rate', () => {
  const t = '学院年度经费从上年的84.20亿元减少到本年的63.15亿元，降幅达25.0%，排名有所下降。';
  it('holds', () => {
    expect(errors(t)).toEqual([]);
    expect(ofKind(t, 'yoy')).toEqual([['ok', -25, -25]]);
  });
  it('either level or the rate changed: error', () => {
    expect(errors(t.replace('63.15', '64.15')).map((e) => e[0])).toEqual(['yoy']);
    expect(errors(t.replace('84.20', '85.20')).map((e) => e[0])).toEqual(['yoy']);
    expect(errors(t.replace('25.0%', '26.0%'))).toEqual([['yoy', -26, -25]]);
  });
  it('an increase: 由A增加至B，增长r%', () => {
    const u = '参保人数由1200人增加至1500人，增长25%。';
    expect(ofKind(u, 'yoy')).toEqual([['ok', 25, 25]]);
    expect(errors(u.replace('增长25%', '增长20%'))).toEqual([['yoy', 20, 25]]);
  });
  it('look-alike: an average yearly growth over the span is not read', () => {
    const u = '收入从2019年的100亿元增加到2023年的146亿元，年均增长9.9%。';
    expect(ofKind(u, 'yoy')).toEqual([]);
    expect(errors(u)).toEqual([]);
  });
  it('look-alike: an approximate level is no base', () => {
    expect(ofKind('经费从近84亿元减少到63.15亿元，降幅达25.0%。', 'yoy')).toEqual([]);
  });
});
