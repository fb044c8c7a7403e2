// Demo data must be consistent: every submitted, approved or published evaluation of the full demo
// set (the seeds and the 示例 counties) passes the checker without an error, as 提交 requires and a
// reviewer would have required before approving it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDataset } from '../src/demo/dataset.js';
import { SYSTEM_ACTOR } from '../src/domain/access.js';
import { BUILTIN_FRAMEWORKS } from '../src/domain/frameworks/builtin.js';
import { loadDemo } from '../src/services/demo.js';
import { findingsFor } from '../src/services/findings.js';
import { evaluationRepository } from '../src/store/evaluations.js';
import { openTestStore, type TestStore } from './helpers/store.js';

let store: TestStore;
beforeAll(async () => {
  store = await openTestStore();
  expect((await loadDemo(store.db, BUILTIN_FRAMEWORKS, demoDataset)).loaded).toBe(true);
});
afterAll(async () => store?.close());

describe('the demo’s submitted, approved and published evaluations', () => {
  it('have no error finding (a missed target carries its 偏差原因)', async () => {
    const done = await evaluationRepository(store.db).headers({ status: ['submitted', 'approved', 'published'] });
    expect(done.length).toBeGreaterThan(20);
    const errors: string[] = [];
    for (const h of done)
      for (const f of await findingsFor(store.db, SYSTEM_ACTOR, h.id)) if (f.severity === 'error') errors.push(`${h.title}: ${f.rule} ${f.message}`);
    expect(errors).toEqual([]);
  });
});
