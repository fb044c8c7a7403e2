// A change and its rate in separate clauses or sentences (our sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

describe('比上年减少a；下降r% and 减少a。下降r%', () => {
  const semi = '2024年本单位支出850.00万元，比上年减少50.00万元；降幅为5.56%。';
  const apart = '2024年本单位支出850.00万元，比上年减少50.00万元。主要是压减会议费。下降5.56%，主要是厉行节约。';
  it('the rate is the change over the prior: ok', () => {
    expect(errors(semi)).toEqual([]);
    expect(ofKind(semi, 'yoy')).toEqual([['ok', -5.56, -5.56]]);
    expect(ofKind(apart, 'yoy')).toEqual([['ok', -5.56, -5.56]]);
  });
  it('a rate or a change altered: error', () => {
    expect(errors(semi.replace('5.56%', '6.56%'))).toEqual([['yoy', -6.56, -5.56]]);
    expect(errors(apart.replace('减少50.00万元', '减少60.00万元'))).toEqual([['yoy', -5.56, -6.59]]);
  });
  it('a rate of another quantity, of the other direction, or too far on is not this change’s (look-alikes)', () => {
    const other = '2024年本单位支出850.00万元，比上年减少50.00万元；收入下降9.00%。';
    expect(ofKind(other, 'yoy')).toEqual([]);
    const up = '2024年本单位支出850.00万元，比上年减少50.00万元；增长9.00%。';
    expect(errors(up)).toEqual([]);
    const far = '2024年本单位支出850.00万元，比上年减少50.00万元。一是会议。二是培训。下降9.00%。';
    expect(ofKind(far, 'yoy')).toEqual([]);
  });
});
