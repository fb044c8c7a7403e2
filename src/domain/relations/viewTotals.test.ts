// Two views of one total (从征收部门看 … / 从征收质量看 …): the second view splits the document's total,
// never an item of the first view; a classification of one budget (税收 + 非税) splits the total that
// names that budget (一般预算收入), not a broader 财政总收入 stated before it.
import { describe, expect, it } from 'vitest';
import { errors, verdictOf } from '../../../test/helpers/relations.js';

const text =
  '2031年3月，某区财政总收入完成24600万元，比上年同期增加2600万元。其中：地方一般预算收入完成9300万元，较上年同期增加500万元。\n' +
  '从征收部门看：税务部门组织地方收入6100万元，较上年同期增长3.10%；财政部门组织地方收入3200万元，比上年同期增长10.34%。\n' +
  '从征收质量看：税收收入完成6100万元，占一般预算收入65.59%；非税收入完成3200万元，占一般预算收入34.41%。';

describe('a second view of a total is read against the total, not an item of the first view', () => {
  it('ok: both views add up to the 一般预算收入', () => {
    expect(errors(text)).toEqual([]);
    expect(verdictOf(text, 'sum', 9300)).toBe('ok');
    expect(verdictOf(text, 'share', 34.41)).toBe('ok');
  });
  it('error: a part of the second view changed', () => {
    const bad = text.replace('非税收入完成3200万元', '非税收入完成3500万元');
    expect(errors(bad)).toContainEqual(['sum', 9300, 9600]);
  });
  it('look-alike: tax and non-tax that add up to the broader total are read against it', () => {
    const t =
      '2031年，某县财政总收入完成5000万元，其中：地方一般预算收入完成3000万元。' +
      '从征收部门看：税务部门组织收入3500万元，财政部门组织收入1500万元。从收入结构看：税收收入完成3800万元，非税收入完成1200万元。';
    expect(errors(t)).toEqual([]);
    expect(verdictOf(t, 'sum', 5000)).toBe('ok');
  });
  it('a total named 一般公共预算收入 stays the total of its classification', () => {
    const t = '全县一般公共预算收入800万元。从征收部门看，税务部门征收500万元，财政部门征收300万元。从收入结构看，税收收入560万元，非税收入240万元。';
    expect(errors(t)).toEqual([]);
    expect(errors(t.replace('非税收入240万元', '非税收入290万元'))).toContainEqual(['sum', 800, 850]);
  });
});

describe('a numbered item opening with “X中，”', () => {
  const t =
    '上级补助收入900万元，其中：返还性收入100万元，一般性转移支付收入600万元，专项转移支付收入200万元。\n' +
    '二、一般性转移支付收入中，均衡性转移支付300万元，县级财力保障奖补200万元，其他一般性转移支付收入100万元。';
  it('ok: the list closing with 其他 + the total’s name is all of it', () => {
    expect(errors(t)).toEqual([]);
    expect(verdictOf(t, 'sum', 600)).toBe('ok');
  });
  it('error: one item changed', () => {
    expect(errors(t.replace('均衡性转移支付300万元', '均衡性转移支付330万元'))).toContainEqual(['sum', 600, 630]);
  });
  it('look-alike: a numbered 中标 clause opens no list', () => {
    const c = '二、项目中标金额480万元，节约资金20万元。';
    expect(errors(c)).toEqual([]);
  });
});

describe('a view after a 累计 total of another period', () => {
  const t =
    '8月份，全市一般公共预算收入70.0亿元，增长4.1%。从收入级次看，中央级收入26.0亿元，与上年同月持平；地方级44.0亿元，增长3.4%。\n' +
    '1-8月，全市一般公共预算收入累计512.3亿元，增长5.2%。从收入级次看，中央级收入190.1亿元，同比增长2.7%；地方级收入322.1亿元，同比增长4.7%。';
  it('ok: the cumulative view splits the 累计 total (rounding only), not the month before', () => {
    expect(errors(t)).toEqual([]);
    expect(verdictOf(t, 'sum', 512.3)).toBe('rounding');
    expect(verdictOf(t, 'sum', 70)).toBe('ok');
  });
  it('error: a level of the cumulative view changed', () => {
    expect(errors(t.replace('地方级收入322.1亿元', '地方级收入352.1亿元'))).toContainEqual(['sum', 512.3, 542.2]);
  });
  it('look-alike: without 累计 the same total is read alike', () => {
    const u = t.replace('收入累计512.3', '收入512.3');
    expect(errors(u)).toEqual([]);
    expect(verdictOf(u, 'sum', 512.3)).toBe('rounding');
  });
});
