import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// The unit suite again on PostgreSQL, but only the files that reach a database: a pure domain or
// document test gives the same answer on either, and running all of them twice cost CI ~8 minutes.
// A file reaches a database when it opens a store (directly or through the test helpers) or runs
// the CLI, which opens one from DATABASE_URL.
const REACHES_DB = /openTestStore|openStore|helpers\/(app|cli|store)|DATABASE_URL|bin\/jixiao|usingPostgres|src\/store\//;

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'e2e' ? [] : testFiles(path);
    return e.name.endsWith('.test.ts') ? [path] : [];
  });
}

export const databaseTests = ['src', 'test', 'web/src']
  .flatMap(testFiles)
  .filter((f) => REACHES_DB.test(readFileSync(f, 'utf8')))
  .map((f) => f.split('\\').join('/'))
  .sort();

// Not mergeConfig: it would append this list to the base include instead of replacing it.
export default defineConfig({ ...base, test: { ...base.test, include: databaseTests } });
