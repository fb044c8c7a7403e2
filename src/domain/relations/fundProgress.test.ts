// A fund's whole named sentences or paragraphs before its payment (our own text, invented figures).
import { describe, expect, it } from 'vitest';
import { ofKind as rel } from '../../../test/helpers/relations.js';

describe('paid + unpaid = the allocation named paragraphs before', () => {
  const doc = (paid = '8620.50', unpaid = '379.50') =>
    [
      '（二）资金安排情况',
      '本年度用于农村饮水安全巩固提升工程安排资金9000.00万元，资金已全部到位。',
      '（一）预算执行情况',
      `本年度农村饮水安全巩固提升工程资金支付${paid}万元，未支${unpaid}万元，支付率95.78%。`,
    ].join('\n');
  it('holds, and a wrong paid or unpaid amount is an error', () => {
    expect(rel(doc(), 'sum')).toEqual([['ok', 9000, 9000]]);
    expect(rel(doc('8720.50'), 'sum')).toEqual([['error', 9000, 9100]]);
    expect(rel(doc(undefined, '389.50'), 'sum')).toEqual([['error', 9000, 9010]]);
  });
  it('a payment of another fund is not tied to the allocation', () => {
    const other = doc().replace('本年度农村饮水安全巩固提升工程资金支付', '本年度道路建设资金支付');
    expect(rel(other, 'sum')).toEqual([]);
  });
});

describe('a rate on the whole named sentences before', () => {
  const text = '本年下达专项资金共计1500.00万元，执行率100%。共确定12个项目。目前已拨付补助资金612.45万元，其余正在审核，实际支出率40.83%。';
  it('the rate is the paid amount over the whole', () => {
    expect(rel(text, 'rate')).toContainEqual(['ok', 40.83, 40.83]);
    expect(rel(text.replace('40.83%', '45.83%'), 'rate')).toContainEqual(['error', 45.83, 40.83]);
  });
  it('another amount in between leaves the whole unknown', () => {
    const between = text.replace('共确定12个项目。', '其中市级配套300.00万元。');
    expect(rel(between, 'rate').filter((r) => r[1] === 40.83)).toEqual([]);
  });
});
