// Statistical-bulletin changes with no 比上年 cue (our own sentences, invented figures): a bare
// direction word right after a figure is that figure's change. Each correct, with a planted error,
// and a look-alike that is no change.
import { describe, expect, it } from 'vitest';
import { relations, errors, rel } from '../../../test/helpers/relations.js';

describe('完成A，增加c，增长r%', () => {
  const text = '截至9月底，全镇累计完成收入640万元，增加40万元，增长6.67%；累计完成支出900万元，减少100万元，下降10%。';
  it('the rate is the change over current ∓ change', () => {
    expect(rel(text)).toEqual([
      ['yoy', 'ok', 6.67, 6.67],
      ['yoy', 'ok', -10, -10],
    ]);
  });
  it('a wrong rate is an error', () => {
    expect(errors(text.replace('6.67%', '7.67%'))).toEqual([['yoy', 7.67, 6.67]]);
    expect(errors(text.replace('减少100万元', '减少120万元'))).toEqual([['yoy', -10, -11.76]]);
  });
  it('a direction word that opens a noun phrase is no change (增加农户收入…)', () => {
    expect(rel('拨付补助资金50万元，增加农户收入12万元，增长显著。')).toEqual([]);
  });
});

describe('其中 parts that each carry their own change', () => {
  const text = '全县收入完成520万元，增加40万元。其中：县本级收入完成200万元，增加10万元；乡镇收入完成320万元，增加30万元。';
  it('the changes are not parts; the levels stay within the total', () => {
    expect(errors(text)).toEqual([]);
    expect(rel(text)).toContainEqual(['subset', 'ok', 520, 520]);
    expect(errors(text.replace('乡镇收入完成320', '乡镇收入完成350'))).toEqual([['subset', 520, 550]]);
  });
  it('a clause about another head noun after ； ends the list', () => {
    const t = '全区收入完成300万元，下降5%，其中：税收收入210万元，下降8%；全区支出完成640万元，增长2%。';
    expect(errors(t)).toEqual([]);
  });
});

describe('a classification after a 其中 list of the same total', () => {
  const text =
    '累计完成财政总收入900万元，增加60万元，增长7.14%。其中：地方收入完成600万元，增加40万元，增长7.14%；上划中央收入完成200万元，增加15万元，增长8.11%；上划省级收入完成100万元，增加5万元，增长5.26%。累计完成税收收入700万元，增加50万元，增长7.69%，税收占财政总收入的比重为77.78%；累计完成非税收入200万元，增加10万元，增长5.26%。';
  it('splits the total, not the last part of the list', () => {
    expect(errors(text)).toEqual([]);
    expect(rel(text)).toContainEqual(['share', 'ok', 77.78, 77.78]);
    expect(errors(text.replace('非税收入200万元', '非税收入260万元'))).toContainEqual(['sum', 900, 960]);
  });
  it('a share with its own noun is of the level, not of its change', () => {
    expect(errors(text.replace('77.78%', '87.78%'))).toEqual([['share', 87.78, 77.78]]);
  });
});

describe('a 其中 after a share of a budget', () => {
  const text = '1—6月，全县完成政府性基金收入520万元，占年初预算1300万元的40.0%，同比下降6.2%，其中国有土地使用权出让收入470万元，污水处理费收入50万元。';
  it('the list is of the figure before the share, not of the budget the share is of', () => {
    expect(
      relations(text)
        .filter((r) => r.kind === 'subset')
        .map((r) => [r.verdict, r.stated, r.computed]),
    ).toEqual([['ok', 520, 520]]);
    expect(errors(text.replace('470万元', '570万元'))).toEqual([['subset', 520, 620]]);
  });
});

describe('a bare rate after a change, set off by 、 (增收a、增长r%)', () => {
  const text = '一季度，全县一般公共预算收入108.00亿元，增收8.00亿元、增长8.0%，完成年度预算的30.0%。';
  it('is the change’s rate: ok', () => {
    expect(errors(text)).toEqual([]);
    expect(rel(text, ['yoy'])).toEqual([['yoy', 'ok', 8, 8]]);
  });
  it('a rate changed: error', () => {
    expect(errors(text.replace('增长8.0%', '增长9.0%'))).toEqual([['yoy', 9, 8]]);
  });
  it('a 、 list of two items each with its own rate is no change of the first (look-alike)', () => {
    const u = '全县税收收入、非税收入分别为60.00亿元、48.00亿元、增长率未公布。';
    expect(errors(u)).toEqual([]);
  });
});
