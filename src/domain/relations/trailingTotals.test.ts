// Items first and their 合计 last, each with a bracketed sub-amount (our own sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { relations, ofKind } from '../../../test/helpers/relations.js';

const sums = (text: string) => ofKind(text, 'sum');

describe('合计 after the items, sub-amounts in brackets', () => {
  const text =
    '该工程分两期建设，一期工程批复总投资1250.5万元（其中设备购置310.25万元），二期工程批复总投资980.3万元（其中设备购置205.75万元），三期工程批复投资469.2万元（其中设备购置84万元），合计批复总投资2700万元（其中设备购置600万元）。';
  it('the items add up to the 合计 and the sub-amounts to its own', () => {
    expect(sums(text)).toEqual([
      ['ok', 2700, 2700],
      ['ok', 600, 600],
    ]);
  });
  it('a wrong item, sub-amount or total is an error', () => {
    expect(sums(text.replace('980.3万元', '990.3万元'))[0]).toEqual(['error', 2700, 2710]);
    expect(sums(text.replace('205.75', '215.75'))[1]).toEqual(['error', 600, 610]);
    expect(sums(text.replace('2700万元', '2800万元'))[0]).toEqual(['error', 2800, 2700]);
  });
  it('items that measure something else are not summed', () => {
    const other = '一期工程批复总投资1250.5万元，二期工程已拨付资金980.3万元，合计批复总投资2700万元。';
    expect(sums(other)).toEqual([]);
  });
  it('a whole stated first does not make the list wrong (this rule; sums.ts reads such a list on its own)', () => {
    const whole = '项目总投资900万元，一标段投资300万元，二标段投资350万元，三标段投资250万元，合计投资900万元。';
    const mine = relations(whole).filter((r) => r.reason.includes('在所列各项之后'));
    expect(mine).toEqual([]);
  });
});
