// The last guard (our sentences, invented figures): an error whose binding cannot be right is unsure.
import { describe, expect, it } from 'vitest';
import { errors, find } from '../../../test/helpers/relations.js';

describe('an implausible binding is unsure, not an error', () => {
  it('a list that holds its own subtotal', () => {
    const t = '本年收入合计900万元，其中：财政拨款收入300万元，事业收入200万元，小计500万元，其他收入400万元。';
    expect(errors(t)).toEqual([]);
    // (其他收入 closes the list, closingItems.ts: a sum, its subtotal counted twice)
    expect(find(t, 'sum', 900)?.verdict).toBe('unsure');
  });
  it('a list without one is still checked (look-alike)', () => {
    expect(errors('本年收入合计1000万元，其中：财政拨款收入300万元，事业收入200万元，其他收入400万元。')).toEqual([['sum', 1000, 900]]);
  });
  it('nil items are no subtotal of each other (A 0，B 0，C 0): the list is still checked', () => {
    const t = '年初预算数1,250.40万元，其中：财政拨款1,200.17万元，政府性基金拨款0万元，事业收入0万元，经营收入0万元，其他收入43万元，上年结转7.23万元。';
    expect(errors(t)).toEqual([]);
    expect(errors(t.replace('其他收入43万元', '其他收入44万元'))).toEqual([['subset', 1250.4, 1251.4]]);
  });
  it('an item equal to one item above it and nil ones is no subtotal either', () => {
    const t = '本年收入合计900万元，其中：财政拨款收入300万元，事业收入0万元，经营收入300万元，其他收入300万元。';
    expect(errors(t)).toEqual([]);
    expect(errors(t.replace('其他收入300万元', '其他收入400万元'))).toEqual([['sum', 900, 1000]]);
  });
  it('a rate of change between one value written twice', () => {
    const t = '2024年本单位支出预算460万元，较2023年预算460万元增长8.7%。';
    expect(errors(t)).toEqual([]);
    expect(find(t, 'difference', 8.7)?.verdict).toBe('unsure');
  });
  it('a rate of change between two values is still checked (look-alike)', () => {
    const t = '2024年本单位支出预算460万元，较2023年预算423万元增长8.7%。';
    expect(errors(t)).toEqual([]);
    expect(errors(t.replace('增长8.7%', '增长9.7%'))).toEqual([['difference', 9.7, 8.75]]);
  });
  it('a share of a whole smaller than the part', () => {
    const t = '本单位教育支出800.00万元。本年项目支出3000.00万元，占总支出的60.00%。';
    expect(find(t, 'share', 60)?.verdict).toBe('unsure');
  });
  it('a share over a whole written in its own sentence stays checked (the text binds it)', () => {
    expect(errors('全县收入完成5200万元，占预算4800万元的95.0%。')).toEqual([
      ['share', 95, 108.33],
      ['rate', 95, 108.33],
    ]);
  });
  it('a share above 100% of a budget stays what it was (stated above 100)', () => {
    expect(errors('全县收入完成5200万元，占预算4800万元的118.3%。')).toEqual([
      ['share', 118.3, 108.33],
      ['rate', 118.3, 108.33],
    ]);
  });
});
