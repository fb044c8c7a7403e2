// Completion rates of a key project's measures as data (issue 14): actual ÷ target × 100, half-up
// to 2 decimals, null without a target. Used by the export and the web.
import { rate } from './rollup.js';
import type { KeyProject, KeyProjectMeasure } from './types.js';

export type RatedMeasure = KeyProjectMeasure & { rate: string | null };
export type RatedKeyProject = Omit<KeyProject, 'measures'> & { rate: string | null; measures: RatedMeasure[] };

export function withRates(p: KeyProject): RatedKeyProject {
  return {
    ...p,
    rate: rate(p.actual, p.target),
    measures: (p.measures ?? []).map((m) => ({ ...m, rate: rate(m.actual, m.target) })),
  };
}
