// How the year-end 自评 reads its targets (issue 15 item 1): the targets approved with the budget
// (as changed by approved adjustment batches) replace whatever the 自评 holds, read-only, and a
// section says which targets were adjusted, so the report never disagrees with what was approved.
import type { Evaluation, IndicatorValue, NarrativeSection } from '../types.js';
import { adjustmentNotes, type ApprovedTarget } from './targets.js';
import { emptyIndicatorValue } from '../indicators/emptyValue.js';

// Section keys are numeric paths; 999 is far past any outline and is never stored (stripped on save).
export const ADJUSTMENT_SECTION_KEY = '999';
export const ADJUSTMENT_SECTION_TITLE = '绩效目标调整情况';

const blankValue = (code: string, target: string | null): IndicatorValue => emptyIndicatorValue(code, { target });

/** The indicator rows with their targets taken from the approved ones (rows added where missing). */
export function withApprovedTargetValues(values: IndicatorValue[], approved: ApprovedTarget[]): IndicatorValue[] {
  const byCode = new Map(approved.map((a) => [a.indicatorCode, a.value]));
  const out = values.map((v) => (byCode.has(v.indicatorCode) ? { ...v, target: byCode.get(v.indicatorCode) ?? null } : v));
  const present = new Set(values.map((v) => v.indicatorCode));
  for (const a of approved) if (!present.has(a.indicatorCode) && a.value !== null) out.push(blankValue(a.indicatorCode, a.value));
  return out;
}

/** The evaluation as read: approved targets in, and a section naming every adjusted target. */
export function applyApprovedTargets(e: Evaluation, approved: ApprovedTarget[], names: Map<string, string>): Evaluation {
  const notes = adjustmentNotes(approved, names);
  const sections = e.sections.filter((s) => s.key !== ADJUSTMENT_SECTION_KEY);
  if (notes.length) {
    const section: NarrativeSection = {
      key: ADJUSTMENT_SECTION_KEY,
      parentKey: null,
      order: Math.max(0, ...sections.filter((s) => s.parentKey === null).map((s) => s.order)) + 1,
      kind: 'other',
      numbering: null,
      title: ADJUSTMENT_SECTION_TITLE,
      runIn: false,
      paragraphs: [`本年度绩效目标经批准后调整${notes.length}项：${notes.join('；')}。`],
      indicatorCode: null,
      figures: [],
    };
    sections.push(section);
  }
  return { ...e, indicators: withApprovedTargetValues(e.indicators, approved), sections };
}
