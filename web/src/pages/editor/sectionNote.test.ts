// “本部分暂无内容” only where a part has nothing: the read-only 基本情况 tab said it under filled-in
// profile fields (no profile sections stored), and under each heading whose text is made from data.
import { describe, expect, it } from 'vitest';
import { defaultSections } from '../../../../src/domain/report/default-sections.js';
import type { Evaluation, UnitProfile } from '../../../../src/domain/types.js';
import { sectionNote, tabIsEmpty } from './sectionNote.js';

const outline = defaultSections({ outline: 'departmentWide', keyProjects: [] } as unknown as Evaluation);
const profile: UnitProfile = { authorizedPosts: 5, staffActual: 5, retired: 2, departments: ['办公室'], duties: ['示例：联系妇女群众。'], intro: null };
const at = (key: string) => outline.find((s) => s.key === key)!;

describe('the empty notice of sections', () => {
  it('the 基本情况 tab with its fields is never empty for want of sections; a sections-only tab with none is', () => {
    expect(tabIsEmpty([], true)).toBe(false);
    expect(tabIsEmpty([], false)).toBe(true);
    expect(tabIsEmpty([at('6')], false)).toBe(false);
  });

  it('a heading with sub-sections says nothing; 机构、人员构成 and 主要职责 say they come from the profile', () => {
    expect(sectionNote(at('1'), outline, profile)).toBeNull();
    expect(sectionNote(at('1.1'), outline, profile)).toBe('fromProfile');
    expect(sectionNote(at('1.2'), outline, profile)).toBe('fromProfile');
  });

  it('an empty narrative chapter, or a profile section with no profile, is empty; written text says nothing', () => {
    expect(sectionNote(at('6'), outline, profile)).toBe('empty');
    expect(sectionNote(at('1.1'), outline, null)).toBe('empty');
    expect(sectionNote({ ...at('6'), paragraphs: ['成效。'] }, outline, profile)).toBeNull();
    expect(sectionNote(at('10'), outline, profile)).toBeNull(); // 其他: “无”
  });
});
