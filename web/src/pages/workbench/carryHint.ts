// What 新建自评 will carry over for a unit and year, from the unit's own evaluations (the server takes
// targets and key projects from last year's evaluation, the profile from the latest year before).

export type CarryHint =
  | { kind: 'unknown' } // no unit chosen yet, or its evaluations not loaded
  | { kind: 'lastYear'; year: number }
  | { kind: 'profileOnly'; lastYear: number; profileYear: number }
  | { kind: 'nothing' }
  | { kind: 'exists'; year: number }; // the server refuses a second one and offers to open it

/** The hint for `year` given the unit's evaluations (the unit's own, not a project's 自评表). */
export function carryHint(evaluations: readonly { year: number; projectCode: string | null }[] | null, year: number): CarryHint {
  if (!evaluations) return { kind: 'unknown' };
  if (evaluations.some((e) => e.projectCode === null && e.year === year)) return { kind: 'exists', year };
  const years = evaluations.filter((e) => e.projectCode === null && e.year < year).map((e) => e.year);
  if (years.includes(year - 1)) return { kind: 'lastYear', year: year - 1 };
  if (years.length) return { kind: 'profileOnly', lastYear: year - 1, profileYear: Math.max(...years) };
  return { kind: 'nothing' };
}

/**
 * The year 新建自评 offers: the year shown, unless every unit the filler fills already has its 自评 of
 * that year (the demo's county with only an approved 2021 was offered 2021, then refused); then the year
 * after, up to `latest`.
 */
export function newEvaluationYear(
  shown: number,
  fillerUnits: readonly string[],
  mine: readonly { unitId: string; year: number; projectCode: string | null }[],
  latest: number,
): number {
  const done = new Set(mine.filter((e) => e.projectCode === null && e.year === shown).map((e) => e.unitId));
  return fillerUnits.length > 0 && fillerUnits.every((u) => done.has(u)) ? Math.min(shown + 1, latest) : shown;
}
