// Structured values of the demo set, the unit tree, and every figure link checked against data.
import { describe, expect, it } from 'vitest';
import { add, eq, sub, sum } from '../domain/decimal.js';
import { emptyChaptersOf } from '../domain/completeness.js';
import { BUILTIN_FRAMEWORKS } from '../domain/frameworks/builtin.js';
import { BUDGET_FIGURES, BUDGET_TYPES } from '../domain/types.js';
import { DEMO_PASSWORD, demoDataset, hunan2016, seedsDataset, wugang2022 } from './dataset.js';
import { checkAllFigureLinks, checkFigureLink, figureMatches, parseFigure } from './figures.js';
import type { DemoEvaluation } from './types.js';

const liangai = (ev: DemoEvaluation) => {
  const p = ev.keyProjects.find((k) => k.code === 'liangai');
  if (!p) throw new Error('no liangai');
  return p;
};
const funding = (category: string) => liangai(hunan2016).funding.filter((f) => f.category === category);

describe('key project values', () => {
  it('武冈 2022 两癌: target 10361, actual 10780', () => {
    expect(liangai(wugang2022)).toMatchObject({ target: '10361', actual: '10780', measure: '检查人数', unitOfMeasure: '人' });
  });
  it('省妇联 2016 两癌: 2473 + 6823 + 9810 = 19106 (≈1.9亿), 2990 + 1200 = 4190, 101.76万 screened', () => {
    expect(sum(funding('检查经费').map((f) => f.amount))).toBe('19106');
    expect(funding('检查经费').map((f) => f.source)).toEqual(['central', 'provincial', 'cityCounty']);
    expect(sum(funding('救助资金').map((f) => f.amount))).toBe('4190');
    expect(funding('检查设备购置')).toEqual([{ category: '检查设备购置', source: 'provincial', label: '省财政追加', amount: '1400' }]);
    expect(liangai(hunan2016)).toMatchObject({ target: null, actual: '1017600' });
  });
  it('township values sum exactly to 武冈市妇联 and are marked synthetic', () => {
    const units = new Map(demoDataset.units.map((u) => [u.code, u]));
    const values = demoDataset.keyProjectValues.filter((v) => v.year === 2022 && v.project.code === 'liangai');
    expect(values).toHaveLength(4);
    for (const v of values) {
      expect(units.get(v.unitCode)).toMatchObject({ level: 'township', parentCode: '430581' });
      expect(v.project.note).toBe('演示数据（虚构）');
    }
    expect(sum(values.map((v) => v.project.target ?? 'x'))).toBe(liangai(wugang2022).target);
    expect(sum(values.map((v) => v.project.actual ?? 'x'))).toBe(liangai(wugang2022).actual);
  });
});

describe('武冈 2022 budget and profile', () => {
  it('holds all four budget types; only the general one has activity', () => {
    expect(wugang2022.budget.map((b) => [b.budgetType, b.noActivity])).toEqual(BUDGET_TYPES.map((t) => [t, t !== 'general']));
    const general = wugang2022.budget[0]!.rows;
    expect(general.total).toEqual({ opening: '0', income: '153.98', expenditure: '153.98', closing: '0' });
    expect(general.basic).toEqual({ opening: '0', income: '153.98', expenditure: '153.98', closing: '0' });
    expect(general.project).toEqual({ opening: '0', income: '0', expenditure: '0', closing: '0' });
    for (const b of wugang2022.budget.slice(1)) expect(b.rows).toEqual({});
  });
  it('budget identities hold: opening + income − expenditure = closing; basic + project = total', () => {
    const rows = wugang2022.budget[0]!.rows;
    for (const r of [rows.total, rows.basic, rows.project]) {
      expect(r).toBeDefined();
      expect(eq(sub(add(r!.opening, r!.income), r!.expenditure), r!.closing)).toBe(true);
    }
    for (const f of BUDGET_FIGURES) expect(add(rows.basic![f], rows.project![f])).toBe(rows.total![f]);
  });
  it('profile: 编制5, 在职5, 退休3, 内设机构 办公室、组宣部, 4 duties without their numbers', () => {
    const p = wugang2022.profile!;
    expect([p.authorizedPosts, p.staffActual, p.retired, p.departments]).toEqual([5, 5, 3, ['办公室', '组宣部']]);
    expect(p.duties).toHaveLength(4);
    expect(p.duties.every((d) => !/^\d/.test(d) && d.endsWith('。'))).toBe(true);
    expect(p.intro).toMatch(/^武冈市妇联是/);
  });
});

describe('figure links', () => {
  it('every figure link occurs in its paragraph and equals its stored value', () => {
    for (const ev of demoDataset.evaluations) expect(checkAllFigureLinks(ev)).toEqual([]);
    const count = (ev: DemoEvaluation) => ev.sections.reduce((n, s) => n + s.figures.length, 0);
    expect([count(hunan2016), count(wugang2022)]).toEqual([9, 9]); // 武冈 adds 救助金 31万 and 救助人数 31人 (measures)
  });
  it('compares at the stated precision', () => {
    expect(parseFigure('101.76万名')).toEqual({ number: '101.76', decimals: 2, scale: 4 });
    expect(figureMatches('1.9亿元', { value: '19106', scale: 4 })).toBe(true);
    expect(figureMatches('1.8亿元', { value: '19106', scale: 4 })).toBe(false);
    expect(figureMatches('2亿元', { value: '19106', scale: 4 })).toBe(true);
    expect(figureMatches('2474万元', { value: '2473', scale: 4 })).toBe(false);
    expect(figureMatches('5000元', { value: '0.5', scale: 4 })).toBe(true);
    expect(figureMatches('104.04%', { value: '104.0440111958305182', scale: 0 })).toBe(true);
    expect(figureMatches('104.05%', { value: '104.0440111958305182', scale: 0 })).toBe(false);
  });
  it('reports a wrong occurrence, a missing value and a mismatch', () => {
    const s = wugang2022.sections.find((x) => x.key === '1.1')!;
    const bad = [
      { paragraph: 0, text: '5人', occurrence: 2, ref: { kind: 'profile', field: 'staffActual' } as const },
      { paragraph: 0, text: '3人', occurrence: 0, ref: { kind: 'profile', field: 'staffActual' } as const },
      { paragraph: 0, text: '3人', occurrence: 0, ref: { kind: 'keyProject', project: 'nope', field: 'actual' } as const },
    ];
    expect(bad.map((l) => checkFigureLink(wugang2022, s, l).length)).toEqual([1, 1, 1]);
  });
});

describe('units and users', () => {
  it('unit tree: codes unique, parents exist, 省 → 市 → 县 → 乡 → 村', () => {
    const byCode = new Map(demoDataset.units.map((u) => [u.code, u]));
    expect(byCode.size).toBe(demoDataset.units.length);
    for (const u of demoDataset.units) {
      if (u.parentCode !== null) expect(byCode.has(u.parentCode)).toBe(true);
      expect(u.fromYear).toBe(2016);
    }
    const chain = (code: string): string[] => {
      const u = byCode.get(code)!;
      return u.parentCode ? [...chain(u.parentCode), u.shortName ?? u.name] : [u.shortName ?? u.name];
    };
    expect(chain('430581100201')).toEqual(['省妇联', '邵阳市妇联', '武冈市妇联', '荆竹铺镇妇联', '七里村妇联']);
    expect(byCode.get('430581')).toMatchObject({ name: '武冈市妇女联合会', level: 'county', type: '妇联' });
    expect(demoDataset.units.filter((u) => u.level === 'village').map((u) => u.shortName)).toEqual(['七里村妇联', '西塘村妇联', '八一村妇联', '双龙兴村妇联']);
  });
  it('users and evaluations point at existing units', () => {
    const codes = new Set(demoDataset.units.map((u) => u.code));
    expect(DEMO_PASSWORD).toBe('jixiao-demo');
    expect(demoDataset.users.map((u) => [u.username, u.role, u.unitCode])).toEqual([
      ['wugang', 'filler', '430581'],
      ['shaoyang', 'reviewer', '430500'],
      ['hunan', 'reviewer', '430000'],
      ['caizheng', 'finance', null],
      ['admin', 'admin', null],
    ]);
    for (const u of demoDataset.users) if (u.unitCode) expect(codes.has(u.unitCode)).toBe(true);
    expect(seedsDataset.evaluations.map((e) => [e.unitCode, e.year, e.frameworkCode, e.projectCode ?? null, e.status])).toEqual([
      ['430000', 2016, 'hunan-provincial', null, 'published'],
      ['430581', 2022, 'department-wide', null, 'draft'],
      ['430581', 2022, 'project-expenditure', 'liangai', 'draft'],
    ]);
    for (const e of demoDataset.evaluations) expect(codes.has(e.unitCode)).toBe(true);
  });
  it('the other counties of 邵阳市 are 示例: flagged, titled so, three years, a queue with every status', () => {
    const samples = demoDataset.evaluations.filter((e) => !seedsDataset.evaluations.includes(e));
    const counties = demoDataset.units.filter((u) => u.parentCode === '430500').map((u) => u.shortName);
    expect(counties).toEqual([
      '武冈市妇联',
      '双清区妇联',
      '大祥区妇联',
      '北塔区妇联',
      '新邵县妇联',
      '邵阳县妇联',
      '隆回县妇联',
      '洞口县妇联',
      '绥宁县妇联',
      '新宁县妇联',
      '城步苗族自治县妇联',
      '邵东市妇联',
    ]);
    expect(samples.every((e) => e.sample === true && e.title.endsWith('（示例）') && e.indicators.every((v) => v.sample))).toBe(true);
    expect([...new Set(samples.map((e) => e.year))]).toEqual([2020, 2021, 2022]);
    const statuses2022 = samples
      .filter((e) => e.year === 2022)
      .map((e) => e.status)
      .sort();
    expect(statuses2022).toEqual(['approved', 'approved', 'draft', 'published', 'returned', 'submitted', 'submitted', 'submitted', 'submitted', 'submitted']);
    expect(samples.find((e) => e.status === 'returned')!.returnReason).toMatch(/^示例：/);
    expect(demoDataset.deadlines).toEqual([{ year: 2022, level: '*', daysAfterLoad: 30 }]);
  });
});

describe('示例 county reports have the whole outline', () => {
  const samples = demoDataset.evaluations.filter((e) => e.sample && e.frameworkCode === 'department-wide');
  const fw = BUILTIN_FRAMEWORKS.find((f) => f.code === 'department-wide')!;
  const titles = (e: DemoEvaluation) => e.sections.filter((s) => s.parentKey === null).map((s) => `${s.numbering}${s.title}`);

  it('every chapter 一–十 is there (the published report printed 六–九 as empty headings)', () => {
    for (const e of samples) expect(titles(e)).toHaveLength(10);
    expect(titles(samples[0]!).slice(5, 9)).toEqual([
      '六、部门整体支出绩效情况',
      '七、存在的问题及原因分析',
      '八、下一步改进措施',
      '九、部门整体支出绩效自评结果拟应用和公开情况',
    ]);
  });

  it('submitted, returned, approved and published ones have every required chapter written, in 示例 words; the draft leaves them to its filler', () => {
    for (const e of samples.filter((x) => x.status !== 'draft')) {
      expect(emptyChaptersOf(fw, e), `${e.unitCode} ${e.year}`).toEqual([]);
      expect(e.sections.flatMap((s) => s.paragraphs).filter((p) => p !== '无' && !p.startsWith('示例：'))).toEqual([]);
      expect(e.sections.flatMap((s) => s.paragraphs).join('')).not.toMatch(/\d/); // no figure to disagree with the tables
    }
    const draft = samples.find((x) => x.status === 'draft')!;
    expect(draft.unitCode).toBe('430524'); // 隆回
    expect(emptyChaptersOf(fw, draft)).toHaveLength(4);
  });
});
