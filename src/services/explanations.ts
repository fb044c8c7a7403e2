// Listing findings, and explaining a warning (说明): a filler of the unit attaches a note to one warning of an editable
// evaluation. Compare-and-set on the note, in one transaction with its audit entry, so two
// people explaining the same warning cannot silently overwrite each other.
import { canEdit, type Actor } from '../domain/access.js';
import { analyzeEvaluation, type LocatedRelation } from '../domain/checks/index.js';
import { relationSummary } from '../domain/relations/index.js';
import { isEditable } from '../domain/workflow.js';
import { auditRepository } from '../store/audit.js';
import type { Db } from '../store/db.js';
import { frameworkRepository } from '../store/frameworks.js';
import { explanationRepository } from '../store/explanations.js';
import { ServiceError } from './errors.js';
import { evaluationService } from './evaluations.js';
import { reportedFindings, type ReportedFinding } from './findings.js';
import { lineageOf } from './lineage.js';

export interface ExplainInput {
  key: string;
  note: string;
  /** The note the client last saw (null: none). A different stored note → 409. */
  previous: string | null;
}

/** The findings of an evaluation the actor may read (reading it is the permission check). */
export async function findingsFor(db: Db, actor: Actor, evaluationId: string): Promise<ReportedFinding[]> {
  const e = await evaluationService(db).get(actor, evaluationId);
  return reportedFindings(db, e, (await frameworkRepository(db).byId(e.framework.id))!);
}

/** Findings plus the relations the narrative was checked for (the editor's "checked relations" list). */
export async function findingsWithRelations(db: Db, actor: Actor, evaluationId: string): Promise<{ findings: ReportedFinding[]; relations: LocatedRelation[]; summary: ReturnType<typeof relationSummary> }> {
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
  if (!canEdit(actor, await lineageOf(db, e.unit.id, e.year))) throw new ServiceError('forbidden', '只有本单位填报人可以说明 / only a filler of this unit may explain');
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
      { userId: actor.userId, action: 'evaluation.explain', entity: 'evaluation', entityId: e.id, unitId: e.unit.id, before: { key: input.key, note: current }, after: { key: input.key, note: input.note } },
    ]);
  });
  return reportedFindings(db, e, framework);
}
