// 收支相抵，2023年全县一般公共预算资金结余结转C after 收入总计T … 支出总计S (a sentence between them): C = T − S.
// Our own sentences, invented figures: correct, with a planted error, and a look-alike that is no balance.
import { describe, expect, it } from 'vitest';
import { errors, rel } from '../helpers/relations.js';

const before =
  '2023年全县一般公共预算收入800万元，加上上级补助收入等，全县收入总计1500万元。与此同时，全县一般公共预算支出1200万元。加上上解支出50万元后，全县支出总计1250万元。';

describe('收支相抵 with the year, area and budget before the balance', () => {
  const text = `${before}收支相抵，2023年全县一般公共预算资金结余结转250万元。`;
  it('the balance is total income less total spending', () => {
    expect(rel(text, ['difference'])).toEqual([['difference', 'ok', 250, 250]]);
  });
  it('a wrong balance is an error', () => {
    expect(errors(text.replace('结余结转250', '结余结转260'))).toEqual([['difference', 260, 250]]);
  });
  it('look-alike: a stock named after 收支相抵 is no balance of the year', () => {
    expect(rel(`${before}收支相抵，2023年全县政府债务余额260万元。`, ['difference'])).toEqual([]);
  });
});
