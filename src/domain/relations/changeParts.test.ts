// Changes of parts against the change of their total, in the shapes 决算/预算 explanations use (our own
// sentences, invented figures): parts with their shares and rates between level and change, 持平 parts,
// a total's own change before ；其中：, and changes after a bare 其中 going on in the next sentence.
import { describe, expect, it } from 'vitest';
import { errors, ofKind } from '../../../test/helpers/relations.js';

const changeSums = (text: string) => ofKind(text, 'changeSum');

describe('parts with level, share, change and rate; a part 持平', () => {
  const text =
    '2025年本级“三公”经费预算总额为1530万元，较上年减少170万元，下降10.0%；其中：因公出国（境）费30万元，较上年持平；公务接待费300万元，较上年减少20万元，下降6.3%；公务用车购置及运行维护费1200万元，较上年减少150万元，下降11.1%。';
  it('the changes add up, 持平 counting as none', () => {
    expect(changeSums(text)).toEqual([['ok', 170, 170]]);
    expect(errors(text.replace('减少150万元', '减少160万元'))).toContainEqual(['changeSum', 170, 180]);
  });
  it('a share between a part and its change is passed over', () => {
    const shares =
      '本年支出合计400.00万元，比上年增加20.00万元。其中：基本支出300.00万元，占75.00%，与上年持平；项目支出100.00万元，占25.00%，比上年增加20.00万元。';
    expect(changeSums(shares)).toEqual([['ok', 20, 20]]);
    expect(errors(shares.replace('比上年增加20.00万元。', '比上年增加25.00万元。'))).toContainEqual(['changeSum', 25, 20]);
  });
  it('主要是 after the total change lists some causes, never all: no error', () => {
    const mainly = '本年支出合计812.40万元，较上年减少37.60万元，主要是基本支出较上年增加12.40万元，项目支出较上年减少60.00万元。';
    expect(errors(mainly)).toEqual([]);
  });
});

describe('changes after a bare 其中, the list going on in the next sentence', () => {
  const text =
    '2023年度“三公”经费预算较2022年度增加1.70万元，其中公务接待费较上年同期减少0.60万元，下降4.80%。公务用车运行费用较上年同期增加2.30万元，增长29.49%。';
  it('both parts are read', () => {
    expect(changeSums(text)).toEqual([['ok', 1.7, 1.7]]);
    expect(errors(text.replace('增加2.30万元', '增加3.30万元'))).toEqual([['changeSum', 1.7, 2.7]]);
  });
  it('one change after 其中 is never all of them', () => {
    const one = '2023年度“三公”经费预算较2022年度增加1.70万元，其中公务接待费较上年同期减少0.60万元，下降4.80%。';
    expect(errors(one)).toEqual([]);
  });
});

describe('其中： then one item a line, 持平 items without an amount', () => {
  const text =
    '2024年“三公”经费支出预算合计30.20万元，比上年预算数减少3.40万元。其中：\n因公出国（境）费支出预算0万元，与上年预算数持平。\n公务用车购置费支出预算0万元，与上年预算数持平。\n公务用车运行维护费支出预算10.00万元，与上年预算数持平。\n公务接待费支出预算20.20万元，比上年预算数减少3.40万元。';
  it('the items on the next lines are the parts, and their changes add up', () => {
    expect(changeSums(text)).toEqual([['ok', 3.4, 3.4]]);
    expect(errors(text.replace('20.20万元，比上年预算数减少3.40', '20.20万元，比上年预算数减少4.30'))).toContainEqual(['changeSum', 3.4, 4.3]);
  });
  it('a line of another topic after the list is no part', () => {
    const other =
      '2024年基本支出合计300.00万元，比上年增加10.00万元。其中：\n人员经费250.00万元，比上年增加12.00万元。\n本年项目支出90.00万元，比上年减少2.00万元。';
    expect(errors(other)).toEqual([]);
  });
});

describe('其中主要是: the main parts, not all of them', () => {
  it('changes that fall short of the total are no error', () => {
    expect(errors('2024年本单位支出决算520.00万元，比上年增加60.00万元，其中主要是人员经费增加40.00万元，公用经费增加12.00万元。')).toEqual([]);
  });
  it('levels that fall short are no error either', () => {
    expect(errors('2024年本单位基本支出420.00万元，其中：主要是人员经费400.00万元，公用经费12.00万元。')).toEqual([]);
  });
  it('without 主要是 the complete set must add up', () => {
    expect(errors('2024年本单位支出决算520.00万元，比上年增加60.00万元，其中基本支出增加40.00万元，主要是人员经费增加；项目支出增加12.00万元。')).toEqual([
      ['changeSum', 60, 52],
    ]);
  });
});

describe("a part's own 其中 in parentheses does not end the list", () => {
  const text =
    '2024年度“三公”经费支出16.80万元，比上年减少2.20万元，下降11.58%。其中：因公出国（境）费0万元，与上年持平；公务用车购置及运行维护费9.60万元，比上年减少1.30万元，下降11.93%，主要是车辆维修减少（其中：公务用车购置费0万元，公务用车运行维护费9.60万元）；公务接待费7.20万元，比上年减少0.90万元，下降11.11%，共接待15批次120人次。';
  it('the three items are the parts, and their changes add up', () => {
    expect(changeSums(text)).toEqual([['ok', 2.2, 2.2]]);
    expect(errors(text.replace('减少1.30万元，下降11.93%', '减少1.40万元，下降11.93%'))).toContainEqual(['changeSum', 2.2, 2.3]);
  });
});

describe('较2024年的P减少c: the total names its basis by the year, the parts by 上年', () => {
  const text =
    '2025年本市“三公”经费预算总额为1650万元，较2024年的1800万元减少150万元，下降8.3%；其中：因公出国（境）经费50万元，较上年持平；公务接待费300万元，较上年减少20万元，下降6.3%；公务用车购置及运行维护费1300万元，较上年减少130万元，下降9.1%。';
  it('one basis, the changes add up', () => {
    expect(changeSums(text)).toEqual([['ok', 150, 150]]);
    expect(errors(text.replace('减少130万元', '减少140万元'))).toContainEqual(['changeSum', 150, 160]);
  });
  it('a part against the budget is not added to a change against the year', () => {
    expect(changeSums(text.replace('公务接待费300万元，较上年减少20万元', '公务接待费300万元，较预算减少20万元'))).toEqual([]);
  });
});

describe('其中，A没有支出；B…；C…: a nil item completes the set at zero', () => {
  const text =
    '本年“三公”经费支出88万元，比上年支出90万元减少2万元，下降2.2%。其中，因公出国（境）费没有支出；公务用车运行维护费支出40万元，比上年支出45万元下降5万元，下降11.1%；公务用车购置费支出12万元，比上年增加12万元；公务接待费支出36万元，比上年支出45万元下降9万元，下降20%。';
  it('the levels add up, and so do the changes', () => {
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace('公务接待费支出36万元', '公务接待费支出38万元'))).toContainEqual(['sum', 88, 90]);
    expect(errors(text.replace('增加12万元', '增加10万元'))).toContainEqual(['changeSum', 2, -4]);
  });
  it('parts that changed less than the total may leave the nil item a fall from last year: no error', () => {
    expect(errors(text.replace('增加12万元', '增加14万元')).filter((e) => e[0] === 'changeSum')).toEqual([]);
  });
});

describe('a form with blank cells: a part at zero whose change was left blank', () => {
  const text =
    '2024年某局“三公”经费支出合计48万元，比上年减少3.50万元。其中：因公出国（境）费0万元，占 %，比上年减少 万元；公务用车保有量3辆，购置及运行维护费8万元，占 %，比上年减少0.50万元；公务接待费40万元，占 %，比上年减少3万元，接待来访12批次。';
  it('the other parts state all of the fall; a count between a part and its change is passed over', () => {
    expect(changeSums(text)).toEqual([['ok', 3.5, 3.5]]);
    expect(errors(text)).toEqual([]);
  });
  it('parts that fell more than the total did: error', () => {
    expect(errors(text.replace('减少0.50万元', '减少5.00万元'))).toContainEqual(['changeSum', 3.5, 8]);
  });
  it('parts that fell less leave the blank part a fall of its own: no error', () => {
    expect(errors(text.replace('比上年减少3.50万元', '比上年减少5.50万元'))).toEqual([]);
  });
  it('a blank change of a part not at zero says nothing: no relation', () => {
    expect(changeSums(text.replace('因公出国（境）费0万元', '因公出国（境）费2万元').replace('合计48万元', '合计50万元'))).toEqual([]);
  });
});
