// The editable content of an evaluation (everything but identity, status and version): what a save
// sends, what the audit log diffs, what a conflict compares. The field list lives only here.
import type { Evaluation } from './types.js';

export const CONTENT_FIELDS = ['title', 'reportDate', 'profile', 'budget', 'budgetLines', 'threePublic', 'indicators', 'keyProjects', 'sections'] as const;
export type ContentField = (typeof CONTENT_FIELDS)[number];
export type EvaluationContent = Pick<Evaluation, ContentField>;

/** The content part of an evaluation (a fresh object; the values are shared, not copied). */
export function contentOf(e: EvaluationContent): EvaluationContent {
  const out = {} as Record<ContentField, unknown>;
  for (const f of CONTENT_FIELDS) out[f] = e[f];
  return out as EvaluationContent;
}
