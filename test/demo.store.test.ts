// The demo data set round-trips through the store unchanged, on PGlite and on PostgreSQL,
// and every number of each seed report is present in the stored evaluation.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDataset, seedsDataset } from '../src/demo/dataset.js';
import { numberTokens } from '../src/demo/seedText.js';
import { SYSTEM_ACTOR } from '../src/domain/access.js';
import { BUILTIN_FRAMEWORKS } from '../src/domain/frameworks/builtin.js';
import { loadDemo } from '../src/services/demo.js';
import { contentOf, evaluationService } from '../src/services/evaluations.js';
import { unitRepository } from '../src/store/units.js';
import { openTestStore, usingPostgres, type TestStore } from './helpers/store.js';

let store: TestStore;
beforeAll(async () => {
  store = await openTestStore();
  const r = await loadDemo(store.db, BUILTIN_FRAMEWORKS);
  expect(r.loaded).toBe(true);
});
afterAll(async () => store?.close());

const seed = (prefix: string) =>
  readFileSync(new URL(`../fixtures/seeds/${prefix}_${prefix === '000' ? '32ee0b52d08abfcb' : '279d50849b4f1aa3'}.txt`, import.meta.url), 'utf8');

describe(`demo data set in the store (${usingPostgres ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('is idempotent', async () => {
    const again = await loadDemo(store.db, BUILTIN_FRAMEWORKS);
    expect(again.loaded).toBe(false);
    expect(await unitRepository(store.db).count()).toBe(seedsDataset.units.length);
  });

  for (const [unit, year, prefix] of [
    ['武冈市妇联', 2022, '002'],
    ['湖南省妇女联合会', 2016, '000'],
  ] as const) {
    it(`stores ${unit} ${year} exactly as the demo data (round trip)`, async () => {
      const e = await evaluationService(store.db).findByUnitAndYear(SYSTEM_ACTOR, unit, year);
      expect(e).not.toBeNull();
      const demo = demoDataset.evaluations.find((d) => d.year === year)!;
      const { unitCode: _u, frameworkCode, status, year: _y, outline, ...demoContent } = demo;
      // Scores are derived on every write (not data of the report); computed actuals must equal the stated ones.
      const unscored = (c: ReturnType<typeof contentOf>) => ({ ...c, indicators: c.indicators.map((v) => ({ ...v, score: null })) });
      expect(unscored(contentOf(e!))).toEqual(unscored(contentOf({ ...e!, ...demoContent })));
      expect(e!.framework.code).toBe(frameworkCode);
      expect(e!.status).toBe(status);
      expect(e!.outline).toBe(outline);
    });

    it(`holds every number of seed ${prefix} in the ${unit} export`, async () => {
      const e = await evaluationService(store.db).findByUnitAndYear(SYSTEM_ACTOR, unit, year);
      const json = JSON.stringify(e);
      const haystack = new Set(numberTokens(json).flatMap((t) => [t, t.replace(/^0+(?=\d)/, '')]));
      const missing = [...new Set(numberTokens(seed(prefix)))].filter((t) => !haystack.has(t) && !haystack.has(t.replace(/^0+(?=\d)/, '')));
      expect(missing).toEqual([]);
    });
  }

  it('holds the headline figures as data, not only as text', async () => {
    const svc = evaluationService(store.db);
    const wg = (await svc.findByUnitAndYear(SYSTEM_ACTOR, '430581', 2022))!;
    const liangai = wg.keyProjects.find((p) => p.code === 'liangai')!;
    expect([liangai.target, liangai.actual]).toEqual(['10361', '10780']);
    expect(wg.budget.find((b) => b.budgetType === 'general')!.rows.total).toEqual({ opening: '0', income: '153.98', expenditure: '153.98', closing: '0' });
    expect(wg.budget.filter((b) => b.noActivity).map((b) => b.budgetType)).toEqual(['governmentFund', 'stateCapital', 'socialInsurance']);
    expect(wg.profile).toMatchObject({ authorizedPosts: 5, staffActual: 5, retired: 3, departments: ['办公室', '组宣部'] });
    const hn = (await svc.findByUnitAndYear(SYSTEM_ACTOR, '省妇联', 2016))!;
    const hnLiangai = hn.keyProjects.find((p) => p.code === 'liangai')!;
    expect(hnLiangai.actual).toBe('1017600');
    expect(hnLiangai.funding.filter((f) => f.category === '检查经费').map((f) => f.amount)).toEqual(['2473', '6823', '9810']);
    expect(hn.sections.filter((s) => s.kind === 'indicatorCategory' && s.indicatorCode).map((s) => s.indicatorCode)).toHaveLength(16);
  });

  it('keeps the tree by year: 湖南 → 邵阳 → 武冈 → townships → villages', async () => {
    const units = unitRepository(store.db);
    const roots = await units.children(null, 2022);
    expect(roots.map((u) => u.name)).toEqual(['湖南省妇女联合会']);
    const wg = (await units.find('430581'))!;
    expect((await units.ancestorIds(wg.id, 2022)).length).toBe(2);
    const sub = await units.subtreeIds(wg.id, 2022);
    expect(sub.length).toBe(demoDataset.units.filter((u) => u.code.startsWith('430581')).length);
    expect(await units.children(null, 2010)).toEqual([]); // before the tree existed
  });
});
