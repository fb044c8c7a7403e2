// The checker's entry points: any report file (checkText) and stored evaluations (checkEvaluation).
import type { Evaluation, IndicatorDef } from '../types.js';
import { checkBudgetAccounts, checkBudgetComposition, checkBudgetStatement, readBudgetStatement, type BudgetStatement } from './budget.js';
import { checkDeviationReasons } from './deviation.js';
import { sectionAt, sectionPath, sentences, type ParsedDocument } from './document.js';
import type { Finding, FindingLocation } from './finding.js';
import { checkGradeText } from './grade.js';
import { checkBudgetLines, checkThreePublic } from './lines.js';
import { checkNarrative } from './narrative.js';
import { checkExecutionRate, checkRates } from './rates.js';
import { checkSums } from './sums.js';
import { checkTable } from './tables.js';

export type { Finding, FindingLocation, RuleId, Severity } from './finding.js';
export type { DocSection, DocTable, ParsedDocument, Sentence } from './document.js';
export { finding } from './finding.js';
export { sectionAt, sectionPath, sentences } from './document.js';
export { checkBudgetAccounts, checkBudgetComposition, checkBudgetStatement, readBudgetStatement, budgetTypeOf, budgetClassOf, type BudgetStatement } from './budget.js';
export { checkSums } from './sums.js';
export { checkRates, checkExecutionRate } from './rates.js';
export { checkTable, cellNumber } from './tables.js';
export { checkGradeText, gradeFor, gradeFromWord, GRADE_NAMES } from './grade.js';
export { checkNarrative, resolveRef } from './narrative.js';
export { checkDeviationReasons, operatorOf, targetMissed } from './deviation.js';
export { checkBudgetLines, checkThreePublic } from './lines.js';

function locate(doc: ParsedDocument, line: number): FindingLocation {
  const s = sectionAt(doc, line);
  return { line: line + 1, ...(s ? { section: `${s.numbering ?? ''}${s.title}` } : {}) };
}

const keyOf = (f: Finding): string => `${f.rule}|${f.location?.line ?? ''}|${f.stated}|${f.computed}|${f.message}`;

/** Every rule that applies to a report file's text and tables. Findings come in document order. */
export function checkText(doc: ParsedDocument): Finding[] {
  const out: Finding[] = [];
  const statements: BudgetStatement[] = [];
  for (const s of sentences(doc)) {
    const location = locate(doc, s.line);
    const context = sectionPath(doc, s.line).map((x) => x.title).join(' ');
    const b = readBudgetStatement(s.text, context, location);
    if (b) {
      statements.push(b);
      out.push(...checkBudgetStatement(b));
    }
    out.push(...checkSums(s.text, location), ...checkRates(s.text, location), ...checkGradeText(s.text, location));
  }
  const tableLines = new Set<number>();
  for (const t of doc.tables) for (let k = 0; k < t.rows.length; k++) tableLines.add(t.line + k);
  doc.lines.forEach((line, i) => {
    if (!tableLines.has(i) && line.trim()) out.push(...checkExecutionRate(line, locate(doc, i)));
  });
  out.push(...checkBudgetComposition(statements));
  for (const t of doc.tables) {
    out.push(...checkTable(t).map((f) => ({ ...f, location: { ...locate(doc, (f.location?.line ?? t.line + 1) - 1) } })));
    t.rows.forEach((row, k) => out.push(...checkGradeText(row.join(' | '), locate(doc, t.line + k))));
  }
  const seen = new Set<string>();
  return out
    .filter((f) => !seen.has(keyOf(f)) && seen.add(keyOf(f)))
    .sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0));
}

/** Rules over a stored evaluation; `indicators` (the framework's leaves) sharpen the deviation rule. */
export function checkEvaluation(e: Evaluation, options: { indicators?: Pick<IndicatorDef, 'code' | 'name' | 'operator'>[] } = {}): Finding[] {
  return [
    ...checkBudgetAccounts(e.budget),
    ...checkBudgetLines(e.budgetLines),
    ...checkThreePublic(e.threePublic),
    ...checkNarrative(e),
    ...checkDeviationReasons(e.indicators, options.indicators ?? []),
  ];
}
