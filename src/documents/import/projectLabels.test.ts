// More words for a project's money in a project report: 批复总投资 / 年度资金 (planned), 资金执行数 / 全年执行资金
// (spent); a unit report's same words are not the project's line (our own sentences, invented figures).
import { describe, expect, it } from 'vitest';
import { importEvaluation } from './evaluation.js';
import { parseText } from './structure.js';

const load = (title: string, ...lines: string[]) => importEvaluation(parseText([title, '一、项目资金情况', ...lines].join('\n')), { year: 2024 });
const cellOf = (r: ReturnType<typeof load>, text: string) => r.recognised.placed.filter((p) => p.text === text).map((p) => `${p.cell}=${p.value}`);
const PROJECT = '2024年度某某灌区节水改造项目支出绩效自评报告';
const UNIT = '2024年度某某局部门整体支出绩效自评报告';

describe('a project’s planned and spent money by more labels', () => {
  it('项目批复总投资X，资金执行数Y', () => {
    const r = load(PROJECT, '项目批复总投资48.6万元，资金执行数45.2万元，执行率93%。');
    expect(cellOf(r, '48.6万元')).toEqual(['年度资金总额 · 年初预算数=48.6']);
    expect(cellOf(r, '45.2万元')).toEqual(['年度资金总额 · 全年执行数=45.2']);
  });
  it('年度资金X，全年执行资金Y', () => {
    const r = load(PROJECT, '年度资金72万元，全年执行资金70.4万元。');
    expect(cellOf(r, '72万元')).toEqual(['年度资金总额 · 年初预算数=72']);
    expect(cellOf(r, '70.4万元')).toEqual(['年度资金总额 · 全年执行数=70.4']);
  });
  it('look-alike: the same words in a unit’s 整体 report are no project’s line', () => {
    const r = load(UNIT, '项目批复总投资48.6万元，全年执行资金45.2万元。');
    expect(cellOf(r, '48.6万元')).toEqual([]);
    expect(cellOf(r, '45.2万元')).toEqual([]);
  });
});

describe('an income source right after the project’s money takes that money’s column', () => {
  it('年度资金X，本年度财政拨款X，执行率r: the appropriation is the planned line, not what was spent', () => {
    const r = load(PROJECT, '年度资金36.5万元，本年度财政拨款30万元，执行率100%。');
    expect(cellOf(r, '30万元')).toEqual(['本年财政拨款 · 年初预算数=30']);
    const spent = load(PROJECT, '全年执行资金33.1万元，本年度财政拨款30万元。');
    expect(cellOf(spent, '30万元')).toEqual(['本年财政拨款 · 全年执行数=30']);
  });
  it('look-alikes: a stage word of its own decides; a unit’s report keeps the document’s stage', () => {
    const own = load(PROJECT, '年度资金36.5万元，本年度财政拨款执行数30万元。');
    expect(cellOf(own, '30万元')).toEqual(['本年财政拨款 · 全年执行数=30']);
    const unit = load(UNIT, '年度资金36.5万元，本年度财政拨款30万元。');
    expect(cellOf(unit, '30万元')).toEqual(['本年财政拨款 · 全年执行数=30']);
  });
});

describe('列入…预算 and a price', () => {
  it('某某项目列入部门预算经费为X → the project’s 年初预算数', () => {
    const r = load(PROJECT, '2024年某某渠道改造项目列入部门预算经费为126万元，2024年实际支付120.5万元。');
    expect(cellOf(r, '126万元')).toEqual(['年度资金总额 · 年初预算数=126']);
    expect(cellOf(r, '120.5万元')).toEqual(['年度资金总额 · 全年执行数=120.5']);
  });
  it('look-alikes: 列入 in a unit’s 整体 report is no project’s line; 预算价 (a price, or a slip) is listed with its reason', () => {
    const unit = load(UNIT, '某某渠道改造项目列入部门预算经费为126万元。');
    expect(cellOf(unit, '126万元')).toEqual([]);
    const price = load(PROJECT, '2024年预算价为126万元。');
    expect(cellOf(price, '126万元')).toEqual([]);
    expect(price.unplaced).toEqual([expect.stringMatching(/^126万元 — “预算价”是价格/)]);
  });
});
