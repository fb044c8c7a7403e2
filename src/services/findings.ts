// Findings of a stored evaluation: the checker's rules plus scoring problems, with the filler's
// explanations of warnings attached. Errors block submission; explained warnings do not matter.
// Listing them, and explaining a warning (说明): a filler of the unit attaches a note to one warning of an
// editable evaluation, compare-and-set in one transaction with its audit entry.
import { createHash } from 'node:crypto';
import { checkEvaluation, type Finding, type RuleId } from '../domain/checks/index.js';
import { scoreEvaluation } from '../domain/scoring/index.js';
import type { Evaluation, Framework } from '../domain/types.js';
import type { DbOrTx } from '../store/db.js';
import { explanationRepository } from '../store/explanations.js';
import type { ReportedFinding } from '../domain/wire.js';
import { canEdit, type Actor } from '../domain/access.js';
import { analyzeEvaluation, type LocatedRelation } from '../domain/checks/index.js';
import { relationSummary } from '../domain/relations/index.js';
import { isEditable } from '../domain/workflow.js';
import { auditRepository } from '../store/audit.js';
import type { Db } from '../store/db.js';
import { frameworkRepository } from '../store/frameworks.js';
import { ServiceError } from './errors.js';
import { evaluationService } from './evaluations.js';
import { lineageOf } from './lineage.js';
import type { ExplainInput } from '../domain/requests.js';
export type { ExplainInput };

export type { ReportedFinding };

export const findingKey = (f: Finding) =>
  createHash('sha1')
    .update([f.rule, f.location?.field ?? '', f.location?.section ?? '', f.location?.paragraph ?? '', f.stated ?? '', f.text].join('|'))
    .digest('hex')
    .slice(0, 16);

/** The indicator code of a finding's field ('indicator 1.2.3' from the checker, 'indicators.1.2.3' from scoring). */
const indicatorOf = (field: unknown): string | null => (typeof field === 'string' ? (/^indicators?[. ](.+)$/.exec(field)?.[1] ?? null) : null);

/** Pure part: every finding of an evaluation against its framework. */
export function findingsOf(e: Evaluation, framework: Framework): Finding[] {
  const checked = checkEvaluation(e, { indicators: framework.indicators });
  // A missed target without a reason is said once: the checker's finding names target and actual;
  // the score table's said it again for the same indicator (12 errors for 8 problems in a review).
  const reasonAsked = new Set(checked.filter((f) => f.rule === 'deviationReason').map((f) => indicatorOf(f.location?.field)));
  const again = (f: { rule: string; indicatorCode?: string | null }) => f.rule === 'scoring.deviationReasonMissing' && reasonAsked.has(f.indicatorCode ?? null);
  const scored = scoreEvaluation(framework, e.indicators, e.budgetLines)
    .findings.filter((f) => !again(f))
    .map((f): Finding => ({
      severity: f.severity,
      rule: f.rule as RuleId,
      message: f.message,
      ...(f.messageEn ? { messageEn: f.messageEn } : {}),
      stated: f.stated ?? null,
      computed: f.computed ?? null,
      text: f.text ?? '',
      location: f.indicatorCode ? { field: `indicators.${f.indicatorCode}` } : undefined,
    }));
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

/** The findings of an evaluation the actor may read (reading it is the permission check). */
export async function findingsFor(db: Db, actor: Actor, evaluationId: string): Promise<ReportedFinding[]> {
  const e = await evaluationService(db).get(actor, evaluationId);
  return reportedFindings(db, e, (await frameworkRepository(db).byId(e.framework.id))!);
}

/** Findings plus the relations the narrative was checked for (the editor's "checked relations" list). */
export async function findingsWithRelations(
  db: Db,
  actor: Actor,
  evaluationId: string,
): Promise<{ findings: ReportedFinding[]; relations: LocatedRelation[]; summary: ReturnType<typeof relationSummary> }> {
  const e = await evaluationService(db).get(actor, evaluationId);
  const findings = await reportedFindings(db, e, (await frameworkRepository(db).byId(e.framework.id))!);
  const { relations } = analyzeEvaluation(e);
  return { findings, relations: relations.slice(0, 1500), summary: relationSummary(relations) };
}

export function findingService(db: Db) {
  return {
    list: (actor: Actor, evaluationId: string) => findingsFor(db, actor, evaluationId),
    listWithRelations: (actor: Actor, evaluationId: string) => findingsWithRelations(db, actor, evaluationId),
    explain: (actor: Actor, evaluationId: string, input: ExplainInput) => explainWarning(db, actor, evaluationId, input),
  };
}

export async function explainWarning(db: Db, actor: Actor, evaluationId: string, input: ExplainInput): Promise<ReportedFinding[]> {
  const e = await evaluationService(db).get(actor, evaluationId);
  if (!canEdit(actor, await lineageOf(db, e.unit.id, e.year)))
    throw new ServiceError('forbidden', '只有本单位填报人可以说明 / only a filler of this unit may explain');
  if (!isEditable(e.status)) throw new ServiceError('locked', `当前状态（${e.status}）不可修改 / not editable in status ${e.status}`);
  const framework = (await frameworkRepository(db).byId(e.framework.id))!;
  const finding = (await reportedFindings(db, e, framework)).find((x) => x.key === input.key);
  if (!finding) throw new ServiceError('notFound', '未找到该校验发现 / no such finding');
  if (finding.severity !== 'warning') throw new ServiceError('invalid', '错误必须改正，不能只作说明 / errors must be fixed, not explained');
  await db.transaction(async (tx) => {
    const notes = explanationRepository(tx);
    await notes.lockEvaluation(e.id);
    const current = await notes.note(e.id, input.key);
    if (current !== input.previous) {
      throw new ServiceError('conflict', '该说明已被他人修改，请刷新后再改 / the note was changed by someone else', { current });
    }
    await notes.set(e.id, input.key, input.note, actor.userId);
    await auditRepository(tx).append([
      {
        userId: actor.userId,
        action: 'evaluation.explain',
        entity: 'evaluation',
        entityId: e.id,
        unitId: e.unit.id,
        before: { key: input.key, note: current },
        after: { key: input.key, note: input.note },
      },
    ]);
  });
  return reportedFindings(db, e, framework);
}
