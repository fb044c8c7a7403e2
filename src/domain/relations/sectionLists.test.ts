// A total and its change, then its classes one per paragraph under headings, each with its own change
// (our own sentences, invented figures); and the rate of a change against last year's budget written 同比.
import { describe, expect, it } from 'vitest';
import { errors, ofKind, verdictOf } from '../../../test/helpers/relations.js';

const SECTIONS = [
  '2024年本单位财政拨款“三公”经费支出合计640万元，比预算数减少160万元，下降20.00%。减少的原因是压减一般性支出。分项如下：',
  '一、因公出国（境）费',
  '2024年因公出国（境）费40万元，比预算数减少10万元。全年出访团组2个，6人次。',
  '二、公务接待费',
  '2024年公务接待费120万元，比预算数减少30万元。接待批次85批，620人次。',
  '三、公务用车购置及运行维护费',
  '2024年公务用车购置及运行维护费480万元（其中：购置费0万元，运行维护费480万元），比预算数减少120万元。',
].join('\n');

describe('三公 classes one per paragraph, each with its change against the budget', () => {
  it('the class changes add up to the total change, the amounts to the total', () => {
    expect(ofKind(SECTIONS, 'changeSum')).toEqual([['ok', 160, 160]]);
    expect(verdictOf(SECTIONS, 'sum', 640)).toBe('ok');
    expect(errors(SECTIONS)).toEqual([]);
  });
  it('a class change that does not fit is an error (the total and its rate still agree)', () => {
    const wrong = SECTIONS.replace('比预算数减少30万元', '比预算数减少80万元');
    expect(errors(wrong)).toEqual([['changeSum', 160, 210]]);
  });
  it('a class compared with last year, the total with the budget: no relation', () => {
    const other = SECTIONS.replace('2024年公务接待费120万元，比预算数减少30万元', '2024年公务接待费120万元，比上年减少80万元');
    expect(ofKind(other, 'changeSum')).toEqual([]);
    expect(errors(other)).toEqual([]);
  });
  it('two classes only (the vehicle class missing): no relation', () => {
    const two = SECTIONS.split('\n').slice(0, 5).join('\n').replace('比预算数减少30万元', '比预算数减少90万元');
    expect(ofKind(two, 'changeSum')).toEqual([]);
    expect(errors(two)).toEqual([]);
  });
});

describe('a budget against last year’s budget, a template zero for an empty class', () => {
  const text = [
    '2025年本局“三公”经费财政拨款预算安排250000元，比上年预算增30000元，同比增长13.64%。具体情况如下：',
    '（一）因公出国（境）费',
    '安排因公出国（境）费0元，比上年预算增（减）0元，同比增长（下降）0%。',
    '（二）公务接待费',
    '安排公务接待费50000元，比上年预算减10000元，同比下降16.67%。主要是2024年公务接待费支出45000元与上年比减少5000元。',
    '（三）公务用车运行维护及购置费',
    '安排公务用车运行维护及购置费200000元，比上年预算增40000元，同比增长25.00%。',
  ].join('\n');
  it('rates after 比上年预算 and 同比 are read as one comparison', () => {
    expect(verdictOf(text, 'yoy', 13.64)).toBe('ok');
    expect(verdictOf(text, 'yoy', -16.67)).toBe('ok');
    expect(errors(text.replace('同比增长13.64%', '同比增长15.64%'))).toContainEqual(['yoy', 15.64, expect.closeTo(13.636, 2)]);
  });
  it('the empty class counts as no change; the others add up', () => {
    expect(ofKind(text, 'changeSum')).toEqual([['ok', 30000, 30000]]);
    expect(errors(text)).toEqual([]);
    expect(errors(text.replace('比上年预算增40000元，同比增长25.00%', '比上年预算增50000元，同比增长33.33%'))).toEqual([['changeSum', 30000, 40000]]);
  });
  it('超收 beside a 同比 rate stays two comparisons', () => {
    const two = '本年税收收入5000万元，超收300万元，同比增长20.00%。';
    expect(errors(two)).toEqual([]);
  });
});

describe('the classes listed with 其中 first, their changes in the paragraphs after, one class split again', () => {
  const text = [
    '本单位2025年“三公”经费支出预算为500.0万元，比2024年预算减少25.0万元，下降4.76%。其中：因公出国（境）费支出预算为20万元，公务接待费支出预算为180万元，公务用车购置及运行费支出预算为300.0万元。具体情况如下：',
    '（一）因公出国（境）费支出预算20万元，与2024年预算持平。',
    '（二）公务用车购置及运行费支出预算300.0万元，比2024年预算减少15.0万元，下降4.76%。其中：公务用车运行费200.0万元，比2024年预算减少5.0万元，下降2.44%。公务用车购置费100万元，比2024年预算减少10万元，下降9.09%。',
    '（三）公务接待费支出预算180万元，比2024年预算减少10万元，下降5.26%。',
  ].join('\n');
  it('the changes of the three classes add up (the vehicle split is not a fourth class)', () => {
    expect(ofKind(text, 'changeSum')).toContainEqual(['ok', 25, 25]);
    expect(errors(text)).toEqual([]);
  });
  it('a class change that does not fit is an error', () => {
    expect(errors(text.replace('比2024年预算减少10万元，下降5.26%', '比2024年预算减少12万元，下降6.25%'))).toEqual([['changeSum', 25, 27]]);
  });
});

describe('a total changed 按同口径, its classes compared as written', () => {
  const text =
    '2024年“三公”经费决算支出数为900.00万元，按同口径同比减少80.00万元，下降8.16%。因公出国（境）费支出0万元，同比减少5.00万元。公务用车购置及运行维护费支出600.00万元，同比减少20.00万元，下降3.23%。公务接待费支出300.00万元，同比减少30.00万元，下降9.09%。';
  it('the total’s rate is read through the 同口径 words', () => {
    expect(verdictOf(text, 'yoy', -8.16)).toBe('ok');
    expect(errors(text.replace('下降8.16%', '下降9.16%'))).toContainEqual(['yoy', -9.16, expect.closeTo(-8.163, 2)]);
  });
  it('the classes’ changes need not add up to a restated change', () => {
    expect(ofKind(text, 'changeSum')).toEqual([]);
    expect(errors(text)).toEqual([]);
  });
});

describe('a class stated as 0 and left out of the comparisons (its change is at most 0)', () => {
  const head = '2024年度“三公”经费60万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费35万元，公务接待费25万元。';
  const compare = (c1: string, c2: string) =>
    `${head}经比较，2024年度“三公”经费60万元，较上年减少20万元，下降25.0%。主要是压减一般性支出。其中：公务用车购置及运行维护费35万元，较上年减少${c1}万元；公务接待费25万元，较上年减少${c2}万元。`;
  it('the listed decreases may fall short of the total’s (the 0 class may have fallen too)', () => {
    expect(errors(compare('12', '8'))).toEqual([]);
    expect(errors(compare('10', '6'))).toEqual([]);
  });
  it('listed decreases beyond the total’s cannot be', () => {
    expect(errors(compare('15', '8'))).toEqual([['changeSum', 20, 23]]);
  });
  it('without the 0 stated, a class left out says nothing', () => {
    expect(errors(compare('15', '8').replace('因公出国（境）费0万元，', ''))).toEqual([]);
  });
});

describe('classes of another scope in the paragraphs after', () => {
  it('一般公共预算 classes under a 政府性基金 total relate nothing', () => {
    const text = [
      '2024年政府性基金预算“三公”经费支出合计100万元，比预算数减少20万元。',
      '一、一般公共预算因公出国（境）费10万元，比预算数减少5万元。',
      '二、一般公共预算公务接待费30万元，比预算数减少5万元。',
      '三、一般公共预算公务用车购置及运行维护费60万元，比预算数减少5万元。',
    ].join('\n');
    expect(ofKind(text, 'changeSum')).toEqual([]);
    expect(errors(text)).toEqual([]);
  });
});
