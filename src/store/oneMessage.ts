// Several statements in ONE round trip to PostgreSQL, committed together (issue 17): a save
// made of BEGIN, two statements and COMMIT waits four times for the server and the server four
// times for this process; on a busy machine each wait may also wait for a CPU, and that is what
// a save's p95 was made of. A simple-query message of several statements runs them as one
// implicit transaction (all or nothing), each with its own snapshot (read committed), so a
// statement still sees what was committed before a lock the one before it took. Each statement
// is prepared once per connection (SQL PREPARE, names `jm_…` apart from the protocol-level
// `jx_…` of queryRowsPrepared) and sent as EXECUTE with its values as literals.
import { createHash } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import pg from 'pg';
import { literal, type Db } from './db.js';

/** Statements prepared with SQL PREPARE, per pooled connection. */
const prepared = new WeakMap<object, Set<string>>();

export interface Built {
  sql: string;
  params: unknown[];
}

/**
 * Runs `statements` as one transaction in one message on PostgreSQL and resolves to each one's
 * rows; `rollback`: inside BEGIN … ROLLBACK instead (nothing stays; planning a connection's
 * statements). Resolves to null where there is no pool of PostgreSQL connections (PGlite, or
 * inside a transaction): the caller runs them its usual way.
 */
export async function inOneMessage(db: Db, statements: SQL[], options: { rollback?: boolean } = {}): Promise<unknown[][] | null> {
  const pool = (db as unknown as { $client?: unknown }).$client;
  if (!(pool instanceof pg.Pool)) return null;
  const client = await pool.connect();
  let lost: Error | undefined;
  try {
    return await onClient(client, buildAll(db, statements), options);
  } catch (e) {
    // an error the server answered leaves the connection usable; any other drops it
    const code = (e as { code?: unknown }).code;
    if (!(typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code))) lost = e as Error;
    throw e;
  } finally {
    client.release(lost);
  }
}

/** The statements' text and values, as drizzle builds them for `db`. */
export function buildAll(db: Db, statements: SQL[]): Built[] {
  const dialect = (db as unknown as { dialect: { sqlToQuery(q: SQL): Built } }).dialect;
  return statements.map((q) => dialect.sqlToQuery(q));
}

/** inOneMessage on a connection the caller holds. */
export async function onClient(client: pg.ClientBase, built: Built[], options: { rollback?: boolean } = {}): Promise<unknown[][]> {
  const names = built.map((b) => `jm_${createHash('sha1').update(b.sql).digest('hex').slice(0, 20)}`);
  let mine = prepared.get(client);
  if (!mine) prepared.set(client, (mine = new Set()));
  for (const [i, b] of built.entries()) {
    if (mine.has(names[i]!)) continue;
    await client.query(`prepare ${names[i]} as ${b.sql}`);
    mine.add(names[i]!);
  }
  const body = built.map((b, i) => `execute ${names[i]}${b.params.length ? `(${b.params.map(literal).join(', ')})` : ''}`).join(';\n');
  let res: pg.QueryResult | pg.QueryResult[];
  try {
    res = (await client.query(options.rollback ? `begin;\n${body};\nrollback` : body)) as unknown as pg.QueryResult | pg.QueryResult[];
  } catch (e) {
    // an explicit BEGIN stays open (aborted) after a failed statement; an implicit one does not
    if (options.rollback) await client.query('rollback');
    throw e;
  }
  const rows = (Array.isArray(res) ? res : [res]).map((r) => r.rows as unknown[]);
  return options.rollback ? rows.slice(1, -1) : rows;
}
