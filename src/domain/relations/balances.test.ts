// Balances of budget execution reports, in our own words with invented figures: 结余 = 可用资金 − 支出,
// and 可使用资金 = 收入 + the carry-over added after a 故. Both verdicts and look-alikes.
import { describe, expect, it } from 'vitest';
import { errors, ofKind, rel } from '../../../test/helpers/relations.js';

describe('结余 = 可用资金 − 支出', () => {
  const text = '加上上年结余310.20万元，全年一般公共预算可用资金为5210.40万元。2023年一般公共预算支出4870.15万元，为调整预算的98.50%。结余340.25万元。';
  it('the balance after the spending of the funds available', () => {
    expect(rel(text, ['difference'])).toEqual([['difference', 'ok', 340.25, 340.25]]);
    expect(errors(text.replace('340.25', '350.25'))).toContainEqual(['difference', 350.25, 340.25]);
    expect(errors(text.replace('4870.15', '4880.15'))).toContainEqual(['difference', 340.25, 330.25]);
  });
  it('支出总计 already holds the closing balance: nothing is read', () => {
    const t = '全年可用资金为5210.40万元。支出总计5210.40万元，结转下年340.25万元。';
    expect(rel(t, ['difference'])).toEqual([]);
  });
  it('a 收入 that may leave out the opening balance is not a total available', () => {
    const t = '本年收入合计5210.40万元。本年支出4870.15万元。年末结余400.00万元。';
    expect(errors(t)).toEqual([]);
  });
  it('two spending figures before the balance: which one is not said', () => {
    const t = '全年可用资金为5210.40万元。本级支出4870.15万元，上解支出200.00万元。结余140.25万元。';
    expect(errors(t)).toEqual([]);
  });
});

describe('可使用资金 = 收入 + 结转 after 故', () => {
  const text =
    '2023年，全镇实现财政总收入8640.50万元，其中，一般转移支付收入7100.00万元，专项转移支付收入1540.50万元。\n需要说明的是：上年专项转移支付结转至2023年使用金额为320.40万元，故2023年可使用资金合计8960.90万元。';
  it('the total available is the income before plus the carry-over', () => {
    expect(rel(text, ['sum'])).toEqual([['sum', 'ok', 8960.9, 8960.9]]);
    expect(errors(text.replace('8960.90', '9060.90'))).toEqual([['sum', 9060.9, 8960.9]]);
    expect(errors(text.replace('320.40', '330.40'))).toEqual([['sum', 8960.9, 8970.9]]);
  });
  it('two income totals before: which one is not said', () => {
    const t = '全镇财政总收入8640.50万元，上级补助收入1200.00万元。\n上年结转资金320.40万元，故可使用资金合计8960.90万元。';
    expect(errors(t)).toEqual([]);
  });
  it('no 故: an available total of its own is not read as this sum', () => {
    const t = '全镇实现财政总收入8640.50万元。\n上年结转资金320.40万元，全年可使用资金合计9000.00万元。';
    expect(rel(t, ['sum'])).toEqual([]);
  });
});

describe('收入总计 = 支出总计', () => {
  const text = '一、收入支出决算总体情况说明⏎2023年度收入总计862.40万元，支出总计862.40万元。与上年相比，收、支总计各增加40.10万元，增长4.88%。'.replace(
    '⏎',
    '\n',
  );
  it('the two grand totals of one statement balance', () => {
    expect(rel(text, ['carryOver'])).toEqual([['carryOver', 'ok', 862.4, 862.4]]);
    expect(errors(text.replace('支出总计862.40', '支出总计872.40'))).toContainEqual(['carryOver', 872.4, 862.4]);
    const fund = '本部门决算说明如下。2023年度财政拨款收入总计510.00万元，支出总计510.00万元。';
    expect(errors(fund.replace('支出总计510.00', '支出总计520.00'))).toEqual([['carryOver', 520, 510]]);
  });
  it('合计 of the year is not a balanced total (the year may end with a surplus)', () => {
    const t = '2023年度收入合计862.40万元，支出合计850.00万元。';
    expect(errors(t)).toEqual([]);
  });
  it('a 财政 report: 支出总计 may leave the 结余 out', () => {
    expect(errors('全县一般公共预算收入总计15230万元，支出总计15130万元，年终结余100万元。')).toEqual([]);
    expect(errors('全县一般公共预算收入总计15230万元，支出总计15130万元。')).toEqual([]);
    expect(errors('部门决算说明。收入总计15230万元，支出总计15130万元，年终结余100万元。')).toEqual([]);
  });
  it('a figure between, or two scopes, compares nothing', () => {
    expect(errors('部门决算说明。收入总计862.40万元，年末结余12.40万元，支出总计850.00万元。')).toEqual([]);
    expect(errors('部门决算说明。一般公共预算收入总计862.40万元，政府性基金支出总计850.00万元。')).toEqual([]);
  });
});

describe('收入总计X，支出总计Y，年终结余C in one sentence', () => {
  const text = '全县一般公共预算收入总计96230万元，支出总计95130万元，年终结余1100万元。';
  it('C = X − Y', () => {
    expect(rel(text, ['difference'])).toEqual([['difference', 'ok', 1100, 1100]]);
    expect(errors(text.replace('1100万元', '1200万元'))).toEqual([['difference', 1200, 1100]]);
    expect(errors(text.replace('95130', '95230'))).toEqual([['difference', 1100, 1000]]);
  });
  it('合计 of the year with a balance after: the opening balance may be missing, nothing is read', () => {
    expect(errors('全县一般公共预算收入合计96230万元，支出合计95130万元，年终结余1300万元。')).toEqual([]);
  });
});

describe('上级补助收入 by kind of transfer', () => {
  const text = '上级补助收入64200万元，其中：返还性收入2100万元，一般性转移支付收入45600万元，专项转移支付收入16500万元。';
  it('the transfers add up to the total', () => {
    expect(rel(text, ['sum'])).toEqual([['sum', 'ok', 64200, 64200]]);
    expect(errors(text.replace('64200', '65200'))).toEqual([['sum', 65200, 64200]]);
  });
  it('a 财政总收入 of transfers and other money is not split by them', () => {
    const t = '全镇财政总收入64200万元，其中，一般性转移支付收入45600万元，专项转移支付收入16500万元。';
    expect(errors(t)).toEqual([]);
  });
});

describe('a sentence opening with 加上 after the spending of the sentence before', () => {
  const text = '全县政府性基金预算支出完成31200万元，为调整预算的96.30%。加上解上级支出400万元、调出资金900万元，支出总计32500万元。';
  it('the first item is the spending before, not left out', () => {
    expect(rel(text, ['sum'])).toEqual([['sum', 'ok', 32500, 32500]]);
    expect(errors(text.replace('32500', '33500'))).toEqual([['sum', 33500, 32500]]);
  });
});

describe('当年结余 = 收入 − 支出', () => {
  const text = '全市社会保险基金预算收入完成41300万元，支出完成38900万元，当年结余2400万元，年末滚存结余25600万元。';
  it('the year surplus of the two figures before it', () => {
    expect(rel(text, ['difference'])).toEqual([['difference', 'ok', 2400, 2400]]);
    expect(errors(text.replace('38900', '39900'))).toEqual([['difference', 2400, 1400]]);
  });
  it('a 年末滚存结余 holds the opening balance: not read; nor a surplus after two spending figures', () => {
    expect(errors('全市社会保险基金预算收入完成41300万元，支出完成38900万元，年末滚存结余25600万元。')).toEqual([]);
    expect(errors('社保基金收入41300万元，待遇支出30000万元，其他支出8900万元，当年结余2500万元。')).toEqual([]);
  });
});

describe('the closing balance by kind of spending, 人员经费 by economic class', () => {
  it('年末结转和结余 = 基本支出结转 + 项目支出结转', () => {
    const t = '2023年年末结转和结余36.00万元，主要是项目未完工。其中基本支出结转6.00万元，项目支出结转30.00万元。';
    expect(rel(t, ['sum'])).toEqual([['sum', 'ok', 36, 36]]);
    expect(errors(t.replace('36.00', '46.00'))).toEqual([['sum', 46, 36]]);
  });
  it('人员经费 = 工资福利支出 + 对个人和家庭的补助', () => {
    const t = '基本支出620.00万元，其中：人员经费560.00万元，公用经费60.00万元。人员经费包括工资福利支出500.00万元，对个人和家庭的补助60.00万元。';
    expect(rel(t, ['sum'])).toContainEqual(['sum', 'ok', 560, 560]);
    expect(errors(t.replace('工资福利支出500.00', '工资福利支出510.00'))).toEqual([['sum', 560, 570]]);
  });
  it('one class alone under 人员经费 is a subset', () => {
    const t = '人员经费560.00万元，其中：工资福利支出500.00万元。';
    expect(errors(t)).toEqual([]);
  });
});

describe('X收入总计T。X支出S。X预算执行当年结余C: the same words name all three', () => {
  const diffs = (text: string) => ofKind(text, 'difference');
  const text =
    '县本级国有资本经营收入18.6亿元。加上上年结转收入0.4亿元，县本级国有资本经营收入合计19亿元。县本级国有资本经营支出17.2亿元。县本级国有资本经营预算执行当年结余1.8亿元。';
  it('the total less the spending', () => {
    expect(diffs(text)).toEqual([['ok', 1.8, 1.8]]);
    expect(errors(text.replace('17.2亿元', '17.8亿元'))).toContainEqual(['difference', 1.8, 1.2]);
  });
  it('the year’s own income less the spending passes too (the text does not say which)', () => {
    expect(errors(text.replace('结余1.8亿元', '结余1.4亿元'))).toEqual([]);
  });
  it('look-alike: a spending named by other words is not read', () => {
    expect(diffs(text.replace('县本级国有资本经营支出17.2', '县本级一般公共预算支出17.2'))).toEqual([]);
  });
});
