// Property: after any sequence of writes, moves and merges across years, the incrementally
// maintained roll-ups equal a from-scratch rebuild — on PGlite and on PostgreSQL.
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { BUILTIN_FRAMEWORKS } from '../src/domain/frameworks/builtin.js';
import { ensureFrameworks } from '../src/services/frameworks.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalize } from '../src/domain/decimal.js';
import { setKeyProjectValue } from '../src/services/keyProjects.js';
import { treeOps } from '../src/services/tree.js';
import { rollupRepository } from '../src/store/rollups.js';
import { unitRepository } from '../src/store/units.js';
import { openTestStore, usingPostgres, type TestStore } from './helpers/store.js';

const YEARS = [2020, 2021, 2022];
const project = { code: 'liangai', name: '两癌检查', measure: '检查人数', unitOfMeasure: '人' };

type Op =
  | { kind: 'write'; unit: number; year: number; target: number; actual: number | null }
  | { kind: 'score'; unit: number; year: number; score: number; published: boolean }
  | { kind: 'move'; unit: number; parent: number; year: number }
  | { kind: 'merge'; unit: number; into: number; year: number };

const opArb = (n: number): fc.Arbitrary<Op> =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record({
        kind: fc.constant('write' as const),
        unit: fc.nat(n - 1),
        year: fc.constantFrom(...YEARS),
        target: fc.integer({ min: 0, max: 5000 }),
        actual: fc.option(fc.integer({ min: 0, max: 6000 }), { nil: null }),
      }),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('score' as const),
        unit: fc.nat(n - 1),
        year: fc.constantFrom(...YEARS),
        score: fc.integer({ min: 0, max: 10000 }),
        // a published evaluation publishes the unit's key-project figures (pub:kp:*)
        published: fc.boolean(),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('move' as const),
        unit: fc.integer({ min: 1, max: n - 1 }),
        parent: fc.nat(n - 1),
        year: fc.constantFrom(2021, 2022),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('merge' as const),
        unit: fc.integer({ min: 1, max: n - 1 }),
        into: fc.integer({ min: 1, max: n - 1 }),
        year: fc.constantFrom(2021, 2022),
      }),
    },
  );

let store: TestStore;
let frameworkId: string;
beforeAll(async () => {
  store = await openTestStore();
  frameworkId = (await ensureFrameworks(store.db, BUILTIN_FRAMEWORKS)).get('department-wide')!.id;
});
afterAll(async () => store?.close());

const norm = (rows: { unit_id: number; measure: string; total: string; reporting: number }[]) =>
  rows.map((r) => `${r.unit_id}|${r.measure}|${normalize(r.total)}|${r.reporting}`);

describe(`roll-ups (${usingPostgres ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('incremental equals rebuilt after random writes, moves and merges', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat(), { minLength: 11, maxLength: 11 }), // parent choice per unit (tree shape)
        fc.array(opArb(12), { minLength: 1, maxLength: 25 }),
        async (parents, ops) => {
          run++;
          const rolled = await store.db.transaction(async (tx) => {
            const units = unitRepository(tx);
            const made = await units.insertMany(
              Array.from({ length: 12 }, (_, i) => ({
                code: `r${run}-${i}`,
                name: `单位${run}-${i}`,
                type: '妇联',
                level: i === 0 ? ('province' as const) : ('county' as const),
              })),
            );
            const ids = made.map((u) => u.id);
            await treeOps.link(
              tx,
              ids.map((id, i) => ({ unitId: id, parentId: i === 0 ? null : ids[parents[i - 1]! % i]!, fromYear: 2020 })),
            );
            for (const op of ops) {
              if (op.kind === 'write') {
                const inTree = (await units.subtreeIds(ids[0]!, op.year)).includes(ids[op.unit]!);
                if (inTree)
                  await setKeyProjectValue(tx, ids[op.unit]!, op.year, project, {
                    target: String(op.target),
                    actual: op.actual === null ? null : String(op.actual),
                  });
              } else if (op.kind === 'score') {
                // an additive measure: evaluation total scores sum over the whole subtree
                await tx.execute(sql`insert into evaluations (unit_id, year, framework_id, outline, title, total_score, status)
                  values (${Number(ids[op.unit])}, ${op.year}, ${Number(frameworkId)}, 'departmentWide', 't', ${(op.score / 100).toFixed(2)},
                          ${op.published ? 'published' : 'draft'})
                  on conflict (unit_id, year, framework_id, project_code) do update set total_score = excluded.total_score, status = excluded.status`);
                if ((await units.subtreeIds(ids[0]!, op.year)).includes(ids[op.unit]!)) await rollupRepository(tx).refreshUnit(Number(ids[op.unit]), op.year);
                else await rollupRepository(tx).rebuildYear(op.year);
              } else if (op.kind === 'move') {
                const sub = await units.subtreeIds(ids[op.unit]!, op.year);
                const inTree = (await units.subtreeIds(ids[0]!, op.year)).includes(ids[op.parent]!);
                if (!sub.includes(ids[op.parent]!) && inTree && sub.length > 0 && (await units.parentOf(ids[op.unit]!, op.year)) !== null)
                  await treeOps.move(tx, ids[op.unit]!, ids[op.parent]!, op.year).catch((e: Error) => {
                    if (!/descendant/.test(e.message)) throw e; // a later year would get a cycle: refused
                  });
              } else {
                const sub = await units.subtreeIds(ids[op.unit]!, op.year);
                const tree = await units.subtreeIds(ids[0]!, op.year);
                if (op.unit !== op.into && !sub.includes(ids[op.into]!) && tree.includes(ids[op.unit]!) && tree.includes(ids[op.into]!))
                  await treeOps.merge(tx, ids[op.unit]!, ids[op.into]!, op.year);
              }
            }
            const rollups = rollupRepository(tx);
            const incremental: string[][] = [];
            const rebuilt: string[][] = [];
            const built = await rollups.builtYears();
            for (const y of YEARS) incremental.push(built.includes(y) ? norm(await rollups.dump(y)) : []);
            for (const y of YEARS) {
              if (!built.includes(y)) {
                rebuilt.push([]);
                continue;
              }
              await rollups.rebuildYear(y);
              rebuilt.push(norm(await rollups.dump(y)));
            }
            // the province sees the sum of every unit's own figure in that year's tree
            return { incremental, rebuilt };
          });
          expect(rolled.incremental).toEqual(rolled.rebuilt);
        },
      ),
      { numRuns: usingPostgres ? 25 : 15, seed: 20261122 },
    );
  });
});
