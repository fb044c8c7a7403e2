// A complete set of the lexicon with no cue, under a total stated before (our own sentences,
// invented figures): correct, a planted error, and look-alikes that are no relation.
import { describe, expect, it } from 'vitest';
import { relations, errors, ofKind } from '../../../test/helpers/relations.js';

const sums = (text: string) => ofKind(text, 'sum');

describe('a complete set under a total of the paragraph before', () => {
  const text = '1—9月，全国政府性基金收入3650亿元，增长12.4%。\n中央政府性基金收入420亿元，增长3.1%；地方政府性基金本级收入3230亿元，增长13.8%。';
  it('sources (中央 + 地方) split the total their head noun names, of the same scope', () => {
    expect(sums(text)).toEqual([['ok', 3650, 3650]]);
    expect(errors(text.replace('3230', '3320'))).toEqual([['sum', 3650, 3740]]);
  });
  it('基本支出 and 项目支出 split the 支出 stated in the sentence before', () => {
    const t = '本中心2024年支出合计126.40万元。基本支出98.10万元，项目支出28.30万元。';
    expect(sums(t)).toEqual([['ok', 126.4, 126.4]]);
    expect(errors(t.replace('28.30', '23.80'))).toEqual([['sum', 126.4, 121.9]]);
  });
  it('parts of another subject, scope or year are not parts of the total', () => {
    expect(sums('本中心2024年支出合计126.40万元。下属站点基本支出98.10万元，项目支出20.30万元。')).toEqual([]);
    expect(sums('全国政府性基金收入3650亿元。中央一般公共预算收入420亿元；地方一般公共预算收入2230亿元。')).toEqual([]);
    expect(sums('本中心2024年支出合计126.40万元。2023年基本支出90.10万元，项目支出20.30万元。')).toEqual([]);
  });
  it('the nearest total wins, even when it is itself a part', () => {
    const t = '2023年部门支出合计5,000.00万元，其中机关本级支出合计300.00万元。机关本级基本支出260.00万元，项目支出40.00万元。';
    expect(errors(t)).toEqual([]);
    expect(errors(t.replace('40.00', '60.00'))).toEqual([['sum', 300, 320]]);
  });
});

describe('a 其中 that ends its paragraph, one section per part', () => {
  const text =
    '2024年全县各单位使用财政拨款安排的“三公”经费决算总额为640万元，较年初预算减少12%。其中：\n一、因公出国（境）经费\n2024年因公出国（境）决算支出20万元。\n二、公务用车购置及运行维护费\n2024年各单位公务用车购置及运行费决算支出450万元，其中：公务用车购置费150万元，公务用车运行维护费300万元。\n三、公务接待费\n2024年各单位用于交通费、用餐费等公务接待费决算支出170万元。\n四、其他说明\n本年未新增车辆。';
  it('the first amount of each section is a part of the total', () => {
    expect(sums(text)).toEqual([
      ['ok', 640, 640],
      ['ok', 450, 450],
    ]);
    expect(errors(text.replace('支出170万元', '支出190万元'))).toEqual([['sum', 640, 660]]);
  });
  it('sections whose amounts are not siblings of the lexicon end the list', () => {
    const other = text.replace('因公出国（境）决算支出20万元', '培训费支出20万元');
    expect(sums(other)).toEqual([['ok', 450, 450]]);
  });
});

describe('a total named in the parenthesis before 决算总额', () => {
  const text =
    '2023年全市各单位因公出国（境）经费、公务接待费、公车购置费、公车运行费（“三公”经费）决算总额1450万元，比上年下降2.1%。分项情况是：因公出国（境）经费决算60万元，比上年增长5.0%；公务接待费决算390万元，比上年下降3.0%；公车购置及运行费1000万元（其中公车购置费300万元，公车运行费700万元），比上年下降2.0%。';
  it('the items (one of them a total of its own) split it', () => {
    expect(sums(text)).toEqual([
      ['ok', 1450, 1450],
      ['ok', 1000, 1000],
    ]);
    expect(errors(text.replace('决算390万元', '决算930万元'))).toEqual([['sum', 1450, 1990]]);
  });
  it('a bare 决算总额 after a parenthesis of no lexicon name is split only through the cue 分项情况是：', () => {
    const unnamed = text.replace('（“三公”经费）', '（以下简称三项）');
    expect(sums(unnamed)).toEqual([
      ['ok', 1450, 1450],
      ['ok', 1000, 1000],
    ]);
    expect(sums(unnamed.replace('分项情况是：', ''))).toEqual([['ok', 1000, 1000]]);
  });
});

describe('其中： ending its paragraph, then parts numbered 1、2、3 one per paragraph', () => {
  const subsets = (text: string) =>
    relations(text)
      .filter((r) => r.kind === 'subset' || r.kind === 'sum')
      .map((r) => [r.kind, r.verdict, r.stated, r.computed]);
  const text =
    '2023年全镇财政总收入5820万元，完成预算的108.2%，比上年增收420万元，其中：\n1、一般预算收入3610万元，完成年初预算的104.5%。\n2、上级转移支付收入1480万元，下降3.2%。\n3、基金收入700万元，增长12.0%。\n4、上年结余30万元。\n二、支出情况';
  it('the items are parts of the total (a subset): more than the total is an error', () => {
    expect(subsets(text)).toEqual([['subset', 'ok', 5820, 5820]]);
    expect(subsets(text.replace('700万元', '1700万元'))).toEqual([['subset', 'error', 5820, 6820]]);
    expect(subsets(text.replace('5820万元', '5420万元'))).toEqual([['subset', 'error', 5420, 5820]]);
  });
  it('（一）（二） marks and amounts in 元 with separators', () => {
    const t =
      '本年度项目资金支出1,250,000.00元，其中：\n（一）设备购置支出820,000.00元。\n（二）培训支出300,000.00元，共培训12期。\n（三）宣传支出130,000.00元。';
    expect(subsets(t)).toEqual([['subset', 'ok', 1250000, 1250000]]);
    expect(subsets(t.replace('300,000.00', '390,000.00'))).toEqual([['subset', 'error', 1250000, 1340000]]);
  });
  it('numbering that does not run on from 1, or an item without its amount first, gives no list', () => {
    expect(subsets(text.replace('1、一般', '3、一般'))).toEqual([]);
    const t = '本年度项目资金支出125万元，其中：\n1、完成设备购置，支出82万元。\n2、开展培训12期，支出30万元。';
    expect(subsets(t.replace('完成设备购置，支出82万元', '完成设备购置12台'))).toEqual([]);
  });
});

describe('a breakdown in the next paragraph under a lead, the parts naming no scope', () => {
  it('税收 + 非税 after 其中 parts of another split take the total of 一般公共预算收入', () => {
    const t =
      '全国一般公共预算收入8600亿元，同比增长6.0%。其中，中央一般公共预算收入3900亿元；地方一般公共预算本级收入4700亿元。全国税收收入7300亿元，增长5.1%；非税收入1300亿元，增长10.2%。';
    expect(sums(t)).toEqual([
      ['ok', 8600, 8600],
      ['ok', 8600, 8600],
    ]);
    expect(errors(t.replace('7300', '7800'))).toEqual([['sum', 8600, 9100]]);
  });
  it('关于收入： in a paragraph of its own', () => {
    const t = '2024年，全市一般公共预算收入320.5亿元，为预算的101.2%。\n关于收入决算情况，税收收入240.3亿元，下降1.2%；非税收入80.2亿元，增长9.0%。';
    expect(sums(t)).toEqual([['ok', 320.5, 320.5]]);
    expect(errors(t.replace('80.2亿元', '82.0亿元'))).toEqual([['sum', 320.5, 322.3]]);
  });
  it('a heading without figures between the total and its breakdown', () => {
    const t = '2024年全市一般公共预算收入320.5亿元，为预算的101.2%。\n（二）收入决算具体情况\n税收收入240.3亿元，下降1.2%；非税收入80.2亿元，增长9.0%。';
    expect(sums(t)).toEqual([['ok', 320.5, 320.5]]);
    expect(errors(t.replace('80.2亿元', '82.2亿元'))).toEqual([['sum', 320.5, 322.5]]);
    // a paragraph of text in between (not a heading) ends the search
    const long = '其余各项收入按照年初预算安排的进度正常入库。征管工作平稳有序，各部门配合良好。全年收入形势总体稳定向好。';
    expect(sums(t.replace('（二）收入决算具体情况', long))).toEqual([]);
  });
  it('本级支出 + 对下级转移支付 = 支出, whatever level opens the labels', () => {
    const t = '2023年中央一般公共预算支出5210亿元，增长4.2%。\n从支出结构看，中央本级支出1320亿元，增长2.0%；中央对地方转移支付3890亿元，增长5.0%。';
    expect(sums(t)).toEqual([['ok', 5210, 5210]]);
    expect(errors(t.replace('3890', '3980'))).toEqual([['sum', 5210, 5300]]);
    const s = '全市政府性基金支出320亿元。市本级支出120亿元，对区县转移支付200亿元。';
    expect(sums(s)).toEqual([['ok', 320, 320]]);
    expect(errors(s.replace('120亿元', '150亿元'))).toEqual([['sum', 320, 350]]);
    const q = '全区一般公共预算支出64.0亿元。其中，区本级支出40.0亿元，对街道转移支付24.0亿元。';
    expect(errors(q.replace('24.0', '26.0'))).toEqual([['sum', 64, 66]]);
  });
  it('the other splits keep their own: 中央本级 + 地方, 市本级 + 区级', () => {
    expect(sums('全国一般公共预算支出9000亿元。分中央和地方看，中央一般公共预算本级支出1300亿元；地方一般公共预算支出7700亿元。')).toEqual([
      ['ok', 9000, 9000],
    ]);
    expect(sums('全市一般公共预算支出1000亿元，下降4%。其中：市本级支出400亿元，增长0.3%；区级支出600亿元，下降6.7%。')).toEqual([['ok', 1000, 1000]]);
  });
  it('parts of a budget type other than the total’s, or 基本/项目 under a scoped total, are not bound', () => {
    expect(sums('全市政府性基金收入320亿元。税收收入240亿元，非税收入80亿元。')).toEqual([]);
    expect(sums('全市一般公共预算收入320亿元。政府性基金税收收入240亿元，非税收入80亿元。')).toEqual([]);
    expect(sums('本单位一般公共预算财政拨款支出320万元。\n基本支出240万元，项目支出100万元。')).toEqual([]);
  });
});
