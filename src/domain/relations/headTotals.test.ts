// Items of one head noun closed by that noun's 总计 / 合计 in their sentence, no cue word (our own words,
// invented figures): the items add up to it; lists with another reading stay unchecked.
import { describe, expect, it } from 'vitest';
import { errors, rel } from '../../../test/helpers/relations.js';

const text =
  '据介绍，去年县本级税收收入120.5亿元，上级转移支付收入48.3亿元，债务转贷收入20.0亿元，上年结转收入11.2亿元，县本级收入总计200.0亿元。县本级支出总计180.0亿元。';

describe('items closed by the 总计 of their head noun', () => {
  it('the items add up to the 总计', () => {
    expect(rel(text, ['sum'])).toEqual([['sum', 'ok', 200, 200]]);
    expect(errors(text)).toEqual([]);
  });
  it('one item that does not end with the noun (税收返还) is still an item', () => {
    const t = '全年一般预算收入80.0万元，上级税收返还12.0万元，补助收入8.0万元，收入合计100.0万元。';
    expect(rel(t, ['sum'])).toEqual([['sum', 'ok', 100, 100]]);
  });
  it('a mistyped item is an error', () => {
    expect(errors(text.replace('48.3', '84.3'))).toContainEqual(['sum', 200, 236]);
    expect(errors(text.replace('20.0亿元，上年', '27.0亿元，上年'))).toContainEqual(['sum', 200, 207]);
  });
  it('look-alikes stay quiet: a change, items of another noun, a series of years, a subtotal', () => {
    for (const t of [
      '税收收入120.5亿元，增长5%，上级补助收入48.3亿元，债务收入20.0亿元，收入总计300.0亿元。',
      '基本支出120.5万元，项目支出48.3万元，上年结转收入20.0万元，收入总计300.0万元。',
      '2021年收入120.5万元，2022年收入48.3万元，2023年收入20.0万元，收入合计300.0万元。',
      '财政拨款收入120.0万元，事业收入30.0万元，本年收入合计150.0万元，上年结转收入20.0万元，收入总计200.0万元。',
      '一般预算收入120.5万元，补助收入48.3万元等，收入总计300.0万元。',
    ])
      expect(errors(t), t).toEqual([]);
  });
});
