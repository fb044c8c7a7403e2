// Figures inside narrative text tied to stored values: find each in its paragraph and say whether it
// agrees with the value it is tied to (e.g. "10780人" ↔ keyProjects.liangai.actual).
import { div, isDecimal, mul, roundHalfUp, sum } from '../../../../src/domain/decimal.js';
import { agrees, parseQuantity } from '../../../../src/domain/quantity/index.js';
import { parseNumber } from '../../../../src/domain/scoring/numbers.js';
import type { FigureLink, FigureRef } from '../../../../src/domain/types.js';
import type { Content } from './content.js';

/** The stored value a figure is tied to, as an exact decimal in the unit it is stored in. */
export function linkedValue(ref: FigureRef, c: Content): string | null {
  switch (ref.kind) {
    case 'keyProject': {
      const p = c.keyProjects.find((k) => k.code === ref.project);
      if (!p) return null;
      if (ref.field === 'rate')
        return p.target && p.actual && isDecimal(p.target) && isDecimal(p.actual) && Number(p.target) !== 0
          ? roundHalfUp(mul(div(p.actual, p.target), 100), 2)
          : null;
      return p[ref.field];
    }
    case 'funding': {
      const p = c.keyProjects.find((k) => k.code === ref.project);
      const lines = p?.funding.filter((f) => f.category === ref.category && (ref.source === null || f.source === ref.source)) ?? [];
      return lines.length ? sum(lines.map((f) => f.amount)) : null;
    }
    case 'budget': {
      const a = c.budget.find((b) => b.budgetType === ref.budgetType);
      return a?.rows[ref.row]?.[ref.figure] ?? null;
    }
    case 'profile': {
      if (!c.profile) return null;
      const v = ref.field === 'departmentCount' ? c.profile.departments.length : c.profile[ref.field];
      return v === null ? null : String(v);
    }
    case 'indicator': {
      const v = c.indicators.find((i) => i.indicatorCode === ref.code)?.[ref.field] ?? null;
      return v;
    }
  }
}

const isMoney = (ref: FigureRef) => ref.kind === 'funding' || ref.kind === 'budget';

export type FigureState = 'agrees' | 'disagrees' | 'unknown' | 'missing';

export interface LocatedFigure {
  link: FigureLink;
  start: number; // -1 when the text is no longer in the paragraph
  state: FigureState;
  value: string | null;
}

function nthIndex(text: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

export function locateFigures(paragraph: string, links: FigureLink[], c: Content): LocatedFigure[] {
  return links.map((link) => {
    const start = nthIndex(paragraph, link.text, link.occurrence);
    const value = linkedValue(link.ref, c);
    if (start < 0) return { link, start, state: 'missing', value };
    const q = parseQuantity(link.text);
    const numeric = value === null ? null : parseNumber(value);
    if (!q || numeric === null) return { link, start, state: 'unknown', value };
    // Money is stored in 万元; a quantity reports money in 元 (its `wan` field in 万元).
    const ok =
      isMoney(link.ref) && q.kind === 'money' && q.wan !== undefined
        ? agrees({ ...q, value: q.wan, precision: div(q.precision, 10000) }, numeric)
        : agrees(q, numeric);
    return { link, start, state: ok ? 'agrees' : 'disagrees', value };
  });
}
