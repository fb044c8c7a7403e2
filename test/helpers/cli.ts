// The `jixiao` command in this process: run() with what it prints captured, and a data folder
// holding the demo for the tests of one file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { run } from '../../src/cli/main.js';
import { openTestStore, usingPostgres, type TestStore } from './store.js';

export async function runCli(args: string[]) {
  let out = '';
  let err = '';
  const code = await run(args, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

/** A fresh data folder (name starting with `prefix`); open() loads the demo into it (on PostgreSQL into
 * a fresh database, which the CLI finds through DATABASE_URL), close() puts everything back. */
export function cliDemo(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const savedUrl = process.env.DATABASE_URL;
  let pgStore: TestStore | null = null;
  return {
    dir,
    async open() {
      if (usingPostgres) {
        pgStore = await openTestStore();
        process.env.DATABASE_URL = pgStore.url!;
      }
      const r = await runCli(['demo', '--data', dir]);
      expect(r.code, r.err).toBe(0);
    },
    async close() {
      // assigning undefined would store the string "undefined" and break the next store
      if (savedUrl === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = savedUrl;
      // pg's pool.end() resolves before its sockets are gone; `drop database … with (force)` right
      // after can hit a closing connection (FATAL 57P01 as an unhandled error). Let them finish.
      if (pgStore) await new Promise((r) => setTimeout(r, 300));
      await pgStore?.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
