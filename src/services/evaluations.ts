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
import { reviewCommentRepository } from '../store/reviewComments.js';
import { pruneKeyProjects } from '../store/keyProjects.js';
import { enforceApprovedTargets, withApprovedTargets } from './targetsHook.js';
import { ServiceError, forbidden, notFound } from './errors.js';
import { computeContextFor, validatedValues } from './indicatorScoring.js';
import { lineageOf, mayRead } from './lineage.js';
import { onlyOne } from './units.js';
import { contentOf } from '../domain/content.js';
import { diffContent, isUnchanged, projectsToEnsure, storedContent, touchesRollups } from '../domain/contentDiff.js';
import { normalize } from '../domain/decimal.js';
import type { IndicatorValue } from '../domain/types.js';
import { evaluationDigest, profileRow, statesOf, unitYearDigest, type StateTriple } from '../store/auditState.js';
import { bumpWithHeader, writeContentChanges } from '../store/evaluationWrites.js';
import { identifyKeyProjects, renamedRef } from '../domain/keyProjectIdentity.js';

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

    /**
     * The working record around an evaluation (流转记录, review comments, the diff between submissions):
     * its own readers only, also once published: 公开 makes the report public, not who returned it and why.
     */
    async workingRecord(actor: Actor, id: string): Promise<EvaluationHeader> {
      const h = await repo.header(id);
      if (!h) throw notFound(`evaluation ${id}`);
      if (actor.kind !== 'system' && !(await mayRead(db, actor, h.unitId, h.year))) throw notFound(`evaluation ${id}`);
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

    /**
     * Saves content if `expectedVersion` is current; 409-style conflict carries the current state.
     * Writes only what differs from the stored evaluation (nothing at all when nothing does: the
     * answer is then the stored evaluation, its version unchanged); the answer and the audit
     * entry's "after" are the rows as written.
     */
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
        if (!before) throw notFound(`evaluation ${id}`);
        if (before.version !== expectedVersion) {
          throw new ServiceError('conflict', '已被他人修改，请刷新后合并 / changed by someone else since you loaded it', { current: before });
        }
        if (!isEditable(before.status)) throw new ServiceError('locked', `当前状态（${before.status}）不可修改 / not editable in status ${before.status}`);
        // A project's 自评表 reads the unit's profile and key projects; it does not rewrite them.
        let renamed = new Map<string, string>();
        if (h.projectCode !== null) content = { ...content, profile: before.profile, keyProjects: before.keyProjects };
        else {
          const identified = identifyKeyProjects(content.keyProjects);
          renamed = identified.renamed;
          // the narrative's figures and the reviewer's pins follow a project to its shared code
          const sections = content.sections.map((s) => ({ ...s, figures: s.figures.map((f) => ({ ...f, ref: renamedRef(f.ref, renamed) })) }));
          content = { ...content, keyProjects: identified.projects, sections: renamed.size ? sections : content.sections };
        }
        content = await enforceApprovedTargets(tx, before, content); // issue 15: approved targets win
        let totalScore = before.totalScore ?? null;
        let grade = before.grade ?? null;
        if (framework) {
          // Computed actuals replace whatever was typed; scores, total and grade are recomputed on every save.
          const table = buildIndicatorTable(framework, content, await computeContextFor(tx, before, framework));
          content = { ...content, indicators: withScores(table) };
          totalScore = table.total === null ? null : normalize(table.total);
          grade = table.grade ?? null;
        }
        const stored = storedContent(contentOf(before));
        const after = storedContent(content);
        const changes = diffOrRefuse(stored, after);
        const headerChanged = totalScore !== (before.totalScore ?? null) || grade !== (before.grade ?? null);
        // Nothing differs: nothing is written (no version, audit entry or roll-up), as if saved just before.
        if (isUnchanged(changes) && !headerChanged) return before;
        const version = await bumpWithHeader(tx, Number(id), expectedVersion, { title: after.title, reportDate: after.reportDate, totalScore, grade });
        if (version === null) {
          // Another save won between our read and our lock: a fresh read (a new statement sees its commit).
          throw new ServiceError('conflict', '已被他人修改，请刷新后合并 / changed by someone else since you loaded it', { current: await txRepo.load(id) });
        }
        const scope = { evaluationId: Number(id), unitId: Number(h.unitId), year: h.year };
        const projects = await writeContentChanges(tx, scope, changes, projectsToEnsure(changes, stored, after));
        // a key project's measure and unit are the catalogue's for its code; its name is the one typed
        const keyProjects = after.keyProjects.map((k) => ({
          ...k,
          ...pick(projects.get(k.code) ?? before.keyProjects.find((b) => b.code === k.code) ?? k),
          name: k.name,
        }));
        const written: Evaluation = { ...before, ...after, keyProjects, version, totalScore, grade };
        if (headerChanged || touchesRollups(changes, stored)) await rollupRepository(tx).refreshUnit(Number(h.unitId), h.year);
        // a code this save stopped using (a half-typed name's) leaves the catalogue if no one uses it
        await pruneKeyProjects(
          tx,
          [...changes.projectValues.remove, ...changes.projectMeasures.remove, ...changes.projectFunding.remove].map((r) => r.code),
        );
        await reviewCommentRepository(tx).renameProjectAnchors(renamed, { unitId: Number(h.unitId), year: h.year });
        await auditRepository(tx).append([
          {
            userId: actor.userId,
            action: 'evaluation.save',
            entity: 'evaluation',
            entityId: id,
            unitId: h.unitId,
            before: contentOf(before),
            after: contentOf(written),
            states: await savedStates(tx, written),
          },
        ]);
        return written;
      });
    },
  };
}

/** The changes, or a 400 when the content holds two rows with one key (two 三公 'total' lines…). */
function diffOrRefuse(stored: EvaluationContent, after: EvaluationContent) {
  try {
    return diffContent(stored, after);
  } catch (e) {
    const m = /^duplicate (\w+) row (.*)$/.exec((e as Error).message);
    if (!m) throw e;
    throw new ServiceError('invalid', `同一项填写了两次 / the same row appears twice: ${m[1]} ${m[2]}`, { problems: [(e as Error).message] });
  }
}

const pick = (k: { name: string; measure: string; unitOfMeasure: string }) => ({ name: k.name, measure: k.measure, unitOfMeasure: k.unitOfMeasure });

/** Scores of the table on its values (leaves without a value get none). */
function withScores(table: ReturnType<typeof buildIndicatorTable>): IndicatorValue[] {
  const scores = new Map(table.rows.filter((r) => r.leaf).map((r) => [r.code, r.score]));
  // a value of no leaf of the framework keeps the score it came with, as it always did
  return table.values.map((v) => (scores.has(v.indicatorCode) ? { ...v, score: scores.get(v.indicatorCode) ?? null } : v));
}

/**
 * The audit states of a saved evaluation from what was written; a project's 自评表 shares its
 * unit's year with the unit's own evaluation, so that one is read (it was not written here).
 */
async function savedStates(tx: DbOrTx, e: Evaluation): Promise<StateTriple[]> {
  const unitYear = `${e.unit.id}:${e.year}`;
  if (e.projectCode !== null) return [['evaluation', e.id, evaluationDigest(e)], ...(await statesOf(tx, [['unitYear', unitYear]]))];
  return [
    ['evaluation', e.id, evaluationDigest(e)],
    ['unitYear', unitYear, unitYearDigest(profileRow(e.profile), e.keyProjects)],
  ];
}

export type EvaluationService = ReturnType<typeof evaluationService>;
