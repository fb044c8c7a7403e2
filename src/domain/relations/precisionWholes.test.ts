// A whole stated before its list, a list of another classification, and progress of the whole after a
// 其中 part are none of them parts of the list (our own sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, ofKind as found } from '../../../test/helpers/relations.js';

describe('合计 after a list that follows its whole', () => {
  const text = '工程总投资640万元，一标段180万元，二标段260万元，三标段200万元，合计640万元。';
  it('the items after the whole add up to the 合计', () => {
    expect(errors(text)).toEqual([]);
    expect(found(text, 'sum')).toContainEqual(['ok', 640, 640]);
  });
  it('a wrong item is still an error', () => {
    expect(found(text.replace('二标段260', '二标段250'), 'sum')).toContainEqual(['error', 640, 630]);
  });
  it('a list with no whole before it is summed from its first item', () => {
    expect(found('一标段180万元，二标段260万元，三标段200万元，合计650万元。', 'sum')).toContainEqual(['error', 650, 640]);
  });
});

describe('a list of one classification after a leaf of another', () => {
  const text =
    '2019年度一般公共预算财政拨款支出312.4万元。与上年相比,增加20万元。其中:按功能分类科目,********支出40.2万元,********支出260万元,********支出12.2万元按经济分类科目,工资福利支出250.1万元,商品和服务支出50.3万元,对个人和家庭的补助支出12万元。';
  it('the economic classes are not bound to the last functional amount', () => {
    expect(errors(text)).toEqual([]);
  });
  it('a total stated before the economic list is still checked', () => {
    const own = '本年支出决算312.4万元，工资福利支出250.1万元，商品和服务支出50.3万元，对个人和家庭的补助12万元。';
    expect(found(own, 'sum')).toContainEqual(['ok', 312.4, 312.4]);
    expect(found(own.replace('50.3', '55.3'), 'sum')).toContainEqual(['error', 312.4, 317.4]);
  });
});

describe('progress of the whole after a 其中 part', () => {
  const text = '下达衔接资金85.6万元，其中项目管理费0.8万元，目前项目资金已拨付85万元。';
  it('the amount paid so far is no part of the 其中 list', () => {
    expect(errors(text)).toEqual([]);
  });
  it('parts that exceed the whole are still an error', () => {
    const over = '下达衔接资金85.6万元，其中项目管理费0.8万元，工程建设费90万元。';
    expect(found(over, 'subset')).toContainEqual(['error', 85.6, 90.8]);
  });
  it('what was spent of the whole (全年执行数 / 已执行 / 实际支出) is no source of it', () => {
    expect(errors('年度资金总额为64万元，其中财政资金64万元，全年执行数为58.2万元，执行率90.94%。')).toEqual([]);
    expect(errors('项目资金总额为36万元，其中财政资金30万元，其他资金6万元，已执行33.5万元。')).toEqual([]);
    expect(errors('项目资金总额为36万元，其中财政资金30万元，实际支出31万元。')).toEqual([]);
    expect(found('项目资金总额为36万元，其中财政资金30万元，其他资金6万元，已执行33.5万元。', 'sum')).toContainEqual(['ok', 36, 36]);
  });
  it('sources that exceed the whole are still an error, the amount spent left out', () => {
    expect(found('项目资金总额为36万元，其中财政资金30万元，其他资金8万元，已执行33.5万元。', 'sum')).toContainEqual(['error', 36, 38]);
  });
});
