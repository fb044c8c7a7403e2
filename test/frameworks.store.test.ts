// Frameworks as versioned data in the store: copy to year, replace, freeze on submit, the 指标库,
// targets that leave actuals alone, achievementPercent round trip. PGlite, or PostgreSQL via DATABASE_URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../src/domain/access.js';
import { BUILTIN_FRAMEWORKS } from '../src/domain/frameworks/builtin.js';
import type { Framework } from '../src/domain/types.js';
import { contentOf } from '../src/services/evaluations.js';
import { ServiceError } from '../src/services/errors.js';
import { ensureFrameworks, frameworkService, freezeFrameworkOf } from '../src/services/frameworks.js';
import { auditRepository } from '../src/store/audit.js';
import { evaluationRepository } from '../src/store/evaluations.js';
import { frameworkRepository, upsertTargets } from '../src/store/frameworks.js';
import { indicatorLibraryRepository } from '../src/store/indicatorLibrary.js';
import { unitRepository } from '../src/store/units.js';
import { openTestStore, type TestStore } from './helpers/store.js';
import { indicatorValue as value } from './helpers/values.js';

let store: TestStore;
let dw: Framework;
let unitId: string;

const weights = (f: Framework) => Object.fromEntries(f.indicators.map((i) => [i.code, i.weight]));

beforeAll(async () => {
  store = await openTestStore();
  dw = (await ensureFrameworks(store.db, BUILTIN_FRAMEWORKS)).get('department-wide')!;
  const [u] = await unitRepository(store.db).insertMany([{ code: '990001', name: '测试县妇女联合会', shortName: '测试县妇联', type: '妇联', level: 'county' }]);
  await unitRepository(store.db).link([{ unitId: u!.id, parentId: null, fromYear: 2000 }]);
  unitId = u!.id;
});
afterAll(async () => {
  await store?.close();
});

describe('framework repository and service', () => {
  it('copies to a year as version max+1, unfrozen, same weights and rules, based on the source', async () => {
    const repo = frameworkRepository(store.db);
    expect(await repo.nextVersion('department-wide')).toBe(2);
    const copy = await frameworkService(store.db).copy(SYSTEM_ACTOR, dw.id, 2023);
    expect(copy).toMatchObject({ code: 'department-wide', version: 2, year: 2023, frozen: false });
    expect(copy.id).not.toBe(dw.id);
    expect(weights(copy)).toEqual(weights(dw));
    expect(copy.indicators.find((i) => i.code === '1.1.3')!.rule).toEqual({ kind: 'deduction', perUnit: 0.5, unitSize: 1, threshold: 0, direction: 'over' });
    expect(await repo.basedOn(copy.id)).toBe(dw.id);
    expect((await repo.latest('department-wide'))!.id).toBe(copy.id);
    expect(await repo.nextVersion('department-wide')).toBe(3);
    const summaries = await repo.summaries({ code: 'department-wide' });
    expect(summaries.map((s) => [s.version, s.indicatorCount])).toEqual([
      [1, dw.indicators.length],
      [2, dw.indicators.length],
    ]);
  });

  it('answers two concurrent copies of one code with one new version and a 409, never a 500', async () => {
    const svc = frameworkService(store.db);
    const results = await Promise.allSettled([svc.copy(SYSTEM_ACTOR, dw.id, 2030), svc.copy(SYSTEM_ACTOR, dw.id, 2030)]);
    const created = results.filter((r) => r.status === 'fulfilled');
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    // PGlite serialises the two transactions (both succeed, versions differ); PostgreSQL may collide.
    expect(created.length + failed.length).toBe(2);
    for (const f of failed) expect(f.reason).toMatchObject({ code: 'conflict' });
    const versions = (await frameworkRepository(store.db).summaries({ code: 'department-wide' })).map((s) => s.version);
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('replaces the tree and rejects an invalid one with every problem listed', async () => {
    const svc = frameworkService(store.db);
    const created = await svc.create(SYSTEM_ACTOR, {
      code: 'store-test',
      name: '测试体系',
      year: 2022,
      indicators: [
        { code: '1', name: '产出', weight: 60 },
        { code: '1.1', name: '数量', weight: '60' },
        { code: '1.1.1', name: '培训人次', unit: '人次', operator: '>=', weight: '60' },
        { code: '2', name: '满意度', weight: 40 },
        { code: '2.1', name: '满意度', weight: 40 },
        { code: '2.1.1', name: '群众满意度', unit: '%', operator: '>=', weight: 40 },
      ],
    });
    expect(created.indicators.map((i) => [i.code, i.level, i.parentCode, i.order])).toEqual([
      ['1', 1, null, 1],
      ['2', 1, null, 2],
      ['1.1', 2, '1', 1],
      ['2.1', 2, '2', 1],
      ['1.1.1', 3, '1.1', 1],
      ['2.1.1', 3, '2.1', 1],
    ]);
    expect(created.indicators.find((i) => i.code === '1.1.1')!.rule).toEqual({ kind: 'ratio' });
    const err = await svc
      .update(SYSTEM_ACTOR, created.id, {
        revision: created.revision!,
        name: '测试体系',
        indicators: [
          { code: '1', name: '产出', weight: 60 },
          { code: '1.1', name: '数量', weight: 50 },
          { code: '1.1.1', name: '', weight: -1 },
        ],
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServiceError);
    const problems = ((err as ServiceError).details as { problems: { code: string; message: string }[] }).problems;
    expect(problems.map((p) => p.code).sort()).toEqual(expect.arrayContaining(['1', '1.1', '1.1.1']));
    expect(problems.some((p) => p.message.includes('下级分值之和 50 ≠ 本级分值 60'))).toBe(true);
    expect(problems.some((p) => p.message.includes('缺少指标性质'))).toBe(true);
    // Nothing half-written: the stored tree is unchanged.
    expect((await frameworkRepository(store.db).byId(created.id))!.indicators).toHaveLength(6);
    const ok = await svc.update(SYSTEM_ACTOR, created.id, {
      revision: created.revision!,
      name: '测试体系（改）',
      indicators: [{ code: '1', name: '唯一指标', operator: 'yesNo', weight: 100 }],
    });
    expect(ok.name).toBe('测试体系（改）');
    expect(ok.indicators).toEqual([expect.objectContaining({ code: '1', level: 1, operator: 'yesNo', weight: '100', rule: { kind: 'yesNo' } })]);
  });

  it('freezes the framework of a submitted evaluation once, audited; a frozen framework is locked', async () => {
    const fw = (await frameworkService(store.db).copy(SYSTEM_ACTOR, dw.id, 2024))!;
    const evalId = await evaluationRepository(store.db).create({ unitId, year: 2024, frameworkId: fw.id, outline: 'departmentWide', title: '测试 2024' });
    const first = await store.db.transaction((tx) => freezeFrameworkOf(tx, evalId, null));
    const second = await store.db.transaction((tx) => freezeFrameworkOf(tx, evalId, null));
    expect([first, second]).toEqual([true, false]);
    expect((await frameworkRepository(store.db).byId(fw.id))!.frozen).toBe(true);
    const log = await auditRepository(store.db).list({ limit: 50 });
    expect(log.filter((e) => e.action === 'framework.freeze' && e.entityId === fw.id)).toHaveLength(1);
    const err = await frameworkService(store.db)
      .update(SYSTEM_ACTOR, fw.id, { revision: 1, name: 'x', indicators: [{ code: '1', name: 'x', operator: 'yesNo', weight: 1 }] })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'locked' });
    expect((err as Error).message).toContain('已冻结');
    await expect(store.db.transaction((tx) => freezeFrameworkOf(tx, '999999'))).rejects.toMatchObject({ code: 'notFound' });
  });

  it('counts a framework as frozen when a non-draft evaluation uses it, even without the flag', async () => {
    const fw = await frameworkService(store.db).copy(SYSTEM_ACTOR, dw.id, 2025);
    const evals = evaluationRepository(store.db);
    const id = await evals.create({ unitId, year: 2025, frameworkId: fw.id, outline: 'departmentWide', title: '测试 2025', status: 'submitted' });
    expect(await frameworkRepository(store.db).usage(fw.id)).toEqual({ evaluations: 1, submitted: 1 });
    expect((await frameworkService(store.db).get(SYSTEM_ACTOR, fw.id)).frozen).toBe(true);
    await expect(frameworkService(store.db).update(SYSTEM_ACTOR, fw.id, { revision: 1, name: 'x', indicators: [] })).rejects.toMatchObject({ code: 'locked' });
    expect(id).toMatch(/^\d+$/);
  });
});

describe('indicator library repository', () => {
  it('stores, searches by name or description (LIKE wildcards literal) and filters by owner', async () => {
    const lib = indicatorLibraryRepository(store.db);
    const shared = await lib.insert({
      name: '培训人次',
      unit: '人次',
      operator: '>=',
      rule: { kind: 'ratio' },
      description: '全年培训 100% 覆盖',
      ownerUnitId: null,
      createdBy: null,
    });
    const own = await lib.insert({
      name: '“两癌”检查人数',
      unit: '人',
      operator: '>=',
      rule: { kind: 'ratio' },
      description: null,
      ownerUnitId: unitId,
      createdBy: null,
    });
    expect(shared).toMatchObject({ name: '培训人次', unit: '人次', operator: '>=', ownerUnitId: null, ownerUnitName: null });
    expect(own).toMatchObject({ ownerUnitId: unitId, ownerUnitName: '测试县妇女联合会' });
    expect((await lib.list({ q: '培训' })).map((e) => e.id)).toEqual([shared.id]);
    expect((await lib.list({ q: '100%' })).map((e) => e.id)).toEqual([shared.id]);
    expect(await lib.list({ q: '0%覆' })).toEqual([]); // % is not a wildcard
    expect((await lib.list({ ownerUnitIds: [null] })).map((e) => e.id)).toEqual([shared.id]);
    expect((await lib.list({ ownerUnitIds: [unitId] })).map((e) => e.id)).toEqual([own.id]);
    expect(await lib.list({ ownerUnitIds: [] })).toEqual([]);
    expect(await lib.ownerIds()).toEqual([unitId]);
  });
});

describe('targets and achievementPercent in indicator values', () => {
  it('sets targets without touching actuals, creating missing rows', async () => {
    const evals = evaluationRepository(store.db);
    const id = await evals.create({ unitId, year: 2022, frameworkId: dw.id, outline: 'departmentWide', title: '测试 2022' });
    const e = (await evals.load(id))!;
    await evals.writeContent(id, {
      ...contentOf(e),
      indicators: [value('2.1.1', { target: '90', actual: '95', deviationReason: '无' }), value('2.2.1', { achievement: 'partial', achievementPercent: 75 })],
    });
    await store.db.transaction((tx) =>
      upsertTargets(tx, id, [
        { indicatorCode: '2.1.1', target: '100' },
        { indicatorCode: '2.2.2', target: '≥90%' },
      ]),
    );
    const after = (await evals.load(id))!.indicators;
    expect(after).toEqual([
      value('2.1.1', { target: '100', actual: '95', deviationReason: '无' }),
      value('2.2.1', { achievement: 'partial', achievementPercent: 75 }),
      value('2.2.2', { target: '≥90%' }),
    ]);
  });
});
