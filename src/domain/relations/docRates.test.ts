// Rates of funds whose denominator stands elsewhere in the document (our own text, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, ofKind, verdictOf } from '../../../test/helpers/relations.js';

const rates = (text: string) => ofKind(text, 'rate');

describe('the budget of a source stated paragraphs before its rate', () => {
  const doc = (a = '92.00', b = '100') =>
    [
      '一、资金安排情况',
      '本年度上级下达专项补助资金合计650.00万元。其中，中央资金500.00万元，省级资金150.00万元。',
      '二、资金使用情况',
      `截至12月31日，中央资金完成460.00万元，预算执行率${a}%；省级资金完成150.00万元，预算执行率${b}%。`,
    ].join('\n');
  it('holds for each source, bound by its name', () => {
    expect(rates(doc())).toEqual(
      expect.arrayContaining([
        ['ok', 92, 92],
        ['ok', 100, 100],
      ]),
    );
    expect(errors(doc())).toEqual([]);
  });
  it('a wrong rate is an error against its own source, not the other', () => {
    expect(rates(doc('94.00'))).toContainEqual(['error', 94, 92]);
    expect(rates(doc('92.00', '96'))).toContainEqual(['error', 96, 100]);
  });
  it('a town named before the source is no other source (某县中央资金 is the 中央资金)', () => {
    expect(verdictOf(doc('94.00').replace('中央资金完成', '某县中央资金完成'), 'rate', 94)).toBe('error');
  });
  it('the same budget written twice is one candidate', () => {
    const twice = doc('94.00').replace('二、资金使用情况', '其中中央资金投入500.00万元。\n二、资金使用情况');
    expect(verdictOf(twice, 'rate', 94)).toBe('error');
  });
  it('two different budgets of the source before it leave the rate unsure', () => {
    const two = doc('94.00').replace('二、资金使用情况', '年中追加下达中央资金40.00万元。\n二、资金使用情况');
    expect(verdictOf(two, 'rate', 94)).toBe('unsure');
    expect(errors(two)).toEqual([]);
  });
  it('a heading naming another item between them starts another subject', () => {
    const other = doc('94.00').replace('二、资金使用情况', '二、乙县项目');
    expect(errors(other)).toEqual([]);
  });
  it('a budget stated only after the rate is not read', () => {
    const after = ['截至12月31日，中央资金完成460.00万元，预算执行率94.00%。', '本年度上级下达中央资金500.00万元。'].join('\n');
    expect(errors(after)).toEqual([]);
  });
});

describe('a rate of the project funds over the one fund stated before', () => {
  const doc = (rate = '85.00') =>
    [
      '一、项目概况',
      '本年度下达某县专项补助资金300.00万元，用于农田水利设施维修。',
      '二、资金执行情况',
      `截至年底，项目资金执行数255.00万元，执行率为${rate}%。`,
    ].join('\n');
  it('holds, and a wrong rate is an error', () => {
    expect(rates(doc())).toContainEqual(['ok', 85, 85]);
    expect(rates(doc('88.00'))).toContainEqual(['error', 88, 85]);
  });
  it('拨付率 the same way', () => {
    const paid = (r: string) => doc().replace('项目资金执行数255.00万元，执行率为85.00%', `已拨付资金255.00万元，资金拨付率${r}%`);
    expect(rates(paid('85'))).toContainEqual(['ok', 85, 85]);
    expect(rates(paid('90'))).toContainEqual(['error', 90, 85]);
  });
  it('two funds stated before (two projects) leave it unsure', () => {
    const two = doc('88.00').replace('用于农田水利设施维修。', '用于农田水利设施维修。另下达乙项目资金120.00万元。');
    expect(verdictOf(two, 'rate', 88)).toBe('unsure');
    expect(errors(two)).toEqual([]);
  });
  it('a 年初 and an adjusted budget before it leave the base unknown', () => {
    const two = doc('88.00').replace('用于农田水利设施维修。', '用于农田水利设施维修。年中调整预算为280.00万元。');
    expect(errors(two)).toEqual([]);
  });
  it('an amount after the name of its item is of that item (甲项目，资金执行数b)', () => {
    const named = (item: string) => doc('88.00').replace('截至年底，项目资金执行数', `${item}，资金执行数`);
    expect(rates(named('某县专项补助'))).toContainEqual(['error', 88, 85]);
    expect(errors(named('乙项目'))).toEqual([]);
  });
  it('a source (中央资金) is a part, never the whole a bare 资金 is of', () => {
    const source = doc('88.00').replace('下达某县专项补助资金300.00万元', '中央资金300.00万元');
    expect(errors(source)).toEqual([]);
  });
  it('the fund of the rate’s own paragraph comes first', () => {
    const own = ['本年度下达某县专项补助资金300.00万元。', `其中本批次共投入资金200.00万元，全年执行资金180.00万元，执行率90.00%。`].join('\n');
    expect(rates(own)).toContainEqual(['ok', 90, 90]);
    expect(rates(own.replace('90.00%', '60.00%'))).toContainEqual(['error', 60, 90]);
  });
  it('a rate cut instead of rounded is a warning here, not an error', () => {
    expect(rates(doc('84.9').replace('255.00', '254.97'))).toContainEqual(['rounding', 84.9, expect.closeTo(84.99, 2)]);
  });
});

describe('完成年初预算的 against a flattened table above', () => {
  const table = ['项目', '预算数', '决算数', '公务接待费', '40.00', '30.60', '公务用车运行维护费', '25.00', '24.00'].join('\n');
  const doc = (rate = '76.50') =>
    `某局“三公”经费情况表\n单位：万元\n${table}\n二、情况说明\n本年度公务用车运行维护费支出决算为24.00万元。公务接待费支出决算为30.60万元，完成年初预算的${rate}%。`;
  it('holds, and a wrong rate is an error', () => {
    expect(rates(doc())).toContainEqual(['ok', 76.5, 76.5]);
    expect(rates(doc('78.50'))).toContainEqual(['error', 78.5, 76.5]);
  });
  it('without a figure of the text that agrees with the table, the table is not read', () => {
    expect(errors(doc('78.50').replace('24.00万元', '23.00万元').replace('30.60万元，', '30.50万元，'))).toEqual([]);
  });
});

describe('a total’s 完成年初预算的 against the 合计 row of a table listing all its parts', () => {
  const rows = (abroad: string[]) =>
    ['项目', '预算数', '决算数', '合计', '80.00', '62.00', ...abroad, '公务接待费', '30.00', '24.00', '公务用车购置及运行费', '40.00', '38.00'].join('\n');
  const doc = (rate = '77.50', abroad = ['因公出国（境）费', '10.00', '0.00']) =>
    `本局财政拨款“三公”经费支出决算表\n单位：万元\n${rows(abroad)}\n二、情况说明\n本局“三公”经费财政拨款支出决算为62.00万元，完成年初预算的${rate}%。其中公务接待费支出决算为24.00万元，完成年初预算的80.00%；公务车购置及运行维护费支出决算为38.00万元，完成年初预算的95.00%。`;
  it('holds, and a wrong rate is an error', () => {
    expect(rates(doc())).toEqual(
      expect.arrayContaining([
        ['ok', 77.5, 77.5],
        ['ok', 80, 80],
        ['ok', 95, 95],
      ]),
    );
    expect(rates(doc('72.50'))).toContainEqual(['error', 72.5, 77.5]);
  });
  it('a table that does not list every part: its 合计 is no total of the “三公” funds', () => {
    // 合计 70.00 = 30.00 + 40.00 (no 因公出国（境）费 row): 62.00 ÷ 70.00 would be 88.57%
    const partial = doc('72.50', []).replace('合计\n80.00', '合计\n70.00');
    expect(errors(partial)).toEqual([]);
    expect(rates(partial).filter((r) => r[1] === 72.5)).not.toContainEqual(['error', 72.5, expect.anything()]);
  });
});

describe('look-alikes that are no execution rate of a stated budget', () => {
  const budget = '一、资金安排\n本年度下达中央资金500.00万元。\n二、完成情况\n';
  it('a rate of change (比上年增长) is not an execution rate', () => {
    expect(errors(`${budget}中央资金完成460.00万元，比上年增长15.00%。`)).toEqual([]);
  });
  it('a completion rate of people or hectares is not bound to money', () => {
    expect(errors(`${budget}完成培训农民480人，培训完成率96%。`)).toEqual([]);
    expect(errors(`${budget}完成种植2.80万亩，任务完成率90%。`)).toEqual([]);
  });
  it('a rate of another subject finds no denominator', () => {
    expect(errors(`${budget}省级资金完成90.00万元，预算执行率90%。`)).toEqual([]);
  });
});

describe('a completion rate written negative (完成预算的-x%)', () => {
  const text = (r: string) => `某局2031年度“三公”经费支出预算为18.60万元，支出决算为5.4万元，完成预算的${r}%。`;
  it('is an error: the shortfall written where the share of the budget done belongs', () => {
    expect(rates(text('-70.97'))).toContainEqual(['error', -70.97, 29.03]);
  });
  it('the share of the budget done holds', () => {
    expect(rates(text('29.03'))).toContainEqual(['ok', 29.03, 29.03]);
    expect(errors(text('29.03'))).toEqual([]);
  });
  it('a hyphen glued to a label stays a possible separator: read negative, never an error', () => {
    expect(errors('某局2031年度“三公”经费支出预算为18.60万元，支出决算为5.4万元，完成率-70.97%。')).toEqual([]);
  });
});
