// Evaluation use cases: read (scoped), list, save with optimistic concurrency and audit.
import { canEdit, readableRoots, type Actor } from '../domain/access.js';
import type { Evaluation, EvaluationStatus } from '../domain/types.js';
import { isEditable } from '../domain/workflow.js';
import { scoreEvaluation } from '../domain/scoring/index.js';
import { auditRepository } from '../store/audit.js';
import { frameworkRepository } from '../store/frameworks.js';
import { rollupRepository } from '../store/rollups.js';
import type { DbOrTx } from '../store/db.js';
import { evaluationRepository, type EvaluationContent, type EvaluationHeader } from '../store/evaluations.js';
import { unitRepository } from '../store/units.js';
import { enforceApprovedTargets, withApprovedTargets } from './targetsHook.js';
import { ServiceError, forbidden, notFound } from './errors.js';
import { lineageOf, mayRead } from './lineage.js';


export function contentOf(e: Evaluation): EvaluationContent {
  const { title, reportDate, profile, budget, budgetLines, threePublic, indicators, keyProjects, sections } = e;
  return { title, reportDate, profile, budget, budgetLines, threePublic, indicators, keyProjects, sections };
}

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

  return {
    async get(actor: Actor | null, id: string): Promise<Evaluation> {
      const h = await repo.header(id);
      if (!h) throw notFound(`evaluation ${id}`);
      await authorizeRead(actor, h);
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

    /** Finds by unit name/short name/code and year (CLI, reports). Null when absent. */
    async findByUnitAndYear(actor: Actor, unitNameOrCode: string, year: number): Promise<Evaluation | null> {
      const unit = await unitRepository(db).find(unitNameOrCode);
      if (!unit) return null;
      const [h] = await repo.headers({ unitIds: [unit.id], year });
      return h ? this.get(actor, h.id) : null;
    },

    /** Saves content if `expectedVersion` is current; 409-style conflict carries the current state. */
    async save(actor: Actor, id: string, expectedVersion: number, content: EvaluationContent): Promise<Evaluation> {
      const h = await repo.header(id);
      if (!h) throw notFound(`evaluation ${id}`);
      await authorizeRead(actor, h);
      if (!canEdit(actor, await lineageOf(db, h.unitId, h.year))) throw forbidden('只有本单位填报人可以修改 / only a filler of this unit may edit');
      if (!isEditable(h.status)) throw new ServiceError('locked', `当前状态（${h.status}）不可修改 / not editable in status ${h.status}`);
      return db.transaction(async (tx) => {
        const txRepo = evaluationRepository(tx);
        const before = await txRepo.load(id);
        const version = await txRepo.bumpVersion(id, expectedVersion);
        if (version === null) {
          // A fresh read (a new statement sees the winner's commit), not the state we started from.
          throw new ServiceError('conflict', '已被他人修改，请刷新后合并 / changed by someone else since you loaded it', { current: await txRepo.load(id) });
        }
        await txRepo.writeContent(id, before ? await enforceApprovedTargets(tx, before, content) : content); // issue 15
        // Scores are recomputed on every save, never typed in (from what was stored, not what was sent).
        const written = await txRepo.scoringInputs(id);
        const framework = before ? await frameworkRepository(tx).byId(before.framework.id) : null;
        if (framework) {
          const scored = scoreEvaluation(framework, written.indicators, written.budgetLines);
          const present = new Set(written.indicators.map((v) => v.indicatorCode));
          await txRepo.setScores(id, scored.indicators.filter((s) => present.has(s.indicatorCode)));
          await txRepo.setTotal(id, scored.total, scored.grade);
        }
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
