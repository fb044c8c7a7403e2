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

describe('序时进度 lines for the 看板', () => {
  it('邵阳 2022: 序时进度 at every month end, and the round’s budget execution of the filed reports', async () => {
    const sy = (await unitRepository(store.db).find('430500'))!.id;
    const p = await monitoringService(store.db).progress(SYSTEM_ACTOR, sy, 2022);
    expect(p.months.map((m) => m.timeProgress)).toEqual([
      '8.49',
      '16.16',
      '24.66',
      '32.88',
      '41.37',
      '49.59',
      '58.08',
      '66.58',
      '74.79',
      '83.29',
      '91.51',
      '100.00',
    ]);
    expect(p.months[1]).toEqual({ month: 2, date: '2022-02-28', timeProgress: '16.16' });
    // 武冈's two 两癌 lines: 12 of 52 and 15.5 of 31 万元 → 27.5 of 83 = 33.13 % at 49.59 %: 16.46 points behind, yellow
    expect(p.points).toEqual([
      {
        roundId,
        name: '截至6月30日运行监控',
        asOf: '2022-06-30',
        timeProgress: '49.59',
        units: 1,
        budget: '83.00',
        executed: '27.50',
        executionRate: '33.13',
        gap: '-16.46',
        warning: 'yellow',
      },
    ]);
    // 武冈's own dashboard: the round rooted above it covers it; a village has no filed report
    expect((await monitoringService(store.db).progress(SYSTEM_ACTOR, wugang, 2022)).points[0]).toMatchObject({ units: 1, executionRate: '33.13' });
    const village = (await unitRepository(store.db).find('430581100201'))!.id;
    expect((await monitoringService(store.db).progress(SYSTEM_ACTOR, village, 2022)).points[0]).toMatchObject({
      units: 0,
      budget: '0.00',
      executionRate: null,
      warning: null,
    });
    expect((await monitoringService(store.db).progress(SYSTEM_ACTOR, sy, 2016)).points).toEqual([]);
  });
});

describe('monitoring board: batched per subtree', () => {
  it('reads the demo round and 30 more units in the same number of queries', async () => {
    const before = await countBoard();
    const wg = before.board.rows.find((r) => r.unitId === wugang)!;
    expect(wg.reds).toBeGreaterThanOrEqual(1);
    expect(wg.budget.find((b) => b.label.includes('检查经费'))).toMatchObject({ executionRate: '23.08', gap: '-26.51', warning: 'red' });

    const parent = (await unitRepository(store.db).find('430500'))!;
    const added = await unitRepository(store.db).insertMany(
      Array.from({ length: 30 }, (_, i) => ({
        code: `4305${String(90 + i).padStart(2, '0')}X`,
        name: `测试县${i + 1}妇女联合会`,
        shortName: `测试县${i + 1}妇联`,
        type: '妇联',
        level: 'county' as const,
      })),
    );
    await treeOps.link(
      store.db,
      added.map((u) => ({ unitId: u.id, parentId: parent.id, fromYear: 2016 })),
    );
    for (const u of added) await monitoringRepository(store.db).ensureReport(roundId, u.id);

    const after = await countBoard();
    expect(after.board.rows.length).toBe(before.board.rows.length + 30);
    expect(after.board.rows.find((r) => r.unitId === wugang)).toEqual(wg); // the same figures
    console.info(`board queries: ${before.queries} for ${before.board.rows.length} units, ${after.queries} for ${after.board.rows.length}`);
    expect(after.queries).toBe(before.queries);
    expect(after.queries).toBeLessThanOrEqual(15);
  });
});
