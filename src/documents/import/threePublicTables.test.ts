// 三公 tables with a header over two or three rows: a year group (上年 | 本年, 2030年 | 2031年) over 预算数 | 决算数, and the
// items as header cells (合计 | 因公出国 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费) with their amounts on one
// row whose empty cells a converter dropped. Our own tables, invented figures.
import { describe, expect, it } from 'vitest';
import { importEvaluation } from './evaluation.js';
import { parseText } from './structure.js';
import { itemHeaderTable } from './threePublicHeader.js';
import { otherYearHead, underGroups } from './tableSentences.js';

const load = (...lines: string[]) => importEvaluation(parseText(lines.join('\n')), { year: 2031 });
const cells = (r: ReturnType<typeof load>) => [...new Set(r.recognised.placed.map((p) => `${p.cell}=${p.value}`))].sort();
const listed = (r: ReturnType<typeof load>, text: string) => r.unplaced.filter((u) => u.startsWith(text));

const byYear = (older: string, newer: string) => [
  '某中心2031年度“三公”经费决算情况',
  '单位：万元',
  `项目 | ${older} | | ${newer} |`,
  '| 预算数 | 决算数 | 预算数 | 决算数',
  '合计 | 10.00 | 9.00 | 12.00 | 11.00',
  '公务接待费 | 4.00 | 3.50 | 5.00 | 4.50',
  '公务用车购置及运行维护费 | 6.00 | 5.50 | 7.00 | 6.50',
];
const thisYear = [
  '“三公”经费合计 · 决算数=11',
  '“三公”经费合计 · 预算数=12',
  '公务接待费 · 决算数=4.5',
  '公务接待费 · 预算数=5',
  '公务用车购置及运行维护费 · 决算数=6.5',
  '公务用车购置及运行维护费 · 预算数=7',
];

describe('a year group over 预算数 | 决算数', () => {
  it('上年 | 本年: the 本年 columns fill the cells, the 上年 amounts are listed as another year’s', () => {
    const r = load(...byYear('上年', '本年'));
    expect(cells(r)).toEqual(thisYear);
    for (const v of ['10.00万元', '9.00万元', '3.50万元', '6.00万元']) expect(listed(r, v).join()).toMatch(/上年或其他年度/);
  });

  it('2030年 | 2031年 in a 2031 report: the same', () => {
    const r = load(...byYear('2030年', '2031年'));
    expect(cells(r)).toEqual(thisYear);
    expect(listed(r, '4.00万元').join()).toMatch(/上年或其他年度/);
  });

  it('look-alike: a row below that does not split evenly over the groups: no column is read, the rows are listed', () => {
    const r = load('某中心2031年度“三公”经费决算情况', '单位：万元', '项目 | 上年 | | 本年 |', '| 预算数 | 决算数 | 决算数', '公务接待费 | 4.00 | 3.50 | 4.50');
    expect(cells(r)).toEqual([]);
    expect(r.unplaced).toContain('表格行：公务接待费 | 4.00 | 3.50 | 4.50');
  });

  it('the pieces: blocks in order, an amount column of another year named so', () => {
    expect(underGroups(['项目', '上年', '', '本年', ''], ['', '预算数', '决算数', '预算数', '决算数'])).toEqual([
      '',
      '上年预算数',
      '上年决算数',
      '本年预算数',
      '本年决算数',
    ]);
    expect(underGroups(['项目', '上年', '本年'], ['预算数', '决算数', '预算数', '决算数'])).toEqual([
      '',
      '上年预算数',
      '上年决算数',
      '本年预算数',
      '本年决算数',
    ]);
    expect(underGroups(['项目', '上年', '本年'], ['预算数', '决算数', '决算数'])).toEqual(['', '', '']);
    expect(underGroups(['项目', '预算数', '决算数'], ['预算数', '决算数'])).toBeNull();
    expect(otherYearHead('2030年决算数', 2031)).toBe('2030年决算数');
    expect(otherYearHead('上年预算数', 2031)).toBe('上年预算数');
    expect(otherYearHead('2031年决算数', 2031)).toBeNull();
    expect(otherYearHead('上年增减率', 2031)).toBeNull();
  });
});

describe('items as header cells, the amounts on one row', () => {
  const head = [
    '2031年度一般公共预算财政拨款“三公”经费支出决算表',
    '单位：万元',
    '一般公共预算财政拨款“三公”经费 | 机关运行经费决算数 | ||||',
    '合计 | 因公出国（境）费 | 公务用车购置及运行费 | 公务接待费 | ||||',
    '小计 | 公务用车购置费 | 公务用车运行费 | |||',
    '预算数 | 决算数 | 预算数 | 决算数 | 预算数 | 决算数 | 预算数 | 决算数 | 预算数 | 决算数 | 预算数 | 决算数 | 120.50 |',
  ];

  it('empty cells dropped: the sums bind 合计, 车 小计 and 接待费; 购置 or 运行 stays listed', () => {
    const r = load(...head, '30.00 | 12.60 | 18.00 | 9.10 | 18.00 | 9.10 | 12.00 | 3.50 |');
    expect(cells(r)).toEqual([
      '“三公”经费合计 · 决算数=12.6',
      '“三公”经费合计 · 预算数=30',
      '公务接待费 · 决算数=3.5',
      '公务接待费 · 预算数=12',
      '公务用车购置及运行维护费 · 决算数=9.1',
      '公务用车购置及运行维护费 · 预算数=18',
    ]);
    expect(listed(r, '18.00万元').join()).toMatch(/几种读法/);
    expect(listed(r, '9.10万元').join()).toMatch(/几种读法/);
  });

  it('every cell written: each column its own amount', () => {
    const r = load(...head, '30 | 12.6 | 2 | 0 | 18 | 9.1 | 8 | 0 | 10 | 9.1 | 10 | 3.5 |');
    expect(cells(r)).toContain('公务用车运行维护费 · 预算数=10');
    expect(cells(r)).toContain('公务用车购置费 · 预算数=8');
    expect(cells(r)).toContain('因公出国（境）费 · 预算数=2');
  });

  it('look-alike: amounts whose sums no reading keeps are not laid on columns', () => {
    const t = itemHeaderTable([...head.slice(2).map((l) => l.split('|')), ['30', '12.6', '18', '9.1', '17', '9.1', '11', '3.5']], '万元');
    expect(t).toBeNull();
    const r = load(...head, '30 | 12.6 | 18 | 9.1 | 17 | 9.1 | 11 | 3.5 |');
    expect(cells(r)).toEqual([]);
  });
});

describe('the 合计 of a table is the 三公 total only when the table or its caption is about 三公', () => {
  it('a 合计-only table under its 三公 title', () => {
    const r = load(
      '某所2031年度部门整体支出绩效自评报告',
      '一、基本情况',
      '编制9人。',
      '二、三公经费',
      '表2 “三公”经费决算表',
      '单位：万元',
      '项目 | 预算数 | 决算数',
      '合计 | 5.50 | 4.80',
    );
    expect(cells(r)).toEqual(['“三公”经费合计 · 决算数=4.8', '“三公”经费合计 · 预算数=5.5']);
  });

  it('look-alike: a table of other things after a 三公 sentence — its 合计 is listed, not the 三公 total', () => {
    const r = load(
      '某所2031年度部门整体支出绩效自评报告',
      '一、三公经费',
      '“三公”经费决算数2.40万元。',
      '二、项目',
      '单位：万元',
      '项目 | 预算数 | 执行数',
      '水质监测 | 36.00 | 34.20',
      '合计 | 36.00 | 34.20',
    );
    expect(cells(r)).toEqual(['“三公”经费合计 · 决算数=2.4']);
    // (a table of projects under a bare 项目: its rows are key projects, its 合计 is listed as theirs)
    expect(r.draft.keyProjects.map((p) => [p.name, p.target, p.actual])).toEqual([['水质监测', '36', '34.2']]);
    expect(listed(r, '36.00万元 — 重点项目表的合计行')).toHaveLength(1);
  });
});
