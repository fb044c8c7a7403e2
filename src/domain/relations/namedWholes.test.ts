// A share of a whole named by words of a total stated a sentence or paragraph before (invented figures).
import { describe, expect, it } from 'vitest';
import { relations } from '../../../test/helpers/relations.js';

const shares = (text: string) =>
  relations(text)
    .filter((r) => r.reasonEn.startsWith('a share of a named whole'))
    .map((r) => [r.verdict, r.stated, r.computed]);

const doc = (p: string) =>
  ['今年全市8项惠民实事共需筹集资金50.0亿元，其中，市级安排30.0亿元，区县承担20.0亿元。', `截至6月底，已累计拨付惠民资金20.0亿元，占年筹资总额的${p}%。`].join(
    '\n',
  );

describe('share of a named whole stated elsewhere', () => {
  it('拨付 ÷ the one total whose label holds the name (筹资 ← 共需筹集资金)', () => {
    expect(shares(doc('40.0'))).toEqual([['ok', 40, 40]]);
    expect(shares(doc('45.0'))).toEqual([['error', 45, 40]]);
  });

  it('two totals that hold the name: nothing is said', () => {
    const two = `上年共筹集资金40.0亿元。\n${doc('40.0').replace('其中，', '另计划共筹集资金10.0亿元，其中，')}`;
    expect(shares(two)).toEqual([]);
  });

  it('look-alike: a share of a whole no total before names (占年预算总额): not read here', () => {
    expect(shares(doc('40.0').replace('年筹资总额', '年预算总额'))).toEqual([]);
  });
});
