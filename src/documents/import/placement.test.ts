// Figures of an imported report's prose placed into the draft's cells (our own invented reports,
// in the shapes real ones take: broken lines, ASCII and full-width punctuation, 元 with separators).
import { describe, expect, it } from 'vitest';
import { checkEvaluation } from '../../domain/checks/index.js';
import type { Evaluation } from '../../domain/types.js';
import { importEvaluation } from './evaluation.js';
import { simplify } from './placement.js';
import { parseText } from './structure.js';

const load = (lines: string[], year?: number) => importEvaluation(parseText(lines.join('\n')), year ? { year } : {});
const cellOf = (r: ReturnType<typeof load>, text: string) => r.recognised.placed.filter((p) => p.text === text).map((p) => `${p.cell}=${p.value}`);
const unplacedOf = (r: ReturnType<typeof load>, text: string) => r.unplaced.filter((u) => u.startsWith(`${text} — `));

describe('placing budget figures of a county report (基本/项目 from the 其中 list)', () => {
  const r = load([
    '2022年度某某区妇女联合会部门整体支出绩效自评报告',
    '一、部门（单位）基本情况',
    '本单位无内设机构，共有编制人数4人，实有人数4人。其中：在职人员4人，退休1人。',
    '二、一般公共预算支出情况',
    '（一）基本支出情况',
    '2022年支出88.40万元,其中基本支出80.10万元,项目支出8.30万元,结余结转0万元',
    '（二）项目支出情况',
    '本年项目支出8.30万元，主要用于家庭教育宣传。',
    '三、政府性基金预算支出情况',
    '本单位无政府性基金预算支出。',
  ]);
  const general = r.draft.budget.find((b) => b.budgetType === 'general')!;

  it('puts 支出/基本支出/项目支出/结余结转 into the 一般公共预算 cells', () => {
    expect(general.rows.total).toMatchObject({ expenditure: '88.4', closing: '0' });
    expect(general.rows.basic).toMatchObject({ expenditure: '80.1', closing: '0' });
    expect(general.rows.project).toMatchObject({ expenditure: '8.3', closing: '0' });
    expect(cellOf(r, '88.40万元')).toEqual(['一般公共预算 · 合计 · 本年支出=88.4']);
    expect(cellOf(r, '结余结转0万元'.slice(4))).toEqual(['一般公共预算 · 合计 · 年末结转和结余=0']);
    expect(r.draft.budget.find((b) => b.budgetType === 'governmentFund')).toEqual({ budgetType: 'governmentFund', noActivity: true, rows: {} });
  });

  it('keeps the sentence each figure came from, and links it in the kept paragraph', () => {
    const p = r.recognised.placed.find((x) => x.text === '80.10万元')!;
    expect(p.sentence).toBe('2022年支出88.40万元，其中基本支出80.10万元，项目支出8.30万元，结余结转0万元');
    const sec = r.draft.sections.find((s) => s.title === '基本支出情况')!;
    expect(sec.paragraphs[0]).toContain('88.40万元');
    expect(sec.figures.map((f) => [f.text, f.ref])).toContainEqual([
      '80.10万元',
      { kind: 'budget', budgetType: 'general', row: 'basic', figure: 'expenditure' },
    ]);
  });

  it('lists what the report does not state, and nothing is unplaced', () => {
    expect(r.recognised.filled).toContainEqual({ cell: '一般公共预算 · 合计 · 本年收入', value: '0', how: 'missing' });
    expect(r.recognised.filled).toContainEqual({ cell: '一般公共预算 · 基本支出 · 年末结转和结余', value: '0', how: 'derived' });
    expect(r.unplaced).toEqual([]);
    expect(r.draft.profile).toMatchObject({ authorizedPosts: 4, staffActual: 4, retired: 1 });
  });
});

describe('a 决算-shaped report: 元 with separators, broken lines, income sources, carry-overs, 三公', () => {
  const r = load([
    '2023年度某某县残疾人联合会部门整体支出绩效自评报告',
    '一、部门基本情况',
    '本部门核定编制8人,实有在职人员7人,退休人员3人。',
    '二、部门整体支出管理及使用情况',
    '（一）收入情况',
    '2023年度本年收入合计 1,234,567.80 元，其中：财政拨款收入 1,100,000.00 元，其他收入 134,567.80 元。年初结转和结余 20,000 元。',
    '（二）支出情况',
    '2023年度本年支出合计',
    '1,200,000.00元，其中基本支出 900,000.00元(人员经费 800,000.00元，公用经费100,000.00元)，项目支出',
    '300,000.00元;年末结转和结余 54,567.80 元。',
    '（三）“三公”经费',
    '2023年“三公”经费预算数为6.00万元，实际支出4.35万元，其中：公务接待费1.35万元，公务用车运行维护费3.00万元，因公出国（境）费0万元。',
    '三、政府性基金预算支出情况',
    '政府性基金预算财政拨款支出12.5万元。',
  ]);
  const acc = (t: string) => r.draft.budget.find((b) => b.budgetType === t)!;

  // the unit has 其他收入: its unscoped 合计 row is all funds, not the 一般公共预算 account (allFunds.test.ts)
  it('converts 元 to 万元 exactly; the unit’s all-funds 合计 row stays out of 一般公共预算', () => {
    expect(acc('general')?.rows.total?.expenditure ?? null).not.toBe('120');
    expect(cellOf(r, '1,200,000.00元')).toEqual([]);
    expect(unplacedOf(r, '1,200,000.00元')[0]).toContain('非财政拨款');
    expect(unplacedOf(r, '900,000.00元')[0]).toContain('非财政拨款');
  });

  it('reads the scope of a sentence: 政府性基金预算', () => {
    expect(acc('governmentFund').rows.total?.expenditure).toBe('12.5');
  });

  it('puts income sources into budget lines and 三公 items by stage', () => {
    expect(r.draft.budgetLines).toEqual([
      { key: 'fiscal', label: '本年财政拨款', initial: null, adjusted: null, executed: '110' },
      { key: 'other', label: '其他收入', initial: null, adjusted: null, executed: '13.45678' },
    ]);
    expect(r.draft.threePublic).toEqual([
      { item: 'total', budget: '6', actual: '4.35' },
      { item: 'overseas', budget: null, actual: '0' },
      { item: 'reception', budget: null, actual: '1.35' },
      { item: 'vehicleOperation', budget: null, actual: '3' },
    ]);
  });

  it('leaves no error finding from the placed 合计 row', () => {
    const e = {
      ...r.draft,
      id: '1',
      unit: { id: '1', code: 'x', name: 'x', shortName: null, level: 'county', type: '残联' },
      year: 2023,
      framework: { id: 'f', code: 'f', name: 'f', kind: 'departmentWide', version: 1 },
      status: 'draft',
      version: 1,
    } as Evaluation;
    const errors = checkEvaluation(e).filter((f) => f.severity === 'error' && f.location?.field?.startsWith('budget.general.total'));
    expect(errors).toEqual([]);
  });
});

describe('scopes, stages and totals', () => {
  it('a scoped statement wins over an unscoped one; 收入总计 (with carry-overs) never takes 本年收入', () => {
    const r = load([
      '2021年度某某市图书馆部门整体支出绩效自评报告',
      '一、收支情况',
      '2021年度收入总计356.80万元，其中：本年收入合计350.30万元，使用非财政拨款结余0.00万元，上年结转和结余6.50万元。',
      '一般公共预算财政拨款支出319.60万元，其中基本支出270.60万元，项目支出49万元。',
      '本年支出合计349.10万元，其中：基本支出290.10万元，占83.10%；项目支出59.00万元，占16.90%。',
    ]);
    const g = r.draft.budget.find((b) => b.budgetType === 'general')!;
    expect(g.rows.total).toMatchObject({ opening: '6.5', income: '350.3', expenditure: '319.6' });
    expect(g.rows.basic?.expenditure).toBe('270.6');
    expect(g.rows.project?.expenditure).toBe('49');
  });

  it('the heading gives the scope: 政府性基金预算支出情况', () => {
    const r = load(['2022年度某单位整体支出绩效自评报告', '一、政府性基金预算支出情况', '本年收入20万元，本年支出18万元，年末结转和结余2万元。']);
    expect(r.draft.budget).toEqual([
      { budgetType: 'governmentFund', noActivity: false, rows: { total: { opening: '0', income: '20', expenditure: '18', closing: '2' } } },
    ]);
    expect(r.recognised.filled).toEqual([{ cell: '政府性基金预算 · 合计 · 年初结转和结余', value: '0', how: 'derived' }]);
  });

  it('a budget-stage figure never fills an actual cell, even when nothing else states it', () => {
    const r = load([
      '2022年度某单位整体支出绩效自评报告',
      '一、一般公共预算支出情况',
      '2022年支出预算100万元，实际支出96.5万元，其中基本支出80万元，项目支出16.5万元。',
    ]);
    expect(r.draft.budget[0]!.rows.total?.expenditure).toBe('96.5');
    expect(unplacedOf(r, '100万元')[0]).toContain('预算数，不是本年实际数');
    const alone = load(['2022年度某单位整体支出绩效自评报告', '一、一般公共预算支出情况', '2022年支出预算1,000,000元，其中基本支出预算800,000元。']);
    expect(alone.draft.budget).toEqual([]);
    expect(unplacedOf(alone, '800,000元')[0]).toContain('预算数，不是本年实际数');
  });

  it('figures of another year, changes and shares are not placed', () => {
    const r = load(['2022年度某单位整体支出绩效自评报告', '一、一般公共预算支出情况', '本年支出50万元，比上年减少5万元，下降9.09%；2021年支出55万元。']);
    expect(r.draft.budget[0]!.rows.total?.expenditure).toBe('50');
    expect(unplacedOf(r, '5万元')[0]).toContain('增减数');
    expect(unplacedOf(r, '55万元')[0]).toContain('其他年度');
  });

  it('reads traditional characters (萬元, 結轉) as their simplified twins', () => {
    expect(simplify('年末結轉和結餘1.5萬元')).toBe('年末结转和结余1.5万元');
    const r = load(['2022年度某單位整體支出績效自評報告', '一、一般公共預算支出情況', '本年支出30萬元，其中基本支出20萬元，項目支出10萬元。']);
    expect(r.draft.budget[0]!.rows).toMatchObject({ total: { expenditure: '30' }, basic: { expenditure: '20' }, project: { expenditure: '10' } });
  });
});

describe('shapes of extracted text', () => {
  it('a numbered item the outline took for a heading still gives its figure; classification lines are not totals', () => {
    const r = load([
      '2023年度某某学校部门整体支出绩效自评报告',
      '一、一般公共预算支出情况',
      '（一）按支出结构分类',
      '1. 基本支出 2,000,500.50 元，占一般公共预算支出的 80.01%。',
      '2. 项目支出 499,700 元，占一般公共预算支出的 19.99%。',
      '（二）按功能分类',
      '教育支出 2,400,000.00 元，社会保障和就业支出 100,200.50 元。',
    ]);
    expect(r.draft.budget[0]!.rows).toMatchObject({ basic: { expenditure: '200.05005' }, project: { expenditure: '49.97' } });
    expect(r.recognised.filled).toContainEqual({ cell: '一般公共预算 · 合计 · 本年支出', value: '250.02005', how: 'derived' });
    expect(r.recognised.placed.some((p) => p.text === '2,400,000.00 元')).toBe(false);
  });

  it('pinyin a converter left inside words (經(jīng)營收入) does not change the label', () => {
    const r = load([
      '2017年度某單位整體支出績效自評報告',
      '一、收支情況',
      '2017年度本單位收入為120萬元，其中：財政撥款收入100萬元，事業(yè)收入20萬元，經(jīng)營收入0萬元。',
    ]);
    expect(r.recognised.placed.some((p) => p.value === '120')).toBe(false); // all funds (事业收入 20)
    expect(r.draft.budgetLines.map((l) => [l.key, l.executed])).toEqual([
      ['fiscal', '100'],
      ['serviceIncome', '20'],
      ['businessIncome', '0'],
    ]);
  });
});

describe('other phrasings of the same cells', () => {
  it.each([
    ['本年度共支出45.6万元，年末结余1.2万元，上年结转0.8万元，本年度共收入46万元。', { opening: '0.8', income: '46', expenditure: '45.6', closing: '1.2' }],
    ['全年总收入60万元，总支出58万元，结转下年2万元。', { opening: '0', income: '60', expenditure: '58', closing: '2' }],
    ['年初结转和结余:3万元;本年收入:40万元;本年支出:41万元;年末结转和结余:2万元。', { opening: '3', income: '40', expenditure: '41', closing: '2' }],
  ])('%s', (sentence, total) => {
    const r = load(['2022年度某单位整体支出绩效自评报告', '一、一般公共预算支出情况', sentence]);
    expect(r.draft.budget[0]!.rows.total).toEqual(total);
    expect(r.unplaced).toEqual([]);
  });

  it('人员经费/公用经费 have no cell: listed with that reason, the 基本支出 they split is placed', () => {
    const r = load([
      '2022年度某单位整体支出绩效自评报告',
      '一、一般公共预算支出情况',
      '本年支出合计30万元，其中基本支出20万元（其中人员经费15万元，公用经费5万元），项目支出10万元。',
    ]);
    expect(r.draft.budget[0]!.rows).toMatchObject({ total: { expenditure: '30' }, basic: { expenditure: '20' }, project: { expenditure: '10' } });
    expect(unplacedOf(r, '15万元')[0]).toContain('草稿没有人员经费栏目');
  });
});

describe('what cannot be placed is listed with the reason', () => {
  it('two different values for one cell: neither is placed, both are listed', () => {
    const r = load([
      '2022年度某单位整体支出绩效自评报告',
      '一、一般公共预算支出情况',
      '2022年本年支出88.40万元，主要用于人员工资。',
      '二、部门整体支出绩效情况',
      '全年本年支出合计89.40万元，较好完成了年度任务。',
    ]);
    expect(r.draft.budget.find((b) => b.budgetType === 'general')).toBeUndefined();
    expect(unplacedOf(r, '88.40万元')[0]).toContain('两处数值不同（一般公共预算 · 合计 · 本年支出：88.4 / 89.4 万元）');
    expect(unplacedOf(r, '89.40万元')[0]).toContain('两处数值不同');
  });

  it('the same value stated twice is placed once per sentence, no clash', () => {
    const r = load(['2022年度某单位整体支出绩效自评报告', '一、一般公共预算支出情况', '本年支出合计12.5万元。', '二、绩效情况', '全年支出12.50万元。']);
    expect(r.draft.budget[0]!.rows.total?.expenditure).toBe('12.5');
    expect(r.unplaced).toEqual([]);
  });

  it('a figure stated against a full budget statement with another value is a clash', () => {
    const r = load([
      '2022年度某单位整体支出绩效自评报告',
      '一、一般公共预算支出情况',
      '本单位一般公共预算财政拨款年初结转和结余0万元，本年收入50万元，本年支出50万元，年末结转和结余0万元。',
      '二、绩效情况',
      '本年一般公共预算支出52万元。',
    ]);
    expect(r.draft.budget[0]!.rows.total).toEqual({ opening: '0', income: '50', expenditure: '50', closing: '0' });
    expect(unplacedOf(r, '52万元')[0]).toContain('两处数值不同（一般公共预算 · 合计 · 本年支出：另处写为 50 万元）');
  });

  it('an unknown label in a budget section is listed as such', () => {
    const r = load(['2022年度某单位整体支出绩效自评报告', '一、一般公共预算支出情况', '本年支出40万元，调整追加6万元。']);
    expect(r.draft.budget[0]!.rows.total?.expenditure).toBe('40');
    expect(unplacedOf(r, '6万元')[0]).toContain('未知标签“调整追加”，没有对应栏目');
  });
});

describe('a report stating one cell with many different values', () => {
  // 400 lines each giving a different 一般公共预算支出: every figure is left out, and each reason stays
  // short (it listed every value, so the preview grew with the square of the lines)
  const lines = ['2022年度某某县妇联部门整体支出绩效自评报告', '二、一般公共预算支出情况'];
  for (let i = 1; i <= 400; i++) lines.push(`（${i}）一般公共预算支出${i}万元。`);
  const r = load(lines, 2022);

  it('leaves every one out with the first few values and the count', () => {
    const left = r.unplaced.filter((u) => u.includes('多处数值不同'));
    expect(left).toHaveLength(400);
    expect(left[0]).toContain('多处数值不同（一般公共预算 · 合计 · 本年支出：1 / 2 / 3 / 4 / 5 / … 万元，共 400 个不同数值）');
    expect(Math.max(...r.unplaced.map((u) => u.length))).toBeLessThan(300);
  });

  it('still names both values when two lines disagree', () => {
    const two = load(['二、一般公共预算支出情况', '一般公共预算支出10万元。', '一般公共预算支出12万元。'], 2022);
    expect(two.unplaced.join('\n')).toContain('两处数值不同（一般公共预算 · 合计 · 本年支出：10 / 12 万元）');
  });
});

describe('the unit profile: who counts as 在职', () => {
  it('实有人数 of everyone gives way to the 在职 figure of its 其中 list; retired read too', () => {
    const r = load([
      '2024年度某某县档案馆部门整体支出绩效自评报告',
      '一、部门基本情况',
      '本单位编制人数9人，实有人数12人，其中：在职人员8人，离休人员0人，退休人员4人。',
    ]);
    expect(r.draft.profile).toMatchObject({ authorizedPosts: 9, staffActual: 8, retired: 4 });
  });

  it('a 实有在职 figure stays when a later clause repeats it or names another group', () => {
    const r = load(['2024年度某某县档案馆部门整体支出绩效自评报告', '一、部门基本情况', '编制数9人，实有在职人员8人，其中在编人员8人；退休人员4人。']);
    expect(r.draft.profile).toMatchObject({ authorizedPosts: 9, staffActual: 8, retired: 4 });
  });
});

describe('a named item’s bare 预算数 / 执行数 in a whole-unit report', () => {
  const head = ['2024年度某某县林业站部门整体支出绩效自评报告', '一、部门基本情况', '本单位编制数6人。', '二、部门整体支出情况'];
  it('are that item’s, listed with the reason — not the unit’s 年度资金总额', () => {
    for (const line of ['森林防火经费，预算数28万元，执行数25.6万元。', '森林防火经费    执行数    25.60万元    预算数    28.00万元']) {
      const r = load([...head, line]);
      expect(r.draft.budgetLines).toEqual([]);
      expect(r.unplaced.filter((u) => u.includes('“森林防火经费”这一项')).length).toBeGreaterThan(0);
    }
  });
  it('the unit’s own money (财政拨款资金, 年度资金总额) still fills the line', () => {
    const r = load([...head, '年度资金总额，预算数128万元，执行数125.6万元。']);
    expect(r.draft.budgetLines).toContainEqual(expect.objectContaining({ key: 'total', initial: '128', executed: '125.6' }));
  });
});
