// An execution rate after a 截止 clause (our own sentences, invented figures): paid by a date over the whole stated
// before the date, both verdicts, and a look-alike with a third amount that leaves the rate alone.
import { describe, expect, it } from 'vitest';
import { ofKind } from '../../../test/helpers/relations.js';

const rates = (text: string) => ofKind(text, 'rate');

describe('资金共B，截止某日，已拨付X，执行率r%', () => {
  const text = '该项目资金共860万元，截至2024年11月底，已拨付731万元，执行率85%。';
  it('the rate is the paid amount over the whole', () => {
    expect(rates(text)).toEqual([['ok', 85, 85]]);
    expect(rates(text.replace('执行率85%', '执行率95%'))).toEqual([['error', 95, 85]]);
    expect(rates(text.replace('731万元', '781万元'))[0]![0]).toBe('error');
  });
  it('without 截止, or with another amount in the clause, nothing is computed', () => {
    // without 截止 the rate is fundRates' (one sentence: 731 ÷ 860 = 85%), never an error here
    expect(rates('该项目资金共860万元，已拨付731万元，执行率85%。').filter((r) => r[0] !== 'ok')).toEqual([]);
    expect(rates('该项目资金共860万元，已拨付731万元，执行率58%。').filter((r) => r[0] === 'error')).toEqual([['error', 58, 85]]);
    expect(rates('该项目资金共860万元，截至11月底，已拨付731万元，其余129万元待付，执行率85%。').filter((r) => r[0] === 'error')).toEqual([]);
  });
});
