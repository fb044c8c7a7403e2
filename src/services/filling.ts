// The filler's year (issue 14): start an evaluation (profile and last year's targets carried over),
// delete a draft, the indicator table with live scores, and what is still empty. Permissions here.
import { assertOpenIn } from './unitChanges.js';
import { canManageDrafts, type Actor } from '../domain/access.js';
import { completenessOf, type CompletenessItem } from '../domain/completeness.js';
import { leavesOf } from '../domain/frameworks/utils.js';
import { buildIndicatorTable } from '../domain/indicators/table.js';
import { defaultSections } from '../domain/report/default-sections.js';
import type { Evaluation, Framework, IndicatorValue, KeyProject, ReportOutline } from '../domain/types.js';
import type { IndicatorTable } from '../domain/wire.js';
import { auditRepository } from '../store/audit.js';
import type { Db } from '../store/db.js';
import { evaluationRepository, latestProfileBefore, type EvaluationContent } from '../store/evaluations.js';
import { frameworkRepository } from '../store/frameworks.js';
import { rollupRepository } from '../store/rollups.js';
import { unitRepository } from '../store/units.js';
import { ServiceError, forbidden, notFound } from './errors.js';
import { contentOf, evaluationService } from './evaluations.js';
import { computeContextFor, rescoreStored } from './indicatorScoring.js';
import { lineageOf, mayRead } from './lineage.js';
import type { CreatedEvaluation } from '../domain/wire.js';
import { emptyIndicatorValue } from '../domain/indicators/emptyValue.js';

export interface CreateEvaluationInput {
  unitId: string;
  year: number;
  frameworkId?: string;
  projectCode?: string | null;
}

export type { CreatedEvaluation };

const OUTLINE: Record<Framework['kind'], ReportOutline> = {
  projectExpenditure: 'projectExpenditure',
  departmentWide: 'departmentWide',
  hunanProvincial: 'hunanProvincial',
  custom: 'departmentWide',
};

/** Key projects carried into a new year: names and measures, figures empty. */
const emptied = (k: KeyProject): KeyProject => ({
  ...k,
  target: null,
  actual: null,
  note: null,
  funding: [],
  measures: (k.measures ?? []).map((m) => ({ key: m.key, name: m.name, unitOfMeasure: m.unitOfMeasure, kind: m.kind, target: null, actual: null })),
});

export function fillingService(db: Db) {
  const evals = evaluationService(db);
  const frameworks = frameworkRepository(db);

  async function frameworkOf(e: Evaluation): Promise<Framework> {
    const f = await frameworks.byId(e.framework.id);
    if (!f) throw notFound(`framework ${e.framework.id}`);
    return f;
  }

  return {
    async create(actor: Actor, input: CreateEvaluationInput): Promise<CreatedEvaluation> {
      const units = unitRepository(db);
      const unit = await units.byId(input.unitId);
      if (!unit || !(await mayRead(db, actor, input.unitId, input.year))) throw notFound(`unit ${input.unitId}`);
      await assertOpenIn(db, unit, input.year);
      if (!canManageDrafts(actor, await lineageOf(db, unit.id, input.year))) {
        throw forbidden('只有本单位填报人或管理员可以新建自评 / only a filler of this unit or an administrator may start an evaluation');
      }
      const projectCode = input.projectCode ?? null;
      const repo = evaluationRepository(db);
      const existing = (await repo.headers({ unitIds: [unit.id], year: input.year })).find((h) => h.projectCode === projectCode);
      if (existing) {
        throw new ServiceError('conflict', `${unit.shortName ?? unit.name} ${input.year} 年度已有自评（${existing.title}）/ an evaluation already exists`, {
          existingId: existing.id,
        });
      }
      const prevHead = (await repo.headers({ unitIds: [unit.id], year: input.year - 1 })).find((h) => h.projectCode === projectCode);
      const prev = prevHead ? await repo.load(prevHead.id) : null;
      let framework: Framework | null;
      if (input.frameworkId) {
        framework = await frameworks.byId(input.frameworkId);
        if (!framework) throw new ServiceError('invalid', `指标体系 ${input.frameworkId} 不存在 / no such framework`);
      } else {
        const code = prev?.framework.code ?? (projectCode ? 'project-expenditure' : 'department-wide');
        framework = await frameworks.latest(code);
        if (!framework) throw new ServiceError('invalid', `指标体系 ${code} 不存在 / no such framework`);
      }
      // The project a 项目支出绩效自评表 evaluates must be one of the unit's key projects that year (or last).
      let projectName: string | null = null;
      if (projectCode) {
        const own = (await repo.headers({ unitIds: [unit.id], year: input.year })).find((h) => h.projectCode === null);
        const pool = [...(own ? ((await repo.load(own.id))?.keyProjects ?? []) : []), ...(prev?.keyProjects ?? [])];
        projectName = pool.find((k) => k.code === projectCode)?.name ?? null;
        if (!projectName) throw new ServiceError('invalid', `本单位 ${input.year} 年没有重点项目 ${projectCode} / no such key project for this unit`);
      }
      const outline = projectCode ? 'projectExpenditure' : OUTLINE[framework.kind];
      const unitLabel = unit.name;
      const title = projectName
        ? `${input.year}年度${projectName}项目支出绩效自评表`
        : outline === 'hunanProvincial'
          ? `${unit.shortName ?? unit.name}${input.year}年绩效评估自评报告`
          : `${input.year}年度${unitLabel}整体支出绩效自评报告`;

      const profile = projectCode ? null : await latestProfileBefore(db, unit.id, input.year);
      // Last year's targets, by indicator code when the framework code is the same, else by leaf name.
      const leaves = leavesOf(framework);
      const targets: IndicatorValue[] = [];
      if (prev) {
        const prevFramework = await frameworks.byId(prev.framework.id);
        const same = prevFramework?.code === framework.code;
        const prevByName = new Map((prevFramework ? leavesOf(prevFramework) : []).map((l) => [l.name, l.code]));
        const prevValue = new Map(prev.indicators.map((v) => [v.indicatorCode, v]));
        for (const leaf of leaves) {
          const code = same ? leaf.code : prevByName.get(leaf.name);
          const v = code ? prevValue.get(code) : undefined;
          if (v?.target) targets.push(emptyIndicatorValue(leaf.code, { target: v.target, applicable: v.applicable }));
        }
      }
      const content: EvaluationContent = {
        title,
        reportDate: null,
        profile: profile?.profile ?? null,
        budget: [],
        budgetLines: [],
        threePublic: [],
        indicators: targets,
        keyProjects: projectCode ? [] : (prev?.keyProjects ?? []).map(emptied),
        sections: [],
      };
      const shell = { outline, keyProjects: content.keyProjects } as Evaluation;
      if (outline === 'departmentWide') content.sections = defaultSections(shell);

      const id = await db.transaction(async (tx) => {
        const txRepo = evaluationRepository(tx);
        const newId = await txRepo.create({ unitId: unit.id, year: input.year, frameworkId: framework.id, outline, title, projectCode });
        await txRepo.writeContent(newId, content);
        await rescoreStored(tx, newId, framework);
        await rollupRepository(tx).refreshUnit(Number(unit.id), input.year);
        const after = (await txRepo.load(newId))!;
        await auditRepository(tx).append([
          {
            userId: actor.userId,
            action: 'evaluation.create',
            entity: 'evaluation',
            entityId: newId,
            unitId: unit.id,
            before: null,
            after: { year: input.year, framework: framework.code, projectCode, content: contentOf(after) },
          },
        ]);
        return newId;
      });
      return {
        evaluation: await evals.get(actor, id),
        carriedOver: { profileFromYear: profile?.year ?? null, targetsFromYear: prev && targets.length ? prev.year : null, targets: targets.length },
      };
    },

    /** Deletes a draft (never submitted); the whole content goes to the audit log. */
    async remove(actor: Actor, id: string, version: number): Promise<{ deleted: string }> {
      const h = await evals.header(actor, id); // 404 when unreadable
      if (!canManageDrafts(actor, await lineageOf(db, h.unitId, h.year))) {
        throw forbidden('只有本单位填报人或管理员可以删除草稿 / only a filler of this unit or an administrator may delete a draft');
      }
      if (h.status !== 'draft') throw new ServiceError('locked', `只能删除草稿（当前：${h.status}）/ only a draft can be deleted`);
      return db.transaction(async (tx) => {
        const repo = evaluationRepository(tx);
        const before = await repo.load(id);
        // The version bump is the compare-and-set: a concurrent save or submit wins, this answers 409.
        if (!before || (await repo.bumpVersion(id, version)) === null) {
          throw new ServiceError('conflict', '已被他人修改，请刷新 / changed by someone else', { current: await repo.load(id) });
        }
        if (before.status !== 'draft') throw new ServiceError('locked', '只能删除草稿 / only a draft can be deleted');
        await repo.remove(id);
        await rollupRepository(tx).refreshUnit(Number(h.unitId), h.year);
        await auditRepository(tx).append([
          {
            userId: actor.userId,
            action: 'evaluation.delete',
            entity: 'evaluation',
            entityId: id,
            unitId: h.unitId,
            before: { year: h.year, framework: h.frameworkCode, content: contentOf(before) },
            after: null,
          },
        ]);
        return { deleted: id };
      });
    },

    async indicatorTable(actor: Actor, id: string): Promise<IndicatorTable> {
      const e = await evals.get(actor, id);
      const framework = await frameworkOf(e);
      const body = buildIndicatorTable(framework, e, await computeContextFor(db, e));
      const { values: _values, ...rest } = body;
      return {
        evaluationId: e.id,
        version: e.version,
        framework: { id: framework.id, code: framework.code, name: framework.name, version: framework.version },
        ...rest,
      };
    },

    async completeness(actor: Actor, id: string): Promise<{ complete: boolean; items: CompletenessItem[] }> {
      const e = await evals.get(actor, id);
      const items = completenessOf(await frameworkOf(e), e, await computeContextFor(db, e));
      return { complete: items.length === 0, items };
    },
  };
}

export type FillingService = ReturnType<typeof fillingService>;
