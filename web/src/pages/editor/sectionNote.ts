// What a section card says when it has no paragraphs of its own, and whether a tab of sections is
// empty at all. “本部分暂无内容” is said only where there is really nothing: a heading whose text is
// its sub-sections says nothing, and 机构、人员构成 / 主要职责 are printed from the profile fields
// above them (report/build.ts), so they say so.
import { writtenFromProfile } from '../../../../src/domain/completeness.js';
import type { NarrativeSection, UnitProfile } from '../../../../src/domain/types.js';

export type SectionNote = 'empty' | 'fromProfile' | null;

export function sectionNote(s: NarrativeSection, all: readonly NarrativeSection[], profile: UnitProfile | null): SectionNote {
  if (s.paragraphs.length > 0) return null;
  if (all.some((c) => c.parentKey === s.key)) return null;
  if (writtenFromProfile(s, profile)) return 'fromProfile';
  return 'empty';
}

/** A tab of sections shows “本部分暂无内容” only when it holds no section and nothing else is on it (the 基本情况 tab has its fields). */
export const tabIsEmpty = (sections: readonly NarrativeSection[], hasOtherContent: boolean): boolean => sections.length === 0 && !hasOtherContent;
