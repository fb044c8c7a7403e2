// Legacy key projects stored under the editor's numbering ("kp1") take their name's code on
// start-up, so roll-ups, the portal and review pins agree at once, not after the unit's next save.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_FRAMEWORKS } from '../src/domain/frameworks/builtin.js';
import { codeForName } from '../src/domain/keyProjectIdentity.js';
import { loadDemo } from '../src/services/demo.js';
import { migrateLegacyKeyProjectCodes } from '../src/services/keyProjectCodes.js';
import { verifyStates } from '../src/store/auditState.js';
import { queryRows } from '../src/store/db.js';
import { readKeyProjects } from '../src/store/keyProjects.js';
import { rollupRepository } from '../src/store/rollups.js';
import { openTestStore, type TestStore } from './helpers/store.js';

let store: TestStore;
const YEAR = 2022;
let unit: number; // a county with a parent in YEAR
let parent: number;
let evaluation: number;
const one = async <T>(q: ReturnType<typeof sql>) => (await queryRows<T>(store.db, q))[0]!;

beforeAll(async () => {
  store = await openTestStore();
  await loadDemo(store.db, BUILTIN_FRAMEWORKS);
  const e = await one<{ id: number; unit_id: number; parent_id: number }>(
    sql`select e.id, e.unit_id, l.parent_id from evaluations e join unit_links l on l.unit_id = e.unit_id
         where e.year = ${YEAR} and e.project_code = '' and l.parent_id is not null and l.from_year <= ${YEAR} and (l.to_year is null or l.to_year >= ${YEAR})
         order by e.id limit 1`,
  );
  [evaluation, unit, parent] = [Number(e.id), Number(e.unit_id), Number(e.parent_id)];
  // as an older version stored them: "kp1" under the first unit's name, a "kp2" naming 两癌
  const kp1 = await one<{ id: number }>(
    sql`insert into key_projects (code, name, measure, unit_of_measure) values ('kp1', '巾帼家政培训', '培训人数', '人') returning id`,
  );
  const kp2 = await one<{ id: number }>(
    sql`insert into key_projects (code, name, measure, unit_of_measure) values ('kp2', '农村妇女两癌复查', '复查人数', '人') returning id`,
  );
  await store.db.execute(sql`insert into key_project_values (project_id, unit_id, year, target, actual) values (${kp1.id}, ${unit}, ${YEAR}, 300, 320)`);
  await store.db.execute(sql`insert into key_project_values (project_id, unit_id, year, target, actual) values (${kp2.id}, ${parent}, ${YEAR}, 40, 41)`);
  const section = await one<{ key: string }>(sql`select key from narrative_sections where evaluation_id = ${evaluation} order by key limit 1`);
  await store.db.execute(sql`insert into figure_links (evaluation_id, section_key, ord, paragraph, text, occurrence, ref)
    values (${evaluation}, ${section.key}, 999, 0, '320', 0, ${JSON.stringify({ kind: 'keyProject', project: 'kp1', field: 'actual' })}::jsonb)`);
  await store.db.execute(
    sql`insert into review_comments (evaluation_id, anchor, anchor_label, quote) values (${evaluation}, 'keyProjects.kp1', '重点项目 · 巾帼家政培训', null)`,
  );
  await store.db.transaction(async (tx) => rollupRepository(tx).rebuildYear(YEAR));
});
afterAll(async () => {
  await store?.close();
});

const rolled = async (unitId: number, measure: string) => (await rollupRepository(store.db).get(unitId, YEAR, [measure])).get(measure)?.total ?? null;

describe('legacy key-project codes', () => {
  it('before: the county’s project rolls up as "kp1", apart from its name’s code', async () => {
    expect(await rolled(parent, 'kp:kp1:target')).toBe('300');
    // written behind the audit log's back: their states differ from the last recorded ones
    const problems = (await verifyStates(store.db)).problems.map((p) => p.id);
    expect(problems).toEqual(expect.arrayContaining([`${unit}:${YEAR}`, `${parent}:${YEAR}`]));
  });

  it('take their name’s code with roll-ups, figures, pins and audit states; merge into a known project keeping the unit’s name', async () => {
    const code = codeForName('巾帼家政培训');
    const renamed = await migrateLegacyKeyProjectCodes(store.db);
    expect([...renamed]).toEqual([
      ['kp1', code],
      ['kp2', 'liangai'],
    ]);
    expect((await readKeyProjects(store.db, unit, YEAR)).filter((k) => k.code === code).map((k) => [k.name, k.target])).toEqual([['巾帼家政培训', '300']]);
    expect(await rolled(parent, `kp:${code}:target`)).toBe('300');
    expect(await rolled(parent, 'kp:kp1:target')).toBeNull();
    const parentProjects = await readKeyProjects(store.db, parent, YEAR);
    expect(parentProjects.find((k) => k.code === 'liangai')).toMatchObject({ name: '农村妇女两癌复查', target: '40', actual: '41' });
    expect(await queryRows(store.db, sql`select code from key_projects where code in ('kp1', 'kp2')`)).toEqual([]);
    const link = await one<{ project: string }>(sql`select ref->>'project' as project from figure_links where evaluation_id = ${evaluation} and ord = 999`);
    expect(link.project).toBe(code);
    const pin = await one<{ anchor: string }>(sql`select anchor from review_comments where evaluation_id = ${evaluation}`);
    expect(pin.anchor).toBe(`keyProjects.${code}`);
    const touched = new Set([String(evaluation), `${unit}:${YEAR}`, `${parent}:${YEAR}`]);
    expect((await verifyStates(store.db)).problems.filter((p) => touched.has(p.id))).toEqual([]);
  });

  it('a second start finds nothing to do', async () => {
    expect((await migrateLegacyKeyProjectCodes(store.db)).size).toBe(0);
  });
});
