// A 其中 opening a sentence after figures of other quantities (our own sentences, invented figures): its
// parts belong to the earlier total of the same head noun (收入 / 支出 / 结余), never to the nearest figure
// of another; with no such total the list is not read (unsure, no error).
import { describe, expect, it } from 'vitest';
import { errors, ofKind, rel } from '../../../test/helpers/relations.js';
import { headNoun } from './headNouns.js';

const fund = (part: string) =>
  `去年甲基金收入500万元，增长5%；支出420万元，增长3%。本年收支结余80万元，年末滚存结余300万元。其中，缴费收入${part}万元，增长4%。`;

describe('the head noun of a label', () => {
  it('reads 收入, 支出 and 结余 at the end, with their totals words', () => {
    expect(headNoun('这部分基金收入')).toBe('收入');
    expect(headNoun('总支出合计')).toBe('支出');
    expect(headNoun('年末滚存结余')).toBe('结余');
    expect(headNoun('本年收支结余')).toBe('结余');
    expect(headNoun('项目资金')).toBeNull();
  });
});

describe('其中 after a sentence of 结余 figures lists parts of the 收入 two clauses back', () => {
  it('ok: the part is within the 收入 it belongs to (not above the 结余 before it)', () => {
    expect(errors(fund('450'))).toEqual([]);
    expect(ofKind(fund('450'), 'subset')).toEqual([['ok', 500, 450]]);
  });

  it('no 收入 before it at all: the list is not read, no error', () => {
    const t = '本年收支结余80万元，年末滚存结余300万元。其中，缴费收入450万元，增长4%。';
    expect(errors(t)).toEqual([]);
    expect(ofKind(t, 'subset')).toEqual([]);
  });
});

describe('the total of the same head noun in the sentence right before', () => {
  const t = (noun: string, part: string) => `去年甲基金收入500万元，支出420万元。其中，${noun}${part}万元。`;

  it('ok: 收入 parts against the 收入, 支出 parts against the 支出', () => {
    expect(ofKind(t('缴费收入', '450'), 'subset')).toEqual([['ok', 500, 450]]);
    expect(ofKind(t('人员支出', '400'), 'subset')).toEqual([['ok', 420, 400]]);
  });

  it('error kept: a part above the total of its own noun', () => {
    expect(errors(t('缴费收入', '520'))).toContainEqual(['subset', 520, 500]);
    // read against the first figure (收入 500) this part would pass
    expect(errors(t('人员支出', '440'))).toContainEqual(['subset', 440, 420]);
  });

  it('look-alike: a total named by no head noun (资金) still takes the list, so a part above it is an error', () => {
    expect(errors('项目资金500万元。其中，设备购置支出520万元。')).toContainEqual(['subset', 520, 500]);
  });
});

describe('X预算为A，X决算为B。其中：… — the breakdown of what was spent', () => {
  const text =
    '2023年度“三公”经费预算为60.00万元，2023年“三公”经费决算为35.40万元。其中公务接待费为25.20万元，占71.19%；公务用车运行维护费为10.20万元，占28.81%。';
  // the parts' shares make 100%, so the list is all of the actual: a sum, not a subset
  it('is bound to the actual, not to the budget stated first', () => {
    expect(rel(text, ['subset', 'sum'])).toEqual([['sum', 'ok', 35.4, 35.4]]);
    expect(errors(text)).toEqual([]);
  });
  it('an actual that the parts do not add up to is an error of the actual', () => {
    expect(errors(text.replace('决算为35.40', '决算为34.50'))).toContainEqual(['sum', 34.5, 35.4]);
  });
  it('a budget of another year before an actual stays the first figure’s (look-alike)', () => {
    const t = '2024年度“三公”经费预算为40.00万元，2023年“三公”经费决算为34.50万元。其中公务接待费为25.20万元，公务用车运行维护费为10.20万元。';
    expect(rel(t, ['subset', 'sum'])).toEqual([['subset', 'ok', 40, 35.4]]);
    expect(errors(t)).toEqual([]);
  });
});
