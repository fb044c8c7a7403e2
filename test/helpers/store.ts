// A fresh store per test file: in-memory PGlite, or a new database on the server at DATABASE_URL.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore, type Store } from '../../src/store/db.js';

export const usingPostgres = Boolean(process.env.DATABASE_URL);

export interface TestStore extends Store {
  url: string | null;
}

export async function openTestStore(opts: { onQuery?: (query: string) => void } = {}): Promise<TestStore> {
  const base = process.env.DATABASE_URL;
  if (!base) return { ...(await openStore({ memory: true, ...opts })), url: null };
  const name = `jixiao_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const store = await openStore({ url: url.toString(), ...opts });
  return {
    ...store,
    url: url.toString(),
    async close() {
      await store.close();
      const a = new pg.Client({ connectionString: base });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}
