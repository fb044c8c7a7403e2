// One sentence that nets out its three amounts (our own words, invented figures): a fund's income less
// its spending carried forward, and assets less liabilities; look-alikes that net nothing.
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

const diffs = (text: string) => ofKind(text, 'difference');

describe('收入A，支出B，结转下年C', () => {
  const text = '2023年本级福利彩票公益金收入640万元，安排支出585万元，结转下年使用55万元。其中：养老服务320万元。';
  it('the balance is income less spending', () => {
    expect(diffs(text)).toEqual([['ok', 55, 55]]);
    expect(errors(text)).toEqual([]);
    expect(diffs('全县专项资金收入128.6万元，支出120.2万元，当年结余8.4万元。')).toEqual([['ok', 8.4, 8.4]]);
  });
  it('a balance that is not income less spending is an error', () => {
    expect(errors(text.replace('55万元', '65万元'))).toEqual([['difference', 65, 55]]);
  });
  it('look-alikes: a carry-in, a 其中 part of spending, a cumulative balance', () => {
    expect(diffs('上年结转30万元，本年收入640万元，支出585万元，结转下年85万元。')).toEqual([]);
    expect(diffs('本年收入640万元，支出585万元，其中结转下年使用40万元。')).toEqual([]);
    expect(diffs('本年收入640万元，支出585万元，年末滚存结余230万元。')).toEqual([]);
  });
});

describe('资产总额A，负债总额B，净资产C', () => {
  const text = '截至年末，全县行政事业单位资产总额48.6亿元，负债总额12.3亿元，净资产36.3亿元。';
  it('net assets are assets less liabilities', () => {
    expect(diffs(text)).toEqual([['ok', 36.3, 36.3]]);
    expect(errors(text.replace('12.3亿元', '13.2亿元'))).toEqual([['difference', 36.3, 35.4]]);
  });
  it('look-alike: an equity item that is only a part of net assets', () => {
    expect(diffs('全县国有企业资产总额48.6亿元，负债总额30.1亿元，国有资本权益总额11.2亿元。')).toEqual([]);
  });
});
