// Tab progress counts what the checklist asks for per editor tab; the submit list is its unfilled part.
import { describe, expect, it } from 'vitest';
import { checklistOf, completenessOf } from '../../../../src/domain/completeness.js';
import { framework, group, leaf } from '../../../../src/domain/frameworks/build.js';
import { defaultSections } from '../../../../src/domain/report/default-sections.js';
import type { Evaluation, NarrativeSection } from '../../../../src/domain/types.js';
import type { Content } from './content.js';
import { editorProgress } from './progress.js';

const fw = framework('t', '测试体系', 'departmentWide', [
  group('1', '产出', '100', [
    leaf('1.1', '培训人数', '人', '>=', '60'),
    leaf('1.2', '无安全事故', null, 'yesNo', '20'),
    leaf('1.3', '预算执行率', '%', '>=', '20', undefined, { kind: 'budgetExecution' }),
  ]),
]);
const section = (key: string, kind: NarrativeSection['kind'], paragraphs: string[], parentKey: string | null = null): NarrativeSection => ({
  key,
  parentKey,
  order: Number(key.replace('.', '')),
  kind,
  numbering: null,
  title: `节${key}`,
  runIn: false,
  paragraphs,
  indicatorCode: null,
  figures: [],
});
const content: Content = {
  title: 'T',
  reportDate: '2023-07-18',
  profile: { authorizedPosts: 5, staffActual: null, retired: 3, departments: [], duties: ['宣传'], intro: null },
  budget: [
    { budgetType: 'general', noActivity: false, rows: { total: { opening: '0', income: '10', expenditure: '9', closing: '1' } } },
    { budgetType: 'governmentFund', noActivity: true, rows: {} },
  ],
  budgetLines: [],
  threePublic: [],
  indicators: [{ indicatorCode: '1.1', target: '100', actual: '80', score: null, deviationReason: null, applicable: true, achievement: null }],
  keyProjects: [],
  sections: [
    section('1', 'profile', ['概况']),
    section('2', 'budget', []),
    section('6', 'performance', []),
    section('6.1', 'performance', ['成效'], '6'),
    section('6.2', 'performance', [''], '6'),
    section('7', 'problems', ['问题']),
    section('9', 'publication', [' ']),
  ],
};

describe('progress per editor tab', () => {
  it('counts filled / asked per tab (a section with sub-sections is not asked; computed indicators do not count)', () => {
    expect(editorProgress(fw, content)).toEqual({
      profile: { filled: 3, total: 4 }, // date, 编制, 在职 (empty), 职责; section 1 is written from the profile, not asked
      budget: { filled: 2, total: 4 }, // general filled, governmentFund 无支出, two types missing; the budget section is written from the figures
      indicators: { filled: 2, total: 5 }, // 1.1 actual+target; 1.1 missed → reason asked (empty); 1.2 actual (yes/no: no target); 1.3 computed, its target
      performance: { filled: 2, total: 3 }, // chapter 6 (required: written through 6.1), 6.1, 6.2 (empty)
      problems: { filled: 1, total: 2 }, // 7; 下一步改进措施 (required) is missing
      publication: { filled: 0, total: 1 },
    });
  });

  it('基本情况 does not ask for the sections the report writes from a profile (机构、人员构成, 主要职责)', () => {
    const outline = defaultSections({ outline: 'departmentWide', keyProjects: [] } as unknown as Evaluation);
    const filled: Content = {
      ...content,
      profile: { authorizedPosts: 5, staffActual: 5, retired: 3, departments: [], duties: ['宣传'], intro: null },
      sections: outline,
    };
    // date, 编制, 在职, 职责: all filled (it read 4/6, the two generated sections counted as 正文为空)
    expect(editorProgress(fw, filled).profile).toEqual({ filled: 4, total: 4 });
    expect(completenessOf(fw, filled).filter((i) => i.area === 'sections' && !i.blocking)).toEqual([]);
    // no profile: nothing writes them, so they are asked for
    const none = editorProgress(fw, { ...filled, profile: null }).profile;
    expect(none).toEqual({ filled: 1, total: 4 }); // date; 基本情况未填; 机构、人员构成 and 主要职责 empty
  });

  it('公开 of a new 自评 reads 0/1: 其他需要说明的情况 still holding its pre-set “无” counts neither way', () => {
    const outline = defaultSections({ outline: 'departmentWide', keyProjects: [] } as unknown as Evaluation);
    const blank: Content = { ...content, sections: outline };
    expect(editorProgress(fw, blank).publication).toEqual({ filled: 0, total: 1 }); // it read 1/2 before anything was typed
    const publication = outline.find((s) => s.kind === 'publication')!;
    const written = outline.map((s) => (s === publication ? { ...s, paragraphs: ['结果用于下年预算安排。'] } : s));
    expect(editorProgress(fw, { ...blank, sections: written }).publication).toEqual({ filled: 1, total: 1 });
    // emptied, it is asked again (the report would print a bare heading); written, it counts as filled
    const other = (paragraphs: string[]) => ({ ...blank, sections: written.map((s) => (s.kind === 'other' ? { ...s, paragraphs } : s)) });
    expect(editorProgress(fw, other([])).publication).toEqual({ filled: 1, total: 2 });
    expect(editorProgress(fw, other(['本年度无其他事项需说明，项目资金由市财政统一列支。'])).publication).toEqual({ filled: 2, total: 2 });
    // another chapter of kind other (an imported heading) is still asked
    const extra = [...outline, section('11', 'other', [''])];
    expect(editorProgress(fw, { ...blank, sections: extra }).publication).toEqual({ filled: 0, total: 2 });
  });

  it('the submit list is exactly the unfilled checklist items', () => {
    const unfilled = checklistOf(fw, content)
      .filter((i) => !i.filled)
      .map((i) => i.key);
    // blocking items first (the required chapters: 八 missing, 9 blank), then the rest in checklist order
    const blocking = completenessOf(fw, content).filter((i) => i.blocking);
    expect(blocking.map((i) => i.key)).toEqual(['section:missing:measures', 'section:9']);
    expect(completenessOf(fw, content).map((i) => i.key)).toEqual([
      ...blocking.map((i) => i.key),
      ...unfilled.filter((k) => !blocking.some((b) => b.key === k)),
    ]);
    expect([...unfilled].sort()).toEqual(
      completenessOf(fw, content)
        .map((i) => i.key)
        .sort(),
    );
    expect(unfilled).toContain('profile:staffActual');
    expect(unfilled).toContain('indicator:1.1:deviationReason');
    expect(unfilled).not.toContain('indicator:1.2:target');
  });
});
