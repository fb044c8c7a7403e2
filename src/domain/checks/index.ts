// The checker's entry points: any report file (checkText) and stored evaluations (checkEvaluation).
import type { Evaluation, IndicatorDef } from '../types.js';
import { checkBudgetAccounts, checkBudgetComposition, checkBudgetStatement, mayStateBudget, readBudgetStatement, type BudgetStatement } from './budget.js';
import { checkDeviationReasons } from './deviation.js';
import { rowLine, sectionAt, sectionPath, sentences, type ParsedDocument } from './document.js';
import type { Finding, FindingLocation } from './finding.js';
import { checkGradeText, mayStateGrade } from './grade.js';
import { checkBudgetLines, checkThreePublic } from './lines.js';
import { checkNarrative } from './narrative.js';
import { analyzeNarrative, placeOnNarrative, type LocatedRelation } from './narrativeRelations.js';
import { checkTable, scoreRelations } from './tables.js';
import { scoreRowTotals } from './scoreRows.js';
import { cellRunRates } from './cellRuns.js';
import { weightRuns } from './weightRuns.js';
import { analyzeDocument, type Analysis, type Relation, type RelationKind } from '../relations/index.js';
import type { RuleId } from './finding.js';
export type { Analysis } from '../relations/index.js';

export type { Finding, FindingLocation, RuleId, Severity } from './finding.js';
export type { DocSection, DocTable, ParsedDocument, Sentence } from './document.js';
export { finding } from './finding.js';
export { sectionAt, sectionPath, sentences } from './document.js';
export {
  checkBudgetAccounts,
  checkBudgetComposition,
  checkBudgetStatement,
  readBudgetStatement,
  budgetTypeOf,
  budgetClassOf,
  type BudgetStatement,
} from './budget.js';
export { checkSums } from './sums.js';
export { checkRates, checkExecutionRate } from './rates.js';
export { checkTable, cellNumber } from './tables.js';
export { checkGradeText, gradeFor, gradeFromWord, GRADE_NAMES } from './grade.js';
export { checkNarrative, resolveRef } from './narrative.js';
export { checkDeviationReasons, operatorOf, targetMissed } from './deviation.js';
export { checkBudgetLines, checkThreePublic } from './lines.js';
export { analyzeNarrative, narrativeDocument, type LocatedRelation } from './narrativeRelations.js';

function locate(doc: ParsedDocument, line: number): FindingLocation {
  const s = sectionAt(doc, line);
  return { line: line + 1, ...(s ? { section: `${s.numbering ?? ''}${s.title}` } : {}) };
}

const keyOf = (f: Finding): string => `${f.rule}|${f.location?.line ?? ''}|${f.stated}|${f.computed}|${f.message}`;

/** Every rule that applies to a report file's text and tables. Findings come in document order. */
export function checkText(doc: ParsedDocument): Finding[] {
  return analyzeText(doc).findings;
}

/**
 * The relation model (src/domain/relations) finds sums, shares, changes, rates, carry-overs and
 * cross-references; the budget statements of the 自评 outline (四本预算 × 基本/项目) and the score
 * tables keep their own rules. Findings come in document order, one per relation.
 */
export function analyzeText(doc: ParsedDocument): Analysis {
  const analysis = analyzeDocument(doc);
  const out: Finding[] = [...analysis.findings];
  const statements: BudgetStatement[] = [];
  for (const s of sentences(doc)) {
    // most sentences hold neither a budget statement nor a grade: their section is looked up only for one that may
    let location: FindingLocation | undefined;
    const at = () => (location ??= locate(doc, s.line));
    const context = () =>
      sectionPath(doc, s.line)
        .map((x) => x.title)
        .join(' ');
    const b = mayStateBudget(s.text) ? readBudgetStatement(s.text, context(), at()) : null;
    if (b) {
      statements.push(b);
      // the identity itself is a relation already; keep the statement's other rules
      out.push(...checkBudgetStatement(b).filter((f) => f.rule !== 'budgetIdentity' && !(f.rule === 'rounding' && /年末/.test(f.message))));
    }
    if (mayStateGrade(s.text)) out.push(...checkGradeText(s.text, at()));
  }
  out.push(...checkBudgetComposition(statements));
  for (const t of doc.tables) {
    out.push(...checkTable(t, { totals: false }).map((f) => ({ ...f, location: { ...locate(doc, (f.location?.line ?? t.line + 1) - 1) } })));
    t.rows.forEach((row, k) => {
      const text = row.join(' | ');
      if (mayStateGrade(text)) out.push(...checkGradeText(text, locate(doc, rowLine(t, k))));
    });
  }
  // score tables whose columns were lost: read from the rows' ends, where the column rules read no 总分
  const tableHeld = doc.tables.flatMap(scoreRelations);
  const scored = new Set([
    ...out.filter((f) => f.rule === 'tableTotal' || f.rule === 'weightSum').map((f) => f.location?.line),
    ...tableHeld.map((r) => r.line),
  ]);
  const rowTotals = scoreRowTotals(doc);
  out.push(...rowTotals.findings.filter((f) => !scored.has(f.location?.line)));
  const runRates = cellRunRates(doc);
  out.push(...runRates.findings);
  const runWeights = weightRuns(doc);
  out.push(...runWeights.findings);
  const seen = new Set<string>();
  const findings = out
    .map((f) => (f.location?.line && !f.location.section ? { ...f, location: { ...f.location, ...locate(doc, f.location.line - 1) } } : f))
    .filter((f) => !seen.has(keyOf(f)) && seen.add(keyOf(f)))
    .sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0));
  // findings of the budget-statement and score-table rules are relations too
  const known = new Set(analysis.findings.map(keyOf));
  const extra = findings.filter((f) => !known.has(keyOf(f))).map(findingRelation);
  // score totals that hold (总分 scaled over 不适用 rows) are relations checked too
  const held = [...tableHeld, ...rowTotals.held.filter((r) => !scored.has(r.line)), ...runRates.held, ...runWeights.held];
  return { relations: [...analysis.relations, ...extra, ...held].sort((a, b) => a.line - b.line), findings };
}

const KIND_OF_RULE: Partial<Record<RuleId, RelationKind>> = {
  budgetIdentity: 'carryOver',
  budgetComposition: 'sum',
  grade: 'grade',
  scoreWeight: 'score',
  weightSum: 'score',
  executionScore: 'score',
  tableTotal: 'tableTotal',
  rate: 'rate',
  rounding: 'score',
};

function findingRelation(f: Finding): Relation {
  const num = (s: string | null) => (s !== null && /^-?[\d.]+/.test(s) ? Number(/^-?[\d.]+/.exec(s)![0]) : null);
  return {
    kind: KIND_OF_RULE[f.rule] ?? 'sum',
    verdict: f.severity === 'error' ? 'error' : 'rounding',
    stated: num(f.stated),
    computed: num(f.computed),
    statedText: f.stated ?? '—',
    computedText: f.computed ?? '—',
    parts: [],
    labels: [],
    reason: f.message,
    reasonEn: f.messageEn ?? f.message,
    line: f.location?.line ?? 0,
    text: f.text,
  };
}

/**
 * The narrative of a stored evaluation read with the same model as a report file: the relations its
 * paragraphs assert, and its budget figures against the stored budget table, each on its paragraph.
 */
export function analyzeEvaluation(e: Evaluation): { relations: LocatedRelation[]; findings: Finding[] } {
  const inner = placeOnNarrative(e, analyzeText);
  const table = analyzeNarrative(e);
  const order = new Map(e.sections.map((s, i) => [s.key, i]));
  const pos = (r: LocatedRelation) => (order.get(r.location.section ?? '') ?? 0) * 1e6 + r.line;
  return { relations: [...inner.relations, ...table.relations].sort((a, b) => pos(a) - pos(b)), findings: [...inner.findings, ...table.findings] };
}

/** Rules over a stored evaluation; `indicators` (the framework's leaves) sharpen the deviation rule. */
export function checkEvaluation(e: Evaluation, options: { indicators?: Pick<IndicatorDef, 'code' | 'name' | 'operator'>[] } = {}): Finding[] {
  return [
    ...checkBudgetAccounts(e.budget),
    ...checkBudgetLines(e.budgetLines),
    ...checkThreePublic(e.threePublic),
    ...checkNarrative(e),
    ...analyzeEvaluation(e).findings,
    ...checkDeviationReasons(e.indicators, options.indicators ?? []),
  ];
}
