// Scoring: the errors a check gives, the figures each names, and whether a mutant was found
// (a NEW error, absent from the unmutated text, whose figures include the changed figure).
import { figureValue, numbersIn } from './mutate.js';

/** The part of a check's result the harness reads (analyzeText's Analysis has these fields). */
export interface CheckResult {
  findings: { severity: string; rule: string; message: string; stated: string | null; computed: string | null; location?: { line?: number } }[];
  relations: {
    kind: string;
    verdict: string;
    line: number;
    statedText: string;
    computedText: string;
    parts: { text: string }[];
  }[];
}

export interface ErrorItem {
  key: string;
  kind: string;
  figures: number[];
  line: number | null;
}

const remove = (xs: number[], v: number | null) => {
  if (v === null) return xs;
  const i = xs.findIndex((x) => sameValue(x, v));
  return i < 0 ? xs : [...xs.slice(0, i), ...xs.slice(i + 1)];
};

export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Every error of a check: relations with verdict error and error findings, each with the figures it names. */
export function errorItems(r: CheckResult): ErrorItem[] {
  const out: ErrorItem[] = [];
  for (const rel of r.relations) {
    if (rel.verdict !== 'error') continue;
    const figures = [rel.statedText, ...rel.parts.map((p) => p.text)].map(figureValue).filter((v): v is number => v !== null);
    const key = `R|${rel.kind}|${rel.line}|${rel.statedText}|${rel.computedText}|${rel.parts.map((p) => p.text).join(',')}`;
    out.push({ key, kind: rel.kind, figures, line: rel.line });
  }
  for (const f of r.findings) {
    if (f.severity !== 'error') continue;
    // the message lists the stated figure, the parts and the computed value; the computed one is no figure of the text
    const figures = remove([...numbersIn(f.stated ?? ''), ...numbersIn(f.message)], f.computed === null ? null : figureValue(f.computed));
    const key = `F|${f.rule}|${f.location?.line ?? ''}|${f.stated}|${f.computed}|${f.message}`;
    out.push({ key, kind: f.rule, figures, line: f.location?.line ?? null });
  }
  return out;
}

export const errorFindingCount = (r: CheckResult) => r.findings.filter((f) => f.severity === 'error').length;

/** Errors whose figures include `value`. */
export function naming(items: ErrorItem[], value: number): ErrorItem[] {
  return items.filter((e) => e.figures.some((x) => sameValue(x, value)));
}

/** A mutant is found when its check has a new error naming the changed figure. */
export function mutantFound(base: ErrorItem[], mutated: ErrorItem[], changed: number): ErrorItem | null {
  const known = new Set(base.map((e) => e.key));
  return (
    naming(
      mutated.filter((e) => !known.has(e.key)),
      changed,
    )[0] ?? null
  );
}
