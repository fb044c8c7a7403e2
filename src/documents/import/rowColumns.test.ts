// 基本支出/项目支出 named with a column (本年收入/本年支出) in one phrase, carried through its sentence,
// or given by the section heading; look-alikes (a sub-class, another year, a 合计) stay out of the rows.
import { describe, expect, it } from 'vitest';
import { importEvaluation } from './evaluation.js';
import { parseText } from './structure.js';

const load = (lines: string[]) => importEvaluation(parseText(lines.join('\n')), { year: 2024 });
const cellOf = (r: ReturnType<typeof load>, text: string) => r.recognised.placed.filter((p) => p.text === text).map((p) => `${p.cell}=${p.value}`);
const head = ['某县档案馆2024年度部门整体支出绩效自评报告', '一、部门概况', '本馆编制6人，实有人员6人。', '二、部门整体支出情况'];

describe('a row and a column in one phrase, carried through the sentence', () => {
  const r = load([
    ...head,
    '2024年本单位收入合计310.20万元，支出合计305.70万元。',
    '（一）基本支出情况',
    '基本支出本年收入250.20万元，本年支出246.70万元。',
    '（二）项目支出情况',
    '项目支出本年收入60万元，本年支出59万元。',
  ]);
  it('places each figure in its row and column, and the 合计 in the total row', () => {
    expect(cellOf(r, '250.20万元')).toEqual(['一般公共预算 · 基本支出 · 本年收入=250.2']);
    expect(cellOf(r, '246.70万元')).toEqual(['一般公共预算 · 基本支出 · 本年支出=246.7']);
    expect(cellOf(r, '60万元')).toEqual(['一般公共预算 · 项目支出 · 本年收入=60']);
    expect(cellOf(r, '59万元')).toEqual(['一般公共预算 · 项目支出 · 本年支出=59']);
    expect(cellOf(r, '305.70万元')).toEqual(['一般公共预算 · 合计 · 本年支出=305.7']);
    expect(cellOf(r, '310.20万元')).toEqual(['一般公共预算 · 合计 · 本年收入=310.2']);
    expect(r.unplaced).toEqual([]);
  });
});

describe('the row after the column (本年基本支出), and the heading giving the row', () => {
  const r = load([...head, '（一）项目支出情况', '本年收入42.50万元，本年支出40.10万元。', '（二）基本支出情况', '本年基本支出188.30万元。']);
  it('takes the heading row for a paragraph that names none', () => {
    expect(cellOf(r, '42.50万元')).toEqual(['一般公共预算 · 项目支出 · 本年收入=42.5']);
    expect(cellOf(r, '40.10万元')).toEqual(['一般公共预算 · 项目支出 · 本年支出=40.1']);
    expect(cellOf(r, '188.30万元')).toEqual(['一般公共预算 · 基本支出 · 本年支出=188.3']);
  });
});

describe('look-alikes stay out of the rows', () => {
  it('a sub-class of 基本支出 is not its 本年收入 or 本年支出', () => {
    const r = load([...head, '（一）基本支出情况', '基本支出中人员经费120万元，公用经费30.5万元。']);
    expect(cellOf(r, '120万元')).toEqual([]);
    expect(cellOf(r, '30.5万元')).toEqual([]);
    expect(r.unplaced.some((u) => u.startsWith('120万元 — '))).toBe(true);
  });
  it('another year of 基本支出 is listed, and does not carry its row', () => {
    const r = load([...head, '上年基本支出本年收入210万元，本年支出205万元。']);
    expect(cellOf(r, '210万元')).toEqual([]);
    expect(cellOf(r, '205万元')).toEqual([]);
    expect(r.unplaced.some((u) => u.startsWith('210万元 — 上年或其他年度的数'))).toBe(true);
  });
  it('a heading row does not reach a paragraph naming the other row or a 合计', () => {
    const r = load([...head, '（一）基本支出情况', '本年支出合计98万元，本年收入100万元，项目支出12万元。']);
    expect(r.recognised.placed.filter((p) => p.cell.includes('基本支出'))).toEqual([]);
  });
  it('a 合计 after a row and column stays the total', () => {
    const r = load([...head, '基本支出本年收入86万元，本年支出合计100万元。']);
    expect(cellOf(r, '100万元')).toEqual(['一般公共预算 · 合计 · 本年支出=100']);
    expect(cellOf(r, '86万元')).toEqual(['一般公共预算 · 基本支出 · 本年收入=86']);
  });
  it('a plain 支出 takes the row named with a column before it, not a heading it lacks', () => {
    const r = load([...head, '项目支出本年收入30万元，支出28.5万元。', '（一）基本支出情况', '支出70万元。']);
    expect(cellOf(r, '28.5万元')).toEqual(['一般公共预算 · 项目支出 · 本年支出=28.5']);
    expect(r.recognised.placed.filter((p) => p.cell.includes('基本支出'))).toEqual([]);
  });
});
