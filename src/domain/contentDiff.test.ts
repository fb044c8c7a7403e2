import { describe, expect, it } from 'vitest';
import type { EvaluationContent } from './content.js';
import { changedTables, diffContent, isUnchanged, projectsToEnsure, storedContent, touchesRollups } from './contentDiff.js';

const base = (): EvaluationContent => ({
  title: '某县妇联2024年度整体支出绩效自评报告',
  reportDate: '2025-03-01',
  profile: { authorizedPosts: 5, staffActual: 4, retired: 2, departments: ['办公室'], duties: ['一是团结教育妇女'], intro: null },
  budget: [
    {
      budgetType: 'governmentFund',
      noActivity: true,
      rows: {},
    },
    {
      budgetType: 'general',
      noActivity: false,
      rows: {
        basic: { opening: '0', income: '80.50', expenditure: '80.5', closing: '0' },
        total: { opening: '1.00', income: '120', expenditure: '118', closing: '3' },
      },
    },
  ],
  budgetLines: [
    { key: 'total', label: '年度资金总额', initial: '100', adjusted: '120.0', executed: '118' },
    { key: 'fiscal', label: '其中：本年财政拨款', initial: '100', adjusted: '120', executed: null },
  ],
  threePublic: [
    { item: 'overseas', budget: '0', actual: '0' },
    { item: 'total', budget: '2.40', actual: '2.1' },
  ],
  indicators: [
    { indicatorCode: 'B10', target: '≥95%', actual: '96%', score: '5.00', deviationReason: null, applicable: true, achievement: null },
    { indicatorCode: 'B2', target: '10', actual: '9', score: null, deviationReason: '天气原因', applicable: true, achievement: null, sample: false },
  ],
  keyProjects: [
    {
      code: 'zz',
      name: '儿童之家',
      measure: '个数',
      unitOfMeasure: '个',
      target: '12',
      actual: '12.0',
      note: null,
      funding: [{ category: '建设经费', source: 'county', label: '县级', amount: '6.50' }],
      measures: [{ key: 'kids', name: '服务儿童', unitOfMeasure: '人', kind: 'count', target: '300', actual: '320' }],
    },
    { code: 'liangai', name: '两癌检查', measure: '检查人数', unitOfMeasure: '人', target: '1000', actual: '1040', note: '超额', funding: [] },
  ],
  sections: [
    {
      key: '10',
      parentKey: null,
      order: 10,
      kind: 'problems',
      numbering: '三、',
      title: '存在的问题',
      runIn: false,
      paragraphs: ['资金到位较晚。'],
      indicatorCode: null,
      figures: [],
    },
    {
      key: '2',
      parentKey: null,
      order: 2,
      kind: 'budget',
      numbering: '二、',
      title: '预算执行',
      runIn: false,
      paragraphs: ['全年支出118万元。'],
      indicatorCode: null,
      figures: [{ paragraph: 0, text: '118万元', occurrence: 0, ref: { kind: 'budget', budgetType: 'general', row: 'total', figure: 'expenditure' } }],
    },
  ],
});

describe('storedContent', () => {
  it('puts content in the form a load reads it back in', () => {
    const s = storedContent(base());
    expect(s.budget.map((a) => a.budgetType)).toEqual(['general', 'governmentFund']);
    expect(s.budget[0]!.rows).toEqual({
      total: { opening: '1', income: '120', expenditure: '118', closing: '3' },
      basic: { opening: '0', income: '80.5', expenditure: '80.5', closing: '0' },
    });
    expect(s.budgetLines[0]!.adjusted).toBe('120');
    expect(s.threePublic).toEqual([
      { item: 'total', budget: '2.4', actual: '2.1' },
      { item: 'overseas', budget: '0', actual: '0' },
    ]);
    expect(s.indicators.map((v) => v.indicatorCode)).toEqual(['B2', 'B10']);
    expect(s.indicators[1]!.score).toBe('5');
    expect('sample' in s.indicators[0]!).toBe(false);
    expect(s.keyProjects.map((k) => k.code)).toEqual(['liangai', 'zz']);
    expect(s.keyProjects[1]!.actual).toBe('12');
    expect(s.keyProjects[0]!.measures).toEqual([]);
    expect(s.sections.map((x) => x.key)).toEqual(['2', '10']);
    expect(storedContent(s)).toEqual(s); // idempotent
  });
});

describe('diffContent', () => {
  const stored = storedContent(base());

  it('finds nothing between a content and itself, whatever its spelling of numbers', () => {
    const again = base();
    again.budget[1]!.rows.basic!.income = '80.5000';
    again.threePublic.reverse();
    const d = diffContent(stored, storedContent(again));
    expect(isUnchanged(d)).toBe(true);
    expect(touchesRollups(d, stored)).toBe(false);
  });

  it('names only the changed budget row', () => {
    const c = base();
    c.budget[1]!.rows.basic!.income = '81.5';
    const d = diffContent(stored, storedContent(c));
    expect(changedTables(d)).toEqual(['budgetRows']);
    expect(d.budgetRows.upsert).toEqual([{ budgetType: 'general', rowClass: 'basic', opening: '0', income: '81.5', expenditure: '80.5', closing: '0' }]);
    expect(d.budgetRows.remove).toEqual([]);
    expect(d.header).toBeNull();
    expect(touchesRollups(d, stored)).toBe(true);
  });

  it('a paragraph edit writes its section only and rolls nothing up', () => {
    const c = base();
    c.sections[0]!.paragraphs = ['资金到位较晚，已督促。'];
    const d = diffContent(stored, storedContent(c));
    expect(changedTables(d)).toEqual(['sections']);
    expect(d.sections.upsert.map((s) => s.key)).toEqual(['10']);
    expect(touchesRollups(d, stored)).toBe(false);
  });

  it('removes what is gone: a section with its figure links, a budget type with its rows, a key project with its funding and measures', () => {
    const c = base();
    c.sections = c.sections.filter((s) => s.key !== '2');
    c.budget = c.budget.filter((b) => b.budgetType !== 'general');
    c.keyProjects = c.keyProjects.filter((k) => k.code !== 'zz');
    const d = diffContent(stored, storedContent(c));
    expect(d.sections.remove.map((s) => s.key)).toEqual(['2']);
    expect(d.figureLinks.remove).toEqual([expect.objectContaining({ sectionKey: '2', ord: 0 })]);
    expect(d.budgetTypes.remove.map((b) => b.budgetType)).toEqual(['general']);
    expect(d.budgetRows.remove.map((r) => r.rowClass).sort()).toEqual(['basic', 'total']);
    expect(d.projectValues.remove.map((r) => r.code)).toEqual(['zz']);
    expect(d.projectFunding.remove).toHaveLength(1);
    expect(d.projectMeasures.remove).toHaveLength(1);
    expect(changedTables(d).every((t) => d[t].upsert.length === 0)).toBe(true);
    expect(projectsToEnsure(d, stored, storedContent(c)).map((p) => p.code)).toEqual(['zz']);
  });

  it('a budget line moved down rewrites the lines whose order changed', () => {
    const c = base();
    c.budgetLines.reverse();
    const d = diffContent(stored, storedContent(c));
    expect(d.budgetLines.upsert.map((l) => [l.key, l.ord])).toEqual([
      ['fiscal', 0],
      ['total', 1],
    ]);
    expect(d.budgetLines.remove).toEqual([]);
  });

  it('an indicator deviation reason is written but rolls nothing up; its actual does', () => {
    const reason = base();
    reason.indicators[1]!.deviationReason = '人员不足';
    const d1 = diffContent(stored, storedContent(reason));
    expect(d1.indicators.upsert.map((v) => v.indicatorCode)).toEqual(['B2']);
    expect(touchesRollups(d1, stored)).toBe(false);
    const actual = base();
    actual.indicators[1]!.actual = '10';
    expect(touchesRollups(diffContent(stored, storedContent(actual)), stored)).toBe(true);
  });

  it('header and profile changes are reported apart from the tables', () => {
    const c = base();
    c.title = '新标题';
    c.profile = { ...c.profile!, staffActual: 5 };
    const d = diffContent(stored, storedContent(c));
    expect(d.header).toEqual({ title: '新标题', reportDate: '2025-03-01' });
    expect(d.profile?.set?.staffActual).toBe(5);
    expect(changedTables(d)).toEqual([]);
    c.profile = null;
    expect(diffContent(stored, storedContent(c)).profile).toEqual({ set: null });
  });

  it('a new key project is written whole and must be found or created', () => {
    const c = base();
    c.keyProjects.push({ code: 'new', name: '新项目', measure: '场次', unitOfMeasure: '场', target: '3', actual: null, note: null, funding: [] });
    const after = storedContent(c);
    const d = diffContent(stored, after);
    expect(d.projectValues.upsert).toEqual([{ code: 'new', target: '3', actual: null, note: null, name: '新项目' }]);
    expect(projectsToEnsure(d, stored, after)).toEqual([{ code: 'new', name: '新项目', measure: '场次', unitOfMeasure: '场' }]);
  });

  it('refuses two rows with one key rather than writing one of them', () => {
    const c = base();
    c.threePublic.push({ item: 'total', budget: '9', actual: '9' });
    expect(() => diffContent(stored, storedContent(c))).toThrow(/duplicate threePublic/);
  });
});
