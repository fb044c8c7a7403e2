// 支付率 after the paid and unpaid amounts (our own sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { relations } from '../../../test/helpers/relations.js';

const rel = (text: string) =>
  relations(text)
    .filter((r) => r.kind === 'rate')
    .map((r) => [r.verdict, r.stated, r.computed === null ? null : Math.round(r.computed * 100) / 100]);

describe('支付 A，未支 B，支付率 X%', () => {
  const text = '全年安排衔接资金500万元，资金已全部到位。截至年底，资金支付450万元，未支50万元，支付率90%。';
  it('the rate is A ÷ (A + B)', () => {
    expect(rel(text)).toEqual([['ok', 90, 90]]);
    expect(rel(text.replace('支付率90%', '支付率85%'))).toEqual([['error', 85, 90]]);
  });
  it('拨付 and 未拨付 read the same; a rate without the unpaid amount is not this relation', () => {
    expect(rel('项目资金已拨付360.5万元，未拨付39.5万元，拨付率90.1%。')).toEqual([['ok', 90.1, 90.13]]);
    expect(rel('项目资金已拨付360.5万元，其余资金待审计后支付，拨付率90.1%。')).toEqual([]);
  });
});
