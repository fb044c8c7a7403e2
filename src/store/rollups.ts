// Roll-ups kept current on every write: a per-year closure of the tree, each unit's own measures,
// and subtree sums. A write refreshes one unit's own measures and adds the deltas to its
// ancestors in the same transaction; a tree change rebuilds the affected years.
import { sql } from 'drizzle-orm';
import { queryRows, queryRowsPrepared, type DbOrTx } from './db.js';
import { isArea, ownMeasuresSql, refreshSql, validLinks, yearLockSql, type MeasureScope } from './rollupSql.js';

export { refreshSql, yearLockSql, type MeasureScope } from './rollupSql.js';

export function rollupRepository(db: DbOrTx) {
  return {
    /** Rebuilds closure, own measures and roll-ups of one year from scratch (repair / tree change). */
    async rebuildYear(year: number) {
      // Serialise rebuilds of one year across processes (call inside a transaction).
      await db.execute(yearLockSql(year));
      await db.execute(sql`delete from unit_ancestors where year = ${year}`);
      await db.execute(sql`
        insert into unit_ancestors (year, unit_id, ancestor_id, depth)
        with recursive valid as (${validLinks(year)}),
        c(unit_id, ancestor_id, depth) as (
          select unit_id, unit_id, 0 from valid
          union all
          select c.unit_id, v.parent_id, c.depth + 1 from c join valid v on v.unit_id = c.ancestor_id
           where v.parent_id is not null and c.depth < 64)
        select ${year}, unit_id, ancestor_id, depth from c`);
      // Rows written in (unit, measure) order: one unit's own measures and roll-ups share a page
      // or two, so a save touches (and after a checkpoint writes whole to the WAL) a few pages
      // instead of one page per measure (an unordered hash aggregate scatters them).
      await db.execute(sql`delete from unit_measures where year = ${year}`);
      await db.execute(sql`
        insert into unit_measures (year, unit_id, measure, value)
        select ${year}, unit_id, measure, sum(value) from (${ownMeasuresSql(year, null)}) m group by unit_id, measure order by unit_id, measure`);
      await db.execute(sql`delete from rollups where year = ${year}`);
      await db.execute(sql`
        insert into rollups (year, unit_id, measure, total, reporting)
        with own as (select unit_id, measure, value from unit_measures where year = ${year} and ${isArea(sql`measure`)}),
        -- Area measures: a unit's own stated figure covers its area, so it replaces the sum below it.
        -- v contributes to ancestor a iff no own-valued unit sits on the path above v up to a.
        blk as (
          select o.unit_id, o.measure, coalesce(min(a.depth), 32767) as d
            from own o left join unit_ancestors a on a.year = ${year} and a.unit_id = o.unit_id and a.depth > 0
                 and exists (select 1 from own o2 where o2.unit_id = a.ancestor_id and o2.measure = o.measure)
           group by o.unit_id, o.measure),
        area as (
          select a.ancestor_id as unit_id, o.measure, sum(case when a.depth < blk.d then o.value else 0 end) as total, count(*)::int as reporting
            from own o join blk on blk.unit_id = o.unit_id and blk.measure = o.measure
            join unit_ancestors a on a.year = ${year} and a.unit_id = o.unit_id
           group by a.ancestor_id, o.measure),
        -- Additive measures: every unit in the subtree adds its own value.
        additive as (
          select a.ancestor_id as unit_id, m.measure, sum(m.value) as total, count(*)::int as reporting
            from unit_measures m join unit_ancestors a on a.year = m.year and a.unit_id = m.unit_id
           where m.year = ${year} and not (${isArea(sql`m.measure`)})
           group by a.ancestor_id, m.measure),
        units as (select ancestor_id as unit_id, 'units' as measure, count(*) as total, count(*)::int as reporting
                    from unit_ancestors where year = ${year} group by ancestor_id)
        select ${year}, unit_id, measure, total, reporting
          from (select * from additive union all select * from area union all select * from units) r
         order by unit_id, measure`);
      await db.execute(sql`insert into tree_years (year) values (${year}) on conflict (year) do update set built_at = now()`);
      await this.bumpVersion(year);
    },

    /** Marks the year's roll-ups changed (row lock until commit: called last in a refresh). */
    async bumpVersion(year: number) {
      await db.execute(sql`insert into rollup_versions (year, version) values (${year}, 1)
                           on conflict (year) do update set version = rollup_versions.version + 1`);
    },

    /** Changes whenever any year up to `year` changes (versions only grow): the key of views spanning years. */
    async versionUpTo(year: number): Promise<string> {
      const rows = await queryRows<{ v: string }>(
        db,
        sql`select coalesce(sum(version), 0)::text || ':' || count(*) as v from rollup_versions where year <= ${year}`,
      );
      return rows[0]?.v ?? '0';
    },

    async version(year: number): Promise<number> {
      const rows = await queryRows<{ version: number }>(db, sql`select version from rollup_versions where year = ${year}`);
      return Number(rows[0]?.version ?? 0);
    },

    async builtYears(): Promise<number[]> {
      const rows = await queryRows<{ year: number }>(db, sql`select year from tree_years order by year`);
      return rows.map((r) => r.year);
    },

    /** Years that hold any data, so a tree change knows what to rebuild. */
    async dataYears(): Promise<number[]> {
      const rows = await queryRows<{ year: number }>(
        db,
        sql`select year from evaluations union select year from key_project_values union select year from tree_years order by 1`,
      );
      return rows.map((r) => r.year);
    },

    /**
     * Serialises the roll-up writers of a year (the same key as rebuildYear), so a refresh reads
     * the other writers' committed roll-ups. Must come in a statement before the refresh's: a
     * statement's snapshot is taken when it starts, before any lock it waits for.
     */
    async lockYear(year: number) {
      await db.execute(yearLockSql(year));
    },

    /**
     * Re-derives one unit's own measures for a year and applies the differences to every
     * ancestor-or-self roll-up. Call inside the writing transaction. `locked`: the caller has
     * already taken lockYear in an earlier statement of the transaction.
     *
     * One statement after the lock: derive the fresh own measures (only the families `scope`
     * names), compare them with the stored ones (the statement's snapshot), store them, and add
     * every change to the ancestors' roll-ups in one upsert. Additive measures add their
     * difference everywhere; area measures (a unit's own figure replaces the sum below it) set
     * the unit's roll-up to its own figure or its children's sum and pass the change up to the
     * first ancestor that states a figure of its own. One upsert touches each roll-up row once,
     * locked in (unit, measure) order.
     */
    async refreshUnit(unitId: number, year: number, scope: MeasureScope = 'all', options: { locked?: boolean } = {}) {
      if (!options.locked) await this.lockYear(year);
      const rows = await queryRowsPrepared<{ built: boolean }>(db, refreshSql(unitId, year, scope));
      // First write of a year: nothing to add to yet (the rebuild replaces what was written above).
      // Its one-off statements are planned for their values again if a save asked for generic plans.
      if (!rows[0]?.built) {
        await db.execute(sql`set local plan_cache_mode to default`);
        await this.rebuildYear(year);
      }
    },

    /**
     * Plans the refresh statements on this connection before a user's save needs them (call in a
     * transaction that is rolled back): a connection's first refresh otherwise pays ≈ 30 ms of
     * catalog loading and planning, and an evaluation's its first five (custom plans). For a unit
     * that does not exist, so every part finds nothing and nothing is written. A key-project
     * save runs its refresh as a generic plan (writeKeyProjectValue asks for it), so that one is
     * planned the same way here.
     */
    async warmUp(year: number) {
      await db.execute(sql`set local plan_cache_mode = force_generic_plan`);
      await queryRowsPrepared(db, refreshSql(-1, year, { keyProjectValue: '' }));
      await db.execute(sql`set local plan_cache_mode = auto`);
      for (let i = 0; i < 6; i++) await queryRowsPrepared(db, refreshSql(-1, year, 'all'));
    },

    async isBuilt(year: number): Promise<boolean> {
      const rows = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from tree_years where year = ${year}`);
      return (rows[0]?.n ?? 0) > 0;
    },

    /** Roll-up rows of one unit for the given measures (missing measure → absent). */
    async get(unitId: number, year: number, measures: string[]): Promise<Map<string, { total: string; reporting: number }>> {
      const rows = await queryRows<{ measure: string; total: string; reporting: number }>(
        db,
        sql`select measure, total::text as total, reporting from rollups
             where year = ${year} and unit_id = ${unitId} and measure = any(${sql.param(measures)}::text[])`,
      );
      return new Map(rows.map((r) => [r.measure, { total: r.total, reporting: Number(r.reporting) }]));
    },

    /** Measures present in a unit's roll-up whose key starts with `prefix`. */
    async measuresLike(unitId: number, year: number, prefix: string) {
      return queryRows<{ measure: string; total: string; reporting: number }>(
        db,
        sql`select measure, total::text as total, reporting from rollups
             where year = ${year} and unit_id = ${unitId} and measure like ${prefix + '%'} order by measure`,
      );
    },

    /** The children of a unit in a year with their roll-up of each measure and their own evaluation. */
    async children(unitId: number, year: number, measures: string[]) {
      return queryRows<{
        unit_id: number;
        name: string;
        short_name: string | null;
        level: string;
        measure: string | null;
        total: string | null;
        reporting: number | null;
        status: string | null;
        total_score: string | null;
        grade: string | null;
        evaluation_id: number | null;
        spot_check: string | null;
        own_figures: boolean;
      }>(
        db,
        // Children from unit_links (the planner estimates few rows per parent there, unlike the
        // closure) behind an OFFSET 0 fence, so this stays a handful of index lookups at any size.
        sql`select u.id as unit_id, u.name, u.short_name, u.level, u.code, r.measure, r.total::text as total, r.reporting,
                   e.status, e.total_score::text as total_score, e.grade, e.id as evaluation_id, c.action as spot_check,
                   exists (select 1 from unit_measures um where um.year = ${year} and um.unit_id = k.unit_id and um.measure like 'kp:%') as own_figures
              from (select unit_id from unit_links
                     where parent_id = ${unitId} and from_year <= ${year} and (to_year is null or to_year >= ${year}) offset 0) k
              cross join lateral (select id, name, short_name, level, code from units where id = k.unit_id) u
              left join lateral (select id, status, total_score, grade from evaluations
                                  where unit_id = k.unit_id and year = ${year} and project_code = '' order by id limit 1) e on true
              -- finance's last 抽查复核 of the current approval (one before a re-approval no longer applies)
              left join lateral (select t.action from evaluation_transitions t
                                  where t.evaluation_id = e.id and t.action in ('checkPass', 'checkReturn')
                                    and t.id > coalesce((select max(a.id) from evaluation_transitions a
                                                          where a.evaluation_id = e.id and a.from_status = 'submitted' and a.to_status = 'approved'), 0)
                                  order by t.id desc limit 1) c on true
              left join lateral (select measure, total, reporting from rollups
                                  where year = ${year} and unit_id = k.unit_id and measure = any(${sql.param(measures)}::text[])) r on true
             order by u.code`,
      );
    },

    /** One unit's roll-up rows over a span of years: named measures plus those under a prefix. */
    async unitRows(unitId: number, fromYear: number, toYear: number, measures: string[], prefix: string) {
      return queryRows<{ year: number; measure: string; total: string; reporting: number }>(
        db,
        sql`select year, measure, total::text as total, reporting from rollups
             where unit_id = ${unitId} and year between ${fromYear} and ${toYear}
               and (measure = any(${sql.param(measures)}::text[]) or measure like ${prefix + '%'})`,
      );
    },

    /** The years in which the unit itself states any of the measures (its own figure, not a sum below it). */
    async ownYears(unitId: number, fromYear: number, toYear: number, measures: string[]): Promise<number[]> {
      const rows = await queryRows<{ year: number }>(
        db,
        sql`select distinct year from unit_measures
             where unit_id = ${unitId} and year between ${fromYear} and ${toYear} and measure = any(${sql.param(measures)}::text[])
             order by year`,
      );
      return rows.map((r) => Number(r.year));
    },

    /** Of the given years, those in which the unit's subtree holds any figure or evaluation (not just the tree). */
    async yearsWithData(unitId: number, years: number[]): Promise<number[]> {
      if (!years.length) return [];
      const rows = await queryRows<{ year: number }>(
        db,
        sql`select distinct year from rollups
             where year = any(${sql.param(years)}::int[]) and unit_id = ${unitId} and measure <> 'units' and reporting > 0
             order by year`,
      );
      return rows.map((r) => Number(r.year));
    },

    /** Every roll-up row of a year (tests compare incremental against rebuilt). */
    async dump(year: number) {
      return queryRows<{ unit_id: number; measure: string; total: string; reporting: number }>(
        db,
        sql`select unit_id, measure, total::text as total, reporting from rollups
             where year = ${year} and (total <> 0 or reporting <> 0) order by unit_id, measure`,
      );
    },
  };
}

export type RollupRepository = ReturnType<typeof rollupRepository>;
