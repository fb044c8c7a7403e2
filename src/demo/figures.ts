// Resolves a FigureLink's ref to the stored value and compares it with the figure as written,
// at the precision the text states ("1.9亿元" matches 19106 万元; "101.76万名" matches 1017600).
import { div, mul, normalize, roundHalfUp, shift, sum } from '../domain/decimal.js';
import type { Decimal, Evaluation, FigureLink, FigureRef, NarrativeSection } from '../domain/types.js';

type EvaluationData = Pick<Evaluation, 'profile' | 'budget' | 'keyProjects' | 'indicators'>;

/** A stored value with its power-of-ten scale: money is stored in 万元 (scale 4), counts in units (0). */
export interface ScaledValue {
  value: Decimal;
  scale: number;
}

export function resolveFigureRef(ev: EvaluationData, ref: FigureRef): ScaledValue | null {
  switch (ref.kind) {
    case 'keyProject': {
      const p = ev.keyProjects.find((k) => k.code === ref.project);
      if (!p) return null;
      if (ref.measure && ref.measure !== 'main') {
        const m = (p.measures ?? []).find((x) => x.key === ref.measure);
        if (!m) return null;
        if (ref.field === 'rate') return m.target === null || m.actual === null ? null : { value: mul(div(m.actual, m.target), 100), scale: 0 };
        const mv = m[ref.field];
        return mv === null ? null : { value: mv, scale: m.kind === 'money' ? 4 : 0 };
      }
      if (ref.field === 'rate') {
        if (p.target === null || p.actual === null) return null;
        return { value: mul(div(p.actual, p.target), 100), scale: 0 };
      }
      const v = p[ref.field];
      return v === null ? null : { value: v, scale: 0 };
    }
    case 'funding': {
      const p = ev.keyProjects.find((k) => k.code === ref.project);
      const rows = (p?.funding ?? []).filter((f) => f.category === ref.category && (ref.source === null || f.source === ref.source));
      return rows.length === 0 ? null : { value: sum(rows.map((f) => f.amount)), scale: 4 };
    }
    case 'budget': {
      const acc = ev.budget.find((b) => b.budgetType === ref.budgetType);
      const v = acc?.rows[ref.row]?.[ref.figure];
      return v === undefined ? null : { value: v, scale: 4 };
    }
    case 'profile': {
      const p = ev.profile;
      if (!p) return null;
      const v = ref.field === 'departmentCount' ? p.departments.length : p[ref.field];
      return v === null ? null : { value: String(v), scale: 0 };
    }
    case 'indicator': {
      const v = ev.indicators.find((i) => i.indicatorCode === ref.code)?.[ref.field] ?? null;
      return v === null || !/^-?\d+(\.\d+)?$/.test(v) ? null : { value: v, scale: 0 };
    }
  }
}

const MAGNITUDE: Record<string, number> = { 万: 4, 亿: 8 };

/** Parses "2473万元", "1.9亿元", "101.76万名", "104.04%", "5人" into number, decimals and scale. */
export function parseFigure(text: string): { number: string; decimals: number; scale: number } | null {
  const m = /^(\d+(?:\.(\d+))?)([万亿]?)/.exec(text);
  if (!m || m[1] === undefined) return null;
  // The text's magnitude (万/亿) against the stored scale: "5000元" vs 0.5 万元 shifts by 4.
  const scale = m[3] ? (MAGNITUDE[m[3]] ?? 0) : 0;
  return { number: normalize(m[1]), decimals: m[2]?.length ?? 0, scale };
}

/** True when the stored value, expressed in the text's magnitude and rounded to its decimals, equals it. */
export function figureMatches(text: string, stored: ScaledValue): boolean {
  const f = parseFigure(text);
  if (!f) return false;
  const inTextUnits = shift(stored.value, stored.scale - f.scale);
  return normalize(roundHalfUp(inTextUnits, f.decimals)) === f.number;
}

export function countOccurrences(haystack: string, needle: string): number {
  if (needle === '') return 0;
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** Problems with one figure link (empty when it is sound). */
export function checkFigureLink(ev: EvaluationData, section: NarrativeSection, link: FigureLink): string[] {
  const where = `section ${section.key} figure "${link.text}"`;
  const paragraph = section.paragraphs[link.paragraph];
  if (paragraph === undefined) return [`${where}: no paragraph ${link.paragraph}`];
  const errors: string[] = [];
  if (countOccurrences(paragraph, link.text) < link.occurrence + 1) errors.push(`${where}: occurrence ${link.occurrence} not in paragraph`);
  const stored = resolveFigureRef(ev, link.ref);
  if (!stored) errors.push(`${where}: ref ${JSON.stringify(link.ref)} has no stored value`);
  else if (!figureMatches(link.text, stored)) errors.push(`${where}: stored ${stored.value} (scale ${stored.scale}) differs`);
  return errors;
}

export function checkAllFigureLinks(ev: EvaluationData & Pick<Evaluation, 'sections'>): string[] {
  return ev.sections.flatMap((s) => s.figures.flatMap((l) => checkFigureLink(ev, s, l)));
}
