// An indicator value with nothing entered but what the test sets.
import { emptyIndicatorValue } from '../../src/domain/indicators/emptyValue.js';
import { REQUIRED_CHAPTER_KINDS } from '../../src/domain/report/requiredChapters.js';
import type { NarrativeSection } from '../../src/domain/types.js';
export { emptyIndicatorValue as indicatorValue };

/** Every leaf of an indicator table marked 不适用: the total is then 0.00, not "—", so a workflow test may 公开 without filling a year. */
export const noneApplicable = (rows: { code: string; leaf: boolean }[]) =>
  rows.filter((r) => r.leaf).map((r) => emptyIndicatorValue(r.code, { applicable: false }));

/** The sections with each required chapter of the outline (六–九) written in a line of test text: a
 *  new 自评's chapters are empty, and empty required chapters block 提交. */
export const writtenChapters = (sections: NarrativeSection[]): NarrativeSection[] =>
  sections.map((s) => (s.parentKey === null && REQUIRED_CHAPTER_KINDS.includes(s.kind) ? { ...s, paragraphs: [`测试：${s.title}已填写。`] } : s));
