// Labels that name several quantities at once, and labels of only a stage or a year (our own
// sentences, invented figures): each shape with both verdicts and a look-alike that is no relation.
import { describe, expect, it } from 'vitest';
import { errors, rel } from '../../../test/helpers/relations.js';
import { parseText } from '../../documents/import/structure.js';
import { buildContext } from './context.js';

describe('joint labels', () => {
  it('收入、支出决算总计 is income and expenditure together, not the expenditure stated again', () => {
    const text =
      '本会2023年度收入、支出决算总计412.60万元。与上年相比，收、支总计各增加20.30万元。\n（一）收入决算总计206.30万元。\n（二）支出决算总计206.30万元。';
    expect(errors(text)).toEqual([]);
    // the same figure stated twice still disagrees when the label is one quantity
    const single = '本会2023年度支出决算总计412.60万元。\n（二）支出决算总计206.30万元。';
    expect(errors(single)).toEqual([['same', 206.3, 412.6]]);
  });
  it('the three items of 三公 listed before the figure name the 三公 total', () => {
    const text =
      '2022年因公出国（境）费、公务用车购置及运行费和公务接待费的财政拨款预算数48.00万元。\n2022年“三公”经费财政拨款预算中，因公出国（境）费6.00万元，公务用车购置及运行费30.00万元，公务接待费12.00万元。';
    expect(rel(text)).toContainEqual(['sum', 'ok', 48, 48]);
    expect(errors(text.replace('公务接待费12.00', '公务接待费15.00'))).toEqual([['sum', 48, 51]]);
  });
  it('names of who (行政单位、事业单位) before the quantity are no joint label', () => {
    const text =
      '全县行政单位、事业单位和其他单位安排的“三公”经费决算总额为66万元，其中因公出国（境）费6万元，公务接待费20万元，公务用车购置及运行维护费40万元。';
    expect(rel(text)).toContainEqual(['sum', 'ok', 66, 66]);
    expect(errors(text.replace('接待费20', '接待费25'))).toEqual([['sum', 66, 71]]);
  });
  it('two of the three items are no total; the list does not bind to it', () => {
    const text =
      '2022年因公出国（境）费、公务接待费的财政拨款预算数18.00万元。\n2022年“三公”经费财政拨款预算中，因公出国（境）费6.00万元，公务用车购置及运行费30.00万元，公务接待费12.00万元。';
    expect(errors(text)).toEqual([]);
  });
});

describe('labels of only a stage or a year', () => {
  const text =
    '因公出国（境）费、公务用车购置及运行费和公务接待费的财政拨款预算数60.00万元、决算数52.40万元，2024年预算数55.00万元。\n2024年“三公”经费财政拨款预算中，因公出国（境）费5.00万元，公务用车购置及运行费35.00万元，公务接待费15.00万元。';
  it('决算数 / 2024年预算数 after a named figure measure the same quantity; a list of another year binds to its own year', () => {
    expect(rel(text)).toContainEqual(['sum', 'ok', 55, 55]);
    expect(errors(text.replace('公务接待费15.00', '公务接待费19.00'))).toEqual([['sum', 55, 59]]);
  });
  it('after a cue (其中年初预算…) the stage label names a part, not the quantity again', () => {
    const ctx = buildContext(parseText('2023年预算收入52.40万元，其中年初预算45.00万元，调整追加7.40万元。'));
    expect(ctx.figs.map((f) => f.concept)).toEqual(['income', 'initialBudget', 'budgetAdjust']);
  });
  it('a 预算 list is not compared with the 决算 figure', () => {
    const t = text.replace('，2024年预算数55.00万元', '').replace(/2024年/g, '');
    expect(errors(t.replace('35.00', '39.00').replace('15.00', '16.00'))).toEqual([]);
    expect(errors(t.replace('35.00', '39.00').replace('15.00', '21.00'))).toEqual([['sum', 60, 65]]);
  });
});
