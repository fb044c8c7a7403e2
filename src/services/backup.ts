// Backup and restore in one format for both databases: JSON lines, one consistent snapshot taken in
// a single repeatable-read, read-only transaction (the server may keep writing meanwhile).
// Rows travel as PostgreSQL's own row_to_json text and come back through json_populate_recordset,
// so numeric values keep every digit and jsonb/timestamps round-trip exactly — and a PGlite backup
// restores into PostgreSQL and back.
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { sql } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { queryRows, type Db, type DbOrTx } from '../store/db.js';
import { migrateLegacyKeyProjectCodes } from './keyProjectCodes.js';
import * as schema from '../store/schema.js';

export const BACKUP_FORMAT = 'jixiao-backup';
export const BACKUP_VERSION = 1;
const BATCH = 2000;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  database: string;
  /** Hash of the last applied migration: a backup restores only into the same schema. */
  migration: string | null;
  tables: string[];
}

/** Every table of the schema, parents before children (foreign keys). */
export function tablesInOrder(): { name: string; table: PgTable }[] {
  const all = (Object.values(schema) as unknown[]).filter(
    (v): v is PgTable => typeof v === 'object' && v !== null && Symbol.for('drizzle:IsDrizzleTable') in v,
  );
  const byName = new Map(all.map((t) => [getTableConfig(t).name, t]));
  const deps = new Map(
    [...byName].map(([name, t]) => [
      name,
      getTableConfig(t)
        .foreignKeys.map((fk) => getTableConfig(fk.reference().foreignTable).name)
        .filter((n) => n !== name),
    ]),
  );
  const out: string[] = [];
  const visit = (n: string, path: Set<string>) => {
    if (out.includes(n)) return;
    if (path.has(n)) throw new Error(`foreign key cycle at ${n}`);
    path.add(n);
    for (const d of deps.get(n) ?? []) visit(d, path);
    out.push(n);
  };
  for (const n of [...byName.keys()].sort()) visit(n, new Set());
  return out.map((name) => ({ name, table: byName.get(name)! }));
}

async function lastMigration(db: DbOrTx): Promise<string | null> {
  try {
    const rows = await queryRows<{ hash: string }>(db, sql`select hash from drizzle.__drizzle_migrations order by id desc limit 1`);
    return rows[0]?.hash ?? null;
  } catch {
    return null;
  }
}

const ident = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bad table name ${name}`);
  return sql.raw(`"${name}"`);
};

/** Writes a snapshot of every table to `file`; returns row counts per table. */
export async function backupTo(db: Db, kind: string, file: string): Promise<Record<string, number>> {
  const out = createWriteStream(file, { encoding: 'utf8' });
  const write = async (line: string) => {
    if (!out.write(line + '\n')) await once(out, 'drain');
  };
  const counts: Record<string, number> = {};
  const tables = tablesInOrder();
  try {
    await db.transaction(async (tx) => {
      await tx.execute(sql`set transaction isolation level repeatable read, read only`);
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt: new Date().toISOString(),
        database: kind,
        migration: await lastMigration(tx),
        tables: tables.map((t) => t.name),
      };
      await write(JSON.stringify(header));
      for (const { name } of tables) {
        const [{ n }] = (await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from ${ident(name)}`)) as [{ n: number }];
        await write(JSON.stringify({ table: name, rows: n }));
        // a cursor streams big tables without holding them in memory
        await tx.execute(sql`declare backup_cur no scroll cursor for select row_to_json(t)::text as j from ${ident(name)} t`);
        let got = 0;
        for (;;) {
          const rows = await queryRows<{ j: string }>(tx, sql`fetch ${sql.raw(String(BATCH))} from backup_cur`);
          for (const r of rows) await write(r.j);
          got += rows.length;
          if (rows.length < BATCH) break;
        }
        await tx.execute(sql`close backup_cur`);
        if (got !== n) throw new Error(`${name}: counted ${n} rows, wrote ${got}`);
        counts[name] = n;
      }
    });
  } finally {
    out.end();
    await once(out, 'finish');
  }
  return counts;
}

/** Restores a backup into an empty database (migrated, no rows); all or nothing. */
export async function restoreFrom(db: Db, file: string): Promise<Record<string, number>> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity })[Symbol.asyncIterator]();
  const next = async (): Promise<string | null> => {
    const r = await lines.next();
    return r.done ? null : r.value;
  };
  const first = await next();
  let header: BackupHeader;
  try {
    header = JSON.parse(first ?? '') as BackupHeader;
  } catch {
    throw new Error('不是 jixiao 备份文件 / not a jixiao backup file');
  }
  if (header.format !== BACKUP_FORMAT) throw new Error('不是 jixiao 备份文件 / not a jixiao backup file');
  if (header.version !== BACKUP_VERSION) throw new Error(`备份格式版本 ${header.version} 不受支持 / unsupported backup version`);
  const known = new Set(tablesInOrder().map((t) => t.name));
  const current = await lastMigration(db);
  if (header.migration && current && header.migration !== current) {
    throw new Error('备份来自不同的数据库结构版本，请使用相同版本的 jixiao 恢复 / backup is from a different schema version');
  }
  const counts: Record<string, number> = {};
  await db.transaction(async (tx) => {
    for (const name of known) {
      const [{ any }] = (await queryRows<{ any: boolean }>(tx, sql`select exists (select 1 from ${ident(name)}) as any`)) as [{ any: boolean }];
      if (any) throw new Error(`目标数据库不是空的（${name} 有数据）/ target database is not empty (${name})`);
    }
    for (;;) {
      const line = await next();
      if (line === null) break;
      if (!line.trim()) continue;
      const { table, rows } = JSON.parse(line) as { table: string; rows: number };
      if (!known.has(table)) throw new Error(`备份中有未知的表 ${table} / unknown table in backup`);
      let batch: string[] = [];
      const flush = async () => {
        if (!batch.length) return;
        await tx.execute(sql`insert into ${ident(table)} select * from json_populate_recordset(null::${ident(table)}, ${'[' + batch.join(',') + ']'}::json)`);
        batch = [];
      };
      for (let i = 0; i < rows; i++) {
        const row = await next();
        if (row === null) throw new Error(`备份文件不完整（${table}）/ backup truncated in ${table}`);
        batch.push(row);
        if (batch.length >= BATCH) await flush();
      }
      await flush();
      counts[table] = rows;
    }
    const missing = header.tables.filter((t) => !(t in counts));
    if (missing.length) throw new Error(`备份文件不完整，缺少：${missing.join('、')} / backup incomplete`);
    // identity columns continue after the restored ids
    for (const { name, table } of tablesInOrder()) {
      for (const col of getTableConfig(table).columns) {
        if (!(col as unknown as { generatedIdentity?: unknown }).generatedIdentity) continue;
        await tx.execute(
          sql`select setval(pg_get_serial_sequence(${name}, ${col.name}), coalesce((select max(${sql.raw(`"${col.name}"`)}) from ${ident(name)}), 0) + 1, false)`,
        );
      }
    }
  });
  // A backup from an older version may hold "kp1" catalogue entries: recode them now, as start-up
  // does, so a CLI read or a server already running sees the shared codes before any restart.
  await migrateLegacyKeyProjectCodes(db);
  return counts;
}
