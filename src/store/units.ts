// Units and their year-dated parent links. The tree of year Y is the links valid in Y.
import { and, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { Unit, UnitLevel } from '../domain/types.js';
import { NAME_ALIASES, bestUnitMatches, rankUnitMatch, unitQueryKeys, type UnitMatchKind } from '../domain/unitNames.js';
import type { UnitNode } from '../domain/wire.js';

export type { UnitNode };
import { queryRows, type DbOrTx } from './db.js';
import { unitLinks, units } from './schema.js';

export interface NewUnit {
  code: string;
  name: string;
  shortName?: string | null;
  type: string;
  level: UnitLevel;
}

type UnitRow = typeof units.$inferSelect;
const toUnit = (r: UnitRow): Unit => ({
  id: String(r.id),
  code: r.code,
  name: r.name,
  shortName: r.shortName,
  type: r.type,
  level: r.level as UnitLevel,
});

/**
 * One spelling per name: NFC, so a name pasted from a PDF or a Mac (a CJK compatibility ideograph
 * 隆 U+F9DC for 隆 U+9686, é as e + U+0301) is stored, found and compared as the same text.
 * Full-width punctuation stays (NFKC would turn （） into ()).
 */
const nfc = (s: string) => s.normalize('NFC');
const nfcRow = (r: NewUnit) => ({ ...r, name: nfc(r.name), shortName: r.shortName ? nfc(r.shortName) : null, type: nfc(r.type) });

/** SQL twin of canonicalName (domain/unitNames.ts): quotes and spaces out, long names abbreviated. */
function canonicalSql(col: ReturnType<typeof sql>) {
  let expr = sql`regexp_replace(normalize(coalesce(${col}, ''), NFKC), '[[:space:]"''“”‘’「」]', '', 'g')`;
  for (const [long, short] of NAME_ALIASES) expr = sql`replace(${expr}, ${long}, ${short})`;
  return expr;
}
const looseSql = (col: ReturnType<typeof sql>) => sql`regexp_replace(${canonicalSql(col)}, '[省市县区]', '', 'g')`;

/** Links valid in `year` (SQL fragment over unit_links aliased `l`). */
const validIn = (year: number) => sql`l.from_year <= ${year} and (l.to_year is null or l.to_year >= ${year})`;

const parentCondition = (parentId: string | null) => (parentId === null ? sql`l.parent_id is null` : sql`l.parent_id = ${Number(parentId)}`);

export function unitRepository(db: DbOrTx) {
  return {
    async insertMany(rows: NewUnit[]): Promise<Unit[]> {
      if (rows.length === 0) return [];
      const out = await db.insert(units).values(rows.map(nfcRow)).returning();
      return out.map(toUnit);
    },

    async link(links: { unitId: string; parentId: string | null; fromYear: number; toYear?: number | null }[]) {
      if (links.length === 0) return;
      await db.insert(unitLinks).values(
        links.map((l) => ({
          unitId: Number(l.unitId),
          parentId: l.parentId === null ? null : Number(l.parentId),
          fromYear: l.fromYear,
          toYear: l.toYear ?? null,
        })),
      );
    },

    async byId(id: string): Promise<Unit | null> {
      const [r] = await db
        .select()
        .from(units)
        .where(eq(units.id, Number(id)));
      return r ? toUnit(r) : null;
    },

    async byCodes(codes: string[]): Promise<Unit[]> {
      if (codes.length === 0) return [];
      return (await db.select().from(units).where(inArray(units.code, codes))).map(toUnit);
    },

    /** Units matching any of `keys` by code, name or short name, in one query (a key may match several). */
    async findMany(given: string[]): Promise<Unit[]> {
      if (given.length === 0) return [];
      const keys = [...new Set(given.flatMap((k) => [k, nfc(k)]))];
      return (
        await db
          .select()
          .from(units)
          .where(or(inArray(units.code, keys), inArray(units.name, keys), inArray(units.shortName, keys)))
      ).map(toUnit);
    },

    /** Exact match on code, name or short name. */
    async find(given: string): Promise<Unit | null> {
      const nameOrCode = nfc(given);
      const [r] = await db
        .select()
        .from(units)
        .where(or(eq(units.code, nameOrCode), eq(units.name, nameOrCode), eq(units.shortName, nameOrCode)))
        .limit(1);
      return r ? toUnit(r) : null;
    },

    /**
     * Units matching a name as users write it, best tier only (several = ambiguous): code, name,
     * short name, 妇女联合会 ↔ 妇联, with or without province/city prefixes or 省/市/县/区.
     */
    async findByAnyName(q: string): Promise<(Unit & { matchedBy: UnitMatchKind })[]> {
      const keys = unitQueryKeys(q);
      if (!keys.exact) return [];
      const canon = sql.param(keys.canonical);
      const rows = await db
        .select()
        .from(units)
        .where(
          sql`${units.code} = ${keys.exact} or ${units.name} = ${keys.exact} or ${units.shortName} = ${keys.exact}
              or ${canonicalSql(sql`${units.name}`)} = any(${canon}::text[]) or ${canonicalSql(sql`${units.shortName}`)} = any(${canon}::text[])
              or (length(${keys.loose}) >= 3 and (${looseSql(sql`${units.name}`)} = ${keys.loose} or ${looseSql(sql`${units.shortName}`)} = ${keys.loose}))`,
        )
        .orderBy(units.code)
        .limit(200);
      return bestUnitMatches(q, rows.map(toUnit));
    },

    /** Name matches first (as findByAnyName ranks them), then partial matches. */
    async searchRanked(q: string, limit = 50): Promise<(Unit & { matchedBy: UnitMatchKind })[]> {
      const exact = await this.findByAnyName(q);
      const seen = new Set(exact.map((u) => u.id));
      const partial = (await this.search(q, limit))
        .filter((u) => !seen.has(u.id))
        .map((u) => ({ ...u, matchedBy: rankUnitMatch(q, u)?.matchedBy ?? ('partial' as const) }));
      return [...exact, ...partial].slice(0, limit);
    },

    async search(q: string, limit = 50): Promise<Unit[]> {
      const like = `%${nfc(q).replace(/[\\%_]/g, (c) => '\\' + c)}%`;
      const rows = await db
        .select()
        .from(units)
        .where(or(ilike(units.name, like), ilike(units.shortName, like), ilike(units.code, like)))
        .orderBy(units.code)
        .limit(limit);
      return rows.map(toUnit);
    },

    /** Children of `parentId` (null = roots) in `year`, with their own child counts, by code.
     *  `page` returns one slice of them (a parent may have tens of thousands of children). */
    async children(parentId: string | null, year: number, page?: { limit: number; offset: number }): Promise<UnitNode[]> {
      const slice = page ? sql`limit ${page.limit} offset ${page.offset}` : sql``;
      const rows = await queryRows<UnitRow & { parent_id: number | null; child_count: number; short_name: string | null }>(
        db,
        sql`select u.*, l.parent_id,
              (select count(*)::int from unit_links c where c.parent_id = u.id
                 and c.from_year <= ${year} and (c.to_year is null or c.to_year >= ${year})) as child_count
            from unit_links l join units u on u.id = l.unit_id
            where ${parentCondition(parentId)} and ${validIn(year)}
            order by u.code, u.id ${slice}`,
      );
      return rows.map((r) => ({
        ...toUnit({ ...r, shortName: r.short_name }),
        parentId: r.parent_id === null ? null : String(r.parent_id),
        childCount: r.child_count,
      }));
    },

    /** How many children `parentId` (null = roots) has in `year`. */
    async countChildren(parentId: string | null, year: number): Promise<number> {
      const rows = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from unit_links l where ${parentCondition(parentId)} and ${validIn(year)}`);
      return rows[0]?.n ?? 0;
    },

    /** Ancestors of a unit in `year`, nearest first (excluding the unit itself). */
    async ancestorIds(unitId: string, year: number): Promise<string[]> {
      const rows = await queryRows<{ id: number }>(
        db,
        sql`with recursive up(id, depth) as (
              select l.parent_id, 1 from unit_links l where l.unit_id = ${Number(unitId)} and ${validIn(year)} and l.parent_id is not null
              union all
              select l.parent_id, up.depth + 1 from up join unit_links l on l.unit_id = up.id
               where ${validIn(year)} and l.parent_id is not null and up.depth < 64)
            select id from up order by depth`,
      );
      return rows.map((r) => String(r.id));
    },

    /** Ids of the subtree rooted at `rootId` in `year` (including the root). */
    async subtreeIds(rootId: string, year: number): Promise<string[]> {
      const rows = await queryRows<{ id: number }>(
        db,
        sql`with recursive down(id, depth) as (
              select ${Number(rootId)}::int, 0
              union all
              select l.unit_id, down.depth + 1 from down join unit_links l on l.parent_id = down.id
               where ${validIn(year)} and down.depth < 64)
            select id from down`,
      );
      return rows.map((r) => String(r.id));
    },

    /** The first year the unit is in the tree (null: never linked). */
    async firstYear(unitId: string): Promise<number | null> {
      const [row] = await queryRows<{ y: number | null }>(db, sql`select min(from_year) as y from unit_links where unit_id = ${Number(unitId)}`);
      return row?.y ?? null;
    },

    async parentOf(unitId: string, year: number): Promise<string | null> {
      const rows = await queryRows<{ parent_id: number | null }>(
        db,
        sql`select l.parent_id from unit_links l where l.unit_id = ${Number(unitId)} and ${validIn(year)} limit 1`,
      );
      const p = rows[0]?.parent_id;
      return p === undefined || p === null ? null : String(p);
    },

    /** Re-parents a unit from `fromYear` on; earlier years keep the old parent. */
    async move(unitId: string, newParentId: string | null, fromYear: number) {
      const rows = await queryRows<{ from_year: number; to_year: number | null }>(
        db,
        sql`select l.from_year, l.to_year from unit_links l where l.unit_id = ${Number(unitId)} and ${validIn(fromYear)}`,
      );
      const cur = rows[0];
      if (!cur) throw new Error(`unit ${unitId} is not in the ${fromYear} tree`);
      const parent = newParentId === null ? null : Number(newParentId);
      if (cur.from_year === fromYear) {
        await db.execute(sql`update unit_links set parent_id = ${parent} where unit_id = ${Number(unitId)} and from_year = ${fromYear}`);
        return;
      }
      await db.execute(sql`update unit_links set to_year = ${fromYear - 1} where unit_id = ${Number(unitId)} and from_year = ${cur.from_year}`);
      await db.insert(unitLinks).values({ unitId: Number(unitId), parentId: parent, fromYear, toYear: cur.to_year });
    },

    /** Ends a unit's membership of the tree after `lastYear` (it stays in the years before). */
    async retire(unitId: string, lastYear: number) {
      const first = await this.firstYear(unitId);
      if (first !== null && lastYear < first) {
        // retired before it began: its first link is kept, empty (to_year < from_year), so the unit
        // is in no year's tree yet still reads as retired (hidden from pickers) rather than never linked
        await db.execute(sql`delete from unit_links where unit_id = ${Number(unitId)} and from_year > ${first}`);
        await db.execute(sql`update unit_links set to_year = ${lastYear} where unit_id = ${Number(unitId)}`);
        return;
      }
      await db.execute(sql`delete from unit_links where unit_id = ${Number(unitId)} and from_year > ${lastYear}`);
      await db.execute(
        sql`update unit_links set to_year = ${lastYear} where unit_id = ${Number(unitId)} and from_year <= ${lastYear} and (to_year is null or to_year > ${lastYear})`,
      );
    },

    /** Renames a unit (its id, links and history stay). */
    /** null: no such unit, or (with `previous`) its fields are no longer those. */
    async update(id: string, row: NewUnit, previous?: NewUnit | null): Promise<Unit | null> {
      const same = previous
        ? sql` and ${units.name} = ${previous.name} and ${units.shortName} is not distinct from ${previous.shortName ?? null}
               and ${units.code} = ${previous.code} and ${units.type} = ${previous.type} and ${units.level} = ${previous.level}`
        : sql``;
      const [r] = await db
        .update(units)
        .set(nfcRow(row))
        .where(sql`${units.id} = ${Number(id)}${same}`)
        .returning();
      return r ? toUnit(r) : null;
    },

    /**
     * The last year each unit is in the tree: a number once retired, null while open-ended.
     * Units never linked are absent from the map.
     */
    async lastYears(ids: string[]): Promise<Map<string, number | null>> {
      if (ids.length === 0) return new Map();
      const rows = await queryRows<{ unit_id: number; open: boolean; last: number | null }>(
        db,
        sql`select unit_id, bool_or(to_year is null) as open, max(to_year) as last from unit_links
             where unit_id = any(${sql.param(ids.map(Number))}::int[]) group by unit_id`,
      );
      return new Map(rows.map((r) => [String(r.unit_id), r.open ? null : r.last]));
    },

    /** Children linked under the unit in any year after `year` (they would be orphaned by retiring it). */
    async childrenAfter(unitId: string, year: number): Promise<Unit[]> {
      const rows = await queryRows<UnitRow & { short_name: string | null }>(
        db,
        sql`select distinct u.* from unit_links l join units u on u.id = l.unit_id
             where l.parent_id = ${Number(unitId)} and (l.to_year is null or l.to_year > ${year}) order by u.code limit 20`,
      );
      return rows.map((r) => toUnit({ ...r, shortName: r.short_name }));
    },

    /** The latest year holding the unit's own work (自评, 绩效目标, 运行监控), or null. */
    async lastDataYear(unitId: string): Promise<number | null> {
      const id = Number(unitId);
      const [row] = await queryRows<{ y: number | null }>(
        db,
        sql`select max(y) as y from (
              select max(year) as y from evaluations where unit_id = ${id}
              union all select max(year) from performance_targets where unit_id = ${id}
              union all select max(r.year) from monitoring_reports m join monitoring_rounds r on r.id = m.round_id where m.unit_id = ${id}) t`,
      );
      return row?.y ?? null;
    },

    async count(): Promise<number> {
      const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(units);
      return r?.n ?? 0;
    },

    async existsCode(code: string) {
      const [r] = await db
        .select({ id: units.id })
        .from(units)
        .where(and(eq(units.code, code)));
      return Boolean(r);
    },
  };
}

export type UnitRepository = ReturnType<typeof unitRepository>;
