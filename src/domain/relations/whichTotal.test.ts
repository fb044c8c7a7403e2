// Which total a figure is of, when the text could mean more than one (shapes of a held-out set of real
// reports, in our own words with invented figures): the relation is read against the total the text
// names; where it cannot tell, against every reading — ok when one holds, an error only when none does.
import { describe, expect, it } from 'vitest';
import { relations, errors, verdictOf } from '../../../test/helpers/relations.js';

describe('a second breakdown of a total split by level first (本级 / 旗级) is of the whole', () => {
  const texts = [
    '去年全年全市财政收入完成500万元，同比增加40万元，增长8.7%。在全市财政收入中，市本级收入完成100万元，同比增加10万元；区级收入完成400万元，同比增加30万元。从收入结构看，全市财政收入中，税收收入完成350万元，占财政收入的70%；非税收入完成150万元，占财政收入的30%。',
    '全县一般公共预算收入80亿元。县本级一般公共预算收入20亿元，乡镇级一般公共预算收入60亿元。从收入结构看，税收收入56亿元，占一般公共预算收入的70%；非税收入24亿元，占一般公共预算收入的30%。',
    '全区一般公共预算支出900万元，下降3%。区本级一般公共预算支出300万元；镇级一般公共预算支出600万元。支出中，民生支出720万元，占一般公共预算支出的80%。',
  ];
  it('the shares and the sum are read against the whole, not the nearest level figure', () => {
    for (const t of texts) expect(errors(t)).toEqual([]);
    expect(verdictOf(texts[0]!, 'sum', 500)).toBe('ok');
    expect(verdictOf(texts[0]!, 'share', 70)).toBe('ok');
    expect(verdictOf(texts[1]!, 'share', 30)).toBe('ok');
    expect(verdictOf(texts[2]!, 'share', 80)).toBe('ok');
  });
  it('the 去年 of a news item followed by its 同比 change is the current figure', () => {
    expect(verdictOf(texts[0]!, 'yoy', 8.7)).toBe('ok');
  });
  it('a breakdown that adds up to neither is still an error', () => {
    expect(errors(texts[0]!.replace('非税收入完成150万元', '非税收入完成180万元'))).toContainEqual(['sum', 500, 530]);
    expect(errors(texts[1]!.replace('占一般公共预算收入的30%', '占一般公共预算收入的40%'))).toContainEqual(['share', 40, 30]);
  });
  it('a breakdown of the level figure itself is read against it', () => {
    const t = '全县收入80亿元。县本级收入20亿元，乡镇级收入60亿元。从收入结构看，税收收入14亿元；非税收入6亿元。';
    expect(errors(t)).toEqual([]);
  });
});

describe('a change after a 其中 list whose parts state no change of their own', () => {
  const texts = [
    '事业经费总预算1,000,000元，其中：基本支出预算200,000元，项目支出预算800,000元，同比增加100,000元，增长11.1%。',
    '本年支出合计500万元，其中基本支出300万元，项目支出200万元，比上年减少50万元，下降9.09%。',
    '三公经费预算30万元，其中公务接待费10万元，公务用车运行维护费20万元，比上年增加5万元，增长33.33%。',
  ];
  it('holds when it is the total’s change', () => {
    for (const t of texts) expect(errors(t)).toEqual([]);
    expect(verdictOf(texts[0]!, 'yoy', 11.1)).toBe('ok');
  });
  it('holds when it is the last part’s change', () => {
    expect(
      errors('三公经费预算30万元，其中公务接待费10万元，公务用车运行维护费20万元，比上年增加5万元，增长33.33%。'.replace('增长33.33%', '增长20%')),
    ).toEqual([]);
  });
  it('is an error when it is neither’s', () => {
    expect(errors(texts[1]!.replace('下降9.09%', '下降12.5%'))).toEqual([['yoy', -12.5, -9.09]]);
  });
  it('parts with their own changes keep them', () => {
    const t = '支出500万元，其中：基本支出300万元，比上年增加30万元，增长11.11%；项目支出200万元，比上年减少50万元，下降20%。';
    expect(errors(t)).toEqual([]);
    expect(errors(t.replace('下降20%', '下降25%'))).toEqual([['yoy', -25, -20]]);
  });
});

describe('a 其中 list that ends inside a parenthesis', () => {
  const text =
    '镇级收入300万元，加上级补助收入120万元，其中：一般性补助100万元（含均衡性补助60万元、奖补资金40万元，专项补助20万元），上年结余30万元，收入合计450万元。';
  it('the items after the parenthesis and the grand total are no parts', () => {
    expect(errors(text)).toEqual([]);
    expect(
      relations(text)
        .find((r) => r.kind === 'subset' && r.stated === 120)
        ?.parts.map((p) => p.value),
    ).toEqual([100, 20]);
  });
  it('the item set off in the parenthesis still counts', () => {
    expect(errors(text.replace('专项补助20万元', '专项补助25万元'))).toEqual([['subset', 120, 125]]);
  });
  it('a grand total never joins a list', () => {
    const t = '上级补助收入50万元，其中：返还性收入10万元，一般性转移支付30万元，上年结余8万元，收入合计330万元。';
    expect(errors(t)).toEqual([]);
  });
  it('a 包括 aside of one sibling after its items, 、 only', () => {
    const t = '转移支付收入90万元，其中：一般转移支付70万元（包括均衡性补助40万元、县级基本财力30万元，专项转移支付20万元），调入资金15万元。';
    expect(errors(t)).toEqual([]);
  });
});

describe('a parenthetical stock and the 合计 of another budget block', () => {
  const text =
    '一般公共预算支出350万元，安排预算稳定调节基金20万元（累计稳定调节基金55万元），支出合计370万元。\n政府性基金支出60万元，调出资金10万元，支出合计70万元。';
  it('a cumulative balance is no part of a flow, and the 基金 block’s 合计 is no broader 支出', () => {
    expect(errors(text)).toEqual([]);
    expect(errors('新增债券30万元（余额累计120万元）。')).toEqual([]);
  });
  it('a bare 合计 without a block of another type still bounds a narrower figure', () => {
    expect(errors('2023年支出决算合计300万元。\n2023年一般公共预算支出决算350万元。')).toEqual([['same', 350, 300]]);
  });
  it('a parenthesis of several parts is still a breakdown', () => {
    // a bracket of labelled amounts only is the whole breakdown (bracketLists.ts): a sum, not a subset
    expect(errors('项目支出100万元（中央60万元，省级50万元）。')).toEqual([['sum', 100, 110]]);
  });
});

describe('占本年支出 names the unit’s 支出合计, not a 支出总计 with carry-overs', () => {
  const text =
    '本年支出合计500万元，其中基本支出400万元，项目支出100万元。\n财政拨款收入总计450万元（含年初结转），支出总计450万元（含年末结转）。\n一般公共预算财政拨款支出450万元，占本年支出的90%。';
  it('the share is of 500', () => {
    expect(errors(text)).toEqual([]);
    expect(verdictOf(text, 'share', 90)).toBe('ok');
  });
  it('and still an error against it', () => {
    expect(errors(text.replace('占本年支出的90%', '占本年支出的95%'))).toEqual([['share', 95, 90]]);
  });
  it('a 总计 is still the denominator of a share that names it', () => {
    const t = '收入总计200万元（含上年结转）。财政拨款收入150万元，占收入总计的75%。';
    expect(verdictOf(t, 'share', 75)).toBe('ok');
  });
});

describe('an item’s completion rate when only the total’s budget is stated', () => {
  const text =
    '“三公”经费年初预算20,000元，支出决算18,000元，完成年初预算的90%。其中公务用车运行维护费支出决算15,000元，完成年初预算的93.75%；公务接待费支出决算3,000元，完成年初预算的60%。';
  it('is unsure, not an error against the total’s budget', () => {
    expect(errors(text)).toEqual([]);
    expect(verdictOf(text, 'rate', 93.75)).toBe('unsure');
    expect(verdictOf(text, 'rate', 90)).toBe('ok');
  });
  it('the total’s own rate is still checked', () => {
    expect(errors(text.replace('完成年初预算的90%', '完成年初预算的80%'))).toEqual([['rate', 80, 90]]);
  });
  it('an item with its own budget is checked against it', () => {
    const t = '公务接待费预算为4.00万元，支出决算为3.00万元，完成预算的75%。';
    expect(verdictOf(t, 'rate', 75)).toBe('ok');
    expect(errors(t.replace('75%', '65%'))).toEqual([['rate', 65, 75]]);
  });
});

describe('a figure that states its own share of a name is a part of it, not its total', () => {
  const text = '大口径收入1,000万元，增长5%。上划中央收入400万元，占收入的40%；上划省级收入150万元，占收入的15%。';
  it('both shares are of the total', () => {
    expect(errors(text)).toEqual([]);
  });
  it('and a wrong one is an error against it', () => {
    expect(errors(text.replace('占收入的15%', '占收入的25%'))).toEqual([['share', 25, 15]]);
  });
  it('with 比重 wording too', () => {
    const t = '财政总收入200万元。税收收入150万元，占财政总收入的比重为75%；非税收入50万元，占财政总收入的比重为25%。';
    expect(errors(t)).toEqual([]);
  });
});

describe('a 其中 opening the next sentence, after a budget and an actual', () => {
  const text = '“三公”经费年初预算20,000元，支出决算18,000元，完成年初预算的90%。其中公务用车运行维护费支出决算15,000元，公务接待费支出决算4,000元。';
  it('binds to the figure of the parts’ stage, not to the sentence’s first', () => {
    expect(errors(text)).toEqual([['subset', 18000, 19000]]);
    expect(errors(text.replace('4,000元', '3,000元'))).toEqual([]);
  });
  it('a list that adds up to the budget still binds to it', () => {
    const t = '“三公”经费年初预算20,000元，支出决算18,000元。其中公务用车运行维护费预算15,000元，公务接待费预算5,000元。';
    expect(relations(t).find((r) => r.kind === 'subset' || r.kind === 'sum')?.stated).toBe(20000);
  });
});

describe('分X看，（name）主要为 A a，B b…: items of the total that name states before', () => {
  const text =
    '今年以来，本区共收到转移资金3000.00万元，已全部分配至各单位。\n分资金看，转移资金项目主要为养老补助经费1200.5万元，卫生服务补助金800万元，道路建设资金600万元，教育补助经费399.5万元（该项于5月开始实施）。截至6月底，已累计支出700万元。';
  it('the items are a subset of that total: an error only when they exceed it', () => {
    expect(relations(text).map((r) => [r.kind, r.verdict, r.stated, r.computed])).toContainEqual(['subset', 'ok', 3000, 3000]);
    expect(errors(text.replace('800万元', '900万元'))).toEqual([['subset', 3000, 3100]]);
    expect(errors(text.replace('800万元', '700万元'))).toEqual([]);
  });
  it('a name no figure before ends with, or two such figures in one sentence: no list', () => {
    expect(errors(text.replace('转移资金项目主要为', '专项资金项目主要为').replace('800万元', '900万元'))).toEqual([]);
    const two = text.replace('，已全部分配至各单位', '，其他转移资金500.00万元');
    expect(errors(two.replace('800万元', '900万元'))).toEqual([]);
  });
});
