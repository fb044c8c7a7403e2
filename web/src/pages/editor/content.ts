// The editable part of an Evaluation (what PUT /api/evaluations/:id takes), and a field diff of two
// versions used by the conflict dialog.
import { contentOf, type EvaluationContent } from '../../../../src/domain/content.js';
import { diffEvaluations } from '../../../../src/domain/diff.js';
import { withRequiredChapters } from '../../../../src/domain/report/requiredChapters.js';
import type { Evaluation } from '../../../../src/domain/types.js';
import { isEditable } from '../../../../src/domain/workflow.js';

export type Content = EvaluationContent;
export { contentOf };

/** What the editor edits: an editable 部门整体 report gets the outline's missing required chapters
 *  (all of it when none is stored), empty, so its filler has somewhere to write them; saved with the first edit. */
export const editableContentOf = (e: Evaluation): Content => {
  const c = contentOf(e);
  return isEditable(e.status) ? { ...c, sections: withRequiredChapters(e) } : c;
};

export interface FieldDifference {
  path: string;
  mine: unknown;
  theirs: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Every leaf where the two values differ, with a dotted path ("budget.0.rows.basic.expenditure"). */
export function diffValues(mine: unknown, theirs: unknown, path = '', out: FieldDifference[] = []): FieldDifference[] {
  if (Object.is(mine, theirs)) return out;
  if (isObject(mine) && isObject(theirs) && Array.isArray(mine) === Array.isArray(theirs)) {
    const keys = new Set([...Object.keys(mine), ...Object.keys(theirs)]);
    for (const k of keys) diffValues(mine[k], theirs[k], path ? `${path}.${k}` : k, out);
    return out;
  }
  out.push({ path, mine, theirs });
  return out;
}

export const show = (v: unknown): string => (v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

export interface ConflictRow {
  path: string;
  /** 基本情况 · 编制数, as the reviewer's diff names it; the path when no label covers it. */
  label: string;
  mine: string | null;
  theirs: string | null;
}

/** The conflict dialog's rows: labelled as the reviewer's diff is; a part of the content the labelled
 *  diff does not cover still shows, under its path, so the list stays complete. */
export function conflictRows(mine: Content, theirs: Content): ConflictRow[] {
  const rows: ConflictRow[] = diffEvaluations(theirs, mine).map((c) => ({ path: c.path, label: c.label, mine: c.after, theirs: c.before }));
  const covered = new Set(rows.map((r) => r.path.split('.')[0]));
  for (const d of diffValues(mine, theirs)) {
    if (!covered.has(d.path.split('.')[0])) rows.push({ path: d.path, label: d.path, mine: show(d.mine), theirs: show(d.theirs) });
  }
  return rows;
}
