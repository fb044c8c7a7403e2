// The range a percentage of two rounded figures may take (our own figures).
import { describe, expect, it } from 'vitest';
import { rel } from '../../../test/helpers/relations.js';
import { parseQuantity } from '../quantity/index.js';
import { ratio } from './compare.js';

const q = (text: string) => parseQuantity(text)!;
const pct = (v: string) => Number(v).toFixed(2);

describe('ratio: every corner of the two figures’ rounding', () => {
  it('a rise: smallest over the larger denominator, largest over the smaller', () => {
    const r = ratio(q('0.2亿元'), q('1.1亿元'))!;
    expect([pct(r.exact), pct(r.lo), pct(r.hi)]).toEqual(['18.18', '13.04', '23.81']);
  });
  it('a fall (a signed numerator) is as wide, mirrored — not narrowed to one side', () => {
    const fall = q('0.2亿元');
    const r = ratio({ ...fall, value: `-${fall.value}` }, q('1.1亿元'))!;
    expect([pct(r.exact), pct(r.lo), pct(r.hi)]).toEqual(['-18.18', '-23.81', '-13.04']);
  });
});

describe('a fall stated in 亿元 with one decimal', () => {
  const text = '会议费支出0.9亿元，比年初预算的1.1亿元减少0.2亿元，下降21%。';
  it('a rate the rounded figures allow is a rounding warning, not an error', () => {
    expect(rel(text)).toContainEqual(['yoy', 'rounding', -21, -18.18]);
  });
  it('a rate beyond every rounding is still an error', () => {
    expect(rel(text.replace('下降21%', '下降30%'))).toContainEqual(['yoy', 'error', -30, -18.18]);
  });
});
