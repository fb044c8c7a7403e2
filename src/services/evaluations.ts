// Evaluation use cases: read (scoped), list, save with optimistic concurrency and audit.
import { canEdit, readableRoots, readsFromAbove, type Actor } from '../domain/access.js';
import type { Evaluation, EvaluationStatus } from '../domain/types.js';
import { isEditable } from '../domain/workflow.js';
import { buildIndicatorTable } from '../domain/indicators/table.js';
import { contentProblems } from '../domain/contentRules.js';
import { auditRepository } from '../store/audit.js';
import { frameworkRepository } from '../store/frameworks.js';
import { rollupRepository } from '../store/rollups.js';
import type { DbOrTx } from '../store/db.js';
import { evaluationRepository, type EvaluationContent, type EvaluationHeader } from '../store/evaluations.js';
import { unitRepository } from '../store/units.js';
import { enforceApprovedTargets, withApprovedTargets } from './targetsHook.js';
import { ServiceError, forbidden, notFound } from './errors.js';
import { computeContextFor, storeScores, validatedValues } from './indicatorScoring.js';
import { lineageOf, mayRead } from './lineage.js';
import { onlyOne } from './units.js';
import { contentOf } from '../domain/content.js';

export { contentOf };

export function evaluationService(db: DbOrTx) {
  const repo = evaluationRepository(db);

  async function authorizeRead(actor: Actor | null, h: EvaluationHeader) {
    if (actor === null) {
      if (h.status !== 'published') throw notFound(`evaluation ${h.id}`);
      return;
    }
    if (actor.kind === 'system' || h.status === 'published') return; // published = public
    // Unreadable evaluations are reported as missing, so ids of others' drafts leak nothing.
    if (!(await mayRead(db, actor, h.unitId, h.year))) throw notFound(`evaluation ${h.id}`);
  }

  /** A submission read from above counts as opened: the filler can no longer withdraw it. */
  async function noteOpened(actor: Actor | null, h: EvaluationHeader) {
    if (actor === null || actor.kind !== 'user' || h.status !== 'submitted' || h.openedAt !== null) return;
    if (readsFromAbove(actor, await lineageOf(db, h.unitId, h.year))) await repo.markOpened(h.id, actor.userId);
  }

  return {
    async get(actor: Actor | null, id: string): Promise<Evaluation> {
      const h = await repo.header(id);
      if (!h) throw notFound(`evaluation ${id}`);
      await authorizeRead(actor, h);
      await noteOpened(actor, h);
      const e = await repo.load(id);
      if (!e) throw notFound(`evaluation ${id}`);
      return withApprovedTargets(db, e); // issue 15: targets as approved, read-only
    },

    async header(actor: Actor | null, id: string): Promise<EvaluationHeader> {
      const h = await repo.header(id);
      if (!h) throw notFound(`evaluation ${id}`);
      await authorizeRead(actor, h);
      return h;
    },

    /** Evaluations of one unit (any year), or of every unit the actor may read in `year`. */
    async list(actor: Actor | null, filter: { unitId?: string; year?: number; status?: EvaluationStatus[] }): Promise<EvaluationHeader[]> {
      const status = actor === null ? ['published' as const] : filter.status;
      if (filter.unitId) {
        const rows = await repo.headers({ unitIds: [filter.unitId], year: filter.year, status });
        const out: EvaluationHeader[] = [];
        for (const h of rows) {
          try {
            await authorizeRead(actor, h);
            out.push(h);
          } catch {
            /* not readable: omitted */
          }
        }
        return out;
      }
      if (actor === null || actor.kind === 'system' || readableRoots(actor).includes(null)) {
        return repo.headers({ year: filter.year, status });
      }
      if (filter.year === undefined) throw new ServiceError('invalid', '需要指定年度 / year is required');
      const units = unitRepository(db);
      const ids = new Set<string>();
      for (const root of readableRoots(actor)) for (const id of await units.subtreeIds(root!, filter.year)) ids.add(id);
      return repo.headers({ unitIds: [...ids], year: filter.year, status });
    },

    /**
     * Finds by a unit name as users write it (full, short, code, 妇联 ↔ 妇女联合会, prefixes) and year
     * (CLI, reports). Null when there is no such unit or evaluation; an ambiguous name → 409 with
     * candidates. The unit's own evaluation unless `projectCode` names a project's 自评表.
     */
    async findByUnitAndYear(actor: Actor, unitNameOrCode: string, year: number, projectCode: string | null = null): Promise<Evaluation | null> {
      const found = await unitRepository(db).findByAnyName(unitNameOrCode);
      if (found.length === 0) return null;
      const unit = onlyOne(unitNameOrCode, found);
      const h = (await repo.headers({ unitIds: [unit.id], year })).find((x) => x.projectCode === projectCode);
      return h ? this.get(actor, h.id) : null;
    },

    /** Saves content if `expectedVersion` is current; 409-style conflict carries the current state. */
    async save(actor: Actor, id: string, expectedVersion: number, content: EvaluationContent): Promise<Evaluation> {
      const h = await repo.header(id);
      if (!h) throw notFound(`evaluation ${id}`);
      await authorizeRead(actor, h);
      if (!canEdit(actor, await lineageOf(db, h.unitId, h.year))) throw forbidden('只有本单位填报人可以修改 / only a filler of this unit may edit');
      if (!isEditable(h.status)) throw new ServiceError('locked', `当前状态（${h.status}）不可修改 / not editable in status ${h.status}`);
      const problems = contentProblems(content, h.year);
      if (problems.length) throw new ServiceError('invalid', problems.slice(0, 5).join('；'), { problems });
      const frameworkId = await frameworkRepository(db).frameworkIdOfEvaluation(id);
      const framework = frameworkId ? await frameworkRepository(db).byId(frameworkId) : null;
      // Typed values normalised ("９８％" → "98%") and refused when a number is needed but absent.
      if (framework) content = { ...content, indicators: validatedValues(framework, content.indicators) };
      return db.transaction(async (tx) => {
        const txRepo = evaluationRepository(tx);
        const before = await txRepo.load(id);
        const version = await txRepo.bumpVersion(id, expectedVersion);
        if (version === null) {
          // A fresh read (a new statement sees the winner's commit), not the state we started from.
          throw new ServiceError('conflict', '已被他人修改，请刷新后合并 / changed by someone else since you loaded it', { current: await txRepo.load(id) });
        }
        // A project's 自评表 reads the unit's profile and key projects; it does not rewrite them.
        if (before && h.projectCode !== null) content = { ...content, profile: before.profile, keyProjects: before.keyProjects };
        if (before) content = await enforceApprovedTargets(tx, before, content); // issue 15: approved targets win
        if (framework && before) {
          // Computed actuals replace whatever was typed; scores, total and grade are recomputed on every save.
          const table = buildIndicatorTable(framework, content, await computeContextFor(tx, before));
          content = { ...content, indicators: table.values };
          await txRepo.writeContent(id, content);
          await storeScores(tx, id, table);
        } else await txRepo.writeContent(id, content);
        await rollupRepository(tx).refreshUnit(Number(h.unitId), h.year);
        const after = (await txRepo.load(id))!;
        await auditRepository(tx).append([
          {
            userId: actor.userId,
            action: 'evaluation.save',
            entity: 'evaluation',
            entityId: id,
            unitId: h.unitId,
            before: before ? contentOf(before) : null,
            after: contentOf(after),
          },
        ]);
        return after;
      });
    },
  };
}

export type EvaluationService = ReturnType<typeof evaluationService>;
