// The verbs and nouns of change (changeLexicon.ts) in our own sentences with invented figures: an amount
// and a rate of change are checked both ways (prior = current ∓ change, rate = change ÷ prior) whichever
// word is written, and the direction words must agree with the figures.
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';
import { ADJUSTMENT_WORDS, CHANGE_VERBS, changeSign, CORE_FALLS, CORE_RISES, CORE_VERBS, NEGATED_RISES } from './changeLexicon.js';

const CUTS = [
  '减少',
  '下降',
  '降低',
  '压减',
  '压降',
  '压缩',
  '缩减',
  '缩小',
  '削减',
  '节约',
  '节省',
  '减支',
  '下调',
  '下浮',
  '回落',
  '下滑',
  '收窄',
  '减',
  '减少支出',
  '压减开支',
];
const RAISES = ['增加', '增长', '上升', '提高', '提升', '扩大', '增大', '增多', '上涨', '攀升', '增支', '上调', '上浮', '增', '增加支出', '多支出'];
const FALL_RATES = ['下降', '减少', '降低', '压减', '压缩', '缩减', '降幅为', '减幅为', '下降率为'];
const RISE_RATES = ['增长', '增加', '上升', '提高', '扩大', '增幅为', '涨幅为', '增长率为'];

describe('an amount and a rate of change, whichever verb is written', () => {
  it('a cut: the prior is current + change and the rate change ÷ prior', () => {
    for (const v of CUTS) {
      const text = `2024年“三公”经费支出50.00万元，比上年${v}5.00万元，下降9.09%。`;
      expect(ofKind(text, 'yoy'), v).toEqual([['ok', -9.09, -9.09]]);
      expect(errors(text.replace('9.09%', '8.09%')), v).toEqual([['yoy', -8.09, -9.09]]);
    }
  });
  it('a raise: the prior is current − change', () => {
    for (const v of RAISES) {
      const text = `2024年“三公”经费支出55.00万元，较上年${v}5.00万元，增幅10.00%。`;
      expect(ofKind(text, 'yoy'), v).toEqual([['ok', 10, 10]]);
      expect(errors(text.replace('10.00%', '11.00%')), v).toEqual([['yoy', 11, 10]]);
    }
  });
  it('the rate may be named by any verb or noun of its direction', () => {
    for (const w of FALL_RATES) expect(ofKind(`2024年公用经费支出50.00万元，同比减少5.00万元，${w}9.09%。`, 'yoy'), w).toEqual([['ok', -9.09, -9.09]]);
    for (const w of RISE_RATES) expect(ofKind(`2024年公用经费支出55.00万元，同比增加5.00万元，${w}10.00%。`, 'yoy'), w).toEqual([['ok', 10, 10]]);
  });
  it('against the budget (较年初预算压减): the budget is the base', () => {
    const text = '2024年公用经费决算数45.00万元，较年初预算压减5.00万元，下降10.00%。';
    expect(ofKind(text, 'yoy')).toEqual([['ok', -10, -10]]);
    expect(errors(text.replace('下降10.00%', '下降11.00%'))).toEqual([['yoy', -11, -10]]);
  });
  it('with the prior written in the comparison (较2023年的1000万元压减…): the amount and the rate both', () => {
    const text = '2024年本单位“三公”经费预算为880万元，较2023年的1000万元压减120万元，下降12.0%。';
    expect(ofKind(text, 'difference')).toEqual([['ok', 120, 120]]);
    expect(ofKind(text, 'yoy')).toEqual([['ok', -12, -12]]);
    expect(errors(text.replace('下降12.0%', '下降13.0%'))).toEqual([['yoy', -13, -12]]);
    expect(errors(text.replace('压减120万元', '扩大120万元'))).toContainEqual(['difference', 120, -120]);
  });
  it('a plain verb after the amount, no comparison word: the year before', () => {
    expect(ofKind('2024年公用经费支出45.00万元，压减5.00万元，下降10.00%。', 'yoy')).toEqual([['ok', -10, -10]]);
  });
});

describe('direction words must agree with the figures', () => {
  it('a rate of the opposite direction to its amount is an error', () => {
    expect(errors('2024年公用经费支出45.00万元，比上年压减5.00万元，增长10.00%。')).toEqual([['yoy', 10, -10]]);
    expect(errors('2024年公用经费支出55.00万元，比上年扩大5.00万元，下降10.00%。')).toEqual([['yoy', -10, 10]]);
  });
  it('a change against a prior stated before: size and direction', () => {
    const text = '2023年公用经费支出50.00万元。2024年公用经费支出45.00万元，比上年压减5.00万元。';
    expect(ofKind(text, 'difference')).toEqual([['ok', 5, 5]]);
    expect(errors(text.replace('压减5.00', '压减6.00'))).toEqual([['difference', 6, 5]]);
    expect(errors(text.replace('压减5.00', '扩大5.00'))).toEqual([['difference', 5, -5]]);
  });
  it('a split of a change: the items that rose and fell added with their signs', () => {
    const text = '2024年“三公”经费支出合计30.00万元，比上年压减4.00万元，其中：公务接待费扩大2.00万元，公务用车购置及运行维护费压减6.00万元。';
    expect(ofKind(text, 'changeSum')).toEqual([['ok', 4, -4]]);
    expect(errors(text.replace('压减6.00', '压减7.00'))).toEqual([['changeSum', 4, -5]]);
  });
});

describe('look-alikes that are no changes', () => {
  it('an unknown verb after 比上年 does not make the amount a base (扩大 was read as one: 1000%)', () => {
    expect(errors('2024年“三公”经费支出55.00万元，比上年扩大5.00万元，增长10.00%。')).toEqual([]);
  });
  it('a budget added mid-year (追加) stays a level of the budget', () => {
    expect(errors('2024年年初预算100.00万元，比上年增加10.00万元，增长11.11%，年中追加20.00万元，调整后预算120.00万元。')).toEqual([]);
  });
  it('an unknown verb is no base either: a comparison with a verb of the lexicon never reads the amount as the prior', () => {
    for (const v of ['缩小', '收窄', '减少支出']) expect(errors(`2024年“三公”经费支出50.00万元，比上年${v}5.00万元，下降9.09%。`), v).toEqual([]);
  });
  it('a word the lexicon lacks (缩水) before the amount: the amount may be the change, so no error on it as the prior', () => {
    expect(errors('2024年“三公”经费支出50.00万元，比上年缩水5.00万元，下降9.09%。')).toEqual([]);
    // a prior named by a noun stays checked
    const named = '2024年公用经费支出54.00万元，较2023年的45.00万元增长20.00%。';
    expect(ofKind(named, 'difference')).toEqual([['ok', 20, 20]]);
    expect(errors(named.replace('20.00%', '25.00%'))).toEqual([['difference', 25, 20]]);
  });
  it('节约资金 after a budget stays the saving (a level), as savings and headlines read it', () => {
    const text = '2024年政府采购实际支付8.40亿元，比预算的9.00亿元节约资金0.60亿元，节约率为6.67%。';
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace('节约率为6.67%', '节约率为7.67%'))).toEqual([['rate', 7.67, expect.closeTo(6.667, 2)]]);
  });
  it('增量资金 is a level, not a change', () => {
    expect(errors('2024年安排增量资金5.00亿元，全年资金规模25.00亿元，比上年增长25.00%。')).toEqual([]);
  });
  it('the lexicon gives each word one direction; 持平 none', () => {
    expect([changeSign('压缩'), changeSign('扩大'), changeSign('降幅'), changeSign('涨幅'), changeSign('持平')]).toEqual([-1, 1, -1, 1, 0]);
  });
});

describe('the narrower lists of the lexicon', () => {
  it('are words of the lexicon with the direction their name says', () => {
    for (const w of CORE_FALLS.split('|')) expect(changeSign(w), w).toBe(-1);
    for (const w of [...CORE_RISES.split('|'), ...NEGATED_RISES.split('|')]) expect(changeSign(w), w).toBe(1);
    for (const w of CORE_VERBS.split('|')) expect(CHANGE_VERBS.find((x) => x.word === w)?.bare, w).toBe(true);
  });
  it('keep the adjustments (调增, 核减) out of the change verbs: a level of their own', () => {
    for (const w of ADJUSTMENT_WORDS.split('|')) expect(changeSign(w), w).toBe(0);
  });
});
