// "N人次，费用T，人均X": X = T ÷ N (our own sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { ofKind } from '../../../test/helpers/relations.js';

const rates = (text: string) => ofKind(text, 'rate');

describe('人均 = the one amount over the one count of people', () => {
  it('holds, and a wrong per-head amount is an error', () => {
    expect(rates('全年开展业务培训360人次，培训费12.60万元，人均350元。')).toEqual([['ok', 350, 350]]);
    expect(rates('全年开展业务培训360人次，培训费12.60万元，人均培训费用530元。')).toEqual([['error', 530, 350]]);
  });
  it('a standard, two counts or two amounts: nothing asserted', () => {
    expect(rates('全年接待360人次，接待费12.60万元，人均标准不超过400元。')).toEqual([]);
    expect(rates('全年接待45批次360人次，接待费12.60万元，人均350元。')).toEqual([]);
    expect(rates('全年培训360人次，培训费12.60万元，其中师资费3.00万元，人均350元。')).toEqual([]);
  });
});
