// The relation model on sentences we wrote in the shapes of real reports (invented figures):
// each shape with both verdicts, and the binding rules that keep clean text clean.
import { describe, expect, it } from 'vitest';
import { errors, rel } from '../../../test/helpers/relations.js';

describe('sums', () => {
  it('其中 over a complete classification must add up', () => {
    expect(rel('本年支出合计96.50万元，其中基本支出71.20万元，项目支出25.30万元。')).toEqual([['sum', 'ok', 96.5, 96.5]]);
    expect(errors('本年支出合计96.50万元，其中基本支出71.20万元，项目支出24.30万元。')).toEqual([['sum', 96.5, 95.5]]);
  });
  it('a 其中 of one narrower part is a subset; above its total it is wrong', () => {
    expect(rel('新建活动中心总投资300万元，其中设备购置120万元。')).toEqual([['subset', 'ok', 300, 120]]);
    expect(errors('新建活动中心总投资300万元，其中设备购置320万元。')).toEqual([['subset', 320, 300]]);
  });
  it('a parenthesis belongs to the figure right before it, and 共计 sums the outer figures', () => {
    const text = '甲乡改造投入80万元（其中省级补助50万元），乙乡改造投入60万元（其中省级补助40万元），两乡共计投入140万元。';
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace('共计投入140', '共计投入150'))).toEqual([['sum', 150, 140]]);
  });
  it('分别为 lists are exhaustive and the count must match', () => {
    expect(errors('共安排专项资金36万元，涉及2个项目，分别为：宣传经费16万元；培训经费20万元。')).toEqual([]);
    expect(errors('共安排专项资金36万元，涉及2个项目，分别为：宣传经费16万元；培训经费22万元。')).toEqual([['sum', 36, 38]]);
  });
  it('several breakdowns of one total are each summed, 按…分类 after the total', () => {
    const text =
      '2023年支出决算150.00万元。按支出性质分类，基本支出110.00万元，项目支出40.00万元；按经济分类，工资福利支出90.00万元，商品和服务支出45.00万元，对个人和家庭的补助15.00万元。';
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace('商品和服务支出45.00', '商品和服务支出47.00'))).toEqual([['sum', 150, 152]]);
  });
  it('“主要用于…等” lists and 包括…等 never raise an error for falling short', () => {
    expect(errors('宣传经费12万元，主要用于印发资料等，包括印刷4万元、展板3万元等。')).toEqual([]);
  });
  it('a list followed by an unrelated figure of the same unit is cut where it adds up', () => {
    expect(errors('在职职工20人，其中管理人员5人，专业技术人员12人，工勤人员3人，退休人员8人。')).toEqual([]);
  });
  it('bare numbers in prose relate to nothing', () => {
    expect(rel('编号 15.00 2052 9300 22370 其中 30 20')).toEqual([]);
  });
});

describe('shares, changes and rates', () => {
  it('占 is the part over the total of its list', () => {
    expect(errors('本年收入200.00万元，其中财政拨款收入180.00万元，占90.00%；其他收入20.00万元，占10.00%。')).toEqual([]);
    expect(errors('本年收入200.00万元，其中财政拨款收入180.00万元，占91.00%；其他收入20.00万元，占10.00%。')).toContainEqual(['share', 91, 90]);
  });
  it('shares of a complete classification without amounts add up to 100%', () => {
    expect(errors('政府采购中，货物类占40.00%，工程类占35.00%，服务类占25.00%。')).toEqual([]);
    expect(errors('政府采购中，货物类占40.00%，工程类占35.00%，服务类占27.00%。')).toEqual([['shareSum', 100, 102]]);
  });
  it('year on year: base, rate and the direction words', () => {
    expect(errors('差旅费4.80万元，比上年减少1.20万元，下降20.00%。')).toEqual([]);
    expect(errors('差旅费4.80万元，比上年减少1.20万元，下降25.00%。')).toEqual([['yoy', -25, -20]]);
    expect(errors('差旅费4.80万元，比上年减少1.20万元，增长20.00%。')).toEqual([['yoy', 20, -20]]);
  });
  it('a − b = c with 较 and 与…相比', () => {
    expect(errors('决算数为58.00万元，较预算数60.00万元减少2.00万元。')).toEqual([]);
    expect(errors('决算数为58.00万元，与年初预算60.00万元相比，减少3.00万元。')).toEqual([['difference', 3, 2]]);
  });
  it('execution rate uses the adjusted budget when stated', () => {
    expect(errors('项目年初预算80.00万元，调整后预算100.00万元，全年执行92.00万元，预算执行率92.00%。')).toEqual([]);
    expect(errors('项目全年预算50.00万元，实际执行45.00万元，预算执行率92.00%。')).toEqual([['rate', 92, 90]]);
  });
  it('execution rate over a 部门预算收入 (the budget of the whole department)', () => {
    const text = '2024年度部门预算收入为420.00万元。全年实际支出399.00万元，预算执行率95.00%。';
    expect(rel(text, ['rate'])).toEqual([['rate', 'ok', 95, 95]]);
    expect(errors(text.replace('执行率95.00%', '执行率97.00%'))).toEqual([['rate', 97, 95]]);
    // look-alike: a budget type's income completed is an amount, not a budget
    expect(errors('一般公共预算收入完成420.00万元，全年实际支出399.00万元，预算执行率97.00%。')).toEqual([]);
  });
  it('execution rate: names written with a copula (全年执行数为X) are still the executed amount', () => {
    const text = '该项目全年预算数为160.00万元，全年执行数为152.00万元，预算执行率为95.00%。';
    expect(rel(text, ['rate'])).toEqual([['rate', 'ok', 95, 95]]);
    expect(errors(text.replace('为95.00%', '为96.00%'))).toEqual([['rate', 96, 95]]);
    // look-alike: the amount after 为 is a budget (预算数为), so nothing is executed
    expect(errors('该项目年初预算数为150.00万元，全年预算数为160.00万元，预算执行率为96.00%。')).toEqual([]);
  });
  it('a rate cut instead of rounded is a rounding warning (round 12); more than one unit off is an error', () => {
    const text = '本年采购计划金额200.00万元，节约资金37.50万元，节约率为19%。';
    expect(errors(text)).toEqual([]);
    expect(rel(text.replace('19%', '18%'), ['rate'])).toEqual([['rate', 'rounding', 18, 18.75]]);
    expect(errors(text.replace('19%', '17%'))).toEqual([['rate', 17, 18.75]]);
    expect(errors('本年收入200.00万元，其中财政拨款收入162.50万元，占81%；其他收入37.50万元，占18%。')).toEqual([]);
  });
  it('a rate contradicted by the sentence (完成预算100% but 大于预算)', () => {
    expect(errors('本年支出206.00万元，完成年初预算100%，决算数大于预算数6.00万元。')).toEqual([['rate', 100, 103]]);
  });
});

describe('identities and cross-references', () => {
  it('carry-over in any order', () => {
    expect(errors('本年收入90.00万元，加上年初结转和结余4.00万元，扣除本年支出88.00万元后，年末结转和结余6.00万元。')).toEqual([]);
    expect(errors('本年收入90.00万元，加上年初结转和结余4.00万元，扣除本年支出88.00万元后，年末结转和结余8.00万元。')).toEqual([['carryOver', 8, 6]]);
  });
  it('carry-over still read when a later sentence of the paragraph states another 支出 (a 三公 实际支出)', () => {
    const carry = '某中心一般公共预算财政拨款年初结转和结余2.00万元，本年收入150.00万元，本年支出140.50万元，年末结转和结余';
    const tail = '“三公”经费预算5.00万元，实际支出3.20万元。';
    expect(errors(`${carry}20.50万元。${tail}`)).toEqual([['carryOver', 20.5, 11.5]]);
    expect(rel(`${carry}11.50万元。${tail}`).filter((r) => r[0] === 'carryOver')).toEqual([['carryOver', 'ok', 11.5, 11.5]]);
    // the opening's sentence states no 支出 of its own and two others do: which one is meant is unsure, nothing said
    expect(errors(`年初结转和结余2.00万元，本年收入150.00万元。本年支出140.50万元，年末结转和结余30.00万元。${tail}`)).toEqual([]);
  });
  it('a narrower scope never exceeds the broader one stated elsewhere', () => {
    const text =
      '某中心2024年度单位预算说明\n一、2024年支出预算100.00万元，其中基本支出70.00万元，项目支出30.00万元。\n二、2024年一般公共预算基本支出75.00万元，其中人员经费60.00万元，公用经费15.00万元。';
    expect(errors(text)).toEqual([['same', 75, 70]]);
  });
});

describe('tables', () => {
  it('a 合计 row under its rows, in 元 with thousands separators', () => {
    const t = '项目 | 预算数 | 决算数\n工资福利支出 | 1,000.00 | 990.50\n商品和服务支出 | 500.00 | 480.25\n合计 | 1,500.00 | 1,470.75';
    expect(errors(t)).toEqual([]);
    expect(errors(t.replace('1,470.75', '1,480.75'))).toEqual([['tableTotal', 1480.75, 1470.75]]);
  });
  it('a parent account is the sum of its sub-accounts', () => {
    const t =
      '科目编码 | 科目名称 | 本年支出\n201 | 一般公共服务支出 | 50.00\n20129 | 群众团体事务 | 50.00\n2012901 | 行政运行 | 30.00\n2012999 | 其他支出 | 21.00';
    expect(errors(t)).toEqual([['tableTotal', 50, 51]]);
  });
});

describe('paired lists (A、B分别为a、b)', () => {
  it('names before 分别为 go to the figures after it, and the lexicon decides the sum', () => {
    expect(errors('本年支出合计120.00万元，其中基本支出、项目支出分别为90.00万元、30.00万元。')).toEqual([]);
    expect(errors('本年支出合计120.00万元，其中基本支出、项目支出分别为90.00万元、32.00万元。')).toEqual([['sum', 120, 122]]);
  });
  it('a 其中 subset named in pairs may fall short; counts that do not match pair nothing', () => {
    expect(errors('活动中心改造总投资20万元，其中培训费、印刷费分别为5万元、3万元。')).toEqual([]);
    expect(errors('本年支出合计120.00万元，其中基本支出、项目支出分别为90.00万元、20.00万元、10.00万元。')).toEqual([]);
  });
  it('分别占 a list of percentages is not a complete breakdown', () => {
    expect(errors('采购方式中，公开招标、邀请招标分别占70.0%、20.0%。')).toEqual([]);
  });
});

describe('held-out shapes (round 3)', () => {
  it('a share’s denominator 占年初预算X万元的 is not a part of the 其中 list', () => {
    const text = '1-6月，全镇财政收入2600万元，同比增长5.0%。其中：税收收入1800万元，占年初预算4000万元的45.0%；非税收入800万元，占年初预算1600万元的50.0%。';
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace('税收收入1800万元，占年初预算4000万元的45.0%', '税收收入1900万元，占年初预算4000万元的47.5%'))).toEqual([['sum', 2600, 2700]]);
  });
  it('the budget of 完成预算X万元的Y% is not a part of the 其中 list either', () => {
    const text =
      '“三公”经费支出决算为20万元，完成预算30万元的66.7%。其中：因公出国（境）费支出决算为8万元，完成预算15万元的53.3%；公务接待费支出决算为12万元，完成预算20万元的60.0%。';
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace('完成预算20万元的60.0%', '完成预算20万元的65.0%'))).toEqual([['rate', 65, 60]]);
  });
  it('an item restated in its own section after the 其中 list is not counted again', () => {
    const text =
      '2024年“三公”经费支出预算为50.00万元。其中：因公出国（境）费支出预算为30.00万元，公务接待费支出预算为20.00万元，公务用车购置及运行费支出预算为0万元。具体情况如下：（一）因公出国（境）费支出30.00万元，比上年增加30.00万元。（二）公务接待费支出20.00万元。';
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace('公务接待费支出预算为20.00万元', '公务接待费支出预算为25.00万元'))).toContainEqual(['sum', 50, 55]);
  });
  it('“主要是…安排的支出” inside the last part ends the list', () => {
    const text = '全年基金支出5200亿元，其中，中央本级支出1200亿元，增长5%；地方支出4000亿元，增长6%，主要是用土地出让收入安排的支出3100亿元。';
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace('中央本级支出1200', '中央本级支出1300'))).toEqual([['sum', 5200, 5300]]);
  });
  it('完成年初预算的X%: 一般公共预算收入 names a kind of money, not the budget the rate is of', () => {
    const text =
      '1-9月，全县一般公共预算收入完成8000万元，完成年初预算的72.7%。其中：税务部门完成5000万元，完成年初预算的75.1%；财政部门完成3000万元，完成年初预算的68.4%。';
    expect(errors(text)).toEqual([]);
    expect(errors('全年任务数5000万元，税务部门完成4000万元，完成任务的90.0%。')).toEqual([['rate', 90, 80]]);
  });
  it('商品和服务支出 of an unknown list is never compared with one of another list', () => {
    const text =
      '一、基本支出预算情况\n工资福利支出预算 50000 元，同比增加 2000 元。商品和服务支出预算 12000 元，同比增加 1000 元。\n二、项目支出预算情况\n项目支出 0元，同比减少 8000 元。其中：商品和服务支出预算 0元，同比减少 8000 元。';
    expect(errors(text)).toEqual([]);
  });
  it('a named change and its level in the sentence before: 三公经费预算数比上年减少…，减幅…', () => {
    const text = '2024年财政拨款“三公”经费预算总额为4.8万元。\n2024年“三公”经费预算数比2023年预算数减少1.2万元，减幅20%。';
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace('减幅20%', '减幅0.20%'))).toEqual([['yoy', -0.2, -20]]);
  });
  it('a named change is not bound to a level of another stage or year', () => {
    expect(errors('2024年“三公”经费决算数为4.8万元。\n2024年“三公”经费预算数比上年减少1.2万元，减幅3%。')).toEqual([]);
  });
});

describe('held-out shapes (round 3, lists and rates)', () => {
  const text =
    '1-3月，全镇一般公共预算收入累计完成5000万元，完成年初预算数20000万元的25.0%，比上年增收500万元，增长11.1%。其中：税收收入3000万元，比上年增收200万元，增长7.1%；非税收入2000万元，比上年增收300万元，增长17.6%。';
  it('a part’s own change does not end a 其中 list; the list adds up', () => {
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace('非税收入2000万元，比上年增收300万元，增长17.6%', '非税收入2200万元，比上年增收300万元，增长15.8%'))).toEqual([
      ['sum', 5000, 5200],
    ]);
  });
  it('“A，完成B的X%”: the rate is A ÷ B', () => {
    expect(errors(text.replace('25.0%', '52.0%'))).toEqual([['rate', 52, 25]]);
  });
  it('the change of the total skips the budget it was measured against (完成年初预算数B的)', () => {
    expect(errors(text.replace('增长11.1%', '增长1.1%'))).toEqual([['yoy', 1.1, 11.11]]);
  });
});

describe('held-out shapes (round 3, paired shares and changes across a sentence)', () => {
  const text =
    '2024年，全市政府采购规模为500.0亿元。从采购结构看，货物类、工程类和服务类采购金额分别为100.0亿元、300.0亿元和100.0亿元，占政府采购规模的比重分别为20.0%、60.0%和20.0%。';
  it('shares after 分别 pair with the parts in order; the total is named by 从…看', () => {
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace('60.0%和20.0%', '50.0%和20.0%'))).toEqual([['share', 50, 60]]);
    expect(errors(text.replace('300.0亿元和', '320.0亿元和'))).toEqual([
      ['sum', 500, 520],
      ['share', 60, 64],
    ]);
  });
  it('shares whose count does not match the parts pair nothing', () => {
    expect(errors(text.replace('20.0%、60.0%和20.0%', '20.0%和60.0%'))).toEqual([]);
  });
  it('a change after a sentence without figures belongs to the last level before it', () => {
    const t = '1.财政拨款收入240.00万元，为本级财政当年拨付的资金。较2023年度决算数减少60.00万元，下降20.0%，主要原因是项目减少。';
    expect(errors(t)).toEqual([]);
    expect(errors(t.replace('下降20.0%', '下降25.0%'))).toEqual([['yoy', -25, -20]]);
  });
});

describe('held-out shapes (round 3, change decomposition across sentences)', () => {
  const text =
    '2025年“三公”经费预算为200万元。其中，因公出国（境）费20万元，公务接待费60万元，公务用车购置及运行费120万元。同口径比上年减少50万元，下降20%。其中：因公出国（境）费同口径比上年减少5万元。公务接待费同口径比上年减少15万元；公务用车购置费同口径比上年减少10万元。公务用车运行费同口径比上年减少20万元。';
  it('the changes of parts, one sentence each after 其中：, add up to the change of the total', () => {
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace('公务接待费同口径比上年减少15', '公务接待费同口径比上年减少25'))).toEqual([['changeSum', 50, 60]]);
  });
  it('a change after a breakdown is the change of its total (200 + 50 = 250, 20%)', () => {
    expect(errors(text.replace('下降20%', '下降25%'))).toEqual([['yoy', -25, -20]]);
  });
  it('traditional 同口徑 and 部門 read as their simplified forms', () => {
    expect(errors(text.replace(/同口径/g, '同口徑'))).toEqual([]);
    expect(errors('全区收入完成9000万元。其中：国税部門完成5000万元；地税部門完成3000万元；财政部門完成1500万元。')).toEqual([['sum', 9000, 9500]]);
  });
});

describe('held-out shapes (round 3, 分…看 and a rate before its amount)', () => {
  const text =
    '上半年，全省一般公共预算收入3000亿元，同比增长5.0%；一般公共预算支出5000亿元。收入方面，分中央和地方看，中央一般公共预算收入1200亿元；地方一般公共预算本级收入1800亿元。支出方面，分中央和地方看，中央一般公共预算本级支出1000亿元；地方一般公共预算支出4000亿元。';
  it('分…看 over 中央/地方 sums to the total its head noun names (收入 vs 支出)', () => {
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace('地方一般公共预算支出4000', '地方一般公共预算支出4200'))).toEqual([['sum', 5000, 5200]]);
  });
  it('增长X%，增收Y万元: the rate before the amount is its own', () => {
    const t = '全市财政总收入完成1100万元，较上年同期增长10.00%，增收100万元。';
    expect(errors(t)).toEqual([]);
    expect(errors(t.replace('增收100', '增收150'))).toEqual([['yoy', 10, 15.79]]);
  });
});

describe('held-out shapes (round 3, source prefixes and broken lines)', () => {
  it('“X中，” finds its total even when a source opens its label (中央…的“三公”经费支出)', () => {
    const t =
      '2024年中央部门财政拨款的“三公”经费支出合计40.00亿元。“三公”经费中，因公出国（境）经费10.00亿元，比预算数减少1.00亿元；公务用车购置及运行费20.00亿元，减少2.00亿元；公务接待费10.00亿元，减少1.00亿元。';
    expect(errors(t)).toEqual([]);
    expect(errors(t.replace('公务接待费10.00', '公务接待费12.00'))).toEqual([['sum', 40, 42]]);
  });
  it('a change on the line after a cut paragraph still finds its level', () => {
    const t = '3.上年结转和结余120.00万元，为以前年度未执行完毕、结转到本年度继续使用\n\n的资金。较2023年度决算数减少30.00万元，下降20.0%。';
    expect(errors(t)).toEqual([]);
    expect(errors(t.replace('下降20.0%', '下降2.0%'))).toEqual([['yoy', -2, -20]]);
  });
});

describe('held-out shapes (round 3, 从…来看 over a total that opens with 地方)', () => {
  const t =
    '地方一般公共预算收入完成10,000万元，同比增长5.00%。从征收部门来看：税务部门完成6,000万元，占一般公共预算收入的60.00%；财政部门完成4,000万元，占一般公共预算收入的40.00%。';
  it('the classification and its shares find 地方一般公共预算收入 as their total', () => {
    expect(rel(t).filter((r) => r[0] === 'sum')).toEqual([['sum', 'ok', 10000, 10000]]);
    expect(errors(t)).toEqual([]);
    expect(errors(t.replace('40.00%', '45.00%'))).toContainEqual(['share', 45, 40]);
  });
});

describe('held-out shapes (round 3, counts inside a money list)', () => {
  const t =
    '2024年“三公”经费支出合计35万元，比上年减少2万元。其中：因公出国（境）费0万元；公务用车保有量3辆，购置及运行维护费10万元；公务接待费25万元，接待40批次。';
  it('a head-count inside the list describes an item and does not end the list', () => {
    expect(errors(t)).toEqual([]);
    expect(errors(t.replace('公务接待费25', '公务接待费28'))).toEqual([['sum', 35, 38]]);
  });
});

describe('issue 13: paired shares of a named total, heads after 的, traditional script', () => {
  const total = '全年项目采购额为640.0万元。';
  it('A、B分别为a和b，占T的p和q: each share is its amount over the named total, in order', () => {
    const text = `${total}甲类、乙类采购额分别为160.0万元和480.0万元，占全年项目采购额的25.0%和75.0%。`;
    expect(errors(text)).toEqual([]);
    expect(rel(text).filter((r) => r[0] === 'share')).toEqual([
      ['share', 'ok', 25, 25],
      ['share', 'ok', 75, 75],
    ]);
    expect(errors(text.replace('25.0%', '27.0%'))).toEqual([['share', 27, 25]]);
    expect(errors(text.replace('480.0万元', '520.0万元'))).toContainEqual(['share', 75, 81.25]);
  });
  it('the counts must match and a part of a list of the same concept is never the total', () => {
    const text = `${total}甲类、乙类、丙类采购额分别为100.0万元、60.0万元和480.0万元，占全年项目采购额的25.0%和75.0%。`;
    expect(rel(text).filter((r) => r[0] === 'share')).toEqual([]);
    // the nearest 采购额 before is a part of the first list, not the total named
    const nested = `${total}其中，货物、服务采购额分别为200.0万元和440.0万元。甲单位、乙单位采购额分别为320.0万元和320.0万元，占采购额的50.0%和50.0%。`;
    expect(errors(nested)).toEqual([]);
  });
  it('a source word opens the label but the noun after the last 的 is its head', () => {
    const text = '县本级财政安排的“三公”经费为60万元，其中因公出国（境）费10万元，公务接待费20万元，公务用车购置及运行维护费30万元。';
    expect(errors(text)).toEqual([]);
    expect(rel(text)).toContainEqual(['sum', 'ok', 60, 60]);
    expect(errors(text.replace('接待费20', '接待费25'))).toEqual([['sum', 60, 65]]);
  });
  it('traditional script reads like simplified (分別 is 分别)', () => {
    const text = `${total}甲類、乙類採購額分別為160.0萬元和480.0萬元，占全年項目採購額的25.0%和75.0%。`;
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace('25.0%', '27.0%'))).toEqual([['share', 27, 25]]);
  });
  it('预算X中，A a，B b: “中” after the total opens its list; 中标 and 中小企业 do not', () => {
    const text = '本年“三公”经费预算60万元中，因公出国（境）费10万元，公务接待费20万元，公务用车购置及运行维护费30万元。';
    expect(rel(text)).toEqual([['sum', 'ok', 60, 60]]);
    expect(errors(text.replace('接待费20', '接待费25'))).toEqual([['sum', 60, 65]]);
    expect(rel('本年采购项目60万元中标，另支付公务接待费25万元。')).toEqual([]);
  });
  it('政府采购 splits by organisation form too, and 服务政府采购规模 is the services part', () => {
    const text =
      '全年政府采购规模为900.0万元。其中，货物、工程、服务政府采购规模分别为200.0万元、300.0万元和400.0万元。从组织形式看，政府集中采购、部门集中采购、分散采购规模分别为500.0万元、100.0万元和300.0万元。';
    expect(errors(text)).toEqual([]);
    expect(rel(text).filter((r) => r[0] === 'sum')).toEqual([
      ['sum', 'ok', 900, 900],
      ['sum', 'ok', 900, 900],
    ]);
    expect(errors(text.replace('100.0万元和300.0', '100.0万元和330.0'))).toEqual([['sum', 900, 930]]);
    expect(errors(text.replace('300.0万元和400.0', '300.0万元和440.0'))).toEqual([['sum', 900, 940]]);
  });
  it('“三公”经费财政拨款预算 (and 「三公」 quotes) is the 三公经费 total', () => {
    const text = '本部门「三公」经费财政拨款预算60万元，其中因公出国（境）费10万元，公务接待费20万元，公务用车购置及运行维护费30万元。';
    expect(rel(text)).toEqual([['sum', 'ok', 60, 60]]);
    expect(errors(text.replace('接待费20', '接待费25'))).toEqual([['sum', 60, 65]]);
  });
  it('占到 names its total like 占, and 公共财政预算 is the older name of 一般公共预算', () => {
    const text = '全县一般公共预算支出5000万元，其中民生支出4000万元，占到公共财政预算支出的80.0%。';
    expect(rel(text)).toContainEqual(['share', 'ok', 80, 80]);
    expect(errors(text.replace('80.0%', '84.0%'))).toEqual([['share', 84, 80]]);
  });
  it('节约率: the budget put to tender is its base, and a total wins over its own 其中 parts', () => {
    const one = '本年采购预算执行400.00万元，实际采购金额360.00万元，节约资金40.00万元，节约率为10.00%。';
    expect(rel(one)).toContainEqual(['rate', 'ok', 10, 10]);
    expect(errors(one.replace('10.00%', '11.00%'))).toEqual([['rate', 11, 10]]);
    const split =
      '本年采购预算金额500.00万元，其中：货物类采购预算金额200.00万元；服务类采购预算金额300.00万元。实际采购金额450.00万元，节约资金50.00万元，节约率为10.00%。';
    expect(rel(split)).toContainEqual(['rate', 'ok', 10, 10]);
    expect(errors(split.replace('10.00%', '12.00%'))).toEqual([['rate', 12, 10]]);
  });
  it('a part of a whole whose amount is not stated is still at most 100% of it (a target can be exceeded)', () => {
    expect(errors('本年节能产品采购35.2万元，占同类产品采购额的839.0%。')).toEqual([['share', 839, 100]]);
    expect(errors('本年节能产品采购35.2万元，占同类产品采购额的83.9%。')).toEqual([]);
    expect(errors('本年完成造林35.2亩，占年度计划的112.0%。')).toEqual([]);
  });
});
