// Sums of statistical bulletins and budget drafts, in our own words with invented figures: the three
// sectors after a view cue (分产业看) with no 其中, an abbreviation after the total's noun (（GDP）),
// planned figures (拟调整为 / 拟…资金) that still name their quantity, population by residence and
// farming output by branch. Each with both verdicts and a look-alike that asserts nothing.
import { describe, expect, it } from 'vitest';
import { errors, rel } from '../../../test/helpers/relations.js';

const sums = (text: string) => rel(text, ['sum', 'subset']);

describe('three sectors with no 其中 under the total stated before', () => {
  const text =
    '前三季度全市实现地区生产总值318.40亿元，按不变价格计算，同比增长5.2%。分产业看，第一产业增加值26.10亿元，增长3.1%；第二产业增加值140.25亿元，增长6.0%；第三产业增加值152.05亿元，增长4.9%。';
  it('the sectors add up to the total named before', () => {
    expect(sums(text)).toEqual([['sum', 'ok', 318.4, 318.4]]);
    expect(errors(text.replace('318.40', '328.40'))).toEqual([['sum', 328.4, 318.4]]);
    expect(errors(text.replace('140.25', '141.25'))).toEqual([['sum', 318.4, 319.4]]);
  });
  it('sectors after a total of another measure are not its parts', () => {
    const t = '全市规模以上工业总产值318.40亿元。分产业看，第一产业增加值26.10亿元；第二产业增加值140.25亿元；第三产业增加值150.05亿元。';
    expect(errors(t)).toEqual([]);
  });
  it('a partition of 收入 or 支出 levels still needs its cue (市本级 and 区级 name either side)', () => {
    const t = '全市一般公共预算收入120亿元。市本级支出50亿元，区级支出60亿元。';
    expect(errors(t)).toEqual([]);
  });
});

describe('an abbreviation after the total', () => {
  const text =
    '全年全县实现地区生产总值（GDP）96.5亿元，比上年增长4%。其中第一产业增加值12.3亿元，增长3.0%；第二产业增加值40.1亿元，增长5.1%；第三产业增加值44.1亿元，增长3.8%。';
  it('（GDP） does not hide 地区生产总值: the three sectors must add up', () => {
    expect(sums(text)).toContainEqual(['sum', 'ok', 96.5, 96.5]);
    expect(errors(text.replace('40.1', '42.1'))).toEqual([['sum', 96.5, 98.5]]);
  });
  it('（以下简称…） likewise', () => {
    const t = '全县一般公共预算收入（以下简称财政收入）30.0亿元。其中，税收收入21.0亿元，非税收入9.0亿元。';
    expect(sums(t)).toContainEqual(['sum', 'ok', 30, 30]);
    expect(errors(t.replace('9.0亿元', '8.0亿元'))).toEqual([['sum', 30, 29]]);
  });
  it('an aside naming a scope is no abbreviation: 规模以上 output is not GDP', () => {
    const t = '全县工业总产值（规模以上）96.5亿元。其中第一产业增加值12.3亿元，第二产业增加值40.1亿元，第三产业增加值38.6亿元。';
    expect(errors(t)).toEqual([]);
  });
});

describe('planned figures of a budget draft or adjustment', () => {
  it('税收收入拟调整为… is still 税收收入', () => {
    const t = '本级财政收入拟调整为86000万元，下降4.1%。其中：税收收入拟调整为61000万元，调减9000万元；非税收入25000万元，保持不变。';
    expect(sums(t)).toContainEqual(['sum', 'ok', 86000, 86000]);
    expect(errors(t.replace('25000', '26000'))).toEqual([['sum', 86000, 87000]]);
  });
  it('拟中央补助资金 is a source like 中央补助资金', () => {
    const t = '今年共需筹集资金52.0亿元，其中，拟中央补助资金20.5亿元，省级财政安排资金21.0亿元，市县承担10.5亿元。';
    expect(sums(t)).toContainEqual(['sum', 'ok', 52, 52]);
    expect(errors(t.replace('21.0亿元', '22.0亿元'))).toEqual([['sum', 52, 53]]);
  });
  it('items the lexicon does not complete stay a subset', () => {
    const t = '今年共需筹集资金52.0亿元，其中，拟中央补助资金20.5亿元，省级财政安排资金21.0亿元。';
    expect(errors(t)).toEqual([]);
  });
});

describe('population by residence', () => {
  const text =
    '年末全县常住人口62.4万人，比上年末减少0.3万人，其中城镇人口30.1万人，乡村人口32.3万人。户籍总人口75.0万人，其中城镇人口21.6万人，乡村人口53.4万人。';
  it('常住 and 户籍 each = 城镇 + 乡村', () => {
    expect(sums(text)).toEqual([
      ['sum', 'ok', 62.4, 62.4],
      ['sum', 'ok', 75, 75],
    ]);
    expect(errors(text.replace('乡村人口32.3', '乡村人口33.3'))).toEqual([['sum', 62.4, 63.4]]);
    expect(errors(text.replace('75.0万人', '76.0万人'))).toEqual([['sum', 76, 75]]);
  });
  it('one part alone is a subset', () => {
    const t = '年末全县常住人口62.4万人，其中城镇人口30.1万人。';
    expect(sums(t)).toEqual([['subset', 'ok', 62.4, 30.1]]);
  });
});

describe('farming output by branch', () => {
  const text =
    '全年农林牧渔业总产值88.6亿元，增长3.9%。其中，农业产值46.2亿元，林业产值4.1亿元，牧业产值30.5亿元，渔业产值3.4亿元，农林牧渔专业及辅助性活动产值4.4亿元。';
  it('all five branches add up', () => {
    expect(sums(text)).toContainEqual(['sum', 'ok', 88.6, 88.6]);
    expect(errors(text.replace('30.5', '31.5'))).toEqual([['sum', 88.6, 89.6]]);
  });
  it('four branches without the services are a subset: short is no error', () => {
    const t = '全年农林牧渔业总产值88.6亿元。其中，农业产值46.2亿元，林业产值4.1亿元，牧业产值30.5亿元，渔业产值3.4亿元。';
    expect(errors(t)).toEqual([]);
  });
});

describe('税收 and 非税 in the paragraph after the total, with asides between', () => {
  it('a speed clause between the parts (增速比…加快a、b个百分点) does not end the run', () => {
    const t =
      '前三季度，全省一般公共预算收入完成1320.6亿元，同比增长8.1%；全省一般公共预算支出完成2410.2亿元，同比增长2%。⏎收入方面，全省税收收入完成950.2亿元，增长7.5%，增速比上半年、一季度分别加快1.2、2.4个百分点；非税收入完成370.4亿元，增长9.6%。'.replace(
        '⏎',
        '\n',
      );
    expect(rel(t, ['sum'])).toEqual([['sum', 'ok', 1320.6, 1320.6]]);
    expect(errors(t.replace('370.4', '380.4'))).toEqual([['sum', 1320.6, 1330.6]]);
  });
  it('a part with its own 其中 (地方级税收收入) and a period in the label (1-9月)', () => {
    const t =
      '1-9月，全市一般公共预算总收入512.40亿元，同比下降0.8%。其中：地方一般公共预算收入330.10亿元；上划中央收入182.30亿元。⏎全市1-9月税收收入380.20亿元，同比下降1.1%，其中地方级税收收入198.70亿元，同比增长0.4%；非税收入132.20亿元，同比增长2.9%。'.replace(
        '⏎',
        '\n',
      );
    expect(rel(t, ['sum'])).toEqual([['sum', 'ok', 512.4, 512.4]]);
    expect(errors(t.replace('132.20', '142.20'))).toEqual([['sum', 512.4, 522.4]]);
  });
  it('parts of the spending side are not split from the income total', () => {
    const t =
      '全省一般公共预算收入完成1320.6亿元，同比增长8.1%。⏎全省民生支出完成950.2亿元，增长7.5%，增速比上半年加快1.2个百分点；其他支出完成300.4亿元。'.replace(
        '⏎',
        '\n',
      );
    expect(errors(t)).toEqual([]);
  });
});
