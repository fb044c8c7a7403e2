// Framework use cases: built-ins ensured in every database; frameworks as versioned data (create,
// edit until frozen, freeze, copy to a new year) and scoring a 自评表. The 指标库 (indicatorLibrary.ts)
// and an evaluation's targets (evaluationTargets.ts) are their own modules, served under the same name.
// Permission checks live here; routes only translate.
import { isDeploymentAdmin, type Actor } from '../domain/access.js';
import { isDecimal, normalize } from '../domain/decimal.js';
import { defaultRule, parentCodeOf } from '../domain/frameworks/build.js';
import { FrameworkFrozenError, copyFrameworkToYear, ruleProblems, totalWeight, validateFramework, type FrameworkProblem } from '../domain/frameworks/utils.js';
import { ScoringInputError, scoreInput, type TableResult } from '../domain/scoring/index.js';
import type { Framework, IndicatorDef, IndicatorLevel, ScoringRule } from '../domain/types.js';
import { sourceProblems } from '../domain/indicators/sources.js';
import { auditRepository } from '../store/audit.js';
import type { Db, DbOrTx } from '../store/db.js';
import { frameworkRepository } from '../store/frameworks.js';
import { type LibraryIndicator } from '../store/indicatorLibrary.js';
import { ServiceError, forbidden, notFound } from './errors.js';
import { rescoreAndRollUp } from './indicatorScoring.js';
import { indicatorLibraryService } from './indicatorLibrary.js';
import { evaluationTargetService } from './evaluationTargets.js';
import type { IndicatorInput, FrameworkInput, LibraryInput } from '../domain/requests.js';
export type { IndicatorInput, FrameworkInput, LibraryInput };

/** Inserts each framework whose code is not stored yet; returns code → stored framework. */
export async function ensureFrameworks(db: DbOrTx, list: readonly Omit<Framework, 'id'>[]): Promise<Map<string, Framework>> {
  const repo = frameworkRepository(db);
  const out = new Map<string, Framework>();
  for (const f of list) {
    out.set(f.code, (await repo.latest(f.code)) ?? (await repo.insert(f)));
  }
  return out;
}

/**
 * Freezes the framework of an evaluation being submitted (call inside the submit transaction).
 * Returns true when this call froze it; audited as `framework.freeze`.
 */
export async function freezeFrameworkOf(tx: DbOrTx, evaluationId: string, userId: string | null = null): Promise<boolean> {
  const repo = frameworkRepository(tx);
  const id = await repo.frameworkIdOfEvaluation(evaluationId);
  if (id === null) throw notFound(`evaluation ${evaluationId}`);
  if (!(await repo.freezeIfOpen(id))) return false;
  await auditRepository(tx).append([
    {
      userId,
      action: 'framework.freeze',
      entity: 'framework',
      entityId: id,
      unitId: null,
      before: { frozen: false },
      after: { frozen: true },
      reason: `自评 ${evaluationId} 已提交 / evaluation submitted`,
    },
  ]);
  return true;
}

const invalid = (problems: FrameworkProblem[]) =>
  new ServiceError(
    'invalid',
    `指标体系有 ${problems.length} 处问题 / invalid framework: ${problems.map((p) => (p.code ? `${p.code} ${p.message}` : p.message)).join('；')}`,
    { problems },
  );

/** A concurrent create/copy of the same code hit the (code, version) unique index: a 409, not a 500. */
async function uniqueOr409<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    const code = (e as { code?: string; cause?: { code?: string } }).code ?? (e as { cause?: { code?: string } }).cause?.code;
    if (code === '23505') throw new ServiceError('conflict', '同一编码的版本已被他人创建，请刷新后重试 / that version was just created, retry');
    throw e;
  }
}

function requireAdmin(actor: Actor) {
  // Frameworks are shared by every unit: an admin of one unit may not change everyone's scoring.
  if (!isDeploymentAdmin(actor)) throw forbidden('只有全局管理员可以维护指标体系 / only a deployment-wide administrator may change frameworks');
}

/** Turns client indicators into IndicatorDefs: library fields copied, levels and orders derived. */
function toDefs(frameworkId: string, inputs: IndicatorInput[], library: Map<string, LibraryIndicator>): { defs: IndicatorDef[]; problems: FrameworkProblem[] } {
  const problems: FrameworkProblem[] = [];
  if (inputs.length === 0) problems.push({ code: null, message: '至少需要一个指标 / at least one indicator' });
  const parentOf = new Map(inputs.map((i) => [i.code.trim(), i.parentCode === undefined ? parentCodeOf(i.code.trim()) : i.parentCode]));
  const parents = new Set([...parentOf.values()].filter((c): c is string => c !== null));
  const levelOf = (code: string): number => {
    let depth = 1;
    for (let p = parentOf.get(code); p != null && depth <= 4; p = parentOf.get(p)) depth++;
    return depth;
  };
  const siblingsSeen = new Map<string | null, number>();
  const defs = inputs.map((input): IndicatorDef => {
    const code = input.code.trim();
    const lib = input.libraryId === undefined ? undefined : library.get(input.libraryId);
    if (input.libraryId !== undefined && !lib) problems.push({ code, message: `指标库条目 ${input.libraryId} 不存在或无权使用` });
    const parentCode = parentOf.get(code) ?? null;
    const order = input.order ?? (siblingsSeen.get(parentCode) ?? 0) + 1;
    siblingsSeen.set(parentCode, order);
    const level = levelOf(code);
    if (level > 3) problems.push({ code, message: '指标最多三级 / at most three levels' });
    const isLeaf = !parents.has(code);
    const operator = isLeaf ? (input.operator ?? lib?.operator ?? null) : null;
    // A leaf is narrative-only (not scored) only when it says so with rule { kind: 'none' }; without an
    // operator it defaults to ratio so validation reports the missing operator.
    const rule: ScoringRule = isLeaf ? (input.rule ?? lib?.rule ?? (operator ? defaultRule(operator) : { kind: 'ratio' })) : { kind: 'none' };
    problems.push(...ruleProblems(code, rule));
    const src = isLeaf ? (input.source ?? null) : null;
    if (!isLeaf && input.source) problems.push({ code, message: '只有末级指标可以由数据计算 / only a leaf may be computed' });
    for (const m of sourceProblems(src)) problems.push({ code, message: m });
    const w = input.weight;
    if (w !== null && w !== undefined && !isDecimal(String(w))) problems.push({ code, message: `分值不是数字：${w}` });
    return {
      id: `${frameworkId}:${code}`,
      code,
      parentCode,
      level: Math.min(level, 3) as IndicatorLevel,
      order,
      name: (input.name ?? lib?.name ?? '').trim(),
      unit: input.unit !== undefined ? input.unit : (lib?.unit ?? null),
      operator,
      weight: w === null || w === undefined || !isDecimal(String(w)) ? null : normalize(String(w)),
      rule: structuredClone(rule),
      ...(src ? { source: structuredClone(src) } : {}),
    };
  });
  return { defs, problems };
}

export function frameworkService(db: Db) {
  const repo = frameworkRepository(db);
  const { libraryFor } = indicatorLibraryService(db);

  /** Recomputes the stored scores of draft evaluations after their framework changed. */
  async function rescoreDrafts(tx: DbOrTx, framework: Framework) {
    for (const id of await frameworkRepository(tx).draftEvaluationIds(framework.id)) await rescoreAndRollUp(tx, id, framework);
  }

  async function withUsage(f: Framework) {
    const usage = await repo.usage(f.id);
    // A framework in use by a submitted evaluation is frozen even if nobody set the flag.
    return { ...f, frozen: f.frozen || usage.submitted > 0, basedOnId: await repo.basedOn(f.id), totalWeight: totalWeight(f), usage };
  }

  return {
    ...indicatorLibraryService(db).methods,
    ...evaluationTargetService(db),
    async list(_actor: Actor, filter: { code?: string; year?: number } = {}) {
      return repo.summaries(filter);
    },

    async get(_actor: Actor, id: string) {
      const f = await repo.byId(id);
      if (!f) throw notFound(`framework ${id}`);
      return withUsage(f);
    },

    async create(actor: Actor, input: FrameworkInput) {
      requireAdmin(actor);
      if (await repo.latest(input.code)) {
        throw new ServiceError('conflict', `指标体系编码 ${input.code} 已存在，请复制为新版本 / code exists, copy it to a new version`);
      }
      const year = input.year ?? null;
      const { defs, problems } = toDefs('new', input.indicators, await libraryFor(actor, input.indicators, year ?? new Date().getFullYear()));
      const candidate: Framework = {
        id: 'new',
        code: input.code,
        name: input.name,
        kind: input.kind ?? 'custom',
        year,
        version: 1,
        frozen: false,
        indicators: defs,
      };
      problems.push(...validateFramework(candidate));
      if (problems.length) throw invalid(problems);
      return uniqueOr409(() =>
        db.transaction(async (tx) => {
          const created = await frameworkRepository(tx).insert(candidate);
          await auditRepository(tx).append([
            { userId: actor.userId, action: 'framework.create', entity: 'framework', entityId: created.id, unitId: null, after: created },
          ]);
          return created;
        }),
      );
    },

    /**
     * Replaces name, year and the whole indicator tree; 423 once frozen or used by a submitted
     * evaluation; 409 with the current framework when `revision` is not the stored one.
     */
    async update(actor: Actor, id: string, input: Omit<FrameworkInput, 'code' | 'kind'> & { revision: number }) {
      requireAdmin(actor);
      // Read outside the transaction: on PGlite a query on `db` inside it would wait forever.
      const library = await libraryFor(actor, input.indicators, input.year ?? new Date().getFullYear());
      return db.transaction(async (tx) => {
        const txRepo = frameworkRepository(tx);
        if (!(await txRepo.lock(id))) throw notFound(`framework ${id}`);
        const before = (await txRepo.byId(id))!;
        if (before.frozen || (await txRepo.usage(id)).submitted > 0) {
          throw new ServiceError('locked', new FrameworkFrozenError(before).message, { frameworkId: id, version: before.version });
        }
        if (before.revision !== input.revision) {
          throw new ServiceError(
            'conflict',
            `指标体系已被他人修改（第 ${before.revision} 次修订），请刷新后合并 / changed by someone else since you loaded it`,
            { current: before },
          );
        }
        const year = input.year === undefined ? before.year : input.year;
        const { defs, problems } = toDefs(id, input.indicators, library);
        const candidate: Framework = { ...before, name: input.name, year, indicators: defs };
        problems.push(...validateFramework(candidate));
        if (problems.length) throw invalid(problems);
        const after = await txRepo.replace(id, candidate);
        await rescoreDrafts(tx, after);
        await auditRepository(tx).append([
          { userId: actor.userId, action: 'framework.update', entity: 'framework', entityId: id, unitId: null, before, after },
        ]);
        return after;
      });
    },

    async freeze(actor: Actor, id: string) {
      requireAdmin(actor);
      return db.transaction(async (tx) => {
        const txRepo = frameworkRepository(tx);
        if (!(await txRepo.byId(id))) throw notFound(`framework ${id}`);
        if (await txRepo.freezeIfOpen(id)) {
          await auditRepository(tx).append([
            {
              userId: actor.userId,
              action: 'framework.freeze',
              entity: 'framework',
              entityId: id,
              unitId: null,
              before: { frozen: false },
              after: { frozen: true },
            },
          ]);
        }
        return (await txRepo.byId(id))!;
      });
    },

    /** A new, unfrozen version of the same code for `year` (weights and rules unchanged). */
    async copy(actor: Actor, id: string, year: number) {
      requireAdmin(actor);
      return uniqueOr409(() =>
        db.transaction(async (tx) => {
          const txRepo = frameworkRepository(tx);
          const source = await txRepo.byId(id);
          if (!source) throw notFound(`framework ${id}`);
          const copy = copyFrameworkToYear(source, year, { nextVersion: await txRepo.nextVersion(source.code) });
          const created = await txRepo.insert({ ...copy, basedOnId: source.id });
          await auditRepository(tx).append([
            {
              userId: actor.userId,
              action: 'framework.copy',
              entity: 'framework',
              entityId: created.id,
              unitId: null,
              before: { id: source.id, version: source.version },
              after: created,
            },
          ]);
          return created;
        }),
      );
    },

    /** Scores a 自评表 (the JSON of `jixiao score`); invalid input → 400 listing every issue. */
    score(_actor: Actor, input: unknown): TableResult {
      try {
        return scoreInput(input);
      } catch (e) {
        if (e instanceof ScoringInputError) throw new ServiceError('invalid', `输入无效 / invalid input: ${e.message}`, { issues: e.issues });
        throw e;
      }
    },
  };
}

export type FrameworkService = ReturnType<typeof frameworkService>;
