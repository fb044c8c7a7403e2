// What is left of a project's money: the whole less the amount spent (our sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, rel } from '../../../test/helpers/relations.js';

const left = (text: string) => rel(text, ['difference']);

describe('预算A，实际支出B，结余C: C = A − B', () => {
  const text = '（二）资金使用情况。该项目全年预算安排64.00万元，实际支出58.40万元，结余5.60万元，已按规定收回。';
  it('holds, and a remainder off the difference is an error', () => {
    expect(left(text)).toEqual([['difference', 'ok', 5.6, 5.6]]);
    expect(errors(text.replace('结余5.60', '结余6.60'))).toEqual([['difference', 6.6, 5.6]]);
    expect(errors(text.replace('实际支出58.40', '实际支出57.40'))).toEqual([['difference', 5.6, 6.6]]);
  });
  it('the whole in the sentence before, a rate between the amount spent and the remainder', () => {
    const apart = '项目资金到位情况：实际到位资金240.00万元，到位率100%。截至年底已支付216.00万元，支付率90.00%，未支付资金24.00万元。';
    expect(left(apart)).toContainEqual(['difference', 'ok', 24, 24]);
    expect(left(apart.replace('未支付资金24.00', '未支付资金26.00'))).toContainEqual(['difference', 'error', 26, 24]);
  });
  it('look-alikes: a carry-over from last year, or a remainder after a 其中 part, is no remainder of this spending', () => {
    expect(left('项目预算安排64.00万元，实际支出58.40万元，上年结转12.00万元。')).toEqual([]);
    expect(left('项目预算安排64.00万元，其中设备购置支出20.00万元，结余5.60万元。')).toEqual([]);
  });
});

describe('节约资金 / 未执行: what the budget did not need, as a remainder', () => {
  it('holds, and a wrong amount is an error', () => {
    expect(left('培训项目预算36.00万元，实际支出33.60万元，节约资金2.40万元。')).toEqual([['difference', 'ok', 2.4, 2.4]]);
    expect(left('培训项目预算36.00万元，实际支出33.60万元，节约资金4.20万元。')).toEqual([['difference', 'error', 4.2, 2.4]]);
    expect(left('全年预算28.00万元，实际执行25.50万元，未执行2.50万元。')).toEqual([['difference', 'ok', 2.5, 2.5]]);
  });
  it('a saving said of something else (通过集中采购节约) is not the remainder', () => {
    expect(left('培训项目预算36.00万元，实际支出33.60万元，通过集中采购节约资金1.10万元。')).toEqual([]);
  });
});

describe('a procurement: 采购预算A，采购金额B，节约资金C', () => {
  it('what the purchase did not need is the budget less the amount bought, across units', () => {
    expect(left('全年政府采购预算金额2.40亿元，实际采购金额2.26亿元，节约资金1400万元。')).toEqual([['difference', 'ok', 1400, 1400]]);
    expect(left('全年政府采购预算金额2.40亿元，实际采购金额2.26亿元，节约资金1600万元。')).toEqual([['difference', 'error', 1600, 1400]]);
    expect(left('采购预算85.00万元，成交金额79.50万元，节约5.50万元。')).toEqual([['difference', 'ok', 5.5, 5.5]]);
  });
  it('look-alikes: a count of purchases, or a saving rate, is no amount bought', () => {
    expect(left('采购预算85.00万元，完成采购12批次，节约资金5.50万元。')).toEqual([]);
    expect(left('采购预算85.00万元，采购节约率6.47%，节约资金5.50万元。')).toEqual([]);
  });
});

describe('合计A，已分配B，未分配C: an allocation and what is left of it', () => {
  const text = '各乡镇转移支付资金合计12.46亿元，已分配12.31亿元，未分配0.15亿元，分配率98.8%。';
  it('holds, and a wrong remainder or allocation is an error', () => {
    expect(left(text)).toEqual([['difference', 'ok', 0.15, 0.15]]);
    expect(errors(text.replace('未分配0.15', '未分配0.51'))).toEqual([['difference', 0.51, 0.15]]);
    expect(errors(text.replace('已分配12.31', '已分配13.31'))).toContainEqual(['difference', 0.15, -0.85]);
  });
  it('look-alikes: 未分配 with no amount allocated before it, or a 其中 part before it, relate nothing', () => {
    expect(left('市本级转移支付资金4.56亿元，未分配0.32亿元，分配率93.0%。')).toEqual([]);
    expect(left('转移支付资金合计12.46亿元，其中中央分配资金9.20亿元，未分配0.15亿元。')).toEqual([]);
  });
});
