// 三公 items in their own paragraphs after the total, each with its reason and its own change, and a
// two-year 三公 table with a signed 增减 column (our own text and tables, invented figures).
import { describe, expect, it } from 'vitest';
import { parseText } from '../../documents/import/structure.js';
import { analyzeDocument } from './index.js';

const relations = (text: string) => analyzeDocument(parseText(text)).relations;
const of = (text: string, kind: string) =>
  relations(text)
    .filter((r) => r.kind === kind)
    .map((r) => [r.verdict, r.stated, r.computed]);
const errors = (text: string) =>
  relations(text)
    .filter((r) => r.verdict === 'error')
    .map((r) => [r.kind, r.stated, r.computed]);

const items = [
  '2025年，本级一般公共预算安排的“三公”经费共计1500万元，比2024年预算数减少100万元，下降6.25%。其中：',
  '公务接待费300万元，比上年年初预算减少80万元。主要原因是压减一般性支出。',
  '因公出国（境）经费费40万元，比上年年初预算增加10万元。主要原因是交流项目恢复。',
  '公务用车购置费260万元，比上年年初预算增加30万元，主要原因是更新到期车辆。',
  '公务用车运行维护费900万元，比上年年初预算减少60万元。',
].join('\n');

describe('三公 items one a paragraph, reasons between', () => {
  it('the items add up to the total, their changes to its change', () => {
    expect(of(items, 'sum')).toEqual([['ok', 1500, 1500]]);
    expect(of(items, 'changeSum')).toEqual([['ok', 100, -100]]);
    expect(errors(items)).toEqual([]);
  });
  it('a raised item or item change is an error', () => {
    expect(errors(items.replace('公务用车运行维护费900万元', '公务用车运行维护费990万元'))).toContainEqual(['sum', 1500, 1590]);
    expect(errors(items.replace('增加30万元', '增加40万元'))).toContainEqual(['changeSum', 100, -90]);
  });
  it('look-alike: a paragraph of another item (会议费) ends the list, which stays a subset', () => {
    const open = items.replace('公务用车购置费260万元', '会议费260万元');
    expect(errors(open)).toEqual([]);
    expect(of(open, 'sum')).toEqual([]);
  });
  it('look-alike: item changes against another basis (决算) are not added to the total change', () => {
    expect(of(items.replaceAll('比上年年初预算', '比上年决算'), 'changeSum')).toEqual([]);
  });
});

const table = [
  '单位：万元',
  '项目 | 2024年预算数 | 2025年预算数 | 2025年预算数增减 | 增减原因',
  '合计 | 800.00 | 770.00 | -30.00 | ',
  '1、因公出国（境）费用 | 50.00 | 50.00 | 0 | ',
  '2、公务接待费 | 250.00 | 200.00 | -50.00 | 压减接待',
  '3、公务用车费 | 500.00 | 520.00 | 20.00 | ',
  '其中：（1）公务用车运转维护费 | 400.00 | 380.00 | -20.00 | 车辆减少',
  '（2）公务用车购置费 | 100.00 | 140.00 | 40.00 | 更新车辆',
].join('\n');

describe('a two-year 三公 table with a signed 增减 column', () => {
  it('each year and the change column add up; each change is the two years apart', () => {
    expect(errors(table)).toEqual([]);
    expect(of(table, 'tableTotal')).toContainEqual(['ok', -30, -30]);
    expect(of(table, 'tableTotal')).toContainEqual(['ok', 800, 800]);
    expect(of(table, 'difference')).toContainEqual(['ok', -50, -50]);
  });
  it('a wrong row, year total or change is an error', () => {
    expect(errors(table.replace('| 250.00 | 200.00 | -50.00', '| 260.00 | 200.00 | -50.00'))).toContainEqual(['tableTotal', 800, 810]);
    expect(errors(table.replace('合计 | 800.00 | 770.00 | -30.00', '合计 | 800.00 | 770.00 | -40.00'))).toContainEqual(['tableTotal', -40, -30]);
    expect(errors(table.replace('| -20.00 | 车辆减少', '| -10.00 | 车辆减少'))).toContainEqual(['difference', -10, -20]);
  });
  it('look-alike: a 增减原因 column alone is no change column', () => {
    const reasons = table.replace(' | 2025年预算数增减 |', ' | 2025年预算数调整 |');
    expect(of(reasons, 'difference')).toEqual([]);
  });
});

// one cell a line, the header lost: the 合计 opens the table; a three-digit amount is no 科目编码
const cells = [
  '合 计 | 312 | 250.40',
  '因公出国（境）费 | 0 | 0',
  '公务接待费 | 12 | 9.60',
  '公务用车购置及运行维护费 | 300 | 240.80',
  '其中：公务用车运行维护费 | 180 | 150.30',
  '公务用车购置费 | 120 | 90.50',
].join('\n');

describe('a 三公 table whose header was lost', () => {
  it('the 合计 row and the vehicle row add up in both columns', () => {
    const totals = of(cells, 'tableTotal');
    expect(totals).toContainEqual(['ok', 312, 312]);
    expect(totals).toContainEqual(['ok', 250.4, 250.4]);
    expect(totals).toContainEqual(['ok', 300, 300]);
    expect(errors(cells)).toEqual([]);
  });
  it('a wrong budget cell is an error', () => {
    expect(errors(cells.replace('| 120 |', '| 130 |'))).toContainEqual(['tableTotal', 300, 310]);
    expect(errors(cells.replace('| 12 |', '| 22 |'))).toContainEqual(['tableTotal', 312, 322]);
  });
  it('look-alike: a 合计 first over rows of no complete classification is not read', () => {
    const open = ['合 计 | 400 | 350', '会议费 | 100 | 80', '培训费 | 200 | 190'].join('\n');
    expect(of(open, 'tableTotal')).toEqual([]);
  });
});

describe('shares of a base stated before the base, and items whose covered list wraps over lines', () => {
  const text = [
    '工资福利支出预算 400000.00 元，占基本支出预算 80.00%，同比增加 10000.00 元。',
    '对个人和家庭补助支出预算 25000.00 元，占基本支出预算 5.00%。',
    '六、基本支出情况说明',
    '2025 年一般公共预算基本支出 500000.00 元，其中：',
    '人员经费 425000.00 元，占基本支出预算 85.00%。主要包括：',
    '基本工资、津贴补贴、绩效工资、住房',
    '公积金、退休费。',
    '公用经费 75000.00 元，占基本支出预算 15.00%。主要包括：',
    '办公费、水费、电费。',
  ].join('\n');
  it('the early shares take the base stated later; the items past the wrapped lists add up', () => {
    const shares = of(text, 'share');
    expect(shares).toContainEqual(['ok', 80, 80]);
    expect(shares).toContainEqual(['ok', 5, 5]);
    expect(of(text, 'sum')).toEqual([['ok', 500000, 500000]]);
    expect(errors(text)).toEqual([]);
  });
  it('a wrong early share or item is an error', () => {
    expect(errors(text.replace('80.00%', '81.00%'))).toContainEqual(['share', 81, 80]);
    expect(errors(text.replace('公用经费 75000.00 元', '公用经费 76000.00 元'))).toContainEqual(['sum', 500000, 501000]);
  });
  it('look-alike: a later base of another stage (决算) is not the budget one', () => {
    const other = text.replace('2025 年一般公共预算基本支出 500000.00 元', '2025 年基本支出决算 500000.00 元');
    expect(of(other, 'share')).toContainEqual(['unsure', 80, null]);
    expect(of(other, 'share')).not.toContainEqual(['ok', 80, 80]);
  });
});

describe('a 三公 total opened by its level (市本级), then only the changes of its items', () => {
  const text =
    '2025年市本级“三公”经费预算900万元，比2024年预算减少50万元，下降5.26%。其中：因公出国（境）费用同比增加10万元，增长20.00%；公务接待费同比减少30万元，下降15.00%；公务用车运行维护费同比减少40万元，下降10.00%；公务用车购置费同比增加10万元，增长5.00%。';
  it('the item changes add up to the total change', () => {
    expect(of(text, 'changeSum')).toEqual([['ok', 50, -50]]);
    expect(errors(text.replace('同比减少30万元', '同比减少20万元'))).toContainEqual(['changeSum', 50, -40]);
  });
  it('look-alike: after the level a noun the lexicon does not know (会议费) leaves the list open', () => {
    const other = text.replace('“三公”经费预算', '会议培训费预算').replace('同比减少30万元', '同比减少20万元');
    expect(errors(other).filter((e) => e[0] === 'changeSum')).toEqual([]);
  });
});

describe('a nil item first, then only the changes of the other items', () => {
  const text =
    '2025年度“三公”经费支出决算数比上年减少5000.00元，下降20.00%。其中：因公出国（境）费支出0.00元；公务用车购置费支出决算减少3000.00元，下降100.00%；公务用车运行维护费支出决算减少1500.00元，下降10.00%；公务接待费支出决算减少500.00元，下降5.00%。';
  it('the others may fall short of the decrease (the nil item fell too), never exceed it', () => {
    expect(of(text, 'changeSum')).toEqual([['ok', 5000, 5000]]);
    expect(of(text.replace('减少500.00元', '减少300.00元'), 'changeSum')).toEqual([['ok', 5000, 4800]]);
    expect(errors(text.replace('减少3000.00元', '减少3600.00元'))).toContainEqual(['changeSum', 5000, 5600]);
  });
  it('look-alike: a first item with an amount (not nil) keeps its own change out of the list', () => {
    const some = text.replace('因公出国（境）费支出0.00元', '因公出国（境）费支出200.00元');
    expect(errors(some.replace('减少3000.00元', '减少3600.00元')).filter((e) => e[0] === 'changeSum')).toEqual([]);
  });
});

describe('三公 classes one a numbered paragraph, the vehicle class with its own 其中 list, the total unchanged', () => {
  const sections = [
    '2025年“三公”经费预算数为26.40万元，与上年预算持平。其中：',
    '（一）因公出国（境）费0万元，与上年预算持平，主要原因是无出访安排。',
    '（二）公务用车购置及运行费18.20万元，与上年预算持平。其中：公务用车购置费0万元，与上年预算持平；公务用车运行费18.20万元，与上年预算持平，主要原因是压减开支。',
    '（三）公务接待费8.20万元。与上年预算持平，主要原因是严控接待。',
  ].join('\n');
  it('the reception class after the vehicle split is a class of the 三公 total, not of the vehicles', () => {
    expect(of(sections, 'sum')).toEqual([
      ['ok', 26.4, 26.4],
      ['ok', 18.2, 18.2],
    ]);
    expect(errors(sections.replace('公务接待费8.20万元', '公务接待费9.20万元'))).toContainEqual(['sum', 26.4, 27.4]);
  });
  it('the items under the vehicle class still go on across its paragraphs', () => {
    const vehicles =
      '公务用车购置及运行维护费30.00万元，比上年减少2.00万元。其中：\n公务用车购置费10.00万元，主要原因是更新车辆。\n公务用车运行维护费20.00万元。';
    expect(of(vehicles, 'sum')).toContainEqual(['ok', 30, 30]);
    expect(errors(vehicles.replace('运行维护费20.00', '运行维护费25.00'))).toContainEqual(['sum', 30, 35]);
  });
});
