// The 三次产业结构 x:y:z of a bulletin against its GDP and industries (invented figures; the sums are the lexicon's).
import { describe, expect, it } from 'vitest';
import { relations } from '../../../test/helpers/relations.js';

const ours = (text: string) => relations(text).filter((r) => /三次产业结构/.test(r.reason));
const verdicts = (text: string) => ours(text).map((r) => [r.kind, r.verdict, r.stated, r.computed]);

const bulletin = (gdp: string, second: string, x: string) =>
  [
    `全年全县地区生产总值${gdp}万元，比上年增长5.0%。其中，第一产业增加值20000万元，增长3.1%；第二产业增加值${second}万元，增长6.2%，其中工业增加值22000万元，增长7.0%；建筑业增加值8000万元，增长2.5%；第三产业增加值50000万元，增长4.8%。`,
    `三次产业结构为${x}:30.0:50.0。`,
  ].join('\n');

describe('GDP and the three industries', () => {
  it('x:y:z add to 100 and are the shares of GDP', () => {
    const v = verdicts(bulletin('100000', '30000', '20.0'));
    expect(v.every((r) => r[1] === 'ok')).toBe(true);
    expect(v.map((r) => r[0]).sort()).toEqual(['share', 'share', 'share', 'shareSum']);
  });

  it('a structure part off: its share and the sum to 100 are errors', () => {
    const off = verdicts(bulletin('100000', '30000', '21.0'));
    expect(off).toContainEqual(['share', 'error', 21, 20]);
    expect(off.find((r) => r[0] === 'shareSum')?.[1]).toBe('error');
  });

  it('parts rounded on their own may add to 100 within their rounding', () => {
    expect(verdicts('三次产业结构比为33.33:33.33:33.33。').map((r) => r[1])).toEqual(['ok']);
  });

  it('a structure of another year than the GDP: only its sum to 100 is read', () => {
    const other = bulletin('100000', '30000', '21.0').replace('全年全县', '2024年全县').replace('三次产业结构为', '2023年三次产业结构为');
    expect(verdicts(other).filter((r) => r[0] === 'share')).toEqual([]);
  });

  it('look-alikes: a 配比 ratio, four parts, and 人均 GDP are not read', () => {
    expect(ours('原料按1:2:3的比例配比。')).toEqual([]);
    expect(ours('三次产业结构为10:20:30:40。')).toEqual([]);
    expect(ours('人均地区生产总值9000元，其中第一产业增加值2000万元，第二产业增加值3000万元，第三产业增加值4000万元。')).toEqual([]);
  });
});
