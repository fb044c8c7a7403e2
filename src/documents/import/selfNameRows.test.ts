// A unit naming itself by its kind (本馆, 本院, 本局, 本中心, 我校) places its figures as 本单位 does; a bare
// 项目支出/基本支出 named earlier in the sentence gives 本年支出 its row. Our own sentences, invented figures.
import { describe, expect, it } from 'vitest';
import { importEvaluation } from './evaluation.js';
import { parseText } from './structure.js';

const load = (lines: string[]) => importEvaluation(parseText(lines.join('\n')), { year: 2024 });
const cellOf = (r: ReturnType<typeof load>, text: string) => r.recognised.placed.filter((p) => p.text === text).map((p) => `${p.cell}=${p.value}`);
const head = (unit: string) => [`某市${unit}2024年度部门整体支出绩效自评报告`, '一、部门概况', '编制40人，实有人员38人。', '二、部门整体支出情况'];
const body = (self: string) => [
  `2024年${self}本年收入合计612.40万元，其中财政拨款收入612.40万元。`,
  `${self}本年支出合计598.10万元，其中基本支出470.60万元，项目支出127.50万元。`,
];
const cells = (r: ReturnType<typeof load>) => r.recognised.placed.map((p) => `${p.cell}=${p.value}`).sort();

describe('the unit named by its kind places like 本单位', () => {
  const reference = load([...head('文化局'), ...body('本单位')]);
  it('the reference places both totals', () => {
    expect(cellOf(reference, '612.40万元')).toContain('一般公共预算 · 合计 · 本年收入=612.4');
    expect(cellOf(reference, '598.10万元')).toEqual(['一般公共预算 · 合计 · 本年支出=598.1']);
    expect(reference.unplaced).toEqual([]);
  });
  for (const [unit, self] of [
    ['图书馆', '本馆'],
    ['人民医院', '本院'],
    ['人民医院', '我院'],
    ['统计局', '本局'],
    ['政务服务中心', '本中心'],
    ['第一中学', '我校'],
    ['档案馆', '我馆'],
  ]) {
    it(`${self} (${unit}) gives the same cells`, () => {
      const r = load([...head(unit!), ...body(self!)]);
      expect(cells(r)).toEqual(cells(reference));
      expect(r.unplaced).toEqual([]);
    });
  }
  it('本会计年度 is not a self-name: the year word stays and the figure is not the unit total', () => {
    const r = load([...head('文化局'), '本会计年度培训支出12.30万元。']);
    expect(cellOf(r, '12.30万元')).toEqual([]);
  });
});

describe('本年支出 after a bare 项目支出/基本支出 of its sentence', () => {
  const start = [...head('档案馆'), '2024年本单位支出合计305.70万元。'];
  it('a run-in 项目支出情况： gives the row', () => {
    const r = load([...start, '项目支出情况：本年支出59.20万元，主要用于档案数字化。']);
    expect(cellOf(r, '59.20万元')).toEqual(['一般公共预算 · 项目支出 · 本年支出=59.2']);
    expect(cellOf(r, '305.70万元')).toEqual(['一般公共预算 · 合计 · 本年支出=305.7']);
  });
  it('under the 项目支出 heading, a sentence naming 项目支出 before 本年支出', () => {
    const r = load([...start, '（二）项目支出情况', '2024年度项目支出主要用于库房维护，本年支出59.20万元。']);
    expect(cellOf(r, '59.20万元')).toEqual(['一般公共预算 · 项目支出 · 本年支出=59.2']);
  });
  it('基本支出 named the same way', () => {
    const r = load([...start, '基本支出保障机构运转，本年支出246.50万元。']);
    expect(cellOf(r, '246.50万元')).toEqual(['一般公共预算 · 基本支出 · 本年支出=246.5']);
  });
  it('项目支出本年支出 leaves the 合计 its own figure', () => {
    const r = load([...start, '项目支出本年支出59.20万元。']);
    expect(cellOf(r, '305.70万元')).toEqual(['一般公共预算 · 合计 · 本年支出=305.7']);
    expect(r.unplaced).toEqual([]);
  });
  it('look-alike: a sentence naming both rows gives 本年支出 no row', () => {
    const r = load([...head('档案馆'), '基本支出和项目支出均按计划执行，本年支出305.70万元。']);
    expect(r.recognised.placed.filter((p) => /基本支出|项目支出/.test(p.cell))).toEqual([]);
  });
  it('look-alike: last year named in the sentence gives no row', () => {
    const r = load([...start, '上年项目支出较多，本年支出59.20万元。']);
    expect(r.recognised.placed.filter((p) => p.cell.includes('项目支出'))).toEqual([]);
  });
  it('look-alike: a 合计 after the row stays the total', () => {
    const r = load([...head('档案馆'), '项目支出执行良好，本年支出合计305.70万元。']);
    expect(cellOf(r, '305.70万元')).toEqual(['一般公共预算 · 合计 · 本年支出=305.7']);
  });
});

describe('the profile of a unit naming itself by its kind', () => {
  it('内设机构4个，编制人数30人: the next clause is a count, not the departments', () => {
    const r = load(['某市图书馆2024年度部门整体支出绩效自评报告', '一、部门基本情况', '本馆内设机构4个，编制人数30人，在职人员28人。']);
    expect(r.draft.profile).toMatchObject({ authorizedPosts: 30, staffActual: 28, departments: [] });
  });
  it('内设机构2个：办公室、借阅部 still names them', () => {
    const r = load(['某市图书馆2024年度部门整体支出绩效自评报告', '一、部门基本情况', '本馆内设机构2个：办公室、借阅部，编制人数30人。']);
    expect(r.draft.profile?.departments).toEqual(['办公室', '借阅部']);
  });
});
