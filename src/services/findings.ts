// Findings of a stored evaluation: the checker's rules plus scoring problems, with the filler's
// explanations of warnings attached. Errors block submission; explained warnings do not matter.
import { createHash } from 'node:crypto';
import { checkEvaluation, type Finding, type RuleId } from '../domain/checks/index.js';
import { scoreEvaluation } from '../domain/scoring/index.js';
import type { Evaluation, Framework } from '../domain/types.js';
import type { DbOrTx } from '../store/db.js';
import { explanationRepository } from '../store/explanations.js';

export interface ReportedFinding extends Finding {
  key: string; // stable id of the finding, for explanations and UI links
  explanation: string | null;
}

export const findingKey = (f: Finding) =>
  createHash('sha1')
    .update([f.rule, f.location?.field ?? '', f.location?.section ?? '', f.location?.paragraph ?? '', f.stated ?? '', f.text].join('|'))
    .digest('hex')
    .slice(0, 16);

/** Pure part: every finding of an evaluation against its framework. */
export function findingsOf(e: Evaluation, framework: Framework): Finding[] {
  const checked = checkEvaluation(e, { indicators: framework.indicators });
  const scored = scoreEvaluation(framework, e.indicators, e.budgetLines).findings.map(
    (f): Finding => ({
      severity: f.severity,
      rule: f.rule as RuleId,
      message: f.message,
      ...(f.messageEn ? { messageEn: f.messageEn } : {}),
      stated: f.stated ?? null,
      computed: f.computed ?? null,
      text: f.text ?? '',
      location: f.indicatorCode ? { field: `indicators.${f.indicatorCode}` } : undefined,
    }),
  );
  const seen = new Set<string>();
  const key = (f: Finding) => `${f.rule}|${f.location?.field ?? ''}|${f.message}`;
  return [...checked, ...scored].filter((f) => !seen.has(key(f)) && seen.add(key(f)));
}

export async function reportedFindings(db: DbOrTx, e: Evaluation, framework: Framework): Promise<ReportedFinding[]> {
  const notes = await explanationRepository(db).notes(e.id);
  const byKey = new Map(notes.map((n) => [n.findingKey, n.note]));
  return findingsOf(e, framework).map((f) => {
    const key = findingKey(f);
    return { ...f, key, explanation: f.severity === 'warning' ? (byKey.get(key) ?? null) : null };
  });
}

/** Errors still open: they block submission. */
export const openErrors = (fs: ReportedFinding[]) => fs.filter((f) => f.severity === 'error');
