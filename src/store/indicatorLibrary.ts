// 指标库: reusable leaf indicators a framework edit may copy (name, unit of measure, operator, rule).
import { and, asc, eq, ilike, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { Operator, ScoringRule } from '../domain/types.js';
import type { DbOrTx } from './db.js';
import { indicatorLibrary, units } from './schema.js';

export interface LibraryIndicator {
  id: string;
  name: string;
  unit: string | null; // 度量单位
  operator: Operator;
  rule: ScoringRule;
  description: string | null;
  ownerUnitId: string | null; // null = shared by every unit
  ownerUnitName: string | null;
  createdBy: string | null;
  createdAt: string;
}

export type NewLibraryIndicator = Pick<LibraryIndicator, 'name' | 'unit' | 'operator' | 'rule' | 'description' | 'ownerUnitId' | 'createdBy'>;

export interface LibraryFilter {
  q?: string; // substring of name or description
  operator?: Operator;
  ownerUnitIds?: (string | null)[]; // null inside = shared entries
  ids?: string[];
  limit?: number;
}

/** Escapes LIKE wildcards so a search for "100%" means the text "100%". */
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function indicatorLibraryRepository(db: DbOrTx) {
  return {
    async insert(e: NewLibraryIndicator): Promise<LibraryIndicator> {
      const [row] = await db
        .insert(indicatorLibrary)
        .values({
          name: e.name,
          unit: e.unit,
          operator: e.operator,
          rule: e.rule,
          description: e.description,
          ownerUnitId: e.ownerUnitId === null ? null : Number(e.ownerUnitId),
          createdBy: e.createdBy === null ? null : Number(e.createdBy),
        })
        .returning({ id: indicatorLibrary.id });
      const [out] = await this.list({ ids: [String(row!.id)] });
      return out!;
    },

    async list(f: LibraryFilter = {}): Promise<LibraryIndicator[]> {
      const conds: SQL[] = [];
      if (f.ids) {
        if (f.ids.length === 0) return [];
        conds.push(inArray(indicatorLibrary.id, f.ids.map(Number)));
      }
      if (f.q?.trim()) {
        const p = likePattern(f.q.trim());
        conds.push(or(ilike(indicatorLibrary.name, p), ilike(indicatorLibrary.description, p))!);
      }
      if (f.operator) conds.push(eq(indicatorLibrary.operator, f.operator));
      if (f.ownerUnitIds) {
        const ids = f.ownerUnitIds.filter((x): x is string => x !== null).map(Number);
        const parts: SQL[] = [];
        if (f.ownerUnitIds.includes(null)) parts.push(isNull(indicatorLibrary.ownerUnitId));
        if (ids.length) parts.push(inArray(indicatorLibrary.ownerUnitId, ids));
        if (parts.length === 0) return [];
        conds.push(or(...parts)!);
      }
      const rows = await db
        .select({ e: indicatorLibrary, ownerName: units.name })
        .from(indicatorLibrary)
        .leftJoin(units, eq(units.id, indicatorLibrary.ownerUnitId))
        .where(conds.length ? and(...conds) : undefined)
        .orderBy(asc(indicatorLibrary.name), asc(indicatorLibrary.id))
        .limit(f.limit ?? 200);
      return rows.map(({ e, ownerName }) => ({
        id: String(e.id),
        name: e.name,
        unit: e.unit,
        operator: e.operator as Operator,
        rule: e.rule as ScoringRule,
        description: e.description,
        ownerUnitId: e.ownerUnitId === null ? null : String(e.ownerUnitId),
        ownerUnitName: ownerName,
        createdBy: e.createdBy === null ? null : String(e.createdBy),
        createdAt: new Date(e.createdAt).toISOString(),
      }));
    },

    /** Distinct owner unit ids of the whole library (for visibility filtering). */
    async ownerIds(): Promise<string[]> {
      const rows = await db.selectDistinct({ o: indicatorLibrary.ownerUnitId }).from(indicatorLibrary);
      return rows.flatMap((r) => (r.o === null ? [] : [String(r.o)]));
    },
  };
}

export type IndicatorLibraryRepository = ReturnType<typeof indicatorLibraryRepository>;
