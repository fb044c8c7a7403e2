import type { RelationsKey } from './relations.zh.js';

export const relationsEn: Record<RelationsKey, string> = {
  'rel.title': 'Relations between figures',
  'rel.summary': 'Checked {n} relations between figures: {error} errors, {rounding} rounding differences, {unsure} undecided',
  'rel.problems': 'Problems found',
  'rel.noProblems': 'Every relation checked holds',
  'rel.checked': 'Relations checked',
  'rel.none': 'No relations between figures were found to check',
  'rel.filter': 'Filter by verdict',
  'rel.all': 'All',
  'rel.verdict.error': 'Error',
  'rel.verdict.rounding': 'Rounding',
  'rel.verdict.ok': 'Holds',
  'rel.verdict.unsure': 'Undecided',
  'rel.stated': 'stated {v}',
  'rel.computed': 'computed {v}',
  'rel.reason': 'Why: {r}',
  'rel.line': 'line {n}',
  'rel.paragraph': '{section}, paragraph {n}',
  'rel.omitted': '{n} more relations are not listed (the counts include them)',
  'rel.figures': 'Figures used',
  'rel.goto': 'Go to',
};
