// A backup from a version that stored new key projects as "kp1" is recoded on restore, not only at
// the next start-up: the restored database already answers under the name's code.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_FRAMEWORKS } from '../src/domain/frameworks/builtin.js';
import { codeForName } from '../src/domain/keyProjectIdentity.js';
import { backupTo, restoreFrom } from '../src/services/backup.js';
import { loadDemo } from '../src/services/demo.js';
import { queryRows } from '../src/store/db.js';
import { legacyKeyProjects, readKeyProjects } from '../src/store/keyProjects.js';
import { openTestStore, type TestStore } from './helpers/store.js';

const dir = mkdtempSync(join(tmpdir(), 'jixiao-kp-restore-'));
const file = join(dir, 'old.jsonl');
let source: TestStore;
let target: TestStore;
let unit: number;

beforeAll(async () => {
  source = await openTestStore();
  await loadDemo(source.db, BUILTIN_FRAMEWORKS);
  const [u] = await queryRows<{ id: number }>(source.db, sql`select id from units order by id limit 1`);
  unit = Number(u!.id);
  // as an older version stored it: the editor's numbering as the catalogue code
  const [kp] = await queryRows<{ id: number }>(
    source.db,
    sql`insert into key_projects (code, name, measure, unit_of_measure) values ('kp1', '巾帼家政培训', '培训人数', '人') returning id`,
  );
  await source.db.execute(sql`insert into key_project_values (project_id, unit_id, year, target, actual) values (${kp!.id}, ${unit}, 2022, 300, 320)`);
  await backupTo(source.db, source.kind, file);
  target = await openTestStore();
});
afterAll(async () => {
  await source?.close();
  await target?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('restore of a backup with legacy key-project codes', () => {
  it('the backup holds "kp1"; the restored database holds the name’s code, with the unit’s figures and an audit entry', async () => {
    expect((await legacyKeyProjects(source.db)).map((p) => p.code)).toEqual(['kp1']);
    await restoreFrom(target.db, file);
    expect(await legacyKeyProjects(target.db)).toEqual([]);
    const projects = await readKeyProjects(target.db, unit, 2022);
    expect(projects.map((p) => [p.code, p.target, p.actual])).toContainEqual([codeForName('巾帼家政培训'), '300', '320']);
    const audit = await queryRows<{ n: number }>(target.db, sql`select count(*)::int as n from audit_log where action = 'keyProject.recode'`);
    expect(Number(audit[0]!.n)).toBe(1);
  });
});
