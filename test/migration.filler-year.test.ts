// The hand-written data migration of issue 14 (drizzle/0010_filler_year_data.sql) on data written
// before it: the migrations up to 0008 run, old-style rows go in, then 0009 + 0010 run.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../src/store/db.js';

const files = readdirSync(migrationsFolder)
  .filter((f) => /^\d{4}_.*\.sql$/.test(f))
  .sort();
const run = async (db: PGlite, file: string) => {
  for (const stmt of readFileSync(join(migrationsFolder, file), 'utf8').split('--> statement-breakpoint')) if (stmt.trim()) await db.exec(stmt);
};
const DATA = files.find((f) => f.endsWith('_filler_year_data.sql'))!;
const SCHEMA = files.find((f) => f.endsWith('_filler_year.sql'))!;

let db: PGlite;
beforeAll(async () => {
  db = new PGlite();
  for (const f of files.filter((f) => f < SCHEMA)) await run(db, f);
  await db.exec(`
    insert into units (id, code, name, type, level) overriding system value values (1, '430581', '武冈市妇女联合会', '妇联', 'county');
    insert into key_projects (id, code, name, measure, unit_of_measure) overriding system value values (1, 'liangai', '两癌检查', '检查人数', '人');
    insert into key_project_values (project_id, unit_id, year, target, actual, note) values
      (1, 1, 2022, 10361, 10780, '发放两癌救助金31万，救助低收入妇女31人'),
      (1, 1, 2021, 9000, 9100, '检查质量良好');
    insert into frameworks (id, code, name, kind, version, frozen) overriding system value values (1, 'department-wide', '部门整体支出绩效自评', 'departmentWide', 1, false);
    insert into indicators (framework_id, code, level, ord, name, operator, weight, rule) values
      (1, '1.1.1', 3, 1, '预算执行率', '>=', 10, '{"kind":"budgetExecution"}'),
      (1, '1.2.1', 3, 1, '在职人员控制率', '<=', 5, '{"kind":"ratio"}'),
      (1, '2.2.2', 3, 2, '服务对象满意度', '>=', 10, '{"kind":"ratio"}');`);
  await run(db, SCHEMA);
  await run(db, DATA);
});
afterAll(async () => db?.close());

describe('0010 filler-year data migration', () => {
  it('turns a note with 救助金/救助人数 into measures and clears it; other notes stay', async () => {
    const m = await db.query<{ year: number; key: string; name: string; kind: string; actual: string }>(
      'select year, key, name, kind, actual::text from key_project_measures order by year, ord',
    );
    expect(m.rows).toEqual([
      { year: 2022, key: 'reliefFunds', name: '救助金', kind: 'money', actual: '31' },
      { year: 2022, key: 'reliefPeople', name: '救助人数', kind: 'count', actual: '31' },
    ]);
    const notes = await db.query<{ year: number; note: string | null }>('select year, note from key_project_values order by year');
    expect(notes.rows).toEqual([
      { year: 2021, note: '检查质量良好' },
      { year: 2022, note: null },
    ]);
  });
  it('marks the built-in computed leaves and applies the 在职人员控制率 preset to open versions', async () => {
    const r = await db.query<{ code: string; source: unknown; rule: unknown }>('select code, source, rule from indicators order by code');
    expect(r.rows).toEqual([
      { code: '1.1.1', source: { kind: 'budgetExecution' }, rule: { kind: 'budgetExecution' } },
      { code: '1.2.1', source: { kind: 'staffControl' }, rule: { kind: 'deduction', perUnit: 0.1, unitSize: 1, threshold: 100, direction: 'over' } },
      { code: '2.2.2', source: null, rule: { kind: 'ratio' } },
    ]);
  });
});
