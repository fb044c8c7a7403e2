// Synthetic data loads in batches and its roll-ups equal sums computed straight from the raw rows.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalize } from '../src/domain/decimal.js';
import { setKeyProjectValue } from '../src/services/keyProjects.js';
import { loadSynthetic, type SynthResult } from '../src/services/synth.js';
import { queryRows } from '../src/store/db.js';
import { rollupRepository } from '../src/store/rollups.js';
import { unitRepository } from '../src/store/units.js';
import { openTestStore, type TestStore } from './helpers/store.js';

let store: TestStore;
let result: SynthResult;
const phases = new Set<string>();
beforeAll(async () => {
  store = await openTestStore();
  result = await loadSynthetic(store.db, { units: 3001, years: 2, lastYear: 2024, onProgress: (p) => phases.add(p) });
});
afterAll(async () => store?.close());

describe('synthetic data', () => {
  it('loads the requested size with progress', async () => {
    expect(result.units).toBe(3001);
    expect(result.years).toEqual([2023, 2024]);
    expect(await unitRepository(store.db).count()).toBe(3001);
    expect([...phases]).toEqual(expect.arrayContaining(['单位 units', '汇总 roll-ups']));
  });

  it('rolls up to the root exactly what the raw rows hold', async () => {
    const root = (await unitRepository(store.db).find('S0'))!;
    const [raw] = await queryRows<{ t: string; a: string; n: number }>(
      store.db,
      sql`select sum(target)::text as t, sum(actual)::text as a, count(*)::int as n from key_project_values where year = 2024`,
    );
    const [budget] = await queryRows<{ e: string }>(
      store.db,
      sql`select sum(r.expenditure)::text as e from budget_rows r join evaluations e on e.id = r.evaluation_id where e.year = 2024 and r.row_class = 'total'`,
    );
    const m = await rollupRepository(store.db).get(Number(root.id), 2024, [
      'kp:liangai:target',
      'kp:liangai:actual',
      'budget:general:total:expenditure',
      'units',
    ]);
    expect(normalize(m.get('kp:liangai:target')!.total)).toBe(normalize(raw!.t));
    expect(normalize(m.get('kp:liangai:actual')!.total)).toBe(normalize(raw!.a));
    expect(m.get('kp:liangai:actual')!.reporting).toBe(raw!.n);
    expect(normalize(m.get('budget:general:total:expenditure')!.total)).toBe(normalize(budget!.e));
    expect(m.get('units')!.reporting).toBe(3001);
  });

  it('updates every ancestor on one write, in the same transaction', async () => {
    const root = (await unitRepository(store.db).find('S0'))!;
    const village = (await unitRepository(store.db).find('S5-1'))!;
    const before = (await rollupRepository(store.db).get(Number(root.id), 2024, ['kp:liangai:actual'])).get('kp:liangai:actual')!.total;
    await store.db.transaction((tx) =>
      setKeyProjectValue(tx, village.id, 2024, { code: 'liangai', name: '两癌', measure: '检查人数', unitOfMeasure: '人' }, { target: '100', actual: '12345' }),
    );
    const after = (await rollupRepository(store.db).get(Number(root.id), 2024, ['kp:liangai:actual'])).get('kp:liangai:actual')!.total;
    expect(Number(after) - Number(before)).toBeGreaterThanOrEqual(12345 - 88); // the village held ≤ 88 before
    const dumpBefore = await rollupRepository(store.db).dump(2024);
    await store.db.transaction((tx) => rollupRepository(tx).rebuildYear(2024));
    const dumpAfter = await rollupRepository(store.db).dump(2024);
    const norm = (rows: typeof dumpBefore) => rows.map((r) => `${r.unit_id}|${r.measure}|${normalize(r.total)}|${r.reporting}`);
    expect(norm(dumpBefore)).toEqual(norm(dumpAfter));
  });
});
