// 预算执行率 right after a 其中 list of what was spent (our own sentences, invented figures): the budget stated is
// the whole's and the figure read last is one of its parts, so the rate may be the whole's or the part's:
// unsure, never an error. Without the list the rate is still checked both ways.
import { describe, expect, it } from 'vitest';
import { find } from '../../../test/helpers/relations.js';

const rate = (text: string, stated: number) => find(text, 'rate', stated);

describe('预算执行率 after a 其中 list of the spending', () => {
  it('is checked when the amount spent is the only one before it', () => {
    const plain = '2023年本会年初预算60.20万元，全年预算数64.00万元，本年支出60.80万元，预算执行率95%。';
    expect(rate(plain, 95)?.verdict).toBe('ok');
    expect(rate(plain, 95)?.parts.map((p) => p.value)).toEqual([60.8, 64]);
    expect(rate(plain.replace('95%', '85%'), 85)?.verdict).toBe('error');
  });
  it('after 其中基本支出a，项目支出b it is unsure, not the last part over the whole budget', () => {
    const listed = '2023年本会年初预算60.20万元，全年预算数64.00万元，本年支出64.00万元，其中基本支出55.10万元，项目支出8.90万元，预算执行率100%。';
    expect(rate(listed, 100)?.verdict).toBe('unsure');
    expect(rate(listed.replace('100%', '14%'), 14)?.verdict).toBe('unsure');
  });
});
