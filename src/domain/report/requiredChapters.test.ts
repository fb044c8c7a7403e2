// The editor gives a 部门整体 draft its missing required chapters, at their place in the outline.
import { describe, expect, it } from 'vitest';
import type { Evaluation, NarrativeSection } from '../types.js';
import { defaultSections } from './default-sections.js';
import { requiredChapters, withRequiredChapters } from './requiredChapters.js';

const outline = defaultSections({ outline: 'departmentWide', keyProjects: [] } as unknown as Evaluation);
const top = (sections: NarrativeSection[]) =>
  sections
    .filter((s) => s.parentKey === null)
    .sort((a, b) => a.order - b.order)
    .map((s) => `${s.numbering ?? ''}${s.title}`);

describe('withRequiredChapters', () => {
  it('names the four chapters of the 部门整体 outline; other outlines have none', () => {
    expect(requiredChapters('departmentWide').map((s) => s.kind)).toEqual(['performance', 'problems', 'measures', 'publication']);
    expect(requiredChapters('hunanProvincial')).toEqual([]);
    expect(requiredChapters('projectExpenditure')).toEqual([]);
  });

  it('no sections: the whole default outline; all there: unchanged', () => {
    expect(withRequiredChapters({ outline: 'departmentWide', keyProjects: [], sections: [] })).toEqual(outline);
    expect(withRequiredChapters({ outline: 'departmentWide', keyProjects: [], sections: outline })).toBe(outline);
    const provincial: NarrativeSection[] = [{ ...outline[0]!, kind: 'other', title: '各项指标完成情况' }];
    expect(withRequiredChapters({ outline: 'hunanProvincial', keyProjects: [], sections: provincial })).toBe(provincial);
  });

  it('a missing chapter goes in at its place, numbered, the chapters after it renumbered; text and keys kept', () => {
    const imported = outline.filter((s) => s.kind !== 'measures').map((s) => (s.kind === 'problems' ? { ...s, paragraphs: ['问题。'] } : s));
    const out = withRequiredChapters({ outline: 'departmentWide', keyProjects: [], sections: imported });
    expect(top(out).slice(5)).toEqual([
      '六、部门整体支出绩效情况',
      '七、存在的问题及原因分析',
      '八、下一步改进措施',
      '九、部门整体支出绩效自评结果拟应用和公开情况',
      '十、其他需要说明的情况',
    ]);
    expect(out.find((s) => s.kind === 'problems')?.paragraphs).toEqual(['问题。']);
    expect(new Set(out.map((s) => s.key)).size).toBe(out.length);
    expect(out.find((s) => s.kind === 'measures')).toMatchObject({ parentKey: null, paragraphs: [] });
  });
});
