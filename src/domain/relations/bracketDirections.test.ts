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

describe('a bracketed direction after any basis, at a clause start, or beside a sign', () => {
  const base = '本单位2032年一般公共预算支出120.00万元，';
  it('较去年同期（减少）c and 比同口径上年（增加）c read as the plain words', () => {
    expect(rel(`${base}较去年同期（减少）12.50万元，下降9.43%。`)).toEqual([['yoy', 'ok', -9.43, -9.43]]);
    expect(errors(`${base}较去年同期（减少）12.50万元，下降8.43%。`).length).toBe(1);
    expect(rel(`${base}比2031年决算数（增加）20.00万元，增长20%。`)).toEqual([['yoy', 'ok', 20, 20]]);
    expect(errors(`${base}比2031年决算数（增加）20.00万元，增长25%。`)).toEqual([['yoy', 25, 20]]);
  });
  it('…，（增长）r%: a bracketed word opening the rate’s clause', () => {
    expect(rel(`${base}比同口径上年（增加）3.20万元，（增长）2.74%。`)).toEqual([['yoy', 'ok', 2.74, 2.74]]);
    expect(rel(`${base}较上年（减少）12.50万元，（下降）9.43%。`)).toEqual([['yoy', 'ok', -9.43, -9.43]]);
    // the rate's bracketed direction disagrees with the change's
    expect(errors(`${base}较上年（增加）20.00万元，（下降）20%。`).length).toBe(1);
  });
  it('减少（-）c: a sign in brackets after a verb of its direction', () => {
    expect(rel(`${base}较上年减少（-）12.50万元，下降9.43%。`)).toEqual([['yoy', 'ok', -9.43, -9.43]]);
    expect(errors(`${base}较上年减少（-）12.50万元，下降10.43%。`).length).toBe(1);
  });
  it('look-alikes: a sign against its verb, or a column’s two directions, give no error', () => {
    expect(errors(`${base}较上年增加（-）20.00万元，增长20%。`)).toEqual([]);
    expect(errors(`${base}较上年增加（减少）-20.00万元，增（减）幅-10%。`)).toEqual([]);
    expect(errors(`${base}比上年增（减）20.00万元，增（减）率20%。`)).toEqual([]);
  });
});
