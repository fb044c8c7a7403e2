// The editable part of an Evaluation (what PUT /api/evaluations/:id takes), and a field diff of two
// versions used by the conflict dialog.
import { contentOf, type EvaluationContent } from '../../../../src/domain/content.js';

export type Content = EvaluationContent;
export { contentOf };

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
