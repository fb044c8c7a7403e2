// Changes of the parts of a breakdown against the change of its total (our own sentences, invented
// figures): each shape correct, with a planted error, and a look-alike that is no relation.
import { describe, expect, it } from 'vitest';
import { errors, ofKind, rel } from '../../../test/helpers/relations.js';

const changeSums = (text: string) => ofKind(text, 'changeSum');

describe('each part with its own change', () => {
  const text =
    '2024年本局“三公”经费支出合计36.40万元，比预算数减少5.10万元。“三公”经费中，因公出国（境）费2.00万元，比预算数减少1.00万元；公务用车购置及运行维护费24.60万元，减少2.30万元；公务接待费9.80万元，减少1.80万元。';
  it('the changes of the parts add up to the change of the total', () => {
    expect(changeSums(text)).toEqual([['ok', 5.1, 5.1]]);
    expect(errors(text.replace('减少2.30', '减少3.20'))).toEqual([['changeSum', 5.1, 6]]);
  });
  it('changes against another basis (上年 vs 预算数) are not added up', () => {
    expect(changeSums(text.replace('减少2.30', '比上年减少3.20'))).toEqual([]);
  });
});

describe('分别减少 after the parts, the other year stated after', () => {
  const text =
    '2024年本市“三公”经费财政拨款预算48.50万元中，因公出国（境）费3.50万元，公务用车购置及运行费30.00万元，公务接待费15.00万元。与2023年预算执行数相比，分别减少0.50万元、1.20万元、0.80万元。本市2023年“三公”经费财政拨款预算执行数为51.00万元。';
  it('the other year total = this total + the decreases', () => {
    expect(changeSums(text)).toEqual([['ok', 51, 51]]);
    expect(errors(text.replace('1.20万元', '2.10万元'))).toEqual([['changeSum', 51, 51.9]]);
    expect(errors(text.replace('51.00', '55.00'))).toEqual([['changeSum', 55, 51]]);
  });
  it('a list of another length, or a total of another year, relates nothing', () => {
    expect(changeSums(text.replace('分别减少0.50万元、1.20万元、0.80万元', '分别减少0.50万元、2.00万元'))).toEqual([]);
    expect(changeSums(text.replace('本市2023年', '本市2022年'))).toEqual([]);
  });
});

describe('a 其中 list that adds up to its total exactly, each with its change', () => {
  const text =
    '2025年政府采购预算500000.00元，同比增加120000.00元，增长31.58%。其中：政府集中采购预算300000.00元，占政府采购预算的60.00%，同比增加100000.00元，增长50.00%；分散采购200000.00元，占政府采购预算的40.00%，同比增加20000.00元，增长11.11%。';
  it('the changes of the parts add up to the change of the total', () => {
    expect(rel(text, ['changeSum'])).toEqual([['changeSum', 'ok', 120000, 120000]]);
    expect(errors(text)).toEqual([]);
  });
  it('a part’s change mistyped is an error', () => {
    expect(errors(text.replace('同比增加20000.00元', '同比增加200000.00元'))).toContainEqual(['changeSum', 120000, 300000]);
  });
  it('parts short of the total (a subset) say nothing of the changes', () => {
    const t = text.replace('分散采购200000.00元', '分散采购150000.00元').replace('同比增加20000.00元，增长11.11%', '同比增加30000.00元，增长25.00%');
    expect(rel(t, ['changeSum'])).toEqual([]);
  });
});

describe('parts’ changes over 上年同期 or 同口径上年: the year before, as the total’s 比上年', () => {
  const text =
    '2024年本局“三公”经费支出合计36.40万元，比上年减少5.10万元。“三公”经费中，因公出国（境）费2.00万元，比上年同期减少1.00万元；公务用车购置及运行维护费24.60万元，比上年同期减少2.30万元；公务接待费9.80万元，比上年同期减少1.80万元。';
  it('added up against the total’s change over the year before: ok, and an error when one is mistyped', () => {
    expect(changeSums(text)).toEqual([['ok', 5.1, 5.1]]);
    expect(errors(text.replace('减少2.30', '减少3.20'))).toEqual([['changeSum', 5.1, 6]]);
  });
  it('a total over 上年同期 with parts over 上年 or 去年同期: the same basis', () => {
    const t = text.replace('比上年减少5.10', '比上年同期减少5.10').replace('比上年同期减少1.00', '比上年减少1.00');
    expect(changeSums(t)).toEqual([['ok', 5.1, 5.1]]);
    expect(errors(t.replace('比上年同期减少1.80', '比去年同期减少1.08'))).toEqual([['changeSum', 5.1, 4.38]]);
  });
  it('look-alikes: a budget of the period, another budget, or a 同期 of no year are other bases and not added', () => {
    for (const basis of ['比上年同期预算数', '较同期预算', '比预算数', '较同期'])
      expect(changeSums(text.replace('比上年同期减少1.00', `${basis}减少1.90`)), basis).toEqual([]);
  });
});

describe('parts’ changes over 同口径上年 (a like-for-like base)', () => {
  const text =
    '2024年本局“三公”经费支出合计36.40万元，较同口径上年减少5.10万元。“三公”经费中，因公出国（境）费2.00万元，较同口径上年减少1.00万元；公务用车购置及运行维护费24.60万元，比上年同口径减少2.30万元；公务接待费9.80万元，减少1.80万元。';
  it('added up when the total is of the same base: ok, and an error when one is mistyped', () => {
    expect(changeSums(text)).toEqual([['ok', 5.1, 5.1]]);
    expect(errors(text.replace('减少2.30', '减少3.20'))).toEqual([['changeSum', 5.1, 6]]);
  });
  it('look-alike: a plain total with a part of the like-for-like base (or the reverse) is not added up', () => {
    const plain = text.replace('较同口径上年减少5.10', '比上年减少5.10');
    expect(changeSums(plain)).toEqual([]);
    expect(changeSums(plain.replace('比上年同口径减少2.30', '比上年减少2.30').replace('较同口径上年减少1.00', '同口径减少1.60'))).toEqual([]);
    expect(changeSums(text.replace('较同口径上年减少1.00', '比上年减少1.60'))).toEqual([]);
  });
});
