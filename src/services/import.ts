// Importing an old report as a unit's draft evaluation: create it, or overwrite an editable one
// through the ordinary save path (optimistic version, scores, roll-ups, audit).
import { canEdit, type Actor } from '../domain/access.js';
import type { Evaluation, ReportOutline } from '../domain/types.js';
import { isEditable } from '../domain/workflow.js';
import type { ImportedDraft } from '../documents/import/evaluation.js';
import { auditRepository } from '../store/audit.js';
import type { Db } from '../store/db.js';
import { evaluationRepository, type EvaluationContent } from '../store/evaluations.js';
import { frameworkRepository } from '../store/frameworks.js';
import { unitRepository } from '../store/units.js';
import { ServiceError, forbidden, notFound } from './errors.js';
import { evaluationService } from './evaluations.js';
import { lineageOf } from './lineage.js';

export const FRAMEWORK_FOR_OUTLINE: Record<ReportOutline, string> = {
  departmentWide: 'department-wide',
  hunanProvincial: 'hunan-provincial',
  projectExpenditure: 'project-expenditure',
};

export interface ImportRequest {
  unitId: string;
  year: number;
  /** Defaults to the framework of the draft's outline. */
  frameworkCode?: string;
  draft: ImportedDraft;
  /** For the audit entry: where the draft came from. */
  source?: { fileName?: string; unplaced?: number };
}

export interface ImportOutcome {
  evaluation: Evaluation;
  created: boolean;
}

const contentOfDraft = (d: ImportedDraft): EvaluationContent => {
  const { title, reportDate, profile, budget, budgetLines, threePublic, indicators, keyProjects, sections } = d;
  return { title, reportDate, profile, budget, budgetLines, threePublic, indicators, keyProjects, sections };
};

/** Writes `draft` as the evaluation of a unit and year. Only a filler of the unit (or the system) may. */
export async function importIntoDraft(db: Db, actor: Actor, req: ImportRequest): Promise<ImportOutcome> {
  const unit = await unitRepository(db).byId(req.unitId);
  if (!unit) throw notFound(`unit ${req.unitId}`);
  if (!canEdit(actor, await lineageOf(db, unit.id, req.year))) throw forbidden('只有本单位填报人可以导入 / only a filler of this unit may import');
  const frameworkCode = req.frameworkCode ?? FRAMEWORK_FOR_OUTLINE[req.draft.outline];
  const framework = await frameworkRepository(db).latest(frameworkCode);
  if (!framework) throw new ServiceError('invalid', `未知的指标体系 / unknown framework: ${frameworkCode}`);

  const [existing] = (await evaluationRepository(db).headers({ unitIds: [unit.id], year: req.year })).filter((h) => h.frameworkCode === framework.code);
  if (existing && !isEditable(existing.status)) {
    throw new ServiceError('locked', `${unit.name} ${req.year} 年度的自评当前状态（${existing.status}）不可修改，不能导入覆盖 / not editable in status ${existing.status}`);
  }
  const content = contentOfDraft(req.draft);
  // One transaction: a new evaluation, its content (the ordinary save path, a savepoint inside)
  // and the import's audit entry land together or not at all.
  return db.transaction(async (tx) => {
    const service = evaluationService(tx);
    let id = existing?.id;
    if (!id) {
      try {
        id = await evaluationRepository(tx).create({ unitId: unit.id, year: req.year, frameworkId: framework.id, outline: req.draft.outline, title: content.title, status: 'draft' });
      } catch (e) {
        throw new ServiceError('conflict', `${unit.name} ${req.year} 年度的自评刚被创建，请重试 / created concurrently: ${(e as Error).message}`);
      }
    }
    const evaluation = await service.save(actor, id, existing?.version ?? 1, content);
    await auditRepository(tx).append([
      {
        userId: actor.userId,
        action: 'evaluation.import',
        entity: 'evaluation',
        entityId: evaluation.id,
        unitId: unit.id,
        after: {
          created: !existing,
          fileName: req.source?.fileName ?? null,
          outline: req.draft.outline,
          sections: content.sections.length,
          budgetTypes: content.budget.length,
          keyProjects: content.keyProjects.map((k) => k.code),
          unplaced: req.source?.unplaced ?? null,
        },
      },
    ]);
    return { evaluation, created: !existing };
  });
}
