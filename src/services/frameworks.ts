// Framework use cases: built-ins ensured in every database; frameworks as versioned data (create,
// edit until frozen, freeze, copy to a new year), the 指标库, targets with the previous year's
// baseline, and scoring a 自评表. Permission checks live here; routes only translate.
import { canEdit, isDeploymentAdmin, type Actor } from '../domain/access.js';
import { isDecimal, normalize } from '../domain/decimal.js';
import { defaultRule, parentCodeOf } from '../domain/frameworks/build.js';
import { FrameworkFrozenError, copyFrameworkToYear, leavesOf, totalWeight, validateFramework, type FrameworkProblem } from '../domain/frameworks/utils.js';
import { ScoringInputError, scoreInput, type TableResult } from '../domain/scoring/index.js';
import type { Framework, FrameworkKind, IndicatorDef, IndicatorLevel, IndicatorSource, Operator, ScoringRule } from '../domain/types.js';
import { sourceProblems } from '../domain/indicators/sources.js';
import { validateIndicatorValues } from '../domain/indicators/validate.js';
import { auditRepository } from '../store/audit.js';
import type { Db, DbOrTx } from '../store/db.js';
import { evaluationRepository } from '../store/evaluations.js';
import { frameworkRepository, upsertTargets } from '../store/frameworks.js';
import { indicatorLibraryRepository, type LibraryIndicator } from '../store/indicatorLibrary.js';
import { rollupRepository } from '../store/rollups.js';
import { unitRepository } from '../store/units.js';
import { ServiceError, forbidden, notFound } from './errors.js';
import { evaluationService } from './evaluations.js';
import { rescoreStored } from './indicatorScoring.js';
import { lineageOf, mayRead } from './lineage.js';

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
    { userId, action: 'framework.freeze', entity: 'framework', entityId: id, unitId: null, before: { frozen: false }, after: { frozen: true }, reason: `自评 ${evaluationId} 已提交 / evaluation submitted` },
  ]);
  return true;
}

/** One indicator as sent by a client; a `libraryId` copies the 指标库 entry's fields (explicit ones win). */
export interface IndicatorInput {
  code: string;
  parentCode?: string | null; // default: the dotted prefix of the code ("1.2" for "1.2.3")
  order?: number; // default: position among its siblings
  name?: string;
  unit?: string | null;
  operator?: Operator | null;
  weight?: string | number | null;
  rule?: ScoringRule;
  source?: IndicatorSource | null;
  libraryId?: string;
}

export interface FrameworkInput {
  code: string;
  name: string;
  kind?: FrameworkKind;
  year?: number | null;
  indicators: IndicatorInput[];
}

export interface LibraryInput {
  name: string;
  unit?: string | null;
  operator: Operator;
  rule?: ScoringRule;
  description?: string | null;
  ownerUnitId?: string | null; // default: the actor's own unit (admin: shared)
}

const invalid = (problems: FrameworkProblem[]) =>
  new ServiceError('invalid', `指标体系有 ${problems.length} 处问题 / invalid framework: ${problems.map((p) => (p.code ? `${p.code} ${p.message}` : p.message)).join('；')}`, { problems });

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

/** Parameters a rule needs beyond its kind (the JSON schema checks types, this checks presence). */
function ruleProblems(code: string | null, rule: ScoringRule): FrameworkProblem[] {
  if (rule.kind === 'deduction') {
    const r = rule as Partial<Extract<ScoringRule, { kind: 'deduction' }>>;
    if ([r.perUnit, r.unitSize, r.threshold].some((x) => typeof x !== 'number') || !r.direction) {
      return [{ code, message: '扣分规则需要 perUnit、unitSize、threshold 和 direction' }];
    }
  }
  if (rule.kind === 'bands' && !(rule.bands?.length > 0)) return [{ code, message: '区间规则至少需要一个区间 bands' }];
  return [];
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
  const libRepo = indicatorLibraryRepository(db);

  /** Library owner ids the actor may use: shared, own units, their ancestors, and units below them. */
  async function visibleOwners(actor: Actor, year: number): Promise<(string | null)[] | undefined> {
    if (isDeploymentAdmin(actor)) return undefined; // everything
    const own = actor.grants.map((g) => g.unitId).filter((u): u is string => u !== null);
    const up = new Set(own);
    for (const u of own) for (const a of await unitRepository(db).ancestorIds(u, year)) up.add(a);
    const out: (string | null)[] = [null];
    for (const o of await libRepo.ownerIds()) if (up.has(o) || (await mayRead(db, actor, o, year))) out.push(o);
    return out;
  }

  async function libraryFor(actor: Actor, inputs: IndicatorInput[], year: number): Promise<Map<string, LibraryIndicator>> {
    const ids = [...new Set(inputs.flatMap((i) => (i.libraryId === undefined ? [] : [i.libraryId])))];
    if (ids.length === 0) return new Map();
    const entries = await libRepo.list({ ids, ownerUnitIds: await visibleOwners(actor, year), limit: ids.length });
    return new Map(entries.map((e) => [e.id, e]));
  }

  /** Recomputes the stored scores of draft evaluations after their framework changed. */
  async function rescoreDrafts(tx: DbOrTx, framework: Framework) {
    for (const id of await frameworkRepository(tx).draftEvaluationIds(framework.id)) await rescore(tx, id, framework);
  }

  async function withUsage(f: Framework) {
    const usage = await repo.usage(f.id);
    // A framework in use by a submitted evaluation is frozen even if nobody set the flag.
    return { ...f, frozen: f.frozen || usage.submitted > 0, basedOnId: await repo.basedOn(f.id), totalWeight: totalWeight(f), usage };
  }

  return {
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
      const candidate: Framework = { id: 'new', code: input.code, name: input.name, kind: input.kind ?? 'custom', year, version: 1, frozen: false, indicators: defs };
      problems.push(...validateFramework(candidate));
      if (problems.length) throw invalid(problems);
      return uniqueOr409(() => db.transaction(async (tx) => {
        const created = await frameworkRepository(tx).insert(candidate);
        await auditRepository(tx).append([{ userId: actor.userId, action: 'framework.create', entity: 'framework', entityId: created.id, unitId: null, after: created }]);
        return created;
      }));
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
          throw new ServiceError('conflict', `指标体系已被他人修改（第 ${before.revision} 次修订），请刷新后合并 / changed by someone else since you loaded it`, { current: before });
        }
        const year = input.year === undefined ? before.year : input.year;
        const { defs, problems } = toDefs(id, input.indicators, library);
        const candidate: Framework = { ...before, name: input.name, year, indicators: defs };
        problems.push(...validateFramework(candidate));
        if (problems.length) throw invalid(problems);
        const after = await txRepo.replace(id, candidate);
        await rescoreDrafts(tx, after);
        await auditRepository(tx).append([{ userId: actor.userId, action: 'framework.update', entity: 'framework', entityId: id, unitId: null, before, after }]);
        return after;
      });
    },

    async freeze(actor: Actor, id: string) {
      requireAdmin(actor);
      return db.transaction(async (tx) => {
        const txRepo = frameworkRepository(tx);
        if (!(await txRepo.byId(id))) throw notFound(`framework ${id}`);
        if (await txRepo.freezeIfOpen(id)) {
          await auditRepository(tx).append([{ userId: actor.userId, action: 'framework.freeze', entity: 'framework', entityId: id, unitId: null, before: { frozen: false }, after: { frozen: true } }]);
        }
        return (await txRepo.byId(id))!;
      });
    },

    /** A new, unfrozen version of the same code for `year` (weights and rules unchanged). */
    async copy(actor: Actor, id: string, year: number) {
      requireAdmin(actor);
      return uniqueOr409(() => db.transaction(async (tx) => {
        const txRepo = frameworkRepository(tx);
        const source = await txRepo.byId(id);
        if (!source) throw notFound(`framework ${id}`);
        const copy = copyFrameworkToYear(source, year, { nextVersion: await txRepo.nextVersion(source.code) });
        const created = await txRepo.insert({ ...copy, basedOnId: source.id });
        await auditRepository(tx).append([
          { userId: actor.userId, action: 'framework.copy', entity: 'framework', entityId: created.id, unitId: null, before: { id: source.id, version: source.version }, after: created },
        ]);
        return created;
      }));
    },

    async listLibrary(actor: Actor, filter: { q?: string; operator?: Operator; ownerUnitId?: string | null; year?: number; limit?: number }) {
      const visible = await visibleOwners(actor, filter.year ?? new Date().getFullYear());
      let owners = visible;
      if (filter.ownerUnitId !== undefined) {
        owners = visible === undefined || visible.includes(filter.ownerUnitId) ? [filter.ownerUnitId] : [];
      }
      return libRepo.list({ q: filter.q, operator: filter.operator, ownerUnitIds: owners, limit: filter.limit ?? 100 });
    },

    /** Shared entries are the deployment-wide administrator's; a unit's filler or reviewer adds entries of that unit. */
    async createLibrary(actor: Actor, input: LibraryInput) {
      const admin = isDeploymentAdmin(actor);
      const ownUnits = actor.grants.filter((g) => (g.role === 'filler' || g.role === 'reviewer') && g.unitId !== null).map((g) => g.unitId!);
      const ownerUnitId = input.ownerUnitId !== undefined ? input.ownerUnitId : admin ? null : (ownUnits[0] ?? null);
      if (ownerUnitId === null ? !admin : !admin && !ownUnits.includes(ownerUnitId)) {
        throw forbidden(ownerUnitId === null ? '只有管理员可以添加共享指标 / only an administrator adds shared entries' : '只能为本单位添加指标 / only for your own unit');
      }
      if (ownerUnitId !== null && !(await unitRepository(db).byId(ownerUnitId))) throw new ServiceError('invalid', `单位 ${ownerUnitId} 不存在 / no such unit`);
      const rule = input.rule ?? defaultRule(input.operator);
      const probe: Framework = {
        id: 'lib', code: 'lib', name: input.name, kind: 'custom', year: null, version: 1, frozen: false,
        indicators: [{ id: 'lib:1', code: '1', parentCode: null, level: 1, order: 1, name: input.name, unit: input.unit ?? null, operator: input.operator, weight: '1', rule }],
      };
      const problems = [...ruleProblems(null, rule), ...validateFramework(probe)].map((p) => ({ ...p, code: null }));
      if (problems.length) throw new ServiceError('invalid', `指标库条目无效 / invalid entry: ${problems.map((p) => p.message).join('；')}`, { problems });
      return db.transaction(async (tx) => {
        const entry = await indicatorLibraryRepository(tx).insert({
          name: input.name.trim(), unit: input.unit ?? null, operator: input.operator, rule, description: input.description ?? null, ownerUnitId, createdBy: actor.userId,
        });
        await auditRepository(tx).append([{ userId: actor.userId, action: 'indicatorLibrary.create', entity: 'indicatorLibrary', entityId: entry.id, unitId: ownerUnitId, after: entry }]);
        return entry;
      });
    },

    /** 绩效目标申报: sets targets of leaves while the evaluation is a draft; actuals stay as they are. */
    async setTargets(actor: Actor, id: string, input: { version: number; targets: { indicatorCode: string; target: string | null }[] }) {
      const e = await evaluationService(db).get(actor, id); // 404 when unreadable
      if (!(await mayEditUnit(db, actor, e.unit.id, e.year))) throw forbidden('只有本单位填报人可以申报年度指标值 / only a filler of this unit may set targets');
      if (e.status !== 'draft') throw new ServiceError('locked', `年度指标值只能在草稿状态下申报（当前：${e.status}）/ targets can be set only while draft`);
      const framework = (await repo.byId(e.framework.id))!;
      const leaves = new Set(leavesOf(framework).map((l) => l.code));
      const problems: FrameworkProblem[] = [];
      const seen = new Set<string>();
      for (const t of input.targets) {
        if (!leaves.has(t.indicatorCode)) problems.push({ code: t.indicatorCode, message: `不是本指标体系的末级指标：${t.indicatorCode}` });
        if (seen.has(t.indicatorCode)) problems.push({ code: t.indicatorCode, message: `重复的指标：${t.indicatorCode}` });
        seen.add(t.indicatorCode);
      }
      // Targets of quantitative leaves are numbers as officials write them ("≥90%", "９８％" → "98%").
      const checked = validateIndicatorValues(
        framework,
        input.targets.filter((t) => leaves.has(t.indicatorCode)).map((t) => ({ indicatorCode: t.indicatorCode, target: t.target, actual: null, score: null, deviationReason: null, applicable: true, achievement: null })),
      );
      for (const p of checked.problems) problems.push({ code: p.indicatorCode, message: p.message });
      if (problems.length) throw new ServiceError('invalid', `年度指标值无效 / invalid targets: ${problems.map((p) => p.message).join('；')}`, { problems });
      const normalised = new Map(checked.values.map((v) => [v.indicatorCode, v.target]));
      input = { ...input, targets: input.targets.map((t) => ({ ...t, target: normalised.has(t.indicatorCode) ? normalised.get(t.indicatorCode)! : t.target })) };
      return db.transaction(async (tx) => {
        const evals = evaluationRepository(tx);
        if ((await evals.bumpVersion(id, input.version)) === null) {
          throw new ServiceError('conflict', '已被他人修改，请刷新后再申报 / changed by someone else', { current: await evals.load(id) });
        }
        const targets = input.targets.map((t) => ({ indicatorCode: t.indicatorCode, target: t.target === null || t.target.trim() === '' ? null : t.target.trim() }));
        await upsertTargets(tx, id, targets);
        await rescore(tx, id, framework);
        const before = Object.fromEntries(targets.map((t) => [t.indicatorCode, e.indicators.find((v) => v.indicatorCode === t.indicatorCode)?.target ?? null]));
        const after = Object.fromEntries(targets.map((t) => [t.indicatorCode, t.target]));
        await auditRepository(tx).append([{ userId: actor.userId, action: 'evaluation.targets', entity: 'evaluation', entityId: id, unitId: e.unit.id, before, after }]);
        return (await evals.load(id))!;
      });
    },

    /** The previous year's actuals of the same unit for this evaluation's leaves (shown next to targets). */
    async baseline(actor: Actor, id: string) {
      const evals = evaluationService(db);
      const e = await evals.get(actor, id);
      const empty = { year: e.year - 1, evaluationId: null as string | null, status: null as string | null, frameworkCode: null as string | null, indicators: [] as BaselineRow[] };
      const candidates = await evaluationRepository(db).headers({ unitIds: [e.unit.id], year: e.year - 1 });
      const prevHead = candidates.find((h) => h.frameworkCode === e.framework.code) ?? candidates[0];
      if (!prevHead) return empty;
      const prev = await evals.get(actor, prevHead.id).catch(() => null);
      if (!prev) return empty;
      const [current, previous] = [(await repo.byId(e.framework.id))!, (await repo.byId(prev.framework.id))!];
      const sameFramework = previous.code === current.code;
      const prevLeafByName = new Map(leavesOf(previous).map((l) => [l.name, l.code]));
      const prevValue = new Map(prev.indicators.map((v) => [v.indicatorCode, v]));
      const rows: BaselineRow[] = [];
      for (const leaf of leavesOf(current).sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }))) {
        // Codes are only comparable within one framework code; across frameworks match by name.
        const code = sameFramework ? leaf.code : prevLeafByName.get(leaf.name);
        const v = code === undefined ? undefined : prevValue.get(code);
        if (!v) continue;
        rows.push({ indicatorCode: leaf.code, previousCode: code!, name: leaf.name, unit: leaf.unit, target: v.target, actual: v.actual, score: v.score, applicable: v.applicable });
      }
      return { year: e.year - 1, evaluationId: prev.id, status: prev.status, frameworkCode: previous.code, indicators: rows };
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

export interface BaselineRow {
  indicatorCode: string;
  previousCode: string;
  name: string;
  unit: string | null;
  target: string | null;
  actual: string | null;
  score: string | null;
  applicable: boolean;
}

async function mayEditUnit(db: DbOrTx, actor: Actor, unitId: string, year: number): Promise<boolean> {
  return canEdit(actor, await lineageOf(db, unitId, year));
}

/** Scores an evaluation's stored values against its framework, as a save does. */
async function rescore(tx: DbOrTx, id: string, framework: Framework) {
  await rescoreStored(tx, id, framework);
  const h = (await evaluationRepository(tx).header(id))!;
  await rollupRepository(tx).refreshUnit(Number(h.unitId), h.year);
}

export type FrameworkService = ReturnType<typeof frameworkService>;
