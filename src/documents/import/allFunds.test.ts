// A unit with money from outside the budget (事业收入, 经营收入, 其他收入) states its all-funds totals: an unscoped
// 总收入 / 支出合计 / 基本支出 is then not a 一般公共预算 figure (our own invented report and figures).
import { describe, expect, it } from 'vitest';
import { importEvaluation } from './evaluation.js';
import { parseText } from './structure.js';

const load = (lines: string[]) => importEvaluation(parseText(lines.join('\n')), { year: 2022 });
const cellOf = (r: ReturnType<typeof load>, text: string) => r.recognised.placed.filter((p) => p.text === text).map((p) => `${p.cell}=${p.value}`);
const unplacedOf = (r: ReturnType<typeof load>, text: string) => r.unplaced.filter((u) => u.startsWith(`${text} — `));

const report = [
  '某某职业学院2022年部门决算情况说明',
  '一、收入情况',
  '2022年度总收入1,500.00万元，其中：财政拨款收入900.00万元，事业收入500.00万元，其他收入100.00万元。',
  '二、支出情况',
  '2022年支出合计1,450.00万元，其中基本支出1,000.00万元，项目支出450.00万元。',
  '三、一般公共预算财政拨款支出情况',
  '一般公共预算财政拨款支出880.00万元。',
];

describe('all-funds totals of a unit with income from outside the budget', () => {
  const r = load(report);
  it('places the sources in their lines and the stated 一般公共预算 figure in its cell', () => {
    expect(cellOf(r, '900.00万元')).toEqual(['本年财政拨款 · 全年执行数=900']);
    expect(cellOf(r, '500.00万元')).toEqual(['事业收入 · 全年执行数=500']);
    expect(cellOf(r, '880.00万元')).toEqual(['一般公共预算 · 合计 · 本年支出=880']);
  });
  it('keeps the unscoped all-funds 总收入, 支出合计, 基本/项目支出 out of the 一般公共预算 cells', () => {
    for (const t of ['1,500.00万元', '1,450.00万元', '1,000.00万元', '450.00万元']) {
      expect(cellOf(r, t)).toEqual([]);
      expect(unplacedOf(r, t).join()).toMatch(/全部资金|未入栏目/);
    }
    expect(unplacedOf(r, '1,500.00万元')[0]).toContain('非财政拨款');
  });
});

describe('look-alike: the other sources are zero', () => {
  const r = load([
    '某某档案馆2022年部门决算情况说明',
    '一、收入支出情况',
    '2022年度收入合计300.00万元，其中：财政拨款收入300.00万元，事业收入0万元。',
    '2022年度支出合计280.00万元，其中基本支出200.00万元，项目支出80.00万元。',
  ]);
  it('takes the unscoped totals as the 一般公共预算 figures', () => {
    expect(cellOf(r, '280.00万元')).toEqual(['一般公共预算 · 合计 · 本年支出=280']);
    expect(cellOf(r, '200.00万元')).toEqual(['一般公共预算 · 基本支出 · 本年支出=200']);
    expect(cellOf(r, '80.00万元')).toEqual(['一般公共预算 · 项目支出 · 本年支出=80']);
  });
});

describe('收入/支出总计 beside a carry-over said only in words', () => {
  const lines = (extra: string) => ['某某纪念馆2022年部门决算情况说明', '一、收入支出决算总体情况', `2022年度收入总计200.00万元，支出总计200.00万元。${extra}`];
  it('a 总计 is the year’s figure where nothing is carried over', () => {
    const r = load(lines('主要原因是新馆开放。'));
    expect(cellOf(r, '200.00万元')).toContain('一般公共预算 · 合计 · 本年收入=200');
  });
  it('结转至下年: the 总计 holds a carry-over, it is listed', () => {
    const r = load(lines('年中追加的展陈项目未完成，结转至下年使用。'));
    expect(cellOf(r, '200.00万元')).toEqual([]);
    expect(unplacedOf(r, '200.00万元')[0]).toContain('收支总计含结转结余');
  });
});

describe('总收入 of a paragraph that names 非财政性资金, beside the stated 一般公共预算 figures', () => {
  const lines = (cause: string) => [
    '某某青少年宫2022年部门决算情况说明',
    '一、收支增减情况',
    `2022年度总收入640.00万元，比上年增加40.00万元，${cause}。2022年度年末结转和结余90.00万元。`,
    '二、一般公共预算收支情况',
    '2022年度一般公共预算本年支出520.00万元，年末结转和结余12.00万元。',
  ];
  it('the unscoped totals are all funds; the 一般公共预算 carry-over wins its cell', () => {
    const r = load(lines('主要是新增非财政性资金场地租金收入40.00万元'));
    expect(cellOf(r, '640.00万元')).toEqual([]);
    expect(unplacedOf(r, '640.00万元')[0]).toContain('全部资金');
    expect(cellOf(r, '90.00万元')).toEqual([]);
    expect(cellOf(r, '12.00万元')).toEqual(['一般公共预算 · 合计 · 年末结转和结余=12']);
  });
  it('look-alike: 无非财政性资金 — the unscoped 总收入 stays the year’s income', () => {
    const r = load(lines('本单位无非财政性资金'));
    expect(cellOf(r, '640.00万元')).toEqual(['一般公共预算 · 合计 · 本年收入=640']);
  });
  it('look-alike: no outside money named — the two carry-overs clash, neither is placed', () => {
    const r = load(lines('主要是场地租金增加'));
    expect(cellOf(r, '12.00万元')).toEqual([]);
    expect(unplacedOf(r, '90.00万元')[0]).toContain('两处数值不同');
  });
});

describe('a 部门决算 text with no title line the importer knows', () => {
  it('is named a 部门决算, not a self-evaluation', () => {
    expect(load(['某某纪念馆2022年度部门决算公开', '一、收入支出情况', '2022年度支出合计200.00万元。']).draft.title).toBe('2022年度部门决算');
  });
  it('look-alike: first lines that speak of 绩效 keep the self-evaluation name', () => {
    expect(load(['某某纪念馆部门决算与绩效情况', '一、收入支出情况', '2022年度支出合计200.00万元。']).draft.title).toBe('2022年度绩效自评报告');
  });
});
