// Which figures of a list are parts of its total (our sentences, invented figures): a class beside its
// own sub-classes, another measure, an average, a change among levels.
import { describe, expect, it } from 'vitest';
import { errors, find, relations } from '../../../test/helpers/relations.js';

describe('a class listed beside its own sub-classes is added once', () => {
  const text =
    '本单位“三公”经费支出决算为50.00万元。其中：因公出国（境）费10.00万元；公务用车购置及运行维护费30.00万元，比上年增加2.00万元；其中：公务用车购置费12.00万元，公务用车运行维护费18.00万元；公务接待费10.00万元。';
  it('the children are not added beside their parent', () => {
    expect(errors(text)).toEqual([]);
    expect(find(text, 'sum', 50)?.parts.map((p) => p.value)).toEqual([10, 30, 10]);
  });
  it('the parent is checked against its two children as a relation of its own', () => {
    expect(find(text, 'sum', 30)?.verdict).toBe('ok');
    expect(find(text, 'sum', 30)?.parts.map((p) => p.value)).toEqual([12, 18]);
  });
  it('a wrong total of the three classes is still an error', () => {
    expect(errors(text.replace('决算为50.00万元', '决算为56.00万元'))).toEqual([['sum', 56, 50]]);
  });
  it('children that do not add up to their parent are an error', () => {
    expect(errors(text.replace('运行维护费18.00万元', '运行维护费13.00万元'))).toEqual([['sum', 30, 25]]);
  });
  it('the two halves without their parent still complete the 三公 list (look-alike)', () => {
    const t =
      '本单位“三公”经费支出决算为50.00万元。其中：因公出国（境）费10.00万元；公务用车购置费12.00万元；公务用车运行维护费18.00万元；公务接待费10.00万元。';
    expect(errors(t)).toEqual([]);
    expect(find(t, 'sum', 50)?.parts.map((p) => p.value)).toEqual([10, 12, 18, 10]);
    expect(errors(t.replace('接待费10.00万元', '接待费16.00万元'))).toEqual([['sum', 50, 56]]);
  });
});

describe('a part of another measure than its total is not a part', () => {
  const text = '前三季度，全市社会消费品零售总额80.5亿元，增长6.1%，其中，限额以上单位零售额9.2亿元，增长5.0%，批发业销售额为120.3亿元，下降2.2%。';
  it('销售额 beside 零售总额 is not added into it', () => {
    expect(errors(text)).toEqual([]);
    expect(find(text, 'subset', 80.5)?.parts.map((p) => p.value)).toEqual([9.2]);
  });
  it('a part of the same measure above its total is still an error', () => {
    expect(errors(text.replace('零售额9.2亿元', '零售额92.0亿元'))).toEqual([['subset', 92, 80.5]]);
  });
  it('零售额 and 零售总额 are one measure (look-alike: both parts kept)', () => {
    const t = '全市社会消费品零售总额80.5亿元，其中城镇消费品零售额70.1亿元，乡村消费品零售额10.4亿元。';
    expect(errors(t)).toEqual([]);
    expect(relations(t).find((r) => r.stated === 80.5 && (r.kind === 'subset' || r.kind === 'sum'))?.parts.length).toBe(2);
    expect(errors(t.replace('乡村消费品零售额10.4亿元', '乡村消费品零售额19.4亿元'))).toHaveLength(1);
  });
});

describe('an average is never a part nor a total of parts', () => {
  const text = '一季度，全体居民人均可支配收入9120元，增长5.5%。其中城镇居民人均可支配收入11380元，增长5.0%。';
  it('the town average above the whole average is no error', () => {
    expect(errors(text)).toEqual([]);
    expect(relations(text).filter((r) => r.kind === 'subset' || r.kind === 'sum')).toEqual([]);
  });
  it('the same shape of totals (not averages) is still checked', () => {
    const t = '一季度，全体居民可支配收入总额9120万元。其中城镇居民可支配收入11380万元。';
    expect(errors(t)).toEqual([['subset', 11380, 9120]]);
  });
  it('平均 and 每 are averages too (look-alike)', () => {
    expect(errors('全县职工平均工资6200元，其中在岗职工平均工资6900元。')).toEqual([]);
    expect(errors('全县每亩产量520公斤，其中水稻每亩产量610公斤。')).toEqual([]);
  });
});

describe('a change among levels is not a part of their sum', () => {
  const text = '调入资金拟调整为9000万元，调增2000万元。分别是国有土地收益调入6000万元，调增2500万元；配套费调入3000万元，调减500万元。';
  it('调增 c beside the amounts is not added into the level', () => {
    expect(errors(text)).toEqual([]);
    expect(find(text, 'sum', 9000) ?? find(text, 'subset', 9000)).toBeTruthy();
    expect((find(text, 'sum', 9000) ?? find(text, 'subset', 9000))?.parts.map((p) => p.value)).toEqual([6000, 3000]);
  });
  it('levels above their total are still an error', () => {
    expect(errors(text.replace('配套费调入3000万元', '配套费调入8000万元'))).toEqual([['subset', 9000, 14000]]);
  });
  it('年初预算 plus 调增 is the adjusted budget (look-alike: the change is a part there)', () => {
    const t = '全年预算为500万元，其中年初预算420万元，调增80万元。';
    expect(errors(t)).toEqual([]);
    expect(errors(t.replace('调增80万元', '调增90万元'))).toEqual([['sum', 500, 510]]);
  });
});

describe('items each stated with several measures are no split of the total before them', () => {
  const text =
    '全年审定工程126宗，送审金额8.40亿元，审定金额7.90亿元，核减0.50亿元，核减率5.95%，其中预算60宗，送审金额5.10亿元，审定金额4.80亿元，核减0.30亿元，核减率5.88%，结算66宗，送审金额3.30亿元，审定金额3.10亿元，核减0.20亿元，核减率6.06%。';
  it('送审 and 审定 of two kinds of audit are not added into the amount cut', () => {
    expect(errors(text)).toEqual([]);
    expect(find(text, 'subset', 0.5)).toBeUndefined();
  });
  it('a 其中 list of one measure over its total is still an error', () => {
    const t = '全年审定金额7.90亿元，其中预算审核审定金额4.80亿元，结算审核审定金额3.90亿元。';
    expect(errors(t).length).toBeGreaterThan(0);
  });
  it('one name repeated with one measure stays a list (look-alike)', () => {
    const t = '项目资金共计90万元，其中：甲村项目资金50万元，乙村项目资金40万元。';
    expect(errors(t)).toEqual([]);
    expect(errors(t.replace('乙村项目资金40万元', '乙村项目资金46万元')).length).toBeGreaterThan(0);
  });
});
