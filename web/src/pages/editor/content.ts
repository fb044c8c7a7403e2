// The editable part of an Evaluation (what PUT /api/evaluations/:id takes), and a field diff of two
// versions used by the conflict dialog.
import type { Evaluation } from '../../api.js';

export type Content = Pick<Evaluation, 'title' | 'reportDate' | 'profile' | 'budget' | 'budgetLines' | 'threePublic' | 'indicators' | 'keyProjects' | 'sections'>;

export function contentOf(e: Evaluation): Content {
  const { title, reportDate, profile, budget, budgetLines, threePublic, indicators, keyProjects, sections } = e;
  return { title, reportDate, profile, budget, budgetLines, threePublic, indicators, keyProjects, sections };
}

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
