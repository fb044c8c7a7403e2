// Opens the one schema on embedded PGlite (data folder) or a PostgreSQL server (DATABASE_URL),
// and applies the committed migrations. Callers must `close()` or the process hangs on PGlite.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pgliteSyncer } from './durable.js';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle has the same query API as the database. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Store {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
  /**
   * Makes committed writes durable before they are acknowledged (PGlite data folders: fsync from
   * Node, see durable.ts). Absent where the database does it itself (PostgreSQL) or there is no disk.
   */
  sync?(): Promise<unknown>;
}

export interface StoreOptions {
  /** PostgreSQL connection string; defaults to $DATABASE_URL. */
  url?: string;
  /** PGlite data folder; ignored when a URL is given. */
  dataDir?: string;
  /** In-memory PGlite (tests). */
  memory?: boolean;
}

// numeric → string exactly as stored; the default parser already returns strings for numeric.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
  return dir;
}

export const migrationsFolder = join(packageRoot(), 'drizzle');

export async function openStore(options: StoreOptions = {}): Promise<Store> {
  const url = options.memory ? undefined : (options.url ?? process.env.DATABASE_URL);
  if (url) return openPostgres(url);
  return openPglite(options.memory ? undefined : resolve(options.dataDir ?? './data'));
}

async function openPglite(dataDir: string | undefined): Promise<Store> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const client = dataDir ? new PGlite(dataDir) : new PGlite();
  try {
    await client.waitReady;
    const db = drizzlePglite(client, { schema }) as unknown as Db;
    await migratePglite(db as never, { migrationsFolder });
    if (!dataDir || process.env.JIXIAO_PGLITE_FSYNC === 'off') return { db, kind: 'pglite', close: () => client.close() };
    const syncer = pgliteSyncer(dataDir);
    await syncer.sync(true); // migrations and whatever an earlier run left unsynced
    return {
      db,
      kind: 'pglite',
      sync: () => syncer.sync(),
      close: async () => {
        await client.close();
        await syncer.sync(true); // the shutdown checkpoint wrote data files
      },
    };
  } catch (e) {
    await client.close().catch(() => undefined);
    throw new Error(`无法打开数据目录 ${dataDir ?? '(memory)'}: ${(e as Error).message}`);
  }
}

async function openPostgres(url: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.JIXIAO_PG_POOL ?? 10) });
  // An idle connection dropped by the server (restart, admin kill) must not crash the process;
  // the pool replaces it on next use.
  pool.on('error', (e) => process.emitWarning(`PostgreSQL idle connection lost: ${e.message}`));
  try {
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    // Several app processes may start at once: one migrates, the others wait on the lock.
    const conn = await pool.connect();
    try {
      await conn.query('select pg_advisory_lock(727274)');
      await migratePg(drizzlePg(conn, { schema }) as never, { migrationsFolder });
    } finally {
      await conn.query('select pg_advisory_unlock(727274)').catch(() => undefined);
      conn.release();
    }
    return { db, kind: 'postgres', close: () => pool.end() };
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw new Error(`无法连接 PostgreSQL: ${(e as Error).message}`);
  }
}

/** Rows of a raw query, the same shape on both drivers. */
export async function queryRows<T>(db: DbOrTx, query: ReturnType<typeof sql>): Promise<T[]> {
  const res = (await db.execute(query)) as unknown as { rows: T[] } | T[];
  return Array.isArray(res) ? res : res.rows;
}

/**
 * Runs queries one after another. A transaction holds one connection, and pg refuses (from v9)
 * a second query on a client that is still executing one; outside a transaction, sequential reads
 * also keep one request from taking several pool connections at once.
 */
export async function inSequence<T extends readonly unknown[]>(queries: { [K in keyof T]: () => PromiseLike<T[K]> }): Promise<T> {
  const out: unknown[] = [];
  for (const q of queries as readonly (() => PromiseLike<unknown>)[]) out.push(await q());
  return out as unknown as T;
}
