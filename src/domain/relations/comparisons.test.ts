// Comparisons a sentence states beyond the first, rates in parentheses, shares of items whose total
// is stated in the paragraph before, and an integer amount next to decimal ones (our own sentences,
// invented figures; shapes of natural errors in real reports).
import { describe, expect, it } from 'vitest';
import { errors, verdictOf } from '../../../test/helpers/relations.js';

describe('a second comparison in one sentence is of the same level', () => {
  it('较年初预算…，较上年…: both rates are checked', () => {
    const t = '三公经费支出共计8.00万元，较年初预算数减少2.00万元，下降20.00%，较上年支出数减少1.00万元，下降12.50%。';
    expect(errors(t)).toEqual([['yoy', -12.5, -11.11]]);
    expect(errors(t.replace('下降12.50%', '下降11.11%'))).toEqual([]);
  });
  it('比上年…，比2019年…', () => {
    const t = '支出100万元，比上年增加10万元，增长11.1%，比2019年减少25万元，降低20%。';
    expect(errors(t)).toEqual([]);
    expect(errors(t.replace('降低20%', '降低25%'))).toEqual([['yoy', -25, -20]]);
  });
  it('a change with no comparison word of its own is still ambiguous', () => {
    const t = '支出100万元，比上年增加10万元，增长11.1%，减少5万元，下降30%。';
    expect(errors(t)).toEqual([]);
  });
});

describe('a rate in parentheses right after its change', () => {
  it('较上年减少d万元（r%）', () => {
    const t = '公务接待费3.00万元，较上年减少1.00万元（25%）。';
    expect(verdictOf(t, 'yoy', -25)).toBe('ok');
    expect(errors(t.replace('（25%）', '（33.33%）'))).toEqual([['yoy', -33.33, -25]]);
  });
  it('比上年增加d元(r%) with ASCII parentheses', () => {
    const t = '会议费12,000元，比上年增加2,000元(20%)，主要是会议增多。';
    expect(verdictOf(t, 'yoy', 20)).toBe('ok');
    expect(errors(t.replace('(20%)', '(16.67%)'))).toEqual([['yoy', 16.67, 20]]);
  });
  it('a percent in parentheses after a level is no rate of change', () => {
    expect(errors('基本支出80万元（80%），项目支出20万元（20%）。')).toEqual([]);
  });
});

describe('shares of the items of a total stated in the sentence before', () => {
  const text =
    '“三公”经费支出预算为3万元，支出决算为2.00万元，完成预算的66.67%。\n“三公”经费支出决算中，公务接待费支出决算0.50万元，占25%；公务用车运行维护费支出决算1.50万元，占75%。';
  it('the bare 支出决算 after the item’s 预算 is the item’s, and the shares are of it', () => {
    expect(errors(text)).toEqual([]);
    expect(verdictOf(text, 'share', 25)).toBe('ok');
  });
  it('swapped shares are errors', () => {
    expect(errors(text.replace('占25%', '占75%').replace('占75%；', '').replace('1.50万元，占75%', '1.50万元，占25%'))).toContainEqual(['share', 25, 75]);
  });
  it('a 支出决算 after an income is not that income’s', () => {
    expect(errors('事业收入预算为3万元，支出决算为2.00万元。')).toEqual([]);
  });
});

describe('an integer amount next to a decimal one is written at one precision', () => {
  it('预算为1万元 with 0.53万元: 47% is an error, not ±50% of rounding', () => {
    const t = '接待费预算为1万元，支出决算为0.53万元，完成预算的47%。';
    expect(errors(t)).toEqual([['rate', 47, 53]]);
    expect(verdictOf(t.replace('47%', '53%'), 'rate', 53)).toBe('ok');
  });
  it('integer budget, decimal actual', () => {
    const t = '接待费预算为2万元，支出决算为1.50万元，完成预算的25%。';
    expect(errors(t)).toEqual([['rate', 25, 75]]);
    expect(errors(t.replace('25%', '75%'))).toEqual([]);
  });
  it('two integers keep their own rounding: a near rate is a warning at most', () => {
    const t = '收入预算30亿元，完成31亿元，完成预算的103.5%。';
    expect(errors(t)).toEqual([]);
  });
  it('a yoy whose prior is an integer change off a decimal level', () => {
    const t = '运行维护费7.50万元，较上年减少17万元，下降69.39%。';
    expect(errors(t)).toEqual([]);
    expect(errors(t.replace('69.39%', '73.00%'))).toEqual([['yoy', -73, -69.39]]);
  });
});
