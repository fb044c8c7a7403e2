// Frameworks (指标体系) and their indicator trees, versioned by (code, version).
import { and, count, desc, eq, max, ne, sql } from 'drizzle-orm';
import type { Framework, FrameworkKind, IndicatorDef, IndicatorLevel, IndicatorSource, Operator, ScoringRule } from '../domain/types.js';
import type { DbOrTx } from './db.js';
import { evaluations, frameworks, indicators, indicatorValues } from './schema.js';

type FrameworkRow = typeof frameworks.$inferSelect;
type IndicatorRow = typeof indicators.$inferSelect;

const toIndicator = (r: IndicatorRow): IndicatorDef => ({
  id: `${r.frameworkId}:${r.code}`,
  code: r.code,
  parentCode: r.parentCode,
  level: r.level as IndicatorLevel,
  order: r.ord,
  name: r.name,
  unit: r.unit,
  operator: r.operator as Operator | null,
  weight: r.weight,
  rule: r.rule as ScoringRule,
  ...(r.source ? { source: r.source as IndicatorSource } : {}),
});

function toFramework(r: FrameworkRow, rows: IndicatorRow[]): Framework {
  return {
    id: String(r.id),
    code: r.code,
    name: r.name,
    kind: r.kind as FrameworkKind,
    year: r.year,
    version: r.version,
    frozen: r.frozen,
    revision: r.revision,
    indicators: rows.map(toIndicator).sort((a, b) => a.level - b.level || a.order - b.order),
  };
}

/** A framework's indicator rows in one statement. */
async function insertIndicators(db: DbOrTx, frameworkId: number, defs: IndicatorDef[]): Promise<void> {
  if (defs.length === 0) return;
  await db.insert(indicators).values(
    defs.map((i) => ({
      frameworkId,
      code: i.code,
      parentCode: i.parentCode,
      level: i.level,
      ord: i.order,
      name: i.name,
      unit: i.unit,
      operator: i.operator,
      weight: i.weight,
      rule: i.rule,
      source: i.source ?? null,
    })),
  );
}

export function frameworkRepository(db: DbOrTx) {
  return {
    /** Inserts a framework with its indicators; returns it with its new id. */
    async insert(f: Omit<Framework, 'id'> & { basedOnId?: string | null }): Promise<Framework> {
      const [row] = await db
        .insert(frameworks)
        .values({
          code: f.code,
          name: f.name,
          kind: f.kind,
          year: f.year,
          version: f.version,
          frozen: f.frozen,
          basedOnId: f.basedOnId ? Number(f.basedOnId) : null,
        })
        .returning();
      if (!row) throw new Error('framework insert returned nothing');
      await insertIndicators(db, row.id, f.indicators);
      return (await this.byId(String(row.id)))!;
    },

    async byId(id: string): Promise<Framework | null> {
      const [r] = await db
        .select()
        .from(frameworks)
        .where(eq(frameworks.id, Number(id)));
      if (!r) return null;
      const rows = await db.select().from(indicators).where(eq(indicators.frameworkId, r.id));
      return toFramework(r, rows);
    },

    /** Latest version of a framework code. */
    async latest(code: string): Promise<Framework | null> {
      const [r] = await db.select().from(frameworks).where(eq(frameworks.code, code)).orderBy(desc(frameworks.version)).limit(1);
      return r ? this.byId(String(r.id)) : null;
    },

    async list(): Promise<Omit<Framework, 'indicators'>[]> {
      const rows = await db.select().from(frameworks).orderBy(frameworks.code, frameworks.version);
      return rows.map((r) => {
        const { indicators: _ignored, ...rest } = toFramework(r, []);
        return rest;
      });
    },

    async setFrozen(id: string, frozen: boolean) {
      await db
        .update(frameworks)
        .set({ frozen })
        .where(and(eq(frameworks.id, Number(id))));
    },

    /** Freezes unless already frozen (atomic); true when this call froze it. */
    async freezeIfOpen(id: string): Promise<boolean> {
      const rows = await db
        .update(frameworks)
        .set({ frozen: true, revision: sql`${frameworks.revision} + 1` })
        .where(and(eq(frameworks.id, Number(id)), eq(frameworks.frozen, false)))
        .returning({ id: frameworks.id });
      return rows.length > 0;
    },

    /** Locks the framework row until the transaction ends (edit vs freeze races). */
    async lock(id: string): Promise<boolean> {
      const rows = await db
        .select({ id: frameworks.id })
        .from(frameworks)
        .where(eq(frameworks.id, Number(id)))
        .for('update');
      return rows.length > 0;
    },

    /** Renames / re-years a framework and replaces its whole indicator tree (call inside a transaction). */
    async replace(id: string, f: Pick<Framework, 'name' | 'year' | 'indicators'>): Promise<Framework> {
      const fid = Number(id);
      await db
        .update(frameworks)
        .set({ name: f.name, year: f.year, revision: sql`${frameworks.revision} + 1` })
        .where(eq(frameworks.id, fid));
      await db.delete(indicators).where(eq(indicators.frameworkId, fid));
      await insertIndicators(db, fid, f.indicators);
      return (await this.byId(id))!;
    },

    /** The version a new copy of `code` gets: max(version) + 1. */
    async nextVersion(code: string): Promise<number> {
      const [r] = await db
        .select({ v: max(frameworks.version) })
        .from(frameworks)
        .where(eq(frameworks.code, code));
      return (r?.v ?? 0) + 1;
    },

    async basedOn(id: string): Promise<string | null> {
      const [r] = await db
        .select({ b: frameworks.basedOnId })
        .from(frameworks)
        .where(eq(frameworks.id, Number(id)));
      return r?.b == null ? null : String(r.b);
    },

    /** How many evaluations use a framework, and how many of them left the draft state. */
    async usage(id: string): Promise<{ evaluations: number; submitted: number }> {
      const [all] = await db
        .select({ n: count() })
        .from(evaluations)
        .where(eq(evaluations.frameworkId, Number(id)));
      const [sub] = await db
        .select({ n: count() })
        .from(evaluations)
        .where(and(eq(evaluations.frameworkId, Number(id)), ne(evaluations.status, 'draft')));
      return { evaluations: Number(all?.n ?? 0), submitted: Number(sub?.n ?? 0) };
    },

    /** Ids of the draft evaluations using a framework (rescored after an edit). */
    async draftEvaluationIds(id: string): Promise<string[]> {
      const rows = await db
        .select({ id: evaluations.id })
        .from(evaluations)
        .where(and(eq(evaluations.frameworkId, Number(id)), eq(evaluations.status, 'draft')));
      return rows.map((r) => String(r.id));
    },

    /** The framework id of an evaluation (null when the evaluation does not exist). */
    async frameworkIdOfEvaluation(evaluationId: string): Promise<string | null> {
      const [r] = await db
        .select({ id: evaluations.frameworkId })
        .from(evaluations)
        .where(eq(evaluations.id, Number(evaluationId)));
      return r ? String(r.id) : null;
    },

    /** Headers with indicator counts, optionally by code and/or year. */
    async summaries(filter: { code?: string; year?: number } = {}) {
      const conds = [];
      if (filter.code) conds.push(eq(frameworks.code, filter.code));
      if (filter.year !== undefined) conds.push(eq(frameworks.year, filter.year));
      const rows = await db
        .select({
          f: frameworks,
          indicators: sql<number>`(select count(*)::int from ${indicators} where ${indicators.frameworkId} = ${frameworks.id})`,
          evaluations: sql<number>`(select count(*)::int from ${evaluations} where ${evaluations.frameworkId} = ${frameworks.id})`,
          submitted: sql<number>`(select count(*)::int from ${evaluations} where ${evaluations.frameworkId} = ${frameworks.id} and ${evaluations.status} <> 'draft')`,
        })
        .from(frameworks)
        .where(conds.length ? and(...conds) : undefined)
        .orderBy(frameworks.code, frameworks.version);
      return rows.map(({ f, indicators: n, evaluations: e, submitted }) => {
        const { indicators: _ignored, ...rest } = toFramework(f, []);
        // Frozen as the editor sees it: the flag, or any evaluation past draft (as byId + usage).
        const frozen = rest.frozen || Number(submitted) > 0;
        return { ...rest, frozen, basedOnId: f.basedOnId === null ? null : String(f.basedOnId), indicatorCount: Number(n), evaluationCount: Number(e) };
      });
    },
  };
}

/**
 * Sets 年度指标值 (targets) of an evaluation's indicator values, creating missing rows and leaving
 * actuals, reasons and applicability untouched.
 */
export async function upsertTargets(db: DbOrTx, evaluationId: string, targets: { indicatorCode: string; target: string | null }[]) {
  if (targets.length === 0) return;
  await db
    .insert(indicatorValues)
    .values(targets.map((t) => ({ evaluationId: Number(evaluationId), indicatorCode: t.indicatorCode, target: t.target })))
    .onConflictDoUpdate({ target: [indicatorValues.evaluationId, indicatorValues.indicatorCode], set: { target: sql`excluded.target` } });
}

export type FrameworkRepository = ReturnType<typeof frameworkRepository>;
