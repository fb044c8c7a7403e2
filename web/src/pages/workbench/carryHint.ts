// What 新建自评 will carry over for a unit and year, from the unit's own evaluations (the server takes
// targets and key projects from last year's evaluation, the profile from the latest year before) and
// the year's approved 绩效目标 (they fill the targets whenever they exist).
import type { ET } from '../editor/i18n.js';

export type CarryHint =
  | { kind: 'unknown' } // no unit chosen yet, or its evaluations not loaded
  | { kind: 'lastYear'; year: number; approved?: number }
  | { kind: 'profileOnly'; lastYear: number; profileYear: number; approved?: number }
  | { kind: 'nothing'; approved?: number }
  | { kind: 'exists'; year: number }; // the server refuses a second one and offers to open it

/**
 * The hint for `year` given the unit's evaluations (the unit's own, not a project's 自评表) and whether
 * the unit has approved 绩效目标 for that year (`approved` then names the year).
 */
export function carryHint(evaluations: readonly { year: number; projectCode: string | null }[] | null, year: number, approvedTargets = false): CarryHint {
  if (!evaluations) return { kind: 'unknown' };
  if (evaluations.some((e) => e.projectCode === null && e.year === year)) return { kind: 'exists', year };
  const approved = approvedTargets ? { approved: year } : {};
  const years = evaluations.filter((e) => e.projectCode === null && e.year < year).map((e) => e.year);
  if (years.includes(year - 1)) return { kind: 'lastYear', year: year - 1, ...approved };
  if (years.length) return { kind: 'profileOnly', lastYear: year - 1, profileYear: Math.max(...years), ...approved };
  return { kind: 'nothing', ...approved };
}

/** The hint in words: what the new 自评 will really start with. */
export function carryHintText(hint: CarryHint, et: ET): string {
  switch (hint.kind) {
    case 'lastYear':
      return hint.approved ? et('new.carryHintApproved', { year: hint.year, targetYear: hint.approved }) : et('new.carryHint', { year: hint.year });
    case 'profileOnly':
      return hint.approved
        ? et('new.carryProfileOnlyApproved', { year: hint.lastYear, profileYear: hint.profileYear, targetYear: hint.approved })
        : et('new.carryProfileOnly', { year: hint.lastYear, profileYear: hint.profileYear, targetYear: hint.lastYear + 1 });
    case 'nothing':
      return hint.approved ? et('new.carryNothingApproved', { targetYear: hint.approved }) : et('new.carryNothing');
    case 'exists':
      return et('new.carryExists', { year: hint.year });
    case 'unknown':
      return et('new.carryMaybe');
  }
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
