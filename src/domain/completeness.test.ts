// The report outline's required chapters (六 绩效情况, 七 问题, 八 措施, 九 公开) in the submit
// check: missing or empty blocks 提交, naming the chapter; written (in the chapter or a sub-section) does not.
import { describe, expect, it } from 'vitest';
import { blockingOf, completenessOf, emptyChaptersOf, type CompletenessContent } from './completeness.js';
import { framework, group, leaf } from './frameworks/build.js';
import { defaultSections } from './report/default-sections.js';
import type { Evaluation, NarrativeSection } from './types.js';

const fw = framework('t', '测试体系', 'departmentWide', [group('1', '产出', '100', [leaf('1.1', '培训人数', '人', '>=', '100')])]);
const projectFw = framework('p', '项目体系', 'projectExpenditure', [group('1', '产出', '100', [leaf('1.1', '培训人数', '人', '>=', '100')])]);

const outline = defaultSections({ outline: 'departmentWide', keyProjects: [] } as unknown as Evaluation);
const write = (sections: NarrativeSection[], texts: Record<string, string>): NarrativeSection[] =>
  sections.map((s) => (texts[s.key] !== undefined ? { ...s, paragraphs: [texts[s.key]!] } : s));
const ALL = { '6': '全年完成培训120人次。', '7': '宣传覆盖面仍不够广。', '8': '扩大线上宣传。', '9': '结果在门户网站公开。' };

const content = (sections: NarrativeSection[], extra: Partial<CompletenessContent> = {}): CompletenessContent => ({
  reportDate: '2023-07-18',
  profile: null,
  budget: [],
  budgetLines: [],
  threePublic: [],
  indicators: [],
  keyProjects: [],
  sections,
  outline: 'departmentWide',
  ...extra,
});

describe('required chapters of the 部门整体 outline', () => {
  it('empty chapters 六–九 block 提交, each named with its number', () => {
    const blocking = blockingOf(fw, content(outline));
    expect(blocking.map((b) => b.label)).toEqual([
      '六、部门整体支出绩效情况：正文为空（报告必备章节），不能提交',
      '七、存在的问题及原因分析：正文为空（报告必备章节），不能提交',
      '八、下一步改进措施：正文为空（报告必备章节），不能提交',
      '九、部门整体支出绩效自评结果拟应用和公开情况：正文为空（报告必备章节），不能提交',
    ]);
    expect(blocking.map((b) => b.key)).toEqual(['section:6', 'section:7', 'section:8', 'section:9']);
    expect(blocking.every((b) => b.area === 'sections')).toBe(true);
    expect(emptyChaptersOf(fw, content(outline))).toEqual([
      '六、部门整体支出绩效情况',
      '七、存在的问题及原因分析',
      '八、下一步改进措施',
      '九、部门整体支出绩效自评结果拟应用和公开情况',
    ]);
  });

  it('written chapters do not block; one still empty does', () => {
    expect(blockingOf(fw, content(write(outline, ALL)))).toEqual([]);
    expect(emptyChaptersOf(fw, content(write(outline, { ...ALL, '8': '  ' })))).toEqual(['八、下一步改进措施']);
  });

  it('no sections stored: the default outline the report prints is asked for (the 示例 counties had none)', () => {
    expect(emptyChaptersOf(fw, content([]))).toHaveLength(4);
    expect(
      completenessOf(fw, content([]))
        .filter((i) => i.blocking)
        .map((i) => i.key),
    ).toEqual(['section:6', 'section:7', 'section:8', 'section:9']);
  });

  it('a missing chapter blocks, named by the outline', () => {
    const without = write(outline, ALL).filter((s) => s.kind !== 'measures');
    const items = blockingOf(fw, content(without));
    expect(items).toEqual([
      {
        area: 'sections',
        key: 'section:missing:measures',
        label: '报告缺少必备章节“八、下一步改进措施”，不能提交',
        labelEn: 'The report has no “八、下一步改进措施” chapter (required); required to submit',
        blocking: true,
      },
    ]);
  });

  it('look-alikes stay quiet: text in a sub-section writes the chapter; 其他 and data-written chapters are not required; other outlines ask nothing', () => {
    const withSub: NarrativeSection[] = [
      ...write(outline, { '7': '问题。', '8': '措施。', '9': '公开。' }),
      { ...outline.find((s) => s.key === '6')!, key: '6.1', parentKey: '6', numbering: '（一）', title: '履职效能', paragraphs: ['培训120人次。'] },
    ];
    expect(blockingOf(fw, content(withSub))).toEqual([]);
    const noOther = write(outline, ALL).map((s) => (s.kind === 'other' ? { ...s, paragraphs: [] } : s));
    expect(blockingOf(fw, content(noOther))).toEqual([]);
    expect(completenessOf(fw, content(noOther)).map((i) => i.key)).toContain('section:10'); // still listed, not blocking
    expect(blockingOf(fw, content([], { outline: 'hunanProvincial' }))).toEqual([]);
    expect(blockingOf(projectFw, content([], { outline: undefined }))).toEqual([]);
  });

  it('without an outline given, a 部门整体 framework means the 部门整体 outline (the editor’s tab progress)', () => {
    expect(emptyChaptersOf(fw, content(outline, { outline: undefined }))).toHaveLength(4);
  });
});

describe('an actual the rule cannot read', () => {
  const yesNo = framework('y', '测试体系', 'departmentWide', [
    group('1', '管理', '100', [leaf('1.1', '预决算信息公开', null, 'yesNo', '50'), leaf('1.2', '培训人数', '人', '>=', '50')]),
  ]);
  const value = (code: string, target: string | null, actual: string | null) => ({
    indicatorCode: code,
    target,
    actual,
    score: null,
    deviationReason: null,
    applicable: true,
    achievement: null,
  });
  const keys = (indicators: ReturnType<typeof value>[]) =>
    completenessOf(yesNo, content(write(outline, ALL), { indicators })).filter((i) => i.area === 'indicators');

  it('a 是/否 leaf given words it cannot read is named, with why (its score was missing with nothing listed)', () => {
    const items = keys([value('1.1', '是', '已在门户网站公开'), value('1.2', '100', '120')]);
    expect(items.map((i) => i.label)).toEqual(['指标 1.1 预决算信息公开：无法计分（是否类指标的实际完成值应为 是/否/有/无：“已在门户网站公开”）']);
    expect(items[0]!.blocking).toBe(false);
  });

  it('look-alikes: 是 is scored and not named; an empty actual is named once, as empty', () => {
    expect(keys([value('1.1', '是', '是'), value('1.2', '100', '120')])).toEqual([]);
    expect(keys([value('1.1', '是', null), value('1.2', '100', '120')]).map((i) => i.key)).toEqual(['indicator:1.1:actual']);
  });
});
