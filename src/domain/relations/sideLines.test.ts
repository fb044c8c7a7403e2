// A two-sided 收支总表 flattened into lines, both sides of a row on one line (our own tables, invented figures).
import { describe, expect, it } from 'vitest';
import { errors, relations } from '../../../test/helpers/relations.js';

const sums = (text: string) =>
  relations(text)
    .filter((r) => r.kind === 'sum')
    .map((r) => [r.verdict, r.stated, r.computed]);

const table = [
  '2026年部门财务收支预算总表',
  '编制部门：某区某局 单位：元',
  '本年收入 本年支出',
  '项目 预算数 项目 预算数',
  '一、财政拨款收入 5,200,000一、一般公共服务支出 3,100,000',
  '1. 一般公共预算 5,200,000 二、社会保障和就业支出 900,000',
  '2. 政府性基金预算 三、卫生健康支出 400,000',
  '二、事业收入 四、住房保障支出 800,000',
  '三、其他收入',
  '收入总计 5,200,000 支出总计 5,200,000',
].join('\n');

describe('a 收支总表 flattened into lines: each side’s numbered classes add up to its total', () => {
  it('both sides add up; blank cells are zero, the sub-row 1. is inside its class', () => {
    expect(sums(table)).toEqual([
      ['ok', 5200000, 5200000],
      ['ok', 5200000, 5200000],
    ]);
  });
  it('a class off by a slip: error', () => {
    expect(errors(table.replace('900,000', '990,000'))).toContainEqual(['sum', 5200000, 5290000]);
  });
  it('a mistyped spending total: the income side equal to the classes is the balance, not the total meant', () => {
    expect(errors(table.replace('支出总计 5,200,000', '支出总计 5,020,000'))).toContainEqual(['sum', 5020000, 5200000]);
  });
  it('an unnumbered carry-over row before the totals: the classes are not all of a side, no sum', () => {
    const carried = table.replace('三、其他收入', '三、其他收入\n上年结转结余 300,000');
    expect(sums(carried)).toEqual([]);
  });
  it('rows of several amounts (budget and actual) are no such table: no sum', () => {
    const two = table.replace('二、事业收入 四、住房保障支出 800,000', '二、事业收入 四、住房保障支出 800,000 750,000');
    expect(sums(two)).toEqual([]);
  });
});

describe('a 决算 总表 in lines: 本年收入合计 / 本年支出合计 before the carry-over rows', () => {
  const closing = [
    '收入支出决算总表',
    '单位：万元',
    '一、一般公共预算财政拨款收入 640.00 一、一般公共服务支出 120.50',
    '二、上级补助收入 二、教育支出',
    '三、其他收入 三、卫生健康支出 19.50',
    '四、城乡社区支出 500.00',
    '十一、住房保障支出',
    '本年收入合计 640.00 本年支出合计 640.00',
    '年初结转和结余 年末结转和结余',
    '总计 640.00 总计 640.00',
  ].join('\n');
  it('a numbering that skips (四 to 十一) is no complete side: only the income side is read', () => {
    expect(sums(closing)).toEqual([['ok', 640, 640]]);
  });
  it('the spending classes in one run add up to 本年支出合计', () => {
    const run = closing.replace('十一、住房保障支出', '五、住房保障支出');
    expect(sums(run)).toContainEqual(['ok', 640, 640]);
    expect(errors(run.replace('19.50', '91.50'))).toContainEqual(['sum', 640, 712]);
  });
});
