// Batched inserts through unnest(): one statement per batch, never row by row, and no
// 65,535-parameter ceiling (each column is one array parameter).
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from './db.js';

export type ColumnType = 'int' | 'text' | 'numeric' | 'bool' | 'date';

export interface BulkColumn {
  name: string; // SQL column name
  type: ColumnType;
}

const PG_TYPE: Record<ColumnType, string> = { int: 'int4', text: 'text', numeric: 'numeric', bool: 'bool', date: 'date' };

/** Inserts `rows` (arrays in column order) in batches; returns the `returning` column values if asked. */
export async function bulkInsert(
  db: DbOrTx,
  table: string,
  columns: BulkColumn[],
  rows: unknown[][],
  options: { batch?: number; returning?: string; onBatch?: (done: number) => void } = {},
): Promise<unknown[]> {
  const batch = options.batch ?? 5000;
  const out: unknown[] = [];
  if (!/^[a-z_]+$/.test(table) || columns.some((c) => !/^[a-z_]+$/.test(c.name))) throw new Error('bulkInsert: bad identifier');
  for (let i = 0; i < rows.length; i += batch) {
    const chunk = rows.slice(i, i + batch);
    const arrays = columns.map((c, k) => {
      const values = chunk.map((r) => r[k] ?? null);
      // numeric travels as text so no value is ever rounded through a float
      const param = c.type === 'numeric' ? values.map((v) => (v === null ? null : String(v))) : values;
      return sql`${sql.param(param)}::${sql.raw(c.type === 'numeric' ? 'text' : PG_TYPE[c.type])}[]`;
    });
    const cols = sql.raw(columns.map((c) => c.name).join(', '));
    const sel = sql.raw(columns.map((c, k) => (c.type === 'numeric' ? `c${k}::numeric` : `c${k}`)).join(', '));
    const alias = sql.raw(columns.map((_, k) => `c${k}`).join(', '));
    const returning = options.returning ? sql.raw(` returning ${options.returning}`) : sql``;
    const q = sql`insert into ${sql.raw(table)} (${cols}) select ${sel} from unnest(${sql.join(arrays, sql`, `)}) as t(${alias})${returning}`;
    if (options.returning) out.push(...(await queryRows<Record<string, unknown>>(db, q)).map((r) => r[options.returning!]));
    else await db.execute(q);
    options.onBatch?.(Math.min(i + batch, rows.length));
  }
  return out;
}
