// 较上年（减少）c / （减）幅r%: a direction word written in brackets (our sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, rel } from '../../../test/helpers/relations.js';

describe('a direction word in brackets', () => {
  it('较上年（减少）c and （减）幅r% are a fall', () => {
    const t = '本单位2032年项目支出预算180.00万元，较上年（减少）20.00万元，（减）幅10%。';
    expect(rel(t)).toEqual([['yoy', 'ok', -10, -10]]);
    expect(errors(t.replace('（减）幅10%', '（减）幅12%')).length).toBe(1);
    expect(errors(t.replace('（减少）20.00', '（增加）20.00')).length).toBe(1);
  });
  it('增加（减少） (a column’s two directions) is no direction (look-alike)', () => {
    const t = '本单位2032年项目支出预算180.00万元，较上年增加（减少）-20.00万元，增（减）幅-10%。';
    expect(errors(t)).toEqual([]);
  });
});
