// Opens the one schema on embedded PGlite (data folder) or a PostgreSQL server (DATABASE_URL),
// and applies the committed migrations. Callers must `close()` or the process hangs on PGlite.
import { createHash } from 'node:crypto';
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
  /**
   * Calls `onMessage` with every NOTIFY on `channel` (from any process, after its commit).
   * `onReset` runs when notifications may have been missed (connection lost, then regained):
   * whatever the caller cached must be dropped; `listening` says whether notices flow again
   * (false while the connection is down). Resolves once listening, to the way to stop.
   */
  listen(channel: string, onMessage: (payload: string) => void, onReset: (listening: boolean) => void): Promise<() => Promise<void>>;
  /**
   * Calls `fn` after every statement this process sends that may have written (an INSERT,
   * UPDATE, DELETE…; a transaction's at its COMMIT), before its caller continues: this process's
   * caches drop what they hold at once, where others wait for the NOTIFY. Absent on PGlite,
   * whose notices arrive before the statement's answer.
   */
  onWrite?(fn: () => void): () => void;
  /** Read replicas (DATABASE_READ_URL); empty on PGlite or when none are configured. */
  replicas: Replica[];
  /** Where the primary's WAL ends now (after a commit: a point a replica must reach to show it). */
  walPosition(): Promise<bigint | null>;
  close(): Promise<void>;
  /**
   * Makes committed writes durable before they are acknowledged (PGlite data folders: fsync from
   * Node, see durable.ts). Absent where the database does it itself (PostgreSQL) or there is no disk.
   */
  sync?(): Promise<unknown>;
}

/** A streaming replica of the primary, for reads that may lag a little. */
export interface Replica {
  db: Db;
  url: string;
  /** The WAL position this replica has replayed up to (null if it is not a standby). */
  replayed(): Promise<bigint | null>;
}

export interface StoreOptions {
  /** PostgreSQL connection string; defaults to $DATABASE_URL. */
  url?: string;
  /** PGlite data folder; ignored when a URL is given. */
  dataDir?: string;
  /** In-memory PGlite (tests). */
  memory?: boolean;
  /** Read replicas of the PostgreSQL primary; defaults to $DATABASE_READ_URL (comma-separated). */
  readUrls?: string[];
  /** Called with every statement sent through the ORM (tests count queries with it). */
  onQuery?: (query: string) => void;
}

/** "16/B374D848" → a number that orders like the WAL. */
export const parseLsn = (lsn: string | null | undefined): bigint | null => {
  const m = /^([0-9A-F]+)\/([0-9A-F]+)$/i.exec(lsn ?? '');
  return m ? (BigInt(`0x${m[1]}`) << 32n) + BigInt(`0x${m[2]}`) : null;
};

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
  if (url) {
    const readUrls = options.readUrls ?? (process.env.DATABASE_READ_URL ?? '').split(/[\s,]+/).filter(Boolean);
    return openPostgres(url, readUrls, options.onQuery);
  }
  return openPglite(options.memory ? undefined : resolve(options.dataDir ?? './data'), options.onQuery);
}

const queryLogger = (onQuery?: (query: string) => void) => (onQuery ? { logger: { logQuery: (query: string) => onQuery(query) } } : {});

async function openPglite(dataDir: string | undefined, onQuery?: (query: string) => void): Promise<Store> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const client = dataDir ? new PGlite(dataDir) : new PGlite();
  try {
    await client.waitReady;
    // queryRowsPrepared's statements, kept by name for this database and seen from its transactions
    const prepared = new Set<string>();
    pglitePrepared.set(client, prepared);
    const transaction = client.transaction.bind(client);
    client.transaction = ((fn: (tx: object) => Promise<unknown>) =>
      transaction((tx) => {
        pglitePrepared.set(tx, prepared);
        return fn(tx);
      })) as typeof client.transaction;
    const db = drizzlePglite(client, { schema, ...queryLogger(onQuery) }) as unknown as Db;
    await migratePglite(db as never, { migrationsFolder });
    const base = {
      db,
      kind: 'pglite' as const,
      replicas: [],
      walPosition: async () => null,
      // One process, one connection: its own NOTIFYs come back to it on commit.
      listen: async (channel: string, onMessage: (payload: string) => void) => {
        const stop = await client.listen(channel, onMessage);
        return () => stop();
      },
      close: () => client.close(),
    };
    if (!dataDir || process.env.JIXIAO_PGLITE_FSYNC === 'off') return base;
    const syncer = pgliteSyncer(dataDir);
    await syncer.sync(true); // migrations and whatever an earlier run left unsynced
    return {
      ...base,
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

/** Connections a PostgreSQL pool may open (JIXIAO_PG_POOL). */
const poolSize = () => Number(process.env.JIXIAO_PG_POOL ?? 10);

/** Pooled connections the server keeps open and warm (PostgreSQL; at most the pool's size). */
export const warmConnectionCount = () => Math.max(0, Math.min(poolSize(), Number(process.env.JIXIAO_PG_WARM ?? 2)));

async function openPostgres(url: string, readUrls: string[], onQuery?: (query: string) => void): Promise<Store> {
  const writes = new Set<() => void>();
  const max = poolSize();
  // A connection's first save plans its statements (≈ 30 ms): the pool keeps JIXIAO_PG_WARM of
  // them open however quiet the server (`serve` warms them, see warm.ts), and the others for a
  // minute after a burst; pg's default closed every connection idle for 10 s, so on a quiet
  // server nearly every save paid a new connection and its planning.
  const pool = new pg.Pool({
    connectionString: url,
    max,
    min: warmConnectionCount(),
    idleTimeoutMillis: Number(process.env.JIXIAO_PG_IDLE_S ?? 60) * 1000,
    Client: writeTrackingClient(writes),
  });
  const replicaPools = readUrls.map((u) => new pg.Pool({ connectionString: u, max }));
  for (const p of replicaPools) p.on('error', (e) => process.emitWarning(`PostgreSQL replica idle connection lost: ${e.message}`));
  // An idle connection dropped by the server (restart, admin kill) must not crash the process;
  // the pool replaces it on next use.
  pool.on('error', (e) => process.emitWarning(`PostgreSQL idle connection lost: ${e.message}`));
  try {
    const db = drizzlePg(pool, { schema, ...queryLogger(onQuery) }) as unknown as Db;
    // Several app processes may start at once: one migrates, the others wait on the lock.
    const conn = await pool.connect();
    try {
      await conn.query('select pg_advisory_lock(727274)');
      await migratePg(drizzlePg(conn, { schema }) as never, { migrationsFolder });
    } finally {
      await conn.query('select pg_advisory_unlock(727274)').catch(() => undefined);
      conn.release();
    }
    const stops: (() => Promise<void>)[] = [];
    let closed = false;
    const replicas: Replica[] = replicaPools.map((p, i) => {
      const rdb = drizzlePg(p, { schema }) as unknown as Db;
      return {
        db: rdb,
        url: readUrls[i]!,
        replayed: async () => parseLsn((await queryRows<{ lsn: string | null }>(rdb, sql`select pg_last_wal_replay_lsn()::text as lsn`))[0]?.lsn),
      };
    });
    return {
      db,
      kind: 'postgres',
      replicas,
      onWrite: (fn) => {
        writes.add(fn);
        return () => void writes.delete(fn);
      },
      walPosition: async () => parseLsn((await queryRows<{ lsn: string }>(db, sql`select pg_current_wal_lsn()::text as lsn`))[0]?.lsn),
      listen: async (channel, onMessage, onReset) => {
        const clients: pg.Client[] = [];
        let stopped = false;
        const stop = await listenPostgres(url, channel, onMessage, onReset, clients, () => closed || stopped);
        const once = async () => {
          stopped = true;
          await stop();
        };
        stops.push(once);
        return once;
      },
      close: async () => {
        closed = true;
        await Promise.all(stops.map((s) => s()));
        await Promise.all(replicaPools.map((p) => p.end()));
        await pool.end();
      },
    };
  } catch (e) {
    await pool.end().catch(() => undefined);
    await Promise.all(replicaPools.map((p) => p.end().catch(() => undefined)));
    throw new Error(`无法连接 PostgreSQL: ${(e as Error).message}`);
  }
}

/** A statement that may have written (a word too many only costs a cache refill): a transaction's writes end with its COMMIT. */
const MAY_WRITE = /\b(insert|update|delete|truncate|merge|commit|copy|call|execute)\b/i;

/** pg's Client, telling `writes` when a statement that may have written has been answered. */
function writeTrackingClient(writes: Set<() => void>): typeof pg.Client {
  const told = () => {
    for (const fn of writes) fn();
  };
  return class extends pg.Client {
    // pg's overloads (text or config; values; callback or promise) pass through untouched.
    override query(...args: unknown[]): never {
      const first = args[0] as string | { text?: string } | undefined;
      const text = typeof first === 'string' ? first : first?.text;
      const query = super.query as (...a: unknown[]) => unknown;
      if (writes.size === 0 || typeof text !== 'string' || !MAY_WRITE.test(text)) return query.apply(this, args) as never;
      const last = args[args.length - 1];
      if (typeof last === 'function') {
        const cb = last as (err: unknown, res: unknown) => void;
        return query.apply(this, [
          ...args.slice(0, -1),
          (err: unknown, res: unknown) => {
            told();
            cb(err, res);
          },
        ]) as never;
      }
      const out = query.apply(this, args) as Promise<unknown> | undefined;
      if (!out || typeof out.then !== 'function') return out as never;
      return out.then(
        (res) => (told(), res),
        (err: unknown) => {
          told();
          throw err;
        },
      ) as never;
    }
  } as typeof pg.Client;
}

/** A dedicated connection for LISTEN (a pooled one would be handed to queries); reconnects. */
async function listenPostgres(
  url: string,
  channel: string,
  onMessage: (p: string) => void,
  onReset: (listening: boolean) => void,
  clients: pg.Client[],
  closed: () => boolean,
) {
  const ident = `"${channel.replace(/"/g, '""')}"`;
  /** Resolves true once listening; false after a failure (a retry is then scheduled). */
  const connect = async (first = false): Promise<boolean> => {
    const client = new pg.Client({ connectionString: url });
    clients.push(client);
    let lost = false;
    const again = () => {
      if (lost || closed()) return;
      lost = true;
      clients.splice(clients.indexOf(client), 1);
      client.end().catch(() => undefined);
      onReset(false); // notifications may have been missed while down: drop everything cached
      setTimeout(() => void connect().then((ok) => ok && onReset(true)), 500).unref();
    };
    client.on('error', again);
    client.on('end', again);
    client.on('notification', (n) => n.channel === channel && onMessage(n.payload ?? ''));
    try {
      await client.connect();
      await client.query(`LISTEN ${ident}`);
      return true;
    } catch (e) {
      if (first) {
        lost = true;
        clients.splice(clients.indexOf(client), 1);
        throw e; // the first connection: the caller hears of it
      }
      again();
      return false;
    }
  };
  await connect(true);
  let stopped = false;
  return async () => {
    if (stopped) return;
    stopped = true;
    const mine = clients.splice(0, clients.length); // this listen's connections only
    await Promise.all(mine.map((c) => c.end().catch(() => undefined)));
  };
}

/** Rows of a raw query, the same shape on both drivers. */
export async function queryRows<T>(db: DbOrTx, query: ReturnType<typeof sql>): Promise<T[]> {
  const res = (await db.execute(query)) as unknown as { rows: T[] } | T[];
  return Array.isArray(res) ? res : res.rows;
}

/**
 * Rows of a hot raw query run as a named prepared statement on PostgreSQL: the server plans it
 * once per connection (planning a roll-up refresh costs more than running it). The name comes
 * from the text, so a different text never reuses another's plan. On PGlite: SQL PREPARE once,
 * then EXECUTE with the values as literals.
 */
export async function queryRowsPrepared<T>(db: DbOrTx, query: ReturnType<typeof sql>): Promise<T[]> {
  // drizzle's execute() always sends unnamed statements; its own prepareQuery takes a name.
  const d = db as unknown as {
    dialect: { sqlToQuery(q: unknown): { sql: string } };
    session: { prepareQuery(q: unknown, f: undefined, name: string, arrayMode: boolean): { execute(): Promise<unknown> } };
  };
  const built = d.dialect.sqlToQuery(query);
  const name = `jx_${createHash('sha1').update(built.sql).digest('hex').slice(0, 20)}`;
  const client = (d.session as unknown as { client?: PgliteLike }).client;
  const prepared = client && pglitePrepared.get(client);
  if (prepared) return executePglite<T>(client, prepared, name, built as { sql: string; params: unknown[] });
  const res = (await d.session.prepareQuery(built, undefined, name, false).execute()) as { rows: T[] } | T[];
  return Array.isArray(res) ? res : res.rows;
}

interface PgliteLike {
  exec(q: string): Promise<unknown>;
  query<T>(q: string, params?: unknown[]): Promise<{ rows: T[] }>;
}
/** A value as an SQL literal for EXECUTE (numbers, text, booleans, null only). */
export function literal(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  // E'' when there is a backslash: safe whatever standard_conforming_strings says
  if (typeof v === 'string') return v.includes('\\') ? `E'${v.replace(/\\/g, '\\\\').replace(/'/g, "''")}'` : `'${v.replace(/'/g, "''")}'`;
  throw new Error(`no literal for a ${typeof v}`);
}
/** Statements prepared in a PGlite database, by the database and by each of its transactions. */
const pglitePrepared = new WeakMap<object, Set<string>>();

/** PGlite is one session: a statement prepared once (SQL PREPARE, which survives a rollback) serves its life. */
async function executePglite<T>(client: PgliteLike, prepared: Set<string>, name: string, q: { sql: string; params: unknown[] }): Promise<T[]> {
  if (!prepared.has(name)) {
    await client.query(`prepare ${name} as ${q.sql}`);
    prepared.add(name);
  }
  // EXECUTE takes no bind parameters: the values go in as literals (numbers, text, null only).
  const args = q.params.map(literal).join(', ');
  return (await client.query<T>(`execute ${name}${args ? `(${args})` : ''}`)).rows;
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
