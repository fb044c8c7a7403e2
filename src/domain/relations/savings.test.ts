// Procurement savings (our own sentences, invented figures): budget − spent = saving, a planted
// error, and a look-alike without the budget.
import { describe, expect, it } from 'vitest';
import { errors, ofKind, rel } from '../../../test/helpers/relations.js';

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

describe('节约率 whose budget is not written: 节约资金 ÷ (采购额 + 节约资金)', () => {
  const rates = (text: string) => rel(text, ['rate']);
  const text = '截至9月底，完成政府采购额2680.40万元，比上年同期2315万元增加365.40万元，节约资金312.60万元，节约率10.4%。';
  it('holds over the budget the two make', () => {
    expect(rates(text)).toEqual([['rate', 'ok', 10.4, 10.44]]);
  });
  it('a rate that fits neither the budget nor the amount is an error', () => {
    expect(errors(text.replace('10.4%', '14.0%'))).toEqual([['rate', 14, 10.44]]);
  });
  it('a rate over the amount procured passes when the text does not say what the saving is against', () => {
    expect(errors(text.replace('10.4%', '11.7%'))).toEqual([]);
  });
  it('look-alike: a budget written in the sentence is the base, not the implied one', () => {
    const t = '采购预算2993万元，完成政府采购额2680.40万元，节约资金312.60万元，节约率10.4%。';
    expect(rates(t).filter((r) => r[1] === 'error')).toEqual([]);
    expect(rates('完成政府采购额2680.40万元。节约资金312.60万元，节约率14.0%。').filter((r) => r[1] === 'error')).toEqual([]);
  });
});
