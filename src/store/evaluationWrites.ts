// An evaluation save writes only the rows that changed (domain/contentDiff.ts): per table one
// statement at most, its deletions and upserts together, every row passed as unnest arrays.
import { sql, type SQL } from 'drizzle-orm';
import type { ContentChanges, ContentRows, ContentTable } from '../domain/contentDiff.js';
import { changedTables } from '../domain/contentDiff.js';
import type { KeyProject, UnitProfile } from '../domain/types.js';
import { queryRows, type DbOrTx } from './db.js';
import { ensureKeyProject } from './keyProjects.js';

type ColType = 'int' | 'text' | 'numeric' | 'bool' | 'jsonb';
interface Col {
  /** SQL column name */
  name: string;
  type: ColType;
  /** the row's field (absent: the project's id of the row's `code`) */
  field?: string;
  key?: boolean;
}

const c = (name: string, type: ColType, field: string, key = false): Col => ({ name, type, field, key });

/** Columns of each table beyond its scope (evaluation_id, or unit_id + year for key projects). */
const TABLES: { [T in ContentTable]: { table: string; scope: 'evaluation' | 'unitYear'; cols: Col[] } } = {
  budgetTypes: { table: 'budget_types', scope: 'evaluation', cols: [c('budget_type', 'text', 'budgetType', true), c('no_activity', 'bool', 'noActivity')] },
  budgetRows: {
    table: 'budget_rows',
    scope: 'evaluation',
    cols: [
      c('budget_type', 'text', 'budgetType', true),
      c('row_class', 'text', 'rowClass', true),
      c('opening', 'numeric', 'opening'),
      c('income', 'numeric', 'income'),
      c('expenditure', 'numeric', 'expenditure'),
      c('closing', 'numeric', 'closing'),
    ],
  },
  budgetLines: {
    table: 'budget_lines',
    scope: 'evaluation',
    cols: [
      c('key', 'text', 'key', true),
      c('ord', 'int', 'ord'),
      c('label', 'text', 'label'),
      c('initial', 'numeric', 'initial'),
      c('adjusted', 'numeric', 'adjusted'),
      c('executed', 'numeric', 'executed'),
    ],
  },
  threePublic: {
    table: 'three_public',
    scope: 'evaluation',
    cols: [c('item', 'text', 'item', true), c('budget', 'numeric', 'budget'), c('actual', 'numeric', 'actual')],
  },
  indicators: {
    table: 'indicator_values',
    scope: 'evaluation',
    cols: [
      c('indicator_code', 'text', 'indicatorCode', true),
      c('target', 'text', 'target'),
      c('actual', 'text', 'actual'),
      c('score', 'numeric', 'score'),
      c('deviation_reason', 'text', 'deviationReason'),
      c('applicable', 'bool', 'applicable'),
      c('achievement', 'text', 'achievement'),
      c('achievement_percent', 'numeric', 'achievementPercent'),
      c('sample', 'bool', 'sample'),
    ],
  },
  sections: {
    table: 'narrative_sections',
    scope: 'evaluation',
    cols: [
      c('key', 'text', 'key', true),
      c('parent_key', 'text', 'parentKey'),
      c('ord', 'int', 'ord'),
      c('kind', 'text', 'kind'),
      c('numbering', 'text', 'numbering'),
      c('title', 'text', 'title'),
      c('run_in', 'bool', 'runIn'),
      c('paragraphs', 'jsonb', 'paragraphs'),
      c('indicator_code', 'text', 'indicatorCode'),
    ],
  },
  figureLinks: {
    table: 'figure_links',
    scope: 'evaluation',
    cols: [
      c('section_key', 'text', 'sectionKey', true),
      c('ord', 'int', 'ord', true),
      c('paragraph', 'int', 'paragraph'),
      c('text', 'text', 'text'),
      c('occurrence', 'int', 'occurrence'),
      c('ref', 'jsonb', 'ref'),
    ],
  },
  projectValues: {
    table: 'key_project_values',
    scope: 'unitYear',
    cols: [
      { name: 'project_id', type: 'int', key: true },
      c('target', 'numeric', 'target'),
      c('actual', 'numeric', 'actual'),
      c('note', 'text', 'note'),
      c('name', 'text', 'name'),
    ],
  },
  projectFunding: {
    table: 'key_project_funding',
    scope: 'unitYear',
    cols: [
      { name: 'project_id', type: 'int', key: true },
      c('category', 'text', 'category', true),
      c('source', 'text', 'source', true),
      c('ord', 'int', 'ord'),
      c('label', 'text', 'label'),
      c('amount', 'numeric', 'amount'),
    ],
  },
  projectMeasures: {
    table: 'key_project_measures',
    scope: 'unitYear',
    cols: [
      { name: 'project_id', type: 'int', key: true },
      c('key', 'text', 'key', true),
      c('ord', 'int', 'ord'),
      c('name', 'text', 'name'),
      c('unit_of_measure', 'text', 'unitOfMeasure'),
      c('kind', 'text', 'kind'),
      c('target', 'numeric', 'target'),
      c('actual', 'numeric', 'actual'),
      c('sample', 'bool', 'sample'),
    ],
  },
};

/** Array parameters travel as text where a cast must follow (numeric keeps every digit, jsonb its text). */
const ARRAY_TYPE: Record<ColType, string> = { int: 'int4', text: 'text', numeric: 'text', bool: 'bool', jsonb: 'text' };
const CAST: Record<ColType, string> = { int: '', text: '', numeric: '::numeric', bool: '', jsonb: '::jsonb' };

function array(col: Col, rows: Record<string, unknown>[], projectId: (code: string) => number): SQL {
  const values = rows.map((r) => {
    const v = col.field === undefined ? projectId(r.code as string) : r[col.field];
    if (v === null || v === undefined) return null;
    if (col.type === 'jsonb') return JSON.stringify(v);
    if (col.type === 'numeric') return String(v);
    return v;
  });
  return sql`${sql.param(values)}::${sql.raw(ARRAY_TYPE[col.type])}[]`;
}

/** One statement: the removed rows deleted and the changed ones upserted, in `scope`. */
function tableStatement(
  spec: (typeof TABLES)[ContentTable],
  scope: { evaluationId: number; unitId: number; year: number },
  upsert: Record<string, unknown>[],
  remove: Record<string, unknown>[],
  projectId: (code: string) => number,
): SQL {
  const t = sql.raw(spec.table);
  const scopeCols = spec.scope === 'evaluation' ? ['evaluation_id'] : ['unit_id', 'year'];
  const scopeVals = spec.scope === 'evaluation' ? [scope.evaluationId] : [scope.unitId, scope.year];
  const scopeWhere = sql.join(
    scopeCols.map((name, i) => sql`${sql.raw(name)} = ${scopeVals[i]}`),
    sql` and `,
  );
  const keys = spec.cols.filter((k) => k.key);
  const keyList = sql.raw(keys.map((k) => k.name).join(', '));
  const del = remove.length
    ? sql`delete from ${t} where ${scopeWhere} and (${keyList}) in (select * from unnest(${sql.join(
        keys.map((k) => array(k, remove, projectId)),
        sql`, `,
      )}))`
    : null;
  if (!upsert.length) return del!;
  const alias = sql.raw(spec.cols.map((_, i) => `c${i}`).join(', '));
  const select = sql.raw([...scopeVals.map((v) => String(Number(v))), ...spec.cols.map((col, i) => `c${i}${CAST[col.type]}`)].join(', '));
  const cols = sql.raw([...scopeCols, ...spec.cols.map((col) => col.name)].join(', '));
  const conflict = sql.raw([...scopeCols, ...keys.map((k) => k.name)].join(', '));
  const rest = spec.cols.filter((col) => !col.key);
  const update = rest.length ? sql.raw(`do update set ${rest.map((col) => `${col.name} = excluded.${col.name}`).join(', ')}`) : sql.raw('do nothing');
  const insert = sql`insert into ${t} (${cols}) select ${select} from unnest(${sql.join(
    spec.cols.map((col) => array(col, upsert, projectId)),
    sql`, `,
  )}) as t(${alias}) on conflict (${conflict}) ${update}`;
  // the deleted keys are not among the upserted ones, so the two parts never meet on a row
  return del ? sql`with gone as (${del} returning 1) ${insert}` : insert;
}

type ProjectIdentity = Pick<KeyProject, 'code' | 'name' | 'measure' | 'unitOfMeasure'>;

/** Finds or creates the key projects of these codes in one statement; their stored identities by code. */
async function ensureProjects(db: DbOrTx, projects: ProjectIdentity[]): Promise<Map<string, ProjectIdentity & { id: number }>> {
  const out = new Map<string, ProjectIdentity & { id: number }>();
  if (!projects.length) return out;
  const p = (f: keyof ProjectIdentity) => sql`${sql.param(projects.map((x) => x[f]))}::text[]`;
  const rows = await queryRows<{ id: number; code: string; name: string; measure: string; unit_of_measure: string }>(
    db,
    sql`with input(code, name, measure, unit) as (select * from unnest(${p('code')}, ${p('name')}, ${p('measure')}, ${p('unitOfMeasure')})),
        made as (insert into key_projects (code, name, measure, unit_of_measure)
                 select code, name, measure, unit from input where not exists (select 1 from key_projects k where k.code = input.code)
                 on conflict (code) do nothing returning id, code, name, measure, unit_of_measure)
        select id, code, name, measure, unit_of_measure from made
        union all select k.id, k.code, k.name, k.measure, k.unit_of_measure from key_projects k join input on input.code = k.code`,
  );
  for (const r of rows) out.set(r.code, { id: Number(r.id), code: r.code, name: r.name, measure: r.measure, unitOfMeasure: r.unit_of_measure });
  // created by another writer after this statement's snapshot: found by a statement of its own
  for (const x of projects) if (!out.has(x.code)) out.set(x.code, { ...x, id: await ensureKeyProject(db, x) });
  return out;
}

/**
 * Writes the changed rows of an evaluation (call inside the saving transaction, after its version
 * check). `projects`: the key projects of every code written (domain projectsToEnsure). Answers
 * the stored identities of those projects (a code's name is the one first stored for it).
 */
export async function writeContentChanges(
  db: DbOrTx,
  scope: { evaluationId: number; unitId: number; year: number },
  changes: ContentChanges,
  projects: ProjectIdentity[],
): Promise<Map<string, ProjectIdentity>> {
  const ids = await ensureProjects(db, projects);
  const projectId = (code: string) => ids.get(code)!.id;
  if (changes.profile) await writeProfileRow(db, scope.unitId, scope.year, changes.profile.set);
  for (const table of changedTables(changes)) {
    const ch = changes[table] as { upsert: ContentRows[typeof table]; remove: ContentRows[typeof table] };
    await db.execute(tableStatement(TABLES[table], scope, ch.upsert as never, ch.remove as never, projectId));
  }
  return ids;
}

/** The unit's profile of a year in one statement: upserted, or deleted when null. */
async function writeProfileRow(db: DbOrTx, unitId: number, year: number, p: UnitProfile | null) {
  if (!p) {
    await db.execute(sql`delete from unit_profiles where unit_id = ${unitId} and year = ${year}`);
    return;
  }
  await db.execute(sql`
    insert into unit_profiles (unit_id, year, authorized_posts, staff_actual, retired, departments, duties, intro)
    values (${unitId}, ${year}, ${p.authorizedPosts}, ${p.staffActual}, ${p.retired}, ${JSON.stringify(p.departments)}::jsonb, ${JSON.stringify(p.duties)}::jsonb, ${p.intro})
    on conflict (unit_id, year) do update set authorized_posts = excluded.authorized_posts, staff_actual = excluded.staff_actual,
      retired = excluded.retired, departments = excluded.departments, duties = excluded.duties, intro = excluded.intro`);
}

/**
 * Locks the evaluation row if it is still at `expectedVersion` and bumps it with the header's
 * new fields; null when another save came first.
 */
export async function bumpWithHeader(
  db: DbOrTx,
  id: number,
  expectedVersion: number,
  header: { title: string; reportDate: string | null; totalScore: string | null; grade: string | null },
): Promise<number | null> {
  const rows = await queryRows<{ version: number }>(
    db,
    sql`update evaluations set version = version + 1, updated_at = now(), title = ${header.title}, report_date = ${header.reportDate}::date,
               total_score = ${header.totalScore}::numeric, grade = ${header.grade}
         where id = ${id} and version = ${expectedVersion} returning version`,
  );
  return rows[0] ? Number(rows[0].version) : null;
}
