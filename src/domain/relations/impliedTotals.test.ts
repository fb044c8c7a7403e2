// Shares of a total the text never states: the shares that agree on its amount show which one is mistyped
// (our sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { relations } from '../../../test/helpers/relations.js';

const T = '一是教育支出412,560.00元，占支出总预算64.30%。二是卫生健康支出138,900.00元，占支出总预算21.65%。三是住房保障支出90,140.00元，占支出总预算14.05%。';
const shareErrors = (text: string) =>
  relations(text)
    .filter((r) => r.kind === 'share' && r.verdict === 'error')
    .map((r) => [r.stated, r.computed]);

describe('three shares of one unstated total', () => {
  it('agreeing on its amount: no error', () => {
    expect(shareErrors(T)).toEqual([]);
  });
  it('one share with a digit changed (21.65 → 23.65): an error on it', () => {
    expect(shareErrors(T.replace('21.65%', '23.65%'))).toEqual([[23.65, 21.65]]);
  });
  it('one part with a digit changed (138,900.00 → 128,900.00): an error on its share', () => {
    const r = relations(T.replace('138,900.00', '128,900.00')).find((x) => x.kind === 'share' && x.verdict === 'error');
    expect([r?.stated, r?.computed]).toEqual([21.65, 20.09]);
    expect(r?.reason).toMatch(/若为 138900\.00/);
  });
});

describe('look-alikes that stay unsure', () => {
  it('two shares only: no majority to tell which is wrong', () => {
    const two = '一是教育支出412,560.00元，占支出总预算64.30%。二是卫生健康支出138,900.00元，占支出总预算23.65%。';
    expect(shareErrors(two)).toEqual([]);
  });
  it('an odd share no single keystroke brings in line (perhaps of another total)', () => {
    expect(shareErrors(T.replace('21.65%', '30.12%'))).toEqual([]);
  });
  it('shares written with two digits only', () => {
    const coarse = T.replace('64.30%', '64%').replace('21.65%', '24%').replace('14.05%', '14%');
    expect(shareErrors(coarse)).toEqual([]);
  });
});
