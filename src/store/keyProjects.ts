// Key projects of a unit and year (两癌 and the like): their values, measures and funding, and the
// hot single-figure write that roll-ups follow.
import { and, eq, sql } from 'drizzle-orm';
import { measureRow } from '../domain/contentDiff.js';
import { isDerivedCode } from '../domain/keyProjectIdentity.js';
import { normalize } from '../domain/decimal.js';
import type { KeyProject, KeyProjectMeasure } from '../domain/types.js';
import { inSequence, queryRows, queryRowsPrepared, type Db, type DbOrTx } from './db.js';
import { inOneMessage } from './oneMessage.js';
import { refreshSql, rollupRepository, yearLockSql } from './rollups.js';
import { keyProjectFunding, keyProjectMeasures, keyProjects, keyProjectValues } from './schema.js';

const num = (v: string | null): string | null => (v === null ? null : normalize(v));

export async function writeKeyProjects(db: DbOrTx, unitId: number, year: number, projects: KeyProject[]) {
  const before = await db
    .select({ code: keyProjects.code })
    .from(keyProjectValues)
    .innerJoin(keyProjects, eq(keyProjects.id, keyProjectValues.projectId))
    .where(and(eq(keyProjectValues.unitId, unitId), eq(keyProjectValues.year, year)));
  await writeKeyProjectRows(db, unitId, year, projects);
  const kept = new Set(projects.map((p) => p.code));
  await pruneKeyProjects(
    db,
    before.map((r) => r.code).filter((c) => !kept.has(c)),
  );
}

async function writeKeyProjectRows(db: DbOrTx, unitId: number, year: number, projects: KeyProject[]) {
  await db.delete(keyProjectFunding).where(and(eq(keyProjectFunding.unitId, unitId), eq(keyProjectFunding.year, year)));
  await db.delete(keyProjectMeasures).where(and(eq(keyProjectMeasures.unitId, unitId), eq(keyProjectMeasures.year, year)));
  await db.delete(keyProjectValues).where(and(eq(keyProjectValues.unitId, unitId), eq(keyProjectValues.year, year)));
  if (projects.length === 0) return;
  const ids: number[] = [];
  for (const p of projects) ids.push(await ensureKeyProject(db, p));
  // Three statements for all the projects, however many there are.
  await db
    .insert(keyProjectValues)
    .values(projects.map((p, k) => ({ projectId: ids[k]!, unitId, year, target: p.target, actual: p.actual, note: p.note, name: p.name })));
  const funding = projects.flatMap((p, k) => p.funding.map((f, ord) => ({ projectId: ids[k]!, unitId, year, ord, ...f })));
  if (funding.length) await db.insert(keyProjectFunding).values(funding);
  const measures = projects.flatMap((p, k) => (p.measures ?? []).map((m, ord) => ({ projectId: ids[k]!, unitId, year, ...measureRow(m, ord) })));
  if (measures.length) await db.insert(keyProjectMeasures).values(measures);
}

/** One unit's target/actual of a key project for a year, outside any evaluation (upsert). */
export async function upsertKeyProjectValue(
  db: DbOrTx,
  projectId: number,
  unitId: number,
  year: number,
  values: { target: string | null; actual: string | null },
) {
  await db.execute(sql`
    insert into key_project_values (project_id, unit_id, year, target, actual)
    values (${projectId}, ${unitId}, ${year}, ${values.target}, ${values.actual})
    on conflict (project_id, unit_id, year) do update set target = excluded.target, actual = excluded.actual`);
}

/**
 * The hot write of a key-project figure in one statement: finds (or creates) the project, takes
 * the year's roll-up lock and upserts the value, so refreshUnit(…, { locked: true }) follows.
 * It also switches the rest of the transaction to generic plans: the refresh that follows is
 * a large statement that PostgreSQL would otherwise plan afresh on its first five runs on each
 * connection (5–15 ms each, the save's p95), where its generic plan is the same index lookups.
 */
type ProjectKey = Pick<KeyProject, 'code' | 'name' | 'measure' | 'unitOfMeasure'>;
type ProjectValues = { target: string | null; actual: string | null };

/** The statement of writeKeyProjectValue: answers one row when the value is written. */
export function keyProjectValueSql(p: ProjectKey, unitId: number, year: number, values: ProjectValues) {
  return sql`with lock as (${yearLockSql(year)}),
             plans as (select set_config('plan_cache_mode', 'force_generic_plan', true)),
             found as (select id from key_projects where code = ${p.code} for key share),
             made as (insert into key_projects (code, name, measure, unit_of_measure)
                      select ${p.code}, ${p.name}, ${p.measure}, ${p.unitOfMeasure} where not exists (select 1 from found)
                      on conflict (code) do nothing returning id),
             kp as (select id from found union all select id from made)
        insert into key_project_values (project_id, unit_id, year, target, actual)
        select kp.id, ${unitId}, ${year}, ${values.target}::numeric, ${values.actual}::numeric from kp, lock, plans
        on conflict (project_id, unit_id, year) do update set target = excluded.target, actual = excluded.actual
        returning 1 as ok`;
}

export async function writeKeyProjectValue(db: DbOrTx, p: ProjectKey, unitId: number, year: number, values: ProjectValues) {
  const rows = await queryRowsPrepared<{ ok: number }>(db, keyProjectValueSql(p, unitId, year, values));
  // Another writer created the project between our read and our insert: the slow path sees it.
  if (rows.length === 0) {
    await db.execute(yearLockSql(year));
    await upsertKeyProjectValue(db, await ensureKeyProject(db, p), unitId, year, values);
  }
}

/** Years seen built (tree_years rows are never deleted), per database. */
const builtYears = new WeakMap<object, Set<number>>();

/** Tells saveKeyProjectValue which years are built (a server's warm-up reads them once). */
export function knowBuiltYears(db: Db, years: number[]) {
  const known = builtYears.get(db) ?? new Set<number>();
  for (const y of years) known.add(y);
  builtYears.set(db, known);
}

/**
 * A key-project figure saved with every ancestor's roll-up, committed. On PostgreSQL one round
 * trip (store/oneMessage.ts): the value with the year's lock, then the refresh, as one
 * transaction; a year not yet known to be built, or a project another writer was creating at
 * that moment, takes the transaction of writeKeyProjectValue + refreshUnit instead.
 */
export async function saveKeyProjectValue(db: Db, p: ProjectKey, unitId: number, year: number, values: ProjectValues) {
  const known = builtYears.get(db) ?? new Set<number>();
  builtYears.set(db, known);
  if (known.has(year)) {
    const scope = { keyProjectValue: p.code };
    const res = await inOneMessage(db, [keyProjectValueSql(p, unitId, year, values), refreshSql(unitId, year, scope)]);
    if (res && res[0]!.length > 0 && (res[1]![0] as { built?: boolean } | undefined)?.built) return;
    // committed without the value (a project created meanwhile), or a year not built after all:
    // the transaction below writes it again and rebuilds what needs it
    known.delete(year);
  }
  await db.transaction(async (tx) => {
    await writeKeyProjectValue(tx, p, unitId, year, values);
    await rollupRepository(tx).refreshUnit(unitId, year, { keyProjectValue: p.code }, { locked: true });
  });
  if (await rollupRepository(db).isBuilt(year)) known.add(year);
}

/**
 * Removes the catalogue entries of these codes that are derived from a name (imp-…) and that no
 * unit uses any more: what autosaves of a half-typed name ("两", "巾帼家") left behind. Known
 * and own codes stay. An entry another transaction is just starting to use is locked by it and
 * skipped (skip locked), so a concurrent save never loses the project it writes.
 */
export async function pruneKeyProjects(db: DbOrTx, codes: Iterable<string>): Promise<void> {
  const derived = [...new Set(codes)].filter(isDerivedCode);
  if (derived.length === 0) return;
  await db.execute(sql`
    with doomed as (
      select k.id from key_projects k
       where k.code = any(${sql.param(derived)}::text[])
         and not exists (select 1 from key_project_values v where v.project_id = k.id)
         and not exists (select 1 from key_project_measures m where m.project_id = k.id)
         and not exists (select 1 from key_project_funding f where f.project_id = k.id)
         and not exists (select 1 from evaluations e where e.project_code = k.code)
       for update skip locked)
    delete from key_projects where id in (select id from doomed)`);
}

/**
 * The catalogue entry of `p.code`, made if missing. The entry found is locked (for key share) until
 * the transaction ends, so pruneKeyProjects (for update skip locked) leaves it to this save instead
 * of deleting it between this read and the insert that uses it (a foreign-key violation); two saves
 * making the same new entry at once both end with the one that committed (not a unique violation).
 */
export async function ensureKeyProject(db: DbOrTx, p: Pick<KeyProject, 'code' | 'name' | 'measure' | 'unitOfMeasure'>): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    const [found] = await db.select({ id: keyProjects.id }).from(keyProjects).where(eq(keyProjects.code, p.code)).for('key share');
    if (found) return found.id;
    const [row] = await db
      .insert(keyProjects)
      .values({ code: p.code, name: p.name, measure: p.measure, unitOfMeasure: p.unitOfMeasure })
      .onConflictDoNothing({ target: keyProjects.code })
      .returning({ id: keyProjects.id });
    if (row) return row.id;
    // made by another save meanwhile (read again), or made and pruned again: give up after a few rounds
    if (attempt >= 3) throw new Error(`key project ${p.code}: catalogue entry keeps changing under concurrent saves`);
  }
}

export async function readKeyProjects(db: DbOrTx, unitId: number, year: number): Promise<KeyProject[]> {
  const [values, funding, measures] = await inSequence([
    () =>
      db
        .select({ v: keyProjectValues, p: keyProjects })
        .from(keyProjectValues)
        .innerJoin(keyProjects, eq(keyProjects.id, keyProjectValues.projectId))
        .where(and(eq(keyProjectValues.unitId, unitId), eq(keyProjectValues.year, year)))
        .orderBy(keyProjects.code),
    () =>
      db
        .select()
        .from(keyProjectFunding)
        .where(and(eq(keyProjectFunding.unitId, unitId), eq(keyProjectFunding.year, year)))
        .orderBy(keyProjectFunding.ord),
    () =>
      db
        .select()
        .from(keyProjectMeasures)
        .where(and(eq(keyProjectMeasures.unitId, unitId), eq(keyProjectMeasures.year, year)))
        .orderBy(keyProjectMeasures.ord),
  ]);
  return values.map(({ v, p }) => ({
    code: p.code,
    name: v.name ?? p.name, // the unit's own name for it; the code links it to the catalogue
    measure: p.measure,
    unitOfMeasure: p.unitOfMeasure,
    target: num(v.target),
    actual: num(v.actual),
    note: v.note,
    measures: measures
      .filter((m) => m.projectId === p.id)
      .map((m) => ({
        key: m.key,
        name: m.name,
        unitOfMeasure: m.unitOfMeasure,
        kind: m.kind as KeyProjectMeasure['kind'],
        target: num(m.target),
        actual: num(m.actual),
        ...(m.sample ? { sample: true } : {}),
      })),
    funding: funding.filter((f) => f.projectId === p.id).map((f) => ({ category: f.category, source: f.source, label: f.label, amount: normalize(f.amount) })),
  }));
}

/** Catalogue entries under the editor's numbering ("kp1"), as older versions stored new projects. */
export async function legacyKeyProjects(db: DbOrTx): Promise<{ id: number; code: string; name: string }[]> {
  const rows = await queryRows<{ id: number; code: string; name: string }>(
    db,
    sql`select id, code, name from key_projects where code ~ '^kp[0-9]+$' order by id`,
  );
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

/** Serialises the recoding of legacy entries across processes starting at once (inside a transaction). */
export const lockKeyProjectCatalogue = (db: DbOrTx) => db.execute(sql`select pg_advisory_xact_lock(727279)`);

/**
 * Gives a catalogue entry another code. When an entry of that code exists the two merge: each
 * unit's rows move to it (keeping the name the unit saw) unless the unit already has that
 * project's row; the old entry goes once nothing uses it. A project's 自评表 and the narrative's
 * figures follow. Answers what it touched: the unit-years and the evaluations, for the caller's
 * roll-ups and audit states.
 */
export async function recodeKeyProject(db: DbOrTx, from: { id: number; code: string; name: string }, to: string) {
  const id = from.id;
  const unitYears = (
    await queryRows<{ unit_id: number; year: number }>(
      db,
      sql`select unit_id, year from key_project_values where project_id = ${id}
          union select unit_id, year from key_project_measures where project_id = ${id}
          union select unit_id, year from key_project_funding where project_id = ${id}`,
    )
  ).map((r) => ({ unitId: Number(r.unit_id), year: Number(r.year) }));
  const refs = sql`ref->>'project' = ${from.code} and ref->>'kind' in ('keyProject', 'funding')`;
  const evaluationIds = (
    await queryRows<{ id: number }>(
      db,
      sql`select id from evaluations where project_code = ${from.code}
          union select evaluation_id from figure_links where ${refs}
          union select e.id from evaluations e
                 join (select unit_id, year from key_project_values where project_id = ${id}
                       union select unit_id, year from key_project_measures where project_id = ${id}
                       union select unit_id, year from key_project_funding where project_id = ${id}) u
                   on u.unit_id = e.unit_id and u.year = e.year`,
    )
  ).map((r) => String(r.id));
  const [target] = await queryRows<{ id: number }>(db, sql`select id from key_projects where code = ${to}`);
  if (!target) await db.execute(sql`update key_projects set code = ${to} where id = ${id}`);
  else {
    const t = Number(target.id);
    await db.execute(sql`update key_project_values v set project_id = ${t}, name = coalesce(v.name, ${from.name})
      where v.project_id = ${id} and not exists (select 1 from key_project_values x where x.project_id = ${t} and x.unit_id = v.unit_id and x.year = v.year)`);
    await db.execute(sql`update key_project_measures m set project_id = ${t}
      where m.project_id = ${id} and not exists (select 1 from key_project_measures x where x.project_id = ${t} and x.unit_id = m.unit_id and x.year = m.year and x.key = m.key)`);
    await db.execute(sql`update key_project_funding f set project_id = ${t}
      where f.project_id = ${id} and not exists (select 1 from key_project_funding x where x.project_id = ${t} and x.unit_id = f.unit_id and x.year = f.year
                                                   and x.category = f.category and x.source = f.source)`);
    await db.execute(sql`delete from key_projects k where k.id = ${id}
      and not exists (select 1 from key_project_values v where v.project_id = k.id)
      and not exists (select 1 from key_project_measures m where m.project_id = k.id)
      and not exists (select 1 from key_project_funding f where f.project_id = k.id)`);
  }
  await db.execute(sql`update evaluations e set project_code = ${to} where e.project_code = ${from.code}
    and not exists (select 1 from evaluations x where x.unit_id = e.unit_id and x.year = e.year and x.framework_id = e.framework_id and x.project_code = ${to})`);
  await db.execute(sql`update figure_links set ref = jsonb_set(ref, '{project}', to_jsonb(${to}::text)) where ${refs}`);
  return { unitYears, evaluationIds };
}
