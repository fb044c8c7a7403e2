// Parts before their total joined by 加上 / 构成 (our own sentences, invented figures): correct, with a
// planted error, and look-alikes that are no sum.
import { describe, expect, it } from 'vitest';
import { errors, rel, relations, ofKind } from '../../../test/helpers/relations.js';

const sums = (text: string) => ofKind(text, 'sum');

describe('A，加上B、C，合计T', () => {
  const text = '2024年县本级一般公共预算收入86.5万元，加上级补助收入240.0万元、上年结转收入12.3万元，收入总计338.8万元。';
  it('the items add up to the total after them', () => {
    expect(sums(text)).toEqual([['ok', 338.8, 338.8]]);
    expect(sums(text.replace('240.0', '260.0'))).toEqual([['error', 338.8, 358.8]]);
  });
  it('one item after 加上 and a 合计 of another label', () => {
    const t = '区本级卫生健康支出52.4亿元，加上对街道补助支出7.9亿元，区级支出合计60.3亿元。';
    expect(sums(t)).toEqual([['ok', 60.3, 60.3]]);
    expect(sums(t.replace('60.3亿元', '63.3亿元'))).toEqual([['error', 63.3, 60.3]]);
  });
  it('加强 / 加大 and a 加上 with no total after it are no sums', () => {
    expect(sums('安排资金30万元，加强培训投入5万元，合计组织培训12场。')).toEqual([]);
    expect(sums('安排资金30万元，加大宣传投入5万元，全年合计支出80万元。')).toEqual([]);
    expect(sums('本级收入86.5万元，加上级补助收入240.0万元；全年支出310.0万元。')).toEqual([]);
  });
});

describe('a name stated before, 加上 the items, 收入总计', () => {
  const text =
    '全县一般公共预算收入（含乡镇收入，下同）18.6亿元，增长4.2%，税收占比71%。全县一般公共预算收入，加上上级转移支付收入22.4亿元、上年结转收入1.3亿元、调入资金2.7亿元，收入总计45.0亿元。';
  it('the name opening the sentence is the figure stated before it', () => {
    expect(sums(text)).toEqual([['ok', 45, 45]]);
    expect(sums(text.replace('18.6亿元', '19.6亿元'))).toEqual([['error', 45, 46]]);
    expect(sums(text.replace('45.0亿元', '47.0亿元'))).toEqual([['error', 47, 45]]);
  });
  it('a share with a noun of its own (税收占比) is not of that figure', () => {
    const shares = relations(text).filter((r) => r.kind === 'share');
    expect(shares).toEqual([]);
  });
  it('a name stated nowhere before adds nothing', () => {
    expect(sums('全县基金收入，加上上级转移支付收入22.4亿元、调入资金2.7亿元，收入总计45.0亿元。')).toEqual([]);
  });
});

describe('A、B、C，构成T', () => {
  const text = '甲类收费收入12.40亿元、乙类收费收入30.15亿元、丙类收费收入2.05亿元，构成行政事业性收费收入44.60亿元。';
  it('the listed items make up the total', () => {
    expect(sums(text)).toEqual([['ok', 44.6, 44.6]]);
    expect(sums(text.replace('30.15', '31.15'))).toEqual([['error', 44.6, 45.6]]);
  });
  it('figures not joined as a list, or a 构成 with no amount, are no sums', () => {
    expect(sums('全年收入98.0亿元；甲类收费收入12.40亿元，构成行政事业性收费收入的主体。')).toEqual([]);
    expect(sums('全年收入98.0亿元，支出90.0亿元，构成比例为3:2，结余8.0亿元。')).toEqual([]);
  });
});

describe('A减去B后，C', () => {
  const text =
    '县级一般公共预算收入82.0亿元，收入总量为310.5亿元。县级一般公共预算支出95.3亿元，支出总量为296.2亿元。收入总量减去支出总量后，结转下年资金14.3亿元。';
  const diffs = (t: string) =>
    relations(t)
      .filter((r) => r.kind === 'difference')
      .map((r) => [r.verdict, r.stated, r.computed]);
  it('the figure after is the first named total less the second', () => {
    expect(diffs(text)).toEqual([['ok', 14.3, 14.3]]);
    expect(diffs(text.replace('14.3亿元', '16.3亿元'))).toEqual([['error', 16.3, 14.3]]);
  });
  it('a name stated nowhere before gives nothing', () => {
    expect(diffs(text.replace('收入总量减去支出总量后', '收入总额减去支出总量后'))).toEqual([]);
  });
});

describe('a sentence opening with 加上: the first item is the figure stated before', () => {
  const diffs = (t: string) =>
    relations(t)
      .filter((r) => r.kind === 'difference')
      .map((r) => [r.verdict, r.stated, r.computed]);
  it('收入A，…。加上B，收入合计T (both sides)', () => {
    const t =
      '全县一般公共预算收入完成52.6亿元，完成预算的101.3%，增长6.1%。加上上级转移性收入31.4亿元，收入合计84.0亿元。全县一般公共预算支出完成70.2亿元，增长3.0%。加上上解上级支出13.8亿元，支出合计84.0亿元。';
    expect(sums(t)).toEqual([
      ['ok', 84, 84],
      ['ok', 84, 84],
    ]);
    expect(sums(t.replace('31.4亿元', '33.4亿元'))).toEqual([
      ['error', 84, 86],
      ['ok', 84, 84],
    ]);
    expect(sums(t.replace('70.2亿元', '72.2亿元'))).toEqual([
      ['ok', 84, 84],
      ['error', 84, 86],
    ]);
  });
  it('a 其中 part in between is skipped for the total it is part of', () => {
    const t = '本级政府性基金收入完成40.0亿元，同比增长5.0%。其中：土地出让收入完成36.5亿元，增长4.1%。加上上级补助收入8.5亿元，收入合计48.5亿元。';
    expect(sums(t)).toEqual([['ok', 48.5, 48.5]]);
    expect(sums(t.replace('48.5亿元', '45.8亿元'))).toEqual([['error', 45.8, 48.5]]);
  });
  it('再加上 several items named as one amount (元 with separators), 收入总量为 after two items', () => {
    expect(sums('乡镇财政收入112.40万元。再加上上级补助、上年结转等1,523.60万元，收入总计1,636.00万元。')).toEqual([['ok', 1636, 1636]]);
    const t = '全市一般公共预算收入980亿元，比上年增长4.0%。加上调入资金120亿元，从政府性基金预算调入35亿元，收入总量为1135亿元。';
    expect(sums(t)).toEqual([['ok', 1135, 1135]]);
    expect(sums(t.replace('980亿元', '890亿元'))).toEqual([['error', 1135, 1045]]);
  });
  it('no figure of the same head noun before (支出 before a 收入合计), or two of them in one sentence: nothing', () => {
    expect(sums('全区一般公共预算支出完成70.2亿元，增长3.0%。加上上解上级支出13.8亿元，收入合计84.0亿元。')).toEqual([]);
    expect(sums('甲镇收入20.0亿元，乙镇收入32.6亿元。加上上级补助31.4亿元，收入合计84.0亿元。')).toEqual([]);
  });
  it('the figure before named with its verb (县级…收入预计完成A), or 可用资金 added to 可用资金', () => {
    const t = '县级一般公共预算收入预计完成6.40亿元，同比下降3.2%，其中：税收收入4.10亿元、非税收入2.30亿元。加上转移性收入9.80亿元，收入总计16.20亿元。';
    expect(sums(t)).toContainEqual(['ok', 16.2, 16.2]);
    expect(sums(t.replace('9.80亿元', '9.90亿元'))).toContainEqual(['error', 16.2, 16.3]);
    const u =
      '按现行体制结算，一般公共预算可用资金为820万元，为调整预算的102.5%。其中包括：支出基数500万元，体制结算收入200万元，上级补助收入120万元。加上上年结余35万元，全年一般公共预算可用资金为855万元。';
    expect(sums(u)).toContainEqual(['ok', 855, 855]);
    expect(sums(u.replace('结余35万元', '结余45万元'))).toContainEqual(['error', 855, 865]);
  });
  it('another head (收入 before a 支出总计) or a project fund before 加上: nothing', () => {
    expect(sums('县级一般公共预算收入预计完成6.40亿元。加上转移性收入9.80亿元，支出总计16.20亿元。')).toEqual([]);
    expect(sums('项目资金可用额度为300万元。加上上年结余35万元，全年可用资金为335万元。')).toEqual([]);
  });
  it('收支相抵，赤字 / 结余: the difference of the totals stated before', () => {
    const t =
      '全省一般公共预算收入3200亿元，增长3.1%。加上中央转移支付2100亿元，调入资金300亿元，收入总量为5600亿元。全省一般公共预算支出6400亿元，增长5.0%。收支总量相抵，赤字800亿元，比上年增加50亿元。';
    expect(diffs(t)).toEqual([['ok', 800, 800]]);
    expect(diffs(t.replace('赤字800', '赤字850'))).toEqual([['error', 850, 800]]);
    expect(diffs(t.replace('6400亿元', '6600亿元'))).toEqual([['error', 800, 1000]]);
    const s = '县本级收入合计45.2亿元，支出合计41.0亿元。收支相抵后，当年结余4.2亿元。';
    expect(diffs(s)).toEqual([['ok', 4.2, 4.2]]);
    expect(diffs(s.replace('结余4.2', '结余4.8'))).toEqual([['error', 4.8, 4.2]]);
  });
  it('本年收支结余 with no 相抵: in the same sentence, or four sentences after its income', () => {
    const t = '2023年，全省职工医保基金总收入520亿元，比上年增长8.1%；总支出430亿元，比上年增长11.5%；本年收支结余90亿元，年末滚存结余650亿元。';
    expect(diffs(t)).toEqual([['ok', 90, 90]]);
    expect(diffs(t.replace('结余90', '结余80'))).toEqual([['error', 80, 90]]);
    const s =
      '本年收入285亿元，比上年增加19亿元，增长7.1%。其中：缴费收入224亿元，财政补贴收入43亿元。本年支出257亿元，比上年增加26亿元，增长11.3%。其中，养老金支出248亿元。本年收支结余28亿元，年末滚存结余310亿元。';
    expect(diffs(s)).toEqual([['ok', 28, 28]]);
    expect(diffs(s.replace('本年支出257', '本年支出275'))).toEqual([['error', 28, 10]]);
  });
  it('a 缺口 closed by other words, or no income stated, is no balance', () => {
    expect(diffs('全年收入80亿元，支出95亿元。收支相抵，缺口由债券资金弥补，发行债券15亿元。')).toEqual([]);
    expect(diffs('全年支出95亿元。收支相抵，赤字15亿元。')).toEqual([]);
    expect(diffs('本年支出257亿元。年末滚存结余310亿元。')).toEqual([]);
  });
});

describe('加上 after a region’s income: the tail of the name says which head noun', () => {
  const text =
    '收入决算：2023年县级地方一般公共预算收入21.40亿元，为调整预算的95.10%，同比增加312万元，增长0.15%。加上上级补助收入12.3亿元，债务转贷收入5.62亿元，上年结转0.91亿元，调入资金7亿元，收入合计47.23亿元。';
  it('the level of the sentence before is the first item (its rate and change are not)', () => {
    expect(sums(text)).toEqual([['ok', 47.23, 47.23]]);
    expect(sums(text.replace('5.62亿元', '5.92亿元'))).toEqual([['error', 47.23, 47.53]]);
  });
  it('a 国有资本经营 total names its head noun by its tail too', () => {
    const t = '县本级国有资本经营收入52亿元，为调整预算的100.8%，增长12.4%。加上上年结转收入0.3亿元、动用历年结余8.2亿元，县本级国有资本经营收入合计60.5亿元。';
    expect(sums(t)).toEqual([['ok', 60.5, 60.5]]);
    expect(sums(t.replace('52亿元', '53亿元'))).toEqual([['error', 60.5, 61.5]]);
  });
  it('look-alike: spending stated before an income total is no first item', () => {
    const t = '2023年县级一般公共预算支出21.40亿元，增长3.1%。加上上级补助收入12.3亿元，收入合计50.1亿元。';
    expect(sums(t)).toEqual([]);
  });
});

describe('a name right before 加上, its figure stated before (even as a part of a 其中 list)', () => {
  const text =
    '全县财政总收入98000万元，其中：中央级收入41000万元；县级一般公共预算收入57000万元。县级一般公共预算收入加上上级补助收入86500万元、新增债券收入9000万元、调入资金14200万元，收入合计166700万元。';
  it('adds up', () => {
    expect(sums(text)).toContainEqual(['ok', 166700, 166700]);
    expect(sums(text.replace('9000万元', '9800万元'))).toContainEqual(['error', 166700, 167500]);
  });
  it('look-alike: 增加上级… is no 加上', () => {
    const t = '县级一般公共预算收入57000万元。支出增加上级补助项目86500万元、债券项目9000万元，收入合计166700万元。';
    expect(sums(t).filter((r) => r[0] === 'error')).toEqual([]);
  });
});

describe('a level with its own rate before the 加上 (A，增长r%，加上B，总计T)', () => {
  const text = '县本级政府性基金收入42.35亿元，增长12.4%，加上上年结转收入1.65亿元，县本级政府性基金收入总计为44.00亿元。';
  it('the rate is passed over: ok', () => {
    expect(errors(text)).toEqual([]);
    expect(rel(text, ['sum'])).toEqual([['sum', 'ok', 44, 44]]);
  });
  it('an item changed: error', () => {
    expect(errors(text.replace('1.65亿元', '1.75亿元'))).toEqual([['sum', 44, 44.1]]);
  });
  it('a rate followed by 加快 is no chain (look-alike)', () => {
    const u = '县本级政府性基金收入42.35亿元，增长12.4%，加快推进项目1.65亿元，县本级基金支出总计为50.00亿元。';
    expect(errors(u)).toEqual([]);
  });
});

describe('a 其中 part, its rates, then ；加 (其中地方收入a，下降r%；加上级补助B…，收入合计T)', () => {
  const text =
    '全县一般公共预算总收入52000万元，下降6.4%，其中地方一般公共预算收入31000万元，完成调整后预算的99.2%，同口径下降0.5%；加上级补助收入12000万元，上年结余收入4000万元，调入资金1800万元，收入合计48800万元。';
  it('the part opens the chain: ok', () => {
    expect(errors(text)).toEqual([]);
    expect(rel(text, ['sum'])).toEqual([['sum', 'ok', 48800, 48800]]);
  });
  it('an item changed: error', () => {
    expect(errors(text.replace('4000万元', '4100万元'))).toEqual([['sum', 48800, 48900]]);
  });
  it('a ；加上 chain of the other side (收入总量T1；加上B，支出总量T2) is not added to the income (look-alike)', () => {
    const u = '另外，加上地方上缴的调剂收入2400.00亿元，收入总量3000.00亿元；加上安排给地方的调剂支出2400.00亿元，支出总量2900.00亿元。';
    expect(errors(u)).toEqual([]);
  });
});

describe('加上…减去…，总计T', () => {
  const text = '区本级基金收入52.6亿元，加上上级补助收入4.2亿元、调入资金8.1亿元，减去对街道补助支出6.5亿元，收入总计58.4亿元。';
  it('an item after 减去 is taken away, never added', () => {
    expect(sums(text)).toEqual([]);
    expect(ofKind(text, 'difference')).toEqual([['ok', 58.4, 58.4]]);
    expect(errors(text)).toEqual([]);
  });
  it('a wrong item or total is an error of the signed sum', () => {
    expect(ofKind(text.replace('8.1亿元', '9.1亿元'), 'difference')).toEqual([['error', 58.4, 59.4]]);
    expect(ofKind(text.replace('58.4亿元', '71.4亿元'), 'difference')).toEqual([['error', 71.4, 58.4]]);
  });
  it('减少 is a change, not a cue to take away', () => {
    const t = '区本级基金收入52.6亿元，加上上级补助收入4.2亿元，减少调出资金后收入总计56.8亿元。';
    expect(ofKind(t, 'difference')).toEqual([]);
  });
});
