// Procurement savings (our own sentences, invented figures): budget − spent = saving, a planted
// error, and a look-alike without the budget.
import { describe, expect, it } from 'vitest';
import { ofKind } from '../../../test/helpers/relations.js';

const diffs = (text: string) => ofKind(text, 'difference');

describe('节约资金 = 采购预算 − 实际采购金额', () => {
  const text = '全年共完成采购预算3150.40万元，实际采购金额2890.15万元，节约资金260.25万元，节约率为8.26%。';
  it('holds, and a wrong saving is an error', () => {
    expect(diffs(text)).toEqual([['ok', 260.25, 260.25]]);
    expect(diffs(text.replace('2890.15', '2809.15'))).toEqual([['error', 260.25, 341.25]]);
  });
  it('without a budget in the sentence nothing is computed', () => {
    expect(diffs('全年实际采购金额2890.15万元，节约资金260.25万元。')).toEqual([]);
  });
});
