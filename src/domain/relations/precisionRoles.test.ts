// Figures bound in a role they do not have (our sentences, invented figures; round 11): a gap to the
// budget taken as a change on last year, the figure a share is of taken as a level, a running total added
// as one more item, counts of another noun, a part taken as the whole, a headline restating another figure.
import { describe, expect, it } from 'vitest';
import { errors, find, relations } from '../../../test/helpers/relations.js';

describe('a change and its rate share one basis (超收 is against the budget, 同比 against last year)', () => {
  const text = '其中：税收收入5200万元，完成预算4800万元的108.3%，超收400万元，同比增长13.0%，增收600万元；非税收入1300万元，完成预算1250万元的104.0%。';
  it('the 同比 rate is the rate of the 增收 after it, not of the 超收 before it', () => {
    expect(errors(text)).toEqual([]);
    expect(find(text, 'yoy', 13)?.parts.map((p) => p.value)).toEqual([5200, 600]);
  });
  it('a wrong rate is still an error', () => {
    expect(errors(text.replace('同比增长13.0%', '同比增长15.0%'))).toEqual([['yoy', 15, 13.04]]);
  });
  it('a 超收 alone before the change is no level of it', () => {
    const t = '税收收入5200万元，完成预算4800万元的108.3%，超收400万元，增收600万元，增长13.0%。';
    expect(errors(t)).toEqual([]);
    expect(errors(t.replace('增长13.0%', '增长11.0%'))).toEqual([['yoy', 11, 13.04]]);
  });
  it('a change on last year right before its rate is still its rate (look-alike)', () => {
    const t = '税收收入5200万元，比上年增加400万元，增长8.3%。';
    expect(errors(t)).toEqual([]);
    expect(errors(t.replace('增长8.3%', '增长9.3%'))).toEqual([['yoy', 9.3, 8.33]]);
  });
});

describe('the figure a share is of is not the level a change compares', () => {
  const text = '全县财政收入完成52000万元，占预算48000万元的108.3%，较上年同期46000万元增长13.0%。';
  it('the rate compares the amount done with last year, not the budget with last year', () => {
    expect(errors(text)).toEqual([]);
    expect(find(text, 'difference', 13)?.parts.map((p) => p.value)).toEqual([52000, 46000]);
  });
  it('one figure written as the budget and as last year is not compared with itself', () => {
    expect(errors('全县财政收入完成52000万元，占预算46000万元的113.0%，较上年同期46000万元增长13.0%。')).toEqual([]);
  });
  it('a wrong rate is still an error', () => {
    expect(errors(text.replace('增长13.0%', '增长15.0%'))).toEqual([['difference', 15, 13.04]]);
  });
});

describe('a running total inside a 加上 chain closes the items before it', () => {
  const text =
    '2023年全县一般公共预算收入20000万元，加上级补助收入150000万元，债券转贷收入3000万元，全县一般预算总收入173000万元，加上年结余200万元，加调入资金5000万元，收入总计178200万元。';
  it('S1 = the items before it, S2 = S1 + the items after it', () => {
    expect(errors(text)).toEqual([]);
    expect(find(text, 'sum', 173000)?.parts.map((p) => p.value)).toEqual([20000, 150000, 3000]);
    expect(find(text, 'sum', 178200)?.parts.map((p) => p.value)).toEqual([173000, 200, 5000]);
  });
  it('a wrong item before the running total is an error of it', () => {
    expect(errors(text.replace('债券转贷收入3000万元', '债券转贷收入4000万元'))).toEqual([['sum', 173000, 174000]]);
  });
  it('a wrong item after it is an error of the closing total', () => {
    expect(errors(text.replace('上年结余200万元', '上年结余300万元'))).toEqual([['sum', 178200, 178300]]);
  });
  it('a wrong running total breaks both', () => {
    expect(errors(text.replace('总收入173000万元', '总收入174000万元'))).toEqual([
      ['sum', 174000, 173000],
      ['sum', 178200, 179200],
    ]);
  });
  it('a chain without a running total is one list (look-alike)', () => {
    const t = '2023年全县一般公共预算收入20000万元，加上级补助收入150000万元，债券转贷收入3000万元，收入总计173000万元。';
    expect(errors(t)).toEqual([]);
    expect(errors(t.replace('收入总计173000万元', '收入总计175000万元'))).toEqual([['sum', 175000, 173000]]);
  });
});

describe('bare counts after counts of two nouns belong to neither for sure', () => {
  it('部门 and 项目 before 其中 with counts of no noun: no part of the 部门 count', () => {
    const t = '2024年，省里下达我县专项资金3.20亿元，涉及3个部门，支持8个项目。其中：县交通局5个1.50亿元、县水利局2个1.20亿元、县农业局1个0.50亿元。';
    expect(errors(t)).toEqual([]);
  });
  it('the same in one sentence, the other noun nearer the cue', () => {
    const t = '2024年，省里下达我县专项资金3.20亿元，支持8个项目，涉及3个部门，其中：县交通局5个1.50亿元、县水利局2个1.20亿元、县农业局1个0.50亿元。';
    expect(errors(t)).toEqual([]);
  });
  it('bare counts that add up to one of the counts are its parts (and unsure of which when they do not)', () => {
    const t = '2024年，省里下达我县专项资金3.20亿元，涉及3个部门，支持8个项目。其中：县交通局5个、县水利局2个、县农业局1个。';
    expect(find(t, 'subset', 8)?.parts.map((p) => p.value)).toEqual([5, 2, 1]);
    expect(errors(t.replace('县农业局1个', '县农业局2个'))).toEqual([]);
  });
  it('parts that name their noun are still checked against that count', () => {
    const t = '2024年，省里下达我县专项资金3.20亿元，涉及3个部门，支持8个项目。其中：县交通局5个项目1.50亿元、县水利局2个项目1.20亿元。';
    expect(errors(t)).toEqual([]);
    expect(find(t, 'subset', 8)?.parts.map((p) => p.value)).toEqual([5]);
    expect(errors(t.replace('县交通局5个项目', '县交通局9个项目'))).toEqual([['subset', 9, 8]]);
  });
  it('a count of one noun before bare counts is still their total (look-alike)', () => {
    const t = '全县共实施项目8个。其中：县交通局5个、县水利局3个。';
    expect(errors(t)).toEqual([]);
    expect(errors(t.replace('县水利局3个', '县水利局6个'))).toEqual([['subset', 8, 11]]);
  });
});

describe('a share of the whole is of the whole, not of the nearest figure with its head noun', () => {
  const text = [
    '2023年本单位支出合计5000.00万元，其中基本支出2000.00万元，占总支出的40.00%，项目支出3000.00万元，占总支出的60.00%。',
    '（一）基本支出：本年基本支出2000.00万元，占总支出的40.00%，本年基本支出均为教育支出2000.00万元。',
    '（二）项目支出：本年项目支出3000.00万元，占总支出的60.00%，其中教育支出2900.00万元，卫生支出100.00万元。',
  ].join('\n');
  it('a part stated again is of the total its first statement belongs to', () => {
    expect(errors(text)).toEqual([]);
    const shares = relations(text).filter((r) => r.kind === 'share' && r.stated === 60);
    expect(shares.map((r) => r.parts.map((p) => p.value))).toEqual([
      [3000, 5000],
      [3000, 5000],
    ]);
  });
  it('a wrong restated share is still an error', () => {
    const t = text.replace('本年项目支出3000.00万元，占总支出的60.00%', '本年项目支出3000.00万元，占总支出的66.00%');
    expect(errors(t)).toEqual([['share', 66, 60]]);
  });
  it('a whole smaller than its part is a doubtful binding: unsure, not an error', () => {
    const t = '本单位教育支出800.00万元。本年项目支出3000.00万元，占总支出的60.00%。';
    expect(errors(t)).toEqual([]);
    expect(find(t, 'share', 60)?.verdict).toBe('unsure');
  });
  it('a whole the name calls 总 is no item of another list, however large', () => {
    const t =
      '2023年本单位支出合计5000.00万元，其中基本支出2000.00万元，项目支出2950.00万元，经营支出50.00万元。项目支出中，其中：教育支出2900.00万元，卫生支出50.00万元。食堂支出40.00万元，占总支出的0.80%。';
    expect(errors(t)).toEqual([]);
    expect(find(t, 'share', 0.8)?.parts.map((p) => p.value)).toEqual([40, 5000]);
    expect(errors(t.replace('占总支出的0.80%', '占总支出的0.90%'))).toEqual([['share', 0.9, 0.8]]);
  });
  it('a whole found by name and large enough is still checked (look-alike)', () => {
    expect(errors('本单位支出合计5000.00万元。本年项目支出3000.00万元，占总支出的66.00%。')).toEqual([['share', 66, 60]]);
  });
});

describe('a headline restates the body figure of its value', () => {
  it('a yearly total in the headline is not this batch of the body', () => {
    const t =
      '市财政下拨农村公路养护资金2.50亿元\n近日，市财政下拨农村公路养护资金4800.00万元，其中：中央补助3000.00万元，省级补助1800.00万元，全年累计下达农村公路养护资金共2.50亿元。';
    expect(errors(t)).toEqual([]);
  });
  it('a headline that differs from every body figure is still an error', () => {
    const t = '市财政下拨农村公路养护资金4900万元\n近日，市财政下拨农村公路养护资金4800.00万元，其中：中央补助3000.00万元，省级补助1800.00万元。';
    expect(errors(t)).toEqual([['same', 4900, 4800]]);
  });
});
