// The gap between the highest and the lowest rate of a sentence, in percentage points (our own
// sentences, invented figures): correct, with a planted error, and look-alikes that are no gap.
import { describe, expect, it } from 'vitest';
import { errors, ofKind, rel } from '../../../test/helpers/relations.js';

const gaps = (text: string) => ofKind(text, 'difference');

describe('最高…最低…相差N个百分点', () => {
  const text = '分乡镇看，支出增速最高为东湖镇（同比增长24.6%），最低为西岭乡（同比下降8.3%），高低相差32.9个百分点。';
  it('the gap is the highest minus the lowest, signs kept', () => {
    expect(gaps(text)).toEqual([['ok', 32.9, 32.9]]);
    expect(gaps(text.replace('32.9个', '16.3个'))).toEqual([['error', 16.3, 32.9]]);
    expect(gaps(text.replace('下降8.3%', '增长8.3%'))).toEqual([['error', 32.9, 16.3]]);
  });
  it('a gap to a rate the sentence does not state, or a change of a rate, is no gap of the two', () => {
    expect(gaps('全县支出增长12.4%，占比61.0%，与全省平均水平相差2.1个百分点。')).toEqual([]);
    expect(gaps('全县支出增长12.4%，执行率为96.0%，比上年提高1.5个百分点。')).toEqual([]);
  });
});

describe('增长a%，比X（b%）高g个百分点: a rate against a rate stated in parentheses (rates9)', () => {
  const text = '全县税收收入完成42.6亿元，增长12.4%，比全市平均水平（8.9%）高3.5个百分点。';
  it('g = a − b, the direction agreeing', () => {
    expect(gaps(text)).toEqual([['ok', 3.5, 3.5]]);
    expect(gaps('全县税收收入增长6.2%，低于全市平均水平（8.9%）2.7个百分点。')).toEqual([['ok', 2.7, 2.7]]);
  });
  it('a wrong gap or a wrong direction is an error', () => {
    expect(gaps(text.replace('3.5个', '4.5个'))).toEqual([['error', 4.5, 3.5]]);
    expect(gaps(text.replace('）高', '）低')).map((g) => g[0])).toEqual(['error']);
  });
  it('the compared rate without parentheses, the direction after it', () => {
    expect(gaps('全县税收收入增长7.4%，增速比上年的5.1%提高2.3个百分点。')).toEqual([['ok', 2.3, 2.3]]);
    expect(gaps('全县税收收入增长7.4%，较全市平均增幅5.1%低2.3个百分点。').map((g) => g[0])).toEqual(['error']);
  });
  it('上年为b%，增幅提高g / 较上年同期的b%加快g / 比上年同期（增长b%）提高g', () => {
    expect(gaps('全县税收收入增长7.4%，上年为增长5.1%，增幅提高2.3个百分点。')).toEqual([['ok', 2.3, 2.3]]);
    expect(gaps('全县税收收入增长7.4%，上年为增长5.1%，增幅回落2.3个百分点。').map((g) => g[0])).toEqual(['error']);
    expect(gaps('全县税收收入增长7.4%，增速较上年同期的5.1%加快2.3个百分点。')).toEqual([['ok', 2.3, 2.3]]);
    expect(gaps('全县税收收入增长7.4%，比上年同期（增长5.1%）提高3.3个百分点。')).toEqual([['error', 3.3, 2.3]]);
  });
  it('look-alike: the compared rate not stated (比上年提高g个百分点) is not computed', () => {
    expect(gaps('全县税收收入完成42.6亿元，增长12.4%，比上年提高3.5个百分点。')).toEqual([]);
  });
});

describe('negative rates written with a minus sign', () => {
  const text = '上半年全市规模以上工业增加值同比增长-4.6%，较一季度（-7.9%）回升3.3个百分点。';
  it('增长-a%，较X（-b%）回升g: g = −a − (−b)', () => {
    expect(rel(text, ['difference'])).toEqual([['difference', 'ok', 3.3, 3.3]]);
    expect(errors(text.replace('回升3.3', '回升4.3'))).toEqual([['difference', 4.3, 3.3]]);
    expect(errors(text.replace('-7.9%', '-8.9%'))).toEqual([['difference', 3.3, 4.3]]);
  });
  it('a dash between two figures is a range, not a minus', () => {
    const t = '各县增速在3%-8%之间，平均增长5.1%，比上年（4.6%）提高0.5个百分点。';
    expect(errors(t)).toEqual([]);
  });
});

describe('比重为a%，较上年的b%提高g个百分点: a share or ratio against its own earlier value', () => {
  const text = '全区债务余额占地区生产总值的比重为28.4%，较上年的26.9%提高1.5个百分点。';
  it('g = a − b, the year of the compared value written or not', () => {
    expect(gaps(text)).toEqual([['ok', 1.5, 1.5]]);
    expect(gaps('年末资产负债率为41.2%，比2022年度的43.0%下降1.8个百分点。')).toEqual([['ok', 1.8, 1.8]]);
  });
  it('a wrong gap or a wrong direction is an error', () => {
    expect(errors(text.replace('1.5个', '2.5个'))).toEqual([['difference', 2.5, 1.5]]);
    expect(gaps('年末资产负债率为41.2%，比2022年度的43.0%提高1.8个百分点。').map((g) => g[0])).toEqual(['error']);
  });
  it('look-alike: a ratio with only its change (比上年提高g) or two shares of a list is no gap', () => {
    expect(gaps('全区债务余额占地区生产总值的比重为28.4%，比上年提高2.5个百分点。')).toEqual([]);
    expect(gaps('货物类占28.4%、工程类占26.9%，比上年提高1.5个百分点。')).toEqual([]);
  });
});
