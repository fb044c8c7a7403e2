// Shapes of changes and gaps read from their words (our own sentences, invented figures): a revenue named with
// 纳入, 超收 after 完成预算B的r%, 增收 written 万 without 元, a savings rate against an unwritten plan, a 三公
// total named after its level of government.
import { describe, expect, it } from 'vitest';
import { errors, ofKind, verdictOf } from '../../../test/helpers/relations.js';

describe('a 三公 total named after its level of government (区本级…三公经费), compared sentences later', () => {
  const text =
    '2024年区本级财政拨款开支“三公”经费1,200.0万元，其中：因公出国（境）费20.0万元，公务接待费300.0万元，公务用车购置及运行维护费880.0万元。经比较，区本级财政拨款开支“三公”经费较上年决算减少300.0万元，下降20.00%；较年初预算数减少150.0万元，下降11.11%。';
  it('both rates are of the 三公 total stated before', () => {
    expect(verdictOf(text, 'yoy', -20)).toBe('ok');
    expect(verdictOf(text, 'yoy', -11.11)).toBe('ok');
    expect(errors(text.replace('下降11.11%', '下降12.11%'))).toContainEqual(['yoy', -12.11, expect.closeTo(-11.11, 1)]);
  });
  it('a 区本级 amount of another kind stays a level of government', () => {
    expect(errors('区本级财政收入80亿元，比上年增加8亿元，增长11.11%。')).toEqual([]);
  });
});

describe('savings against a plan that is not written: the plan is the amount plus the savings', () => {
  const text = '2024年，全县政府采购规模为8.40亿元，较采购计划节约资金0.60亿元，资金节约率为6.67%。';
  it('the rate is the savings over amount + savings', () => {
    expect(ofKind(text, 'rate')).toEqual([['ok', 6.67, expect.closeTo(6.667, 2)]]);
    expect(errors(text.replace('6.67%', '7.67%'))).toEqual([['rate', 7.67, expect.closeTo(6.667, 2)]]);
  });
  it('a plan written in the sentence is read as written, not rebuilt', () => {
    const written = '2024年采购预算9.00亿元，实际采购金额8.40亿元，节约资金0.60亿元，资金节约率为6.67%。';
    expect(ofKind(written, 'rate').filter((r) => r[0] !== 'unsure')).toEqual([['ok', 6.67, expect.closeTo(6.667, 2)]]);
  });
});

describe('a revenue named with 纳入 (全州纳入一般公共预算非税收入), its change two sentences later', () => {
  const text = '上半年，全州纳入一般公共预算非税收入累计完成12.60亿元，完成预算数20.00亿元的63.0%。各县市进度不一。上半年非税收入同比增收1.20亿元，增长10.5%。';
  it('the change is of the revenue stated before', () => {
    expect(verdictOf(text, 'yoy', 10.5)).toBe('ok');
    expect(errors(text.replace('增长10.5%', '增长11.5%'))).toContainEqual(['yoy', 11.5, expect.closeTo(10.526, 2)]);
  });
});

describe('收入A，完成预算B的r%，超收C: the budget after the amount', () => {
  const text = '其中：政府性基金收入30000万元，完成预算25000万元的120.0%，超收5000万元，同比增收3000万元，增长11.1%。';
  it('the surplus is the amount less the budget', () => {
    expect(ofKind(text, 'difference')).toContainEqual(['ok', 5000, 5000]);
    expect(errors(text.replace('超收5000万元', '超收6000万元'))).toContainEqual(['difference', 6000, 5000]);
  });
  it('a plan amount before the budget is not the amount', () => {
    expect(errors('计划收入30000万元，完成预算25000万元的120.0%，超收6000万元。')).toEqual([]);
  });
});

describe('增收 written 万 without 元, next to 万元 amounts', () => {
  const text = '地方一般公共预算收入（同口径）完成24,000万元，同比增长20.0%，增收4,000万。';
  it('the change is money, its rate is read', () => {
    expect(verdictOf(text, 'yoy', 20)).toBe('ok');
    expect(errors(text.replace('增长20.0%', '增长16.7%'))).toContainEqual(['yoy', 16.7, 20]);
  });
  it('a bare 万 with no 万元 amount beside it stays a number', () => {
    expect(ofKind('全年接待游客24,000万人次，同比增长16.7%，增收4,000万。', 'yoy')).toEqual([]);
  });
});
