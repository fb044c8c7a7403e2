// Classes of a total written clause by clause, each with its own comparisons (our own sentences,
// invented figures): sums, change sums per basis, rates on a level stated sentences before.
import { describe, expect, it } from 'vitest';
import { errors, ofKind as rel } from '../../../test/helpers/relations.js';

describe('a total and its classes, each clause with its own comparison', () => {
  const text =
    '2024年本县“三公”经费预算总额为860万元，较2023年的900万元减少40万元，下降4.4%；其中：因公出国（境）费20万元，较上年持平；公务接待费150万元，较上年减少10万元，下降6.3%；公务用车购置及运行维护费690万元，较上年减少30万元，下降4.2%。';
  it('the classes add up to the total and their changes to its change', () => {
    expect(rel(text, 'sum')).toEqual([['ok', 860, 860]]);
    expect(rel(text, 'changeSum')).toEqual([['ok', 40, 40]]);
  });
  it('a wrong total, class or class change is an error', () => {
    expect(rel(text.replace('860万元', '880万元'), 'sum')).toEqual([['error', 880, 860]]);
    expect(rel(text.replace('公务接待费150', '公务接待费170'), 'sum')).toEqual([['error', 860, 880]]);
    expect(rel(text.replace('减少10万元', '减少16万元'), 'changeSum')).toEqual([['error', 40, 46]]);
  });
  it('classes missing a member of the partition are a subset: only an overshoot is an error', () => {
    const two = '本镇2023年“三公”经费决算数共计48.6万元，比上年下降12.5%；其中公务接待费18.6万元，比上年下降8.1%；公务用车运行维护费30万元，比上年下降15.3%。';
    expect(rel(two, 'sum')).toEqual([]);
    expect(rel(two, 'subset')).toEqual([['ok', 48.6, 48.6]]);
    expect(rel(two.replace('48.6万元', '46.6万元'), 'subset')[0]![0]).toBe('error');
    expect(errors(two.replace('48.6万元', '50.6万元'))).toEqual([]);
  });
});

describe('numbered 一、二、三 inside one sentence', () => {
  const text =
    '2024年一般公共预算“三公”经费预算安排300万元，与2023年预算持平：一、因公出国（境）费预算60万元，与2023年预算相比增加60万元，用于招商，二、公务用车购置及运行费预算90万元，其中公务用车运行费90万元，与2023年预算相比减少60万元，三、公务接待费预算150万元，与2023年预算相比持平。';
  it('the numbered classes add up to the total', () => {
    expect(rel(text, 'sum')).toEqual([['ok', 300, 300]]);
    expect(rel(text.replace('预算150万元', '预算160万元'), 'sum')).toEqual([['error', 300, 310]]);
  });
  it('numbers out of order do not cut the sentence into classes', () => {
    const shuffled = text.replace('一、', '三、').replace('三、公务接待费', '一、公务接待费');
    expect(rel(shuffled, 'sum')).toEqual([]);
  });
});

describe('经比较: the total and its classes compared in later sentences', () => {
  const text =
    '经汇总，2023年度全乡“三公”经费支出合计52.40万元。其中，因公出国（境）费0万元；公务用车购置及运维费38.20万元；公务接待费14.20万元。' +
    '经比较，2023年度全乡“三公”经费较上年减少4.60万元，下降8.07%，较年初预算数减少1.20万元。主要是压减一般性支出。' +
    '其中：无因公出国（境）费；公务用车购置及运行维护费较上年减少3.10万元，下降7.51%，较年初预算数减少0.50万元；公务接待费较上年减少1.50万元，较年初预算数减少0.70万元。';
  it('the classes add up; each basis of the changes adds up; rates use the level stated before', () => {
    expect(rel(text, 'sum')).toEqual([['ok', 52.4, 52.4]]);
    expect(rel(text, 'changeSum')).toEqual([
      ['ok', 4.6, 4.6],
      ['ok', 1.2, 1.2],
    ]);
    expect(rel(text, 'yoy').map((r) => r[0])).toEqual(['ok', 'ok']);
  });
  it('a wrong budget change of a class, or a wrong class rate, is an error', () => {
    expect(rel(text.replace('减少0.50', '减少0.90'), 'changeSum')[1]).toEqual(['error', 1.2, 1.6]);
    expect(rel(text.replace('7.51%', '8.51%'), 'yoy').map((r) => r[0])).toContain('error');
  });
  it('a rate against the budget uses the level plus the decrease', () => {
    const t = '2023年度本级“三公”经费决算6.0万元。经比较，2023年度本级“三公”经费较上年决算数减少0.40万元，下降6.3%；较年初预算数减少4.0万元，下降40%。';
    expect(rel(t, 'yoy')).toEqual([
      ['ok', -6.3, -6.25],
      ['ok', -40, -40],
    ]);
    expect(rel(t.replace('下降40%', '下降44%'), 'yoy')[1]![0]).toBe('error');
  });
  it('a level of another year is not the base', () => {
    const t = '2022年度本级“三公”经费决算6.0万元。经比较，2023年度本级“三公”经费较上年决算数减少0.40万元，下降9.9%。';
    expect(rel(t, 'yoy')).toEqual([]);
  });
  it('a decrease against a budget stated sentences before is the gap to it', () => {
    const t = '2023年本镇“三公”经费预算为30万元。2023年“三公”经费支出共计21.50万元，较年初预算数减少8.50万元，下降28.33%。';
    expect(rel(t, 'difference')).toEqual([['ok', 8.5, 8.5]]);
    expect(rel(t.replace('预算为30万元', '预算为31万元'), 'difference')).toEqual([['error', 8.5, 9.5]]);
    expect(rel(t.replace('2023年本镇', '2022年本镇'), 'difference')).toEqual([]);
  });
});

describe('the total of a clause list is the one at the stage of its classes', () => {
  const text =
    '本局2023年度“三公”经费财政拨款支出年初预算为30.00万元，支出决算为12.50万元，完成预算的41.67%，其中：因公出国（境）费决算为0万元，完成预算的0%；公务用车购置及运行维护费支出决算为10.00万元，完成预算的62.50%；公务接待费支出决算为2.50万元，完成预算的41.67%。';
  it('决算 classes add up to the 决算 total, not to the budget stated first', () => {
    expect(errors(text)).toEqual([]);
    expect(rel(text, 'sum')).toContainEqual(['ok', 12.5, 12.5]);
    expect(rel(text.replace('公务接待费支出决算为2.50万元', '公务接待费支出决算为3.50万元'), 'sum')).toContainEqual(['error', 12.5, 13.5]);
  });
  it('with only a budget total before 决算 classes, nothing is summed against it', () => {
    const budgetOnly = text.replace('，支出决算为12.50万元', '');
    expect(errors(budgetOnly)).toEqual([]);
    expect(rel(budgetOnly, 'sum').filter(([, stated]) => stated === 30)).toEqual([]);
  });
});

describe('和年初预算持平 / 同上年持平: a class that did not change, in other words', () => {
  const text =
    '本年“三公”经费支出总额为520.00万元，比年初预算增加60.00万元。其中：因公出国（境）费0万元，和年初预算持平；公务用车购置及运行维护费380.00万元（其中：购置费120.00万元，运行维护费260.00万元），比年初预算增加85.50万元；公务接待费140.00万元，比年初预算减少25.50万元。';
  it('counts as a class at no change: the other changes add up to the total change', () => {
    expect(rel(text, 'changeSum')).toEqual([['ok', 60, 60]]);
    expect(errors(text)).toEqual([]);
  });
  it('a class change that does not add up is an error', () => {
    expect(rel(text.replace('增加85.50万元', '增加95.50万元'), 'changeSum')).toEqual([['error', 60, 70]]);
  });
  it('和上年持平 is no class at no change on the budget basis: the list stays unread', () => {
    expect(rel(text.replace('和年初预算持平', '和上年持平'), 'changeSum')).toEqual([]);
  });
});
