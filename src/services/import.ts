// Importing an old report as a unit's draft evaluation: create it, or overwrite an editable one
// through the ordinary save path (optimistic version, scores, roll-ups, audit).
import { canEdit, type Actor } from '../domain/access.js';
import type { Evaluation, ReportOutline } from '../domain/types.js';
import { isEditable } from '../domain/workflow.js';
import { sizeProblems } from '../domain/contentRules.js';
import type { ImportedDraft } from '../documents/import/evaluation.js';
import { matchIndicators } from '../documents/import/indicatorMatch.js';
import { auditRepository } from '../store/audit.js';
import type { Db } from '../store/db.js';
import { evaluationRepository, type EvaluationContent } from '../store/evaluations.js';
import { frameworkRepository } from '../store/frameworks.js';
import { unitRepository } from '../store/units.js';
import { ServiceError, forbidden, notFound } from './errors.js';
import { evaluationService } from './evaluations.js';
import { lineageOf } from './lineage.js';
import { contentOf } from '../domain/content.js';

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
  /**
   * The version of the existing draft the importer saw (409 otherwise, with what would be replaced);
   * must be absent when there is none. 'current': replace whatever is there (the command line, which
   * says so in its output).
   */
  expectedVersion?: number | 'current';
}

/** What an import would replace: enough for a person to decide. */
export interface ReplacedDraft {
  evaluationId: string;
  version: number;
  status: string;
  title: string;
  updatedAt: string;
  sections: number;
  paragraphs: number;
  budgetTypes: number;
  keyProjects: number;
  indicators: number;
}

/** The editable draft of `unitId`/`year` an import would overwrite, or null. */
export async function draftToReplace(db: Db, unitId: string, year: number, frameworkCode?: string): Promise<ReplacedDraft | null> {
  const headers = await evaluationRepository(db).headers({ unitIds: [unitId], year });
  const h = frameworkCode ? headers.find((x) => x.frameworkCode === frameworkCode) : headers[0];
  if (!h) return null;
  const e = await evaluationRepository(db).load(h.id);
  if (!e) return null;
  return {
    evaluationId: h.id,
    version: h.version,
    status: h.status,
    title: h.title,
    updatedAt: h.updatedAt,
    sections: e.sections.length,
    paragraphs: e.sections.reduce((a, s) => a + s.paragraphs.length, 0),
    budgetTypes: e.budget.length,
    keyProjects: e.keyProjects.length,
    indicators: e.indicators.length,
  };
}

export interface ImportOutcome {
  evaluation: Evaluation;
  created: boolean;
}

const contentOfDraft = (d: ImportedDraft): EvaluationContent => contentOf(d);

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
    throw new ServiceError(
      'locked',
      `${unit.name} ${req.year} 年度的自评当前状态（${existing.status}）不可修改，不能导入覆盖 / not editable in status ${existing.status}`,
    );
  }
  let version = 1;
  if (existing) {
    const replaces = await draftToReplace(db, unit.id, req.year, framework.code);
    if (req.expectedVersion === undefined) {
      throw new ServiceError(
        'conflict',
        `${unit.name} ${req.year} 年度已有草稿（版本 ${existing.version}，“${existing.title}”），导入会替换它；请确认后带上该版本号 / a draft exists: send its version to replace it`,
        { replaces },
      );
    }
    version = req.expectedVersion === 'current' ? existing.version : req.expectedVersion;
    if (version !== existing.version) {
      throw new ServiceError('conflict', `草稿已被修改（现为版本 ${existing.version}），请重新确认要替换的内容 / the draft changed since you saw it`, {
        replaces,
      });
    }
  } else if (typeof req.expectedVersion === 'number') {
    throw new ServiceError('conflict', `${unit.name} ${req.year} 年度的草稿已不存在，请重新预览 / the draft you saw no longer exists`, { replaces: null });
  }
  // the report's indicator rows go to this framework's leaves (the preview matched the built-in one)
  const indicators = req.draft.reportIndicators ? matchIndicators(framework, req.draft.reportIndicators).values : req.draft.indicators;
  const content = contentOfDraft({ ...req.draft, indicators });
  // What the editor could not save afterwards is refused now, with the reason.
  const tooBig = sizeProblems(content);
  if (tooBig.length) throw new ServiceError('blocked', `报告内容超出可编辑的范围：${tooBig.join('；')}`, { problems: tooBig });
  // One transaction: a new evaluation, its content (the ordinary save path, a savepoint inside)
  // and the import's audit entry land together or not at all.
  return db.transaction(async (tx) => {
    const service = evaluationService(tx);
    let id = existing?.id;
    if (!id) {
      try {
        id = await evaluationRepository(tx).create({
          unitId: unit.id,
          year: req.year,
          frameworkId: framework.id,
          outline: req.draft.outline,
          title: content.title,
          status: 'draft',
        });
      } catch (e) {
        throw new ServiceError('conflict', `${unit.name} ${req.year} 年度的自评刚被创建，请重试 / created concurrently: ${(e as Error).message}`);
      }
    }
    const evaluation = await service.save(actor, id, version, content);
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
