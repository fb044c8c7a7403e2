// Frameworks (指标体系) and their indicator trees, versioned by (code, version).
import { and, desc, eq } from 'drizzle-orm';
import type { Framework, FrameworkKind, IndicatorDef, IndicatorLevel, Operator, ScoringRule } from '../domain/types.js';
import type { DbOrTx } from './db.js';
import { frameworks, indicators } from './schema.js';

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
    indicators: rows.map(toIndicator).sort((a, b) => a.level - b.level || a.order - b.order),
  };
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
      if (f.indicators.length > 0) {
        await db.insert(indicators).values(
          f.indicators.map((i) => ({
            frameworkId: row.id,
            code: i.code,
            parentCode: i.parentCode,
            level: i.level,
            ord: i.order,
            name: i.name,
            unit: i.unit,
            operator: i.operator,
            weight: i.weight,
            rule: i.rule,
          })),
        );
      }
      return (await this.byId(String(row.id)))!;
    },

    async byId(id: string): Promise<Framework | null> {
      const [r] = await db.select().from(frameworks).where(eq(frameworks.id, Number(id)));
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
      await db.update(frameworks).set({ frozen }).where(and(eq(frameworks.id, Number(id))));
    },
  };
}

export type FrameworkRepository = ReturnType<typeof frameworkRepository>;
