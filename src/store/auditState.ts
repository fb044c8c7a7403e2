// Digests of audited records' current state. Each audit entry about a record stores the digest of
// that record right after the change (in its hashed `states`), so `audit verify` can prove the
// database still holds exactly what the log ends with — an edit by SQL, an inserted role row or a
// deleted tail of the log leaves a record whose digest no longer matches.
//   evaluation — its own row and content (title, status, version, budget, lines, 三公, indicator
//                values without derived scores, sections and figure links);
//   unitYear   — a unit's profile and key-project values of a year (shared by its evaluations);
//   user       — name, display name, disabled, password hash, must-change flag and role grants.
import { createHash } from 'node:crypto';
import { asc, sql } from 'drizzle-orm';
import { canonicalJson } from '../domain/canonicalJson.js';
import { queryRows, type DbOrTx } from './db.js';
import { evaluationRepository } from './evaluations.js';
import { readKeyProjects } from './keyProjects.js';
import { roleAssignments, users } from './schema.js';
import type { Evaluation, KeyProject, UnitProfile } from '../domain/types.js';

export type StatefulEntity = 'evaluation' | 'unitYear' | 'user';
export const STATEFUL: StatefulEntity[] = ['evaluation', 'unitYear', 'user'];
/** Digest of a record that does not exist (deleted, or never created). */
export const ABSENT = 'absent';
export type StateTriple = [StatefulEntity, string, string];

const sha = (v: unknown) => createHash('sha256').update(canonicalJson(v)).digest('hex');

async function evaluationState(db: DbOrTx, id: string): Promise<string> {
  const e = await evaluationRepository(db).load(id);
  return e ? evaluationDigest(e) : ABSENT;
}

/** The digest of an evaluation as loaded (or as just written, in the same form). */
export function evaluationDigest(e: Evaluation): string {
  return sha({
    id: e.id,
    unitId: e.unit.id,
    year: e.year,
    frameworkId: e.framework.id,
    outline: e.outline,
    title: e.title,
    reportDate: e.reportDate,
    status: e.status,
    version: e.version,
    budget: e.budget,
    budgetLines: e.budgetLines,
    threePublic: e.threePublic,
    // scores are derived (recomputed from content and framework on every save and framework edit)
    indicators: e.indicators.map(({ score: _s, ...v }) => v),
    sections: e.sections,
  });
}

async function unitYearState(db: DbOrTx, key: string): Promise<string> {
  const [unitId, year] = key.split(':').map(Number) as [number, number];
  const profile = await queryRows<Record<string, unknown>>(
    db,
    sql`select authorized_posts, staff_actual, retired, departments, duties, intro from unit_profiles where unit_id = ${unitId} and year = ${year}`,
  );
  return unitYearDigest(profile[0] ?? null, await readKeyProjects(db, unitId, year));
}

/** The digest of a unit's year: its profile (as its row's columns) and all its key projects as loaded. */
export function unitYearDigest(profileRow: Record<string, unknown> | null, keyProjects: KeyProject[]): string {
  const projects = keyProjects.map((k) => ({ code: k.code, target: k.target, actual: k.actual, note: k.note, funding: k.funding }));
  if (!profileRow && !projects.length) return ABSENT;
  return sha({ profile: profileRow, projects });
}

/** A profile as unitYearDigest takes it (the row's column names). */
export const profileRow = (p: UnitProfile | null): Record<string, unknown> | null =>
  p && { authorized_posts: p.authorizedPosts, staff_actual: p.staffActual, retired: p.retired, departments: p.departments, duties: p.duties, intro: p.intro };

async function userStates(db: DbOrTx, ids: number[]): Promise<Map<string, string>> {
  const out = new Map<string, string>(ids.map((id) => [String(id), ABSENT]));
  if (!ids.length) return out;
  const rows = await db
    .select()
    .from(users)
    .where(sql`${users.id} in ${ids}`);
  const grants = await db
    .select()
    .from(roleAssignments)
    .where(sql`${roleAssignments.userId} in ${ids}`)
    .orderBy(asc(roleAssignments.role), asc(roleAssignments.unitId));
  for (const u of rows) {
    const g = grants.filter((x) => x.userId === u.id).map((x) => [x.role, x.unitId]);
    g.sort((a, b) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));
    out.set(
      String(u.id),
      sha({
        username: u.username,
        displayName: u.displayName,
        disabled: u.disabled,
        passwordHash: u.passwordHash,
        mustChangePassword: u.mustChangePassword,
        grants: g,
      }),
    );
  }
  return out;
}

/** Current digests of the given records. */
export async function statesOf(db: DbOrTx, records: [StatefulEntity, string][]): Promise<StateTriple[]> {
  const out: StateTriple[] = [];
  const userIds = records.filter(([e]) => e === 'user').map(([, id]) => Number(id));
  const userDigests = await userStates(db, userIds);
  for (const [entity, id] of records) {
    if (entity === 'user') out.push([entity, id, userDigests.get(id)!]);
    else if (entity === 'evaluation') out.push([entity, id, await evaluationState(db, id)]);
    else out.push([entity, id, await unitYearState(db, id)]);
  }
  return out;
}

/** The records an audit entry about `entity`/`entityId` covers (an evaluation brings its unit-year). */
export async function recordsOfEntry(db: DbOrTx, entity: string, entityId: string | null): Promise<[StatefulEntity, string][]> {
  if (entityId === null || !/^\d+$/.test(entityId)) return [];
  if (entity === 'user') return [['user', entityId]];
  if (entity !== 'evaluation') return [];
  const [h] = await queryRows<{ unitId: number; year: number }>(db, sql`select unit_id as "unitId", year from evaluations where id = ${Number(entityId)}`);
  return h
    ? [
        ['evaluation', entityId],
        ['unitYear', `${h.unitId}:${h.year}`],
      ]
    : [['evaluation', entityId]];
}

/** Every audited record that exists now, in pages (ids only). */
export async function* allRecords(db: DbOrTx, entity: StatefulEntity, page = 2000): AsyncGenerator<string[]> {
  if (entity === 'unitYear') {
    const rows = await queryRows<{ k: string }>(
      db,
      sql`select unit_id || ':' || year as k from unit_profiles union select unit_id || ':' || year from key_project_values order by 1`,
    );
    for (let i = 0; i < rows.length; i += page) yield rows.slice(i, i + page).map((r) => r.k);
    return;
  }
  const table = entity === 'user' ? sql`users` : sql`evaluations`;
  let after = 0;
  for (;;) {
    const rows = await queryRows<{ id: number }>(db, sql`select id from ${table} where id > ${after} order by id limit ${page}`);
    if (!rows.length) return;
    yield rows.map((r) => String(r.id));
    after = Number(rows.at(-1)!.id);
  }
}

/** Digests of every audited record of these kinds (a seal: demo load, user import, `audit seal`). */
export async function sealStates(db: DbOrTx, entities: StatefulEntity[]): Promise<StateTriple[]> {
  const out: StateTriple[] = [];
  for (const entity of entities) {
    for await (const ids of allRecords(db, entity))
      for (const t of await statesOf(
        db,
        ids.map((id) => [entity, id] as [StatefulEntity, string]),
      ))
        out.push(t);
  }
  return out;
}

export interface StateProblem {
  entity: StatefulEntity;
  id: string;
  /** changed: differs from the log's last state · unrecorded: no state in the log · deleted: gone without an entry */
  kind: 'changed' | 'unrecorded' | 'deleted';
  /** The audit entry holding the last recorded state. */
  entryId: number | null;
}

/**
 * Compares every audited record's current digest with the last one the log recorded for it.
 * Bounded memory per page of records; the map of last states holds one digest per record.
 */
export async function verifyStates(db: DbOrTx): Promise<{ checked: number; problems: StateProblem[] }> {
  const last = new Map<string, { digest: string; entryId: number }>();
  let after = 0;
  for (;;) {
    const rows = await queryRows<{ id: number; states: StateTriple[] }>(
      db,
      sql`select id, states from audit_log where id > ${after} and states is not null order by id limit 2000`,
    );
    for (const r of rows) for (const [entity, id, digest] of r.states) last.set(`${entity}|${id}`, { digest, entryId: Number(r.id) });
    if (rows.length < 2000) break;
    after = Number(rows.at(-1)!.id);
  }
  const problems: StateProblem[] = [];
  let checked = 0;
  for (const entity of STATEFUL) {
    for await (const ids of allRecords(db, entity)) {
      for (const [, id, digest] of await statesOf(
        db,
        ids.map((i) => [entity, i] as [StatefulEntity, string]),
      )) {
        checked++;
        const key = `${entity}|${id}`;
        const seen = last.get(key);
        last.delete(key);
        if (!seen) problems.push({ entity, id, kind: 'unrecorded', entryId: null });
        else if (seen.digest !== digest) problems.push({ entity, id, kind: 'changed', entryId: seen.entryId });
      }
    }
  }
  for (const [key, seen] of last) {
    if (seen.digest === ABSENT) continue;
    const [entity, id] = key.split('|') as [StatefulEntity, string];
    problems.push({ entity, id, kind: 'deleted', entryId: seen.entryId });
  }
  return { checked, problems };
}

/** A human name for a record in verify's report. */
export async function describeRecord(db: DbOrTx, entity: StatefulEntity, id: string): Promise<string> {
  if (entity === 'user') {
    const [u] = await queryRows<{ username: string }>(db, sql`select username from users where id = ${Number(id)}`);
    return `用户 #${id}${u ? `（${u.username}）` : ''}`;
  }
  if (entity === 'evaluation') {
    const [e] = await queryRows<{ name: string; year: number; title: string }>(
      db,
      sql`select u.name, e.year, e.title from evaluations e join units u on u.id = e.unit_id where e.id = ${Number(id)}`,
    );
    return `自评 #${id}${e ? `（${e.name} ${e.year} 年度）` : ''}`;
  }
  const [unitId, year] = id.split(':');
  const [u] = await queryRows<{ name: string }>(db, sql`select name from units where id = ${Number(unitId)}`);
  return `单位年度数据 ${u?.name ?? `#${unitId}`} ${year} 年（基本情况、重点项目）`;
}
