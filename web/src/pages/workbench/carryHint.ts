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
