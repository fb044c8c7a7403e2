// Changes whose other figure is stated elsewhere in the paragraph (our own sentences, invented figures):
// each shape correct, with a planted error, and a look-alike that relates nothing.
import { describe, expect, it } from 'vitest';
import { rel } from '../../../test/helpers/relations.js';

const found = (text: string) => rel(text, ['yoy', 'difference']);

describe('a rate of change, the prior stated elsewhere in the paragraph', () => {
  const text = '上年本单位支出为250.00万元。2024年本单位支出275.00万元，同比增长10.00%。';
  it('r = (X − P) ÷ P', () => {
    expect(found(text)).toEqual([['yoy', 'ok', 10, 10]]);
    expect(found(text.replace('10.00%', '12.00%'))).toEqual([['yoy', 'error', 12, 10]]);
  });
  it('上年为P after the rate', () => {
    expect(found('2024年本单位支出275.00万元，同比增长11.00%，上年为250.00万元。')).toEqual([['yoy', 'error', 11, 10]]);
  });
  it('a paragraph that speaks of an adjusted base (同口径, 剔除) is left alone', () => {
    expect(found('上年本单位支出为250.00万元。2024年本单位支出275.00万元，同比增长8.00%，剔除一次性因素后增长10.00%。')).toEqual([]);
  });
  it('a prior of another quantity is not this one', () => {
    expect(found('上年本单位项目支出为250.00万元。2024年本单位支出275.00万元，同比增长12.00%。')).toEqual([]);
  });
});

describe('a change amount, the prior stated in another sentence', () => {
  const text = '2023年本单位收入为480.00万元。2024年本单位收入520.00万元，比上年增加40.00万元。';
  it('X − P = c', () => {
    expect(found(text)).toEqual([['difference', 'ok', 40, 40]]);
    expect(found(text.replace('增加40.00', '增加45.00'))).toEqual([['difference', 'error', 45, 40]]);
  });
});

describe('比年初预算增加/减少: actual − the budget stated before', () => {
  it('the budget in the sentence before', () => {
    const text = '2024年本单位年初预算为300.00万元。全年支出决算326.50万元，比年初预算增加26.50万元。';
    expect(found(text)).toEqual([['difference', 'ok', 26.5, 26.5]]);
    expect(found(text.replace('增加26.50', '增加36.50'))).toEqual([['difference', 'error', 36.5, 26.5]]);
    expect(found(text.replace('增加26.50', '减少26.50'))).toEqual([['difference', 'error', 26.5, 26.5]]);
  });
  it('the budget before the actual in its sentence', () => {
    const text = '2024年度一般公共预算财政拨款支出年初预算为500.00万元，支出决算为482.00万元，比年初预算减少18.00万元。';
    expect(found(text)).toEqual([['difference', 'ok', 18, 18]]);
    expect(found(text.replace('减少18.00', '减少28.00'))).toEqual([['difference', 'error', 28, 18]]);
  });
  it('a budget the lexicon does not name, of the same quantity', () => {
    const text = '2024年“三公”经费调整预算为12.00万元。“三公”经费支出决算10.50万元，较调整预算减少1.50万元。';
    expect(found(text)).toEqual([['difference', 'ok', 1.5, 1.5]]);
    expect(found(text.replace('减少1.50', '减少2.50'))).toEqual([['difference', 'error', 2.5, 1.5]]);
  });
  it('年初 and 调整 budgets both stated, 比预算 bare: which one is not said', () => {
    expect(found('本单位年初预算为300.00万元，调整预算为330.00万元。全年支出决算326.50万元，比预算增加26.50万元。')).toEqual([]);
  });
});

describe('与上年持平: the two figures are equal', () => {
  const text = '2023年培训费支出3.50万元，2024年培训费支出3.50万元，与上年持平。';
  it('equal, or an error', () => {
    expect(found(text)).toEqual([['difference', 'ok', 3.5, 3.5]]);
    expect(found(text.replace('2024年培训费支出3.50', '2024年培训费支出3.80'))).toEqual([['difference', 'error', 3.8, 3.5]]);
  });
  it('基本持平 is no equality', () => {
    expect(found('2023年培训费支出3.50万元，2024年培训费支出3.60万元，与上年基本持平。')).toEqual([]);
  });
  it('和上年持平 says the same', () => {
    const he = text.replace('与上年持平', '和上年持平');
    expect(found(he)).toEqual([['difference', 'ok', 3.5, 3.5]]);
    expect(found(he.replace('2024年培训费支出3.50', '2024年培训费支出3.80'))).toEqual([['difference', 'error', 3.8, 3.5]]);
  });
});

describe('point changes of a rate: 由a%调整为b%，提高/下降r个百分点', () => {
  it('r = |b − a|, the direction word agreeing', () => {
    const text = '本年政府采购执行率由上年的85.0%提高到92.5%，提高7.5个百分点。';
    expect(found(text)).toEqual([['difference', 'ok', 7.5, 7.5]]);
    expect(found(text.replace('提高7.5', '提高8.5'))).toEqual([['difference', 'error', 8.5, 7.5]]);
    expect(found('基本支出占总支出的比重由60.20%调整为58.70%，提高1.50个百分点。')).toEqual([['difference', 'error', 1.5, -1.5]]);
  });
  it('从2023年的a%提高至b%', () => {
    expect(found('预算执行率从2023年的92.40%提高至96.10%，提高3.07个百分点。')).toEqual([['difference', 'error', 3.07, 3.7]]);
  });
  it('a point change without both rates relates nothing', () => {
    expect(found('本年政府采购执行率为92.5%，比上年提高7.5个百分点。')).toEqual([]);
  });
});

describe('较上年P减少c, P written without its unit', () => {
  const text = '本部门“三公”经费支出4.15万元，较上年4.32减少0.17万元。';
  it('P takes the unit of the change: X − P = ±c', () => {
    expect(found(text)).toEqual([['difference', 'ok', 0.17, 0.17]]);
    expect(found(text.replace('4.32', '4.62'))).toEqual([['difference', 'error', 0.17, 0.47]]);
    // the direction word must agree
    expect(found(text.replace('4.32减少', '4.00减少'))[0]![1]).toBe('error');
  });
  it('a number of something else after 较上年 (第3季度) is no prior', () => {
    expect(found('本年支出12亿元，比上年第3季度增加2亿元。')).toEqual([]);
    expect(found('本年支出12亿元，比上年3月增加2亿元。')).toEqual([]);
  });
});
