// Which total a name refers to (our own sentences, invented figures): a label saying it lies within a
// total (A中B) is no whole; a name that is one of the things a label joins (A和B) is not short for it;
// a 收入总计 (with the carry-overs) is another quantity than 收入合计.
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

describe('占本年支出合计 after a label A中B', () => {
  const text =
    '一、支出情况\n2023年总支出500.00万元，其中项目支出100.00万元，基本支出400.00万元。基本支出中业务支出300.00万元，管理费用80.00万元，其他支出20.00万元。\n二、财政拨款支出情况\n2023年度一般公共预算财政拨款支出200.00万元，占本年支出合计的40.00%。';
  it('the share is of the year total, not of the part within 基本支出', () => {
    expect(ofKind(text, 'share')).toEqual([['ok', 40, 40]]);
    expect(errors(text)).toEqual([]);
  });
  it('a wrong share of the year total is still an error', () => {
    expect(ofKind(text.replace('40.00%', '45.00%'), 'share')).toEqual([['error', 45, 40]]);
  });
  it('a name that is that very label still finds it', () => {
    const t = '基本支出中业务支出300.00万元，管理费用80.00万元。其中差旅费60.00万元，占基本支出中业务支出的20.00%。';
    expect(ofKind(t, 'share')).toEqual([['ok', 20, 20]]);
  });
});

describe('占转移支付 inside 税收返还和转移支付', () => {
  it('the name is one of the joined things: no denominator, no error', () => {
    const t =
      '全年省级支出安排1000亿元。其中，对市县税收返还和转移支付800亿元，占总支出的80%（包括一般性转移支付450亿元，占转移支付比重达75%；专项转移支付150亿元）。';
    expect(errors(t)).toEqual([]);
    expect(ofKind(t, 'share').filter((r) => r[1] === 75)).toEqual([['unsure', 75, null]]);
  });
  it('a label ending with the name after a qualifier is still the total', () => {
    const t = '对市县转移支付600亿元，其中一般性转移支付450亿元，占转移支付比重达75%。';
    expect(ofKind(t, 'share')).toEqual([['ok', 75, 75]]);
    expect(ofKind(t.replace('75%', '80%'), 'share')).toEqual([['error', 80, 75]]);
  });
});

describe('收入总计 and 收入合计 in two sections', () => {
  const text =
    '1.总体情况。2023年度收入总计600.00万元，支出总计600.00万元。\n2.收入情况。2023年度收入合计550.00万元，其中：财政拨款收入550.00万元。年初结转和结余50.00万元。\n3.支出情况。2023年度支出合计520.00万元，其中：基本支出400.00万元，项目支出120.00万元。';
  it('the grand total holds the carry-overs: two quantities, no error', () => {
    expect(ofKind(text, 'same')).toEqual([]);
    expect(errors(text)).toEqual([]);
  });
  it('the same 合计 stated twice with two values is an error, once with one value none', () => {
    const t = text.replace('收入总计600.00万元', '收入合计560.00万元');
    expect(ofKind(t, 'same')).toEqual([['error', 550, 560]]);
    expect(ofKind(text.replace('收入总计600.00万元', '收入合计550.00万元'), 'same')).toEqual([]);
  });
  it('the same 总计 stated twice with two values is an error', () => {
    const t = text + '\n4.总计。2023年度收入总计610.00万元。';
    expect(ofKind(t, 'same')).toEqual([['error', 610, 600]]);
  });
});
