// The SQL of the roll-ups: own measures derived from the raw tables, and the one-statement refresh
// of a unit and its ancestors that every write runs (rollups.ts holds the repository around it).
import { sql } from 'drizzle-orm';

/**
 * Which raw figures a write touched: anything (evaluations too), key-project figures alone, or
 * one project's target/actual (key_project_values) alone.
 */
export type MeasureScope = 'all' | 'keyProjects' | { keyProjectValue: string };

/**
 * The SQL that derives own measures from the raw tables, for one year (optionally one unit).
 * Scope 'keyProjects' derives only the key-project families (kp:*, pub:kp:*, = isArea).
 */
export function ownMeasuresSql(year: number, unitId: number | null, scope: MeasureScope = 'all') {
  const kv = unitId === null ? sql`` : sql` and kv.unit_id = ${unitId}`;
  const kf = unitId === null ? sql`` : sql` and f.unit_id = ${unitId}`;
  const km = unitId === null ? sql`` : sql` and m.unit_id = ${unitId}`;
  const ev = unitId === null ? sql`` : sql` and e.unit_id = ${unitId}`;
  const keyProjectBranches = sql`
    select kv.unit_id, 'kp:' || p.code || ':target' as measure, kv.target as value
      from key_project_values kv join key_projects p on p.id = kv.project_id
     where kv.year = ${year} and kv.target is not null ${kv}
    union all
    select kv.unit_id, 'kp:' || p.code || ':actual', kv.actual
      from key_project_values kv join key_projects p on p.id = kv.project_id
     where kv.year = ${year} and kv.actual is not null ${kv}
    union all
    select m.unit_id, 'kp:' || p.code || ':m:' || m.key || ':' || v.field, v.amount
      from key_project_measures m join key_projects p on p.id = m.project_id
      cross join lateral (values ('target', m.target), ('actual', m.actual)) as v(field, amount)
     where m.year = ${year} and v.amount is not null ${km}    union all
    select f.unit_id, 'kp:' || p.code || ':fund:' || f.category || ':' || f.source, f.amount
      from key_project_funding f join key_projects p on p.id = f.project_id
     where f.year = ${year} ${kf}
    union all
    select kv.unit_id, 'pub:kp:' || p.code || ':' || v.field, v.amount
      from key_project_values kv join key_projects p on p.id = kv.project_id
      cross join lateral (values ('target', kv.target), ('actual', kv.actual)) as v(field, amount)
     where kv.year = ${year} and v.amount is not null ${kv}
       and exists (select 1 from evaluations e where e.unit_id = kv.unit_id and e.year = kv.year and e.status = 'published' and e.project_code = '')`;
  // 'figures': 1 for a unit that states key-project figures but has no evaluation of its own
  // (仅报数据), so the headline counts it apart from 未填报. Derived in both scopes: key-project
  // writes and evaluation writes can each change it.
  const figuresOnly = sql`
    select x.unit_id, 'figures', 1 from (select distinct k.unit_id from (${keyProjectBranches}) k where k.measure like 'kp:%') x
     where not exists (select 1 from evaluations e where e.unit_id = x.unit_id and e.year = ${year} and e.project_code = '')`;
  if (scope === 'keyProjects') return sql`${keyProjectBranches} union all ${figuresOnly}`;
  return sql`${keyProjectBranches}
    union all ${figuresOnly}
    union all
    select e.unit_id, 'budget:' || r.budget_type || ':' || r.row_class || ':' || v.figure, v.amount
      from budget_rows r join evaluations e on e.id = r.evaluation_id
      cross join lateral (values ('opening', r.opening), ('income', r.income), ('expenditure', r.expenditure), ('closing', r.closing)) as v(figure, amount)
     where e.year = ${year} and e.project_code = '' ${ev}
    union all
    select e.unit_id, 'score:total', e.total_score from evaluations e where e.year = ${year} and e.project_code = '' and e.total_score is not null ${ev}
    union all
    select e.unit_id, 'eval:' || e.status, 1 from evaluations e where e.year = ${year} and e.project_code = '' ${ev}
    union all
    select e.unit_id, 'grade:' || e.grade, 1 from evaluations e where e.year = ${year} and e.project_code = '' and e.grade is not null ${ev}
    union all
    select e.unit_id, 'pub:units', 1 from evaluations e where e.year = ${year} and e.project_code = '' and e.status = 'published' ${ev}
    union all
    select e.unit_id, 'ind:' || fw.code || ':' || iv.indicator_code || ':actual', iv.actual::numeric
      from indicator_values iv join evaluations e on e.id = iv.evaluation_id join frameworks fw on fw.id = e.framework_id
     where e.year = ${year} and e.project_code = '' and iv.applicable and iv.actual ~ '^-?[0-9]{1,15}(\\.[0-9]{1,6})?$' ${ev}`;
}

/** Own measure of a unit with key-project figures and no evaluation (measureKey.figures). */
export const FIGURES = 'figures';

/** The own measures a write of one project's target/actual can change (with 'figures'). */
const projectValueMeasures = (code: string) => [`kp:${code}:target`, `kp:${code}:actual`, `pub:kp:${code}:target`, `pub:kp:${code}:actual`, FIGURES];

/**
 * The part of ownMeasuresSql that one unit's target/actual of one project feeds: its kp and
 * pub:kp measures and 'figures' (the same rules, for one row instead of every family), so the
 * hot save plans and runs a handful of index lookups.
 */
function projectValueMeasuresSql(year: number, unitId: number, code: string) {
  return sql`
    select v.measure, v.value
      from key_project_values kv join key_projects p on p.id = kv.project_id
     cross join lateral (select exists (select 1 from evaluations e where e.unit_id = kv.unit_id and e.year = kv.year
                                           and e.status = 'published' and e.project_code = '') as yes) pub
     cross join lateral (values ('kp:' || p.code || ':target', kv.target), ('kp:' || p.code || ':actual', kv.actual),
                               ('pub:kp:' || p.code || ':target', case when pub.yes then kv.target end),
                               ('pub:kp:' || p.code || ':actual', case when pub.yes then kv.actual end)) as v(measure, value)
     where p.code = ${code} and kv.unit_id = ${unitId} and kv.year = ${year} and v.value is not null
    union all
    select 'figures', 1
     where (exists (select 1 from key_project_values kv where kv.unit_id = ${unitId} and kv.year = ${year} and (kv.target is not null or kv.actual is not null))
         or exists (select 1 from key_project_measures m where m.unit_id = ${unitId} and m.year = ${year} and (m.target is not null or m.actual is not null))
         or exists (select 1 from key_project_funding f where f.unit_id = ${unitId} and f.year = ${year}))
       and not exists (select 1 from evaluations e where e.unit_id = ${unitId} and e.year = ${year} and e.project_code = '')`;
}

/** SQL twin of isAreaMeasure (domain/rollup.ts). */
export const isArea = (col: ReturnType<typeof sql>) => sql`(${col} like 'kp:%' or ${col} like 'pub:kp:%')`;

/** The lock that serialises a year's roll-up writers and rebuilds (a statement fragment). */
export const yearLockSql = (year: number) => sql`select pg_advisory_xact_lock(727276, ${year})`;

export const validLinks = (year: number) =>
  sql`select unit_id, parent_id from unit_links where from_year <= ${year} and (to_year is null or to_year >= ${year})`;

/**
 * The refresh of one unit's own measures and its ancestors' roll-ups (see refreshUnit), one
 * statement. Its text depends on the scope's kind only (values are parameters), so one prepared
 * statement per kind serves every unit, year and project.
 */
export function refreshSql(unitId: number, year: number, scope: MeasureScope) {
  const inScope =
    scope === 'all'
      ? sql``
      : scope === 'keyProjects'
        ? sql` and (${isArea(sql`measure`)} or measure = ${FIGURES})`
        : sql` and measure in (${sql.join(
            projectValueMeasures(scope.keyProjectValue).map((m) => sql`${m}`),
            sql`, `,
          )})`;
  const fresh =
    typeof scope === 'object'
      ? projectValueMeasuresSql(year, unitId, scope.keyProjectValue)
      : sql`select measure, sum(value) as value from (${ownMeasuresSql(year, unitId, scope)}) m group by measure`;
  return sql`with fresh as (${fresh}),
           old as (select measure, value from unit_measures where year = ${year} and unit_id = ${unitId}${inScope}),
           up as (insert into unit_measures (year, unit_id, measure, value)
                  select ${year}, ${unitId}, f.measure, f.value from fresh f
                   where f.value is distinct from (select o.value from old o where o.measure = f.measure)
                  on conflict (year, unit_id, measure) do update set value = excluded.value
                  where unit_measures.value <> excluded.value),
           gone as (delete from unit_measures
                     where year = ${year} and unit_id = ${unitId}${inScope} and measure not in (select measure from fresh)),
           d as (select coalesce(f.measure, o.measure) as m,
                        coalesce(f.value, 0) - coalesce(o.value, 0) as dv,
                        (f.measure is not null)::int - (o.measure is not null)::int as dr,
                        f.value as own
                   from old o full join fresh f on f.measure = o.measure
                  where f.value is distinct from o.value),
           kids as (select unit_id from unit_links
                     where parent_id = ${unitId} and from_year <= ${year} and (to_year is null or to_year >= ${year}) offset 0),
           area as (select d.m,
                           coalesce(d.own, (select sum(r.total) from rollups r join kids on kids.unit_id = r.unit_id
                                             where r.year = ${year} and r.measure = d.m), 0)
                         - coalesce((select total from rollups where year = ${year} and unit_id = ${unitId} and measure = d.m), 0) as dv,
                           coalesce((select min(a.depth) from unit_ancestors a
                                       join unit_measures um on um.year = a.year and um.unit_id = a.ancestor_id and um.measure = d.m
                                      where a.year = ${year} and a.unit_id = ${unitId} and a.depth > 0), 32767) as block
                      from d where ${isArea(sql`d.m`)}),
           change as (select a.ancestor_id, d.m,
                             case when ar.m is null then d.dv when a.depth < ar.block then ar.dv else 0 end as dv, d.dr
                        from d join unit_ancestors a on a.year = ${year} and a.unit_id = ${unitId}
                        left join area ar on ar.m = d.m),
           ins as (insert into rollups (year, unit_id, measure, total, reporting)
                   select ${year}, ancestor_id, m, dv, dr from change where dv <> 0 or dr <> 0
                    order by ancestor_id, m
                   on conflict (year, unit_id, measure) do update
                     set total = rollups.total + excluded.total, reporting = rollups.reporting + excluded.reporting),
           ver as (insert into rollup_versions (year, version) select ${year}, 1 where exists (select 1 from d)
                   on conflict (year) do update set version = rollup_versions.version + 1)
      select exists (select 1 from tree_years where year = ${year}) as built`;
}
