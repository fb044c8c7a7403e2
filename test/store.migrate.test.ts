import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../src/store/db.js';
import { openTestStore, usingPostgres, type TestStore } from './helpers/store.js';

let store: TestStore;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(async () => store?.close());

describe(`store on ${usingPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  it('applies the migrations: every table exists', async () => {
    const rows = await queryRows<{ table_name: string }>(
      store.db,
      sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`,
    );
    const names = rows.map((r) => r.table_name);
    for (const t of ['units', 'unit_links', 'evaluations', 'budget_rows', 'narrative_sections', 'sessions', 'audit_log']) {
      expect(names).toContain(t);
    }
    expect(store.kind).toBe(usingPostgres ? 'postgres' : 'pglite');
  });
  it('keeps numeric amounts exact', async () => {
    const [row] = await queryRows<{ v: string }>(store.db, sql`select (0.1::numeric + 0.2::numeric)::text as v`);
    expect(row?.v).toBe('0.3');
  });
});
