// "…增加c，主要是A增加a，B减少b": reasons that name every part of a complete set add up (our sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

describe('a change explained part by part after 主要是', () => {
  const t = '本单位2025年支出预算820.00万元，支出较上年增加45.60万元，主要是基本支出增加30.40万元，项目支出增加15.20万元。';
  it('the parts of a complete set add up: ok', () => {
    expect(errors(t)).toEqual([]);
    expect(ofKind(t, 'changeSum')).toEqual([['ok', 45.6, 45.6]]);
  });
  it('a part changed: error', () => {
    expect(errors(t.replace('15.20万元', '16.20万元'))).toEqual([['changeSum', 45.6, 46.6]]);
  });
  it('changes of both directions add with their signs, but a sum that fails is only unsure', () => {
    const u = '本单位支出较上年减少12.50万元，主要是基本支出减少20.00万元，项目支出增加7.50万元。';
    expect(ofKind(u, 'changeSum')).toEqual([['ok', 12.5, -12.5]]);
    expect(errors(u.replace('增加7.50', '增加2.50'))).toEqual([]);
  });
  it('main causes that do not complete a set are explanations, never summed (look-alike)', () => {
    const u = '本单位收入较上年增加50.00万元，主要是财政拨款收入增加30.00万元，其他收入增加10.00万元。';
    expect(errors(u)).toEqual([]);
    expect(ofKind(u, 'changeSum')).toEqual([]);
  });
  it('one main cause alone is never all of the change (look-alike)', () => {
    const u = '本单位支出较上年增加45.60万元，主要是基本支出增加30.40万元。';
    expect(errors(u)).toEqual([]);
    expect(ofKind(u, 'changeSum')).toEqual([]);
  });
  it('a part compared with the budget is another comparison: not read (look-alike)', () => {
    const u = '本单位支出较上年增加45.60万元，主要是基本支出较预算增加30.40万元，项目支出增加10.20万元。';
    expect(errors(u)).toEqual([]);
  });
});
