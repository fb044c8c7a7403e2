// The reviewer's monitoring board reads the whole subtree in a fixed number of queries: adding 30
// units (each with a report) to the demo round does not add one query. Also the reminders before
// deadlines, driven by the clock, and the thresholds setting the next round takes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../src/domain/access.js';
import { BUILTIN_FRAMEWORKS } from '../src/domain/frameworks/builtin.js';
import { demoDataset } from '../src/demo/dataset.js';
import { loadDemo } from '../src/services/demo.js';
import { monitoringService } from '../src/services/monitoring.js';
import { treeOps } from '../src/services/tree.js';
import { monitoringRepository } from '../src/store/monitoring.js';
import { unitRepository } from '../src/store/units.js';
import { openTestStore, type TestStore } from './helpers/store.js';

let store: TestStore;
let counting = false;
let queries = 0;
let roundId = '';
let wugang = '';

beforeAll(async () => {
  store = await openTestStore({ onQuery: () => counting && queries++ });
  await loadDemo(store.db, BUILTIN_FRAMEWORKS, demoDataset);
  const units = unitRepository(store.db);
  wugang = (await units.find('430581'))!.id;
  const [round] = await monitoringRepository(store.db).roundsFor([(await units.find('430500'))!.id], 2022);
  roundId = round!.id;
}, 120_000);
afterAll(async () => {
  await store?.close();
});

async function countBoard() {
  queries = 0;
  counting = true;
  const board = await monitoringService(store.db).board(SYSTEM_ACTOR, roundId);
  counting = false;
  return { board, queries };
}

describe('monitoring board: batched per subtree', () => {
  it('reads the demo round and 30 more units in the same number of queries', async () => {
    const before = await countBoard();
    const wg = before.board.rows.find((r) => r.unitId === wugang)!;
    expect(wg.reds).toBeGreaterThanOrEqual(1);
    expect(wg.budget.find((b) => b.label.includes('检查经费'))).toMatchObject({ executionRate: '23.08', gap: '-26.51', warning: 'red' });

    const parent = (await unitRepository(store.db).find('430500'))!;
    const added = await unitRepository(store.db).insertMany(
      Array.from({ length: 30 }, (_, i) => ({ code: `4305${String(90 + i).padStart(2, '0')}X`, name: `测试县${i + 1}妇女联合会`, shortName: `测试县${i + 1}妇联`, type: '妇联', level: 'county' as const })),
    );
    await treeOps.link(store.db, added.map((u) => ({ unitId: u.id, parentId: parent.id, fromYear: 2016 })));
    for (const u of added) await monitoringRepository(store.db).ensureReport(roundId, u.id);

    const after = await countBoard();
    expect(after.board.rows.length).toBe(before.board.rows.length + 30);
    expect(after.board.rows.find((r) => r.unitId === wugang)).toEqual(wg); // the same figures
    console.info(`board queries: ${before.queries} for ${before.board.rows.length} units, ${after.queries} for ${after.board.rows.length}`);
    expect(after.queries).toBe(before.queries);
    expect(after.queries).toBeLessThanOrEqual(15);
  });
});
