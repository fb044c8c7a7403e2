// What the checker had figures to work on: with nothing filled, "no problems found" would read as
// "all good" on an empty form, so the findings panel says what was checked and what is still empty.
import type { Content } from './content.js';

export type CheckArea = 'budget' | 'indicators' | 'keyProjects' | 'narrative';

export interface CheckScope {
  checked: CheckArea[];
  empty: CheckArea[];
}

const given = (v: string | null | undefined) => v !== null && v !== undefined && v.trim() !== '';

function has(c: Content, area: CheckArea): boolean {
  switch (area) {
    case 'budget':
      return (
        c.budget.some((a) => Object.values(a.rows).some((r) => r && Object.values(r).some(given))) ||
        c.budgetLines.some((l) => given(l.initial) || given(l.adjusted) || given(l.executed)) ||
        c.threePublic.some((l) => given(l.budget) || given(l.actual))
      );
    case 'indicators':
      // a target carried over from last year alone gives nothing to compare
      return c.indicators.some((i) => given(i.actual) || i.achievement !== null);
    case 'keyProjects':
      return c.keyProjects.some((p) => p.actual !== null || (p.measures ?? []).some((m) => m.actual !== null));
    case 'narrative':
      return c.sections.some((s) => s.paragraphs.some((p) => /\d/.test(p)));
  }
}

/** The areas with figures to check and those still empty (重点项目 only when the 自评 has projects). */
export function checkScope(c: Content): CheckScope {
  const areas: CheckArea[] = ['budget', 'indicators', ...(c.keyProjects.length ? (['keyProjects'] as const) : []), 'narrative'];
  return { checked: areas.filter((a) => has(c, a)), empty: areas.filter((a) => !has(c, a)) };
}
