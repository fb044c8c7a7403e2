// Generic robustness of lists in real text, in our own words with invented figures: numbers that are
// part of an item's name (a width, a spec code), items with a count and a measure, enumerations
// after 具体用于：, and allocation lines repeating the total's label.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../quantity/index.js';
import { errors, rel } from '../../../test/helpers/relations.js';

const sums = (text: string) => rel(text, ['sum', 'subset']);
const figures = (text: string) => extractQuantities(text).map((q) => q.text);

describe('a dimension or spec inside an item name is no figure', () => {
  it('6米宽 / 3米长的 before a noun, D600*2米 and 3×2米 are part of the name', () => {
    expect(figures('修建6米宽便道0.35千米')).toEqual(['0.35千米']);
    expect(figures('铺设3米长的涵管12节，D600*2米圆管涵9座，3×2米箱涵4座')).toEqual(['9座', '4座']);
    expect(figures('新建3万吨级泊位2个，购置5吨型货车4辆')).toEqual(['2个', '4辆']);
  });
  it('a width stated as a figure stays one', () => {
    expect(figures('道路长1.2千米，路面宽6米，两侧各1米宽。')).toEqual(['1.2千米', '6米', '1米']);
    expect(figures('护坡高3米，厚0.5米')).toEqual(['3米', '0.5米']);
    expect(figures('补助120人×500元')).toEqual(['120人', '500元']);
    expect(figures('年吞吐量3万吨，级配碎石路面2公里')).toEqual(['3万吨', '2公里']);
  });
  it('a 其中 list of widths adds the lengths only', () => {
    const t = '硬化村道1.50千米，其中6米宽村道0.62千米，4米宽村道0.88千米。';
    expect(sums(t)).toEqual([['subset', 'ok', 1.5, 1.5]]);
    expect(errors(t.replace('0.88', '0.98'))).toEqual([['subset', 1.5, 1.6]]);
  });
  it('a 其中 list goes on past items named by a spec', () => {
    const t = '新建渠系建筑物120座，其中节制闸6座，D800*4米涵管30座，DN300*2米涵管24座，分水口60座。';
    expect(sums(t)).toEqual([['subset', 'ok', 120, 120]]);
    expect(errors(t.replace('24座', '34座'))).toEqual([['subset', 120, 130]]);
    // fewer than the whole is no error: 其中 lists need not be complete
    expect(errors(t.replace('60座', '50座'))).toEqual([]);
  });
});

describe('numbered items after 具体用于：', () => {
  const t =
    '今年安排专项资金90万元，具体用于支付：①东街改造尾款31.20万元，涉及小区2个、住户410户；②西片区缺口资金42.80万元，已先用上级资金垫付，42.80万元待验收后支付；③北路前期费用10万元。';
  it('one amount per item: the amount written again in an explanation is not added', () => {
    // 31.20 + 42.80 + 10 = 84 ≤ 90 (with the repeat it would be 126.80)
    expect(sums(t)).toEqual([['subset', 'ok', 90, 84]]);
    expect(errors(t)).toEqual([]);
  });
  it('items above the total are an error', () => {
    expect(errors(t.replace('31.20', '41.20'))).toEqual([['subset', 90, 94]]);
  });
  it('items below the total are no error: the text does not say they are all of it', () => {
    expect(errors(t.replace('10万元', '5万元'))).toEqual([]);
  });
  it('（1）（2） and 一是、二是 number items the same way', () => {
    const a = '拨付补助资金60万元，具体用于：（1）种苗采购25万元，惠及农户300户；（2）技术培训20万元，培训费20万元按期结算。';
    expect(sums(a)).toEqual([['subset', 'ok', 60, 45]]);
    expect(errors(a.replace('25万元', '45万元'))).toEqual([['subset', 60, 65]]);
    const b = '下达奖补资金50万元，主要用于：一是修缮村部18万元，修缮面积300平方米；二是购置设备12万元，设备12万元已招标。';
    expect(sums(b)).toEqual([['subset', 'ok', 50, 30]]);
    expect(errors(b.replace('18万元', '48万元'))).toEqual([['subset', 50, 60]]);
  });
});

describe('allocation lines repeating the total’s label', () => {
  const t = [
    '现将下达我县2025年衔接推进资金3600万元的分配结果公布如下。',
    '东岭镇：衔接推进资金1250万元；',
    '西岗乡：衔接推进资金980万元；',
    '南湾镇：衔接推进资金1370万元。',
    '资金用途：用于产业发展和基础设施建设。',
  ].join('\n');
  it('an allocation listed line by line is all of it', () => {
    expect(sums(t)).toEqual([['sum', 'ok', 3600, 3600]]);
    expect(errors(t.replace('980万元', '890万元'))).toEqual([['sum', 3600, 3510]]);
    expect(errors(t.replace('3600万元', '3700万元'))).toEqual([['sum', 3700, 3600]]);
  });
  it('lines wrapped into one paragraph read the same', () => {
    const one = t.replace(/；\n/g, '；');
    expect(errors(one.replace('1370万元', '1470万元'))).toEqual([['sum', 3600, 3700]]);
  });
  it('lines after 其中 or under another label only bound the total, or relate nothing', () => {
    const partial = t.replace('的分配结果公布如下', '，其中部分乡镇如下');
    expect(errors(partial.replace('980万元', '890万元'))).toEqual([]);
    expect(errors(partial.replace('980万元', '1080万元'))).toEqual([['subset', 3600, 3700]]);
    const other = t.replace(/：衔接推进资金/g, '：以工代赈资金');
    expect(sums(other)).toEqual([]);
  });
});

describe('items with a count and a length under a total with both', () => {
  const t = '今年共改造排灌渠道30条，长12.60千米，其中A30型支渠4条长5.10千米；B40-2型斗渠26条长7.50千米；新建闸门80座。';
  it('the counts add up to at most the count, the lengths to at most the length', () => {
    expect(sums(t)).toEqual([
      ['subset', 'ok', 30, 30],
      ['subset', 'ok', 12.6, 12.6],
    ]);
    expect(errors(t.replace('26条', '28条'))).toEqual([['subset', 30, 32]]);
    expect(errors(t.replace('7.50', '8.50'))).toEqual([['subset', 12.6, 13.6]]);
  });
  it('items below the totals are no error (a 其中 list need not be complete)', () => {
    expect(errors(t.replace('5.10', '4.35'))).toEqual([]);
    // one digit lower is read as a typo of a complete list (digitSlips.ts)
    expect(errors(t.replace('5.10', '4.10'))).toEqual([['sum', 12.6, 11.6]]);
  });
  it('a total with one measure has no count to add the counts to', () => {
    const one = '今年共改造排灌渠道12.60千米，其中支渠4条长5.10千米；斗渠26条长7.50千米。';
    expect(sums(one).filter((r) => r[0] === 'subset' && r[2] !== 12.6)).toEqual([]);
  });
});

describe('分别用于 items', () => {
  const t = '科技扶持资金86.4万元，分别用于专利补助20.5万元；研发奖励41.9万元；人才培训24万元，其中线上课程9万元，实训基地15万元。';
  it('the uses are parts of the figure before (a subset), a use’s own 其中 list stays its own', () => {
    expect(sums(t)).toEqual([
      ['subset', 'ok', 86.4, 86.4],
      ['subset', 'ok', 24, 24],
    ]);
    expect(errors(t.replace('41.9', '51.9'))).toEqual([['subset', 86.4, 96.4]]);
    expect(errors(t.replace('20.5', '13.7'))).toEqual([]);
    expect(errors(t.replace('20.5', '10.5'))).toEqual([['sum', 86.4, 76.4]]); // one keystroke short: a typo (digitSlips.ts)
  });
  it('分别用于 names without amounts is no list', () => {
    expect(sums('科技扶持资金86.4万元，分别用于专利补助和研发奖励。')).toEqual([]);
  });
});

describe('a count kept in several units: 卷（册、盒）', () => {
  const t = '馆藏资料合计5200卷（册、盘、盒），其中：文书档案4300卷（册、盘、盒），包括纸质档案3900卷、声像档案150盘、实物档案250盒；图书900册。';
  it('parts in any of the listed units add up to the total', () => {
    expect(sums(t)).toContainEqual(['subset', 'ok', 4300, 4300]);
    expect(errors(t.replace('150盘', '250盘'))).toContainEqual(['subset', 4300, 4400]);
  });
  it('a count without such a bracket does not take other units', () => {
    const plain = '文书档案4300卷，包括纸质档案3900卷、声像档案150盘、实物档案250盒。';
    expect(errors(plain.replace('150盘', '250盘'))).toEqual([]);
  });
});

describe('a ； inside a part’s own bracket does not end the outer list', () => {
  const t = '下达建设资金11.4万元，其中甲项目9.7万元（设备4.9万元，完成计划52%；安装4.8万元），乙项目1.6万元，丙项目0.1万元。';
  it('the parts after the bracket are still parts', () => {
    expect(sums(t)).toContainEqual(['subset', 'ok', 11.4, 11.4]);
    expect(errors(t.replace('乙项目1.6', '乙项目2.6'))).toEqual([['subset', 11.4, 12.4]]);
    expect(errors(t.replace('乙项目1.6', '乙项目0.95'))).toEqual([]);
  });
  it('a ； outside brackets still ends a list of unnamed items', () => {
    const cut = '下达建设资金11.4万元，其中甲项目9.7万元；乙项目新增贷款2.6万元。';
    expect(errors(cut)).toEqual([]);
  });
});

describe('具体安排情况如下： opens an itemised list', () => {
  const t = '县里下达奖补资金50万元，具体安排情况如下：东村20万元、西村18万元、南村12万元。';
  it('the items are parts of the figure before (a subset)', () => {
    expect(sums(t)).toEqual([['subset', 'ok', 50, 50]]);
    expect(errors(t.replace('18万元', '28万元'))).toEqual([['subset', 50, 60]]);
    expect(errors(t.replace('18万元', '8万元'))).toEqual([]);
  });
});

describe('主要X项目情况如下： lists the main items of the X named', () => {
  const t =
    '全区一般公共预算收入52.6亿元，同比增长4.1%。其中：税收收入40.2亿元，同比增长3.0%；非税收入12.4亿元，同比增长7.9%。主要税收收入项目情况如下：增值税18.3亿元，同比增长5.2%；企业所得税9.6亿元，同比下降1.4%；房产税、契税等税收12.3亿元，同比增长2.2%。';
  it('a last item …等X (the rest of X) makes the lines all of X', () => {
    expect(sums(t)).toContainEqual(['sum', 'ok', 40.2, 40.2]);
    expect(errors(t.replace('9.6亿元', '8.6亿元'))).toEqual([['sum', 40.2, 39.2]]);
  });
  it('without the rest, the main items only bound X', () => {
    const main = t.replace('房产税、契税等税收', '房产税');
    expect(sums(main)).toContainEqual(['subset', 'ok', 40.2, 40.2]);
    expect(errors(main.replace('9.6亿元', '8.6亿元'))).toEqual([]);
    expect(errors(main.replace('9.6亿元', '10.6亿元'))).toEqual([['subset', 40.2, 41.2]]);
  });
  it('…等 naming something narrower than the total is no rest', () => {
    const narrower = '本年支出80万元，其中：工资福利支出50万元，差旅费、会议费等公用经费20万元。';
    expect(errors(narrower)).toEqual([]);
  });
});

describe('an inner 包括 list closed by ； inside an enumeration after 其中：', () => {
  const t = '共收到捐赠物资860件，其中：衣物520件，包括棉衣300件、毛衣220件；图书340件。';
  it('the item after the ； is the outer list’s again', () => {
    expect(sums(t)).toContainEqual(['subset', 'ok', 860, 860]);
    expect(errors(t.replace('图书340', '图书440'))).toEqual([['subset', 860, 960]]);
  });
  it('without the colon, an unnamed item after ； stays out (it may start a new statement)', () => {
    const loose = '共收到捐赠物资860件，其中衣物520件，包括棉衣300件、毛衣220件；另采购图书440件。';
    expect(errors(loose)).toEqual([]);
  });
});

describe('具体安排情况是： after the sentences that state the amount', () => {
  const t =
    '下达我县2025年奖补资金300.00万元，其中：示范乡奖补120.00万元，示范村奖补180.00万元。经县政府常务会议研究，全部安排到乡镇使用。具体安排情况是：东岭镇（2个）：上屯、下屯，资金85万元，西岗乡（3个）：石桥、柳湾、河口，资金126万元，南湾镇（2个）：新村、旧村，资金89万元。';
  it('the amounts listed are parts of the one amount allocated (a subset)', () => {
    expect(sums(t)).toContainEqual(['subset', 'ok', 300, 300]);
    expect(errors(t.replace('资金126万元', '资金146万元'))).toEqual([['subset', 300, 320]]);
    expect(errors(t.replace('资金126万元', '资金106万元'))).toEqual([]);
  });
  it('with two amounts allocated before the cue, none is bound', () => {
    const two = t.replace('示范村奖补180.00万元。', '示范村奖补180.00万元。县级同时安排配套资金50.00万元。');
    expect(errors(two.replace('资金126万元', '资金146万元'))).toEqual([]);
  });
});

describe('batches, each with its 分别支持 allocations', () => {
  const t =
    '全县获得专项资金8640万元，其中第一批资金5210万元，分别支持甲片区治理项目2600万元、乙河道修复项目1810万元、丙泵站改造项目800万元；第二批资金3430万元，分别支持丁湿地项目2230万元、戊监测项目1200万元。';
  it('the batches are parts of the total, each allocation list of its batch (subsets)', () => {
    expect(sums(t)).toEqual([
      ['subset', 'ok', 8640, 8640],
      ['subset', 'ok', 5210, 5210],
      ['subset', 'ok', 3430, 3430],
    ]);
  });
  it('a batch or an allocation larger than its whole is an error', () => {
    expect(errors(t.replace('3430万元', '4860万元'))).toEqual([['subset', 8640, 10070]]);
    expect(errors(t.replace('2230万元', '3230万元'))).toEqual([['subset', 3430, 4430]]);
  });
  it('a subset short of its total is no error (other batches or uses may be unlisted)', () => {
    expect(errors(t.replace('800万元', '650万元'))).toEqual([]);
    expect(errors(t.replace('8640万元', '9870万元'))).toEqual([]);
  });
  it('items of another name after the ； are no batch of the list', () => {
    const o = '全县获得专项资金8640万元，其中第一批资金5210万元，分别支持甲项目2600万元、乙项目2610万元；配套工程投资9430万元。';
    expect(errors(o)).toEqual([]);
    expect(sums(o).map((r) => r[2])).not.toContain(13640);
  });
  it('分别支持 names without amounts is no list', () => {
    expect(sums('下达资金5210万元，分别支持甲项目和乙项目。')).toEqual([]);
  });
});
