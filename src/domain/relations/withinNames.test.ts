// "基本支出中A a，B b": parts introduced by 中 with no comma and no 其中 (invented figures).
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

const text = (a: string, b: string) => `2032年本部门基本支出700.00万元。基本支出中办公费${a}万元，差旅费${b}万元。`;

describe('X中A a，B b', () => {
  it('parts the lexicon does not complete: a subset, ok when within the total', () => {
    expect(ofKind(text('60.00', '30.00'), 'subset')).toEqual([['ok', 700, 90]]);
    expect(errors(text('60.00', '30.00'))).toEqual([]);
  });
  it('a subset larger than its total: an error', () => {
    expect(errors(text('600.00', '300.00'))).toEqual([['subset', 700, 900]]);
  });
  it('a complete lexicon set after 中: a breakdown that must add up', () => {
    const set = (b: string) => `2032年本部门基本支出700.00万元。基本支出中人员经费560.00万元，公用经费${b}万元。`;
    expect(errors(set('140.00'))).toEqual([]);
    expect(errors(set('150.00'))).toEqual([['sum', 700, 710]]);
  });
  it('中央 / 中标 after 资金 open no list', () => {
    expect(ofKind('2032年专项资金500.00万元，资金中央补助300.00万元，省级补助100.00万元。', 'subset')).toEqual([]);
    expect(errors('2032年专项资金500.00万元，资金中央补助300.00万元，省级补助100.00万元。')).toEqual([]);
  });
});
