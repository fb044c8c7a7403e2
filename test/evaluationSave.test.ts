// The editor's save writes only what changed (domain/contentDiff.ts, store/evaluationWrites.ts):
// what it answers is what a fresh load reads, the audit's "after" and states are what was
// written (audit verify finds nothing), a save that changes nothing writes nothing, and the
// version check, the workflow lock and concurrent saves behave as before. PGlite and PostgreSQL.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../src/domain/access.js';
import type { EvaluationContent } from '../src/domain/content.js';
import { BUILTIN_FRAMEWORKS } from '../src/domain/frameworks/builtin.js';
import type { Evaluation } from '../src/domain/types.js';
import { loadDemo } from '../src/services/demo.js';
import { contentOf, evaluationService } from '../src/services/evaluations.js';
import { verifyStates } from '../src/store/auditState.js';
import { queryRows } from '../src/store/db.js';
import { evaluationRepository } from '../src/store/evaluations.js';
import { openTestStore, type TestStore } from './helpers/store.js';

let store: TestStore;
const statements: string[] = [];
let ids: string[];

beforeAll(async () => {
  store = await openTestStore({ onQuery: (q) => statements.push(q) });
  await loadDemo(store.db, BUILTIN_FRAMEWORKS);
  await store.db.execute(sql`update evaluations set status = 'draft'`);
  ids = (await queryRows<{ id: number }>(store.db, sql`select id from evaluations order by id`)).map((r) => String(r.id));
}, 120_000);
afterAll(async () => {
  await store?.close();
});

const service = () => evaluationService(store.db);
const load = async (id: string) => (await evaluationRepository(store.db).load(id))!;
const auditCount = async () => Number((await queryRows<{ n: number }>(store.db, sql`select count(*)::int as n from audit_log`))[0]!.n);
/** audit verify's problems, but for the evaluations this file made drafts behind the log's back and never saved */
const savedStateProblems = async () => {
  const saved = new Set(
    (await queryRows<{ id: string }>(store.db, sql`select distinct entity_id as id from audit_log where action = 'evaluation.save'`)).map((r) => r.id),
  );
  return (await verifyStates(store.db)).problems.filter((p) => p.entity !== 'evaluation' || saved.has(p.id));
};
const copy = (e: Evaluation): EvaluationContent => structuredClone(contentOf(e));
/** Saves and checks the answer against a fresh load and the log against the database. */
async function saveAndCheck(id: string, edit: (c: EvaluationContent) => void): Promise<Evaluation> {
  const e = await load(id);
  const c = copy(e);
  edit(c);
  const saved = await service().save(SYSTEM_ACTOR, id, e.version, c);
  expect(saved).toEqual(await load(id));
  return saved;
}

describe('evaluation save writes what changed', () => {
  it('a budget figure: one version, the figure stored, the roll-up follows, the answer is the stored evaluation', async () => {
    const id = ids[1]!;
    const e = await load(id);
    const general = e.budget.find((b) => b.budgetType === 'general' && b.rows.basic)!;
    const saved = await saveAndCheck(id, (c) => {
      const row = c.budget.find((b) => b.budgetType === 'general')!.rows.basic!;
      row.income = '123.45';
    });
    expect(saved.version).toBe(e.version + 1);
    expect(saved.budget.find((b) => b.budgetType === 'general')!.rows.basic!.income).toBe('123.45');
    expect(general.rows.basic!.income).not.toBe('123.45');
    const [r] = await queryRows<{ total: string }>(
      store.db,
      sql`select total::text from rollups where unit_id = ${Number(e.unit.id)} and year = ${e.year} and measure = 'budget:general:basic:income'`,
    );
    expect(r?.total).toBe('123.45');
  });

  it('a save that changes nothing writes nothing and answers the stored evaluation', async () => {
    for (const id of ids) {
      // the demo data was stored without a save: its first save may rewrite derived scores
      const first = await load(id);
      await service().save(SYSTEM_ACTOR, id, first.version, copy(first));
      const e = await load(id);
      const before = await auditCount();
      statements.length = 0;
      const saved = await service().save(SYSTEM_ACTOR, id, e.version, copy(e));
      expect(statements.filter((q) => /\b(insert\s+into|delete\s+from)\b|^\s*update\b|\bupdate\s+\S+\s+set\b/i.test(q))).toEqual([]);
      expect(saved).toEqual(e);
      expect(await auditCount()).toBe(before);
      expect((await load(id)).version).toBe(e.version);
    }
  });

  it('numbers spelt differently are no change', async () => {
    const id = ids[1]!;
    const e = await load(id);
    const c = copy(e);
    const row = c.budget.find((b) => b.budgetType === 'general')!.rows.basic!;
    row.income = `${row.income}${row.income.includes('.') ? '' : '.'}00`;
    const saved = await service().save(SYSTEM_ACTOR, id, e.version, c);
    expect(saved.version).toBe(e.version);
  });

  it('edits of every part, one after another, each read back as answered', async () => {
    const id = ids[1]!;
    await saveAndCheck(id, (c) => {
      c.title = `${c.title}（修订）`;
      c.reportDate = '2023-07-20';
    });
    await saveAndCheck(id, (c) => {
      c.profile = { ...c.profile!, staffActual: (c.profile!.staffActual ?? 0) + 1, departments: [...c.profile!.departments, '新设科室'] };
    });
    await saveAndCheck(id, (c) => {
      c.sections[0]!.paragraphs = [...c.sections[0]!.paragraphs, '新增的一段。'];
      c.sections = c.sections.filter((_, i) => i !== c.sections.length - 1);
    });
    await saveAndCheck(id, (c) => {
      c.budgetLines = [...c.budgetLines].reverse();
      c.threePublic = c.threePublic.filter((t) => t.item !== 'overseas');
    });
    const withProject = await saveAndCheck(id, (c) => {
      c.keyProjects.push({
        code: 'evalsave-test',
        name: '测试项目',
        measure: '场次',
        unitOfMeasure: '场',
        target: '12',
        actual: '13.50',
        note: '测试',
        funding: [{ category: '活动经费', source: 'county', label: '县级', amount: '2.5' }],
        measures: [{ key: 'people', name: '参与人数', unitOfMeasure: '人', kind: 'count', target: '100', actual: '120' }],
      });
    });
    expect(withProject.keyProjects.find((k) => k.code === 'evalsave-test')).toMatchObject({ actual: '13.5', funding: [{ amount: '2.5' }] });
    await saveAndCheck(id, (c) => {
      const k = c.keyProjects.find((x) => x.code === 'evalsave-test')!;
      k.name = '另一个名字'; // the unit's own name for the project; the catalogue's stays
      k.funding = [];
      k.measures = [{ key: 'people', name: '参与人数', unitOfMeasure: '人', kind: 'count', target: '100', actual: '90' }];
    });
    expect((await load(id)).keyProjects.find((k) => k.code === 'evalsave-test')!.name).toBe('另一个名字');
    const catalogue = await queryRows<{ name: string }>(store.db, sql`select name from key_projects where code = 'evalsave-test'`);
    expect(catalogue.map((r) => r.name)).toEqual(['测试项目']);
    const gone = await saveAndCheck(id, (c) => {
      c.keyProjects = c.keyProjects.filter((k) => k.code !== 'evalsave-test');
      c.budget = c.budget.filter((b) => b.budgetType !== 'socialInsurance');
      c.profile = null;
    });
    expect(gone.keyProjects.some((k) => k.code === 'evalsave-test')).toBe(false);
    await saveAndCheck(id, (c) => {
      for (const v of c.indicators) if (v.deviationReason === null) v.deviationReason = '说明';
    });
    expect(await savedStateProblems()).toEqual([]);
  });

  it('a project 自评表 does not rewrite its unit’s profile or key projects, and its audit states hold', async () => {
    const project = (await evaluationRepository(store.db).headers({ ids })).find((h) => h.projectCode !== null);
    expect(project).toBeDefined();
    const e = await load(project!.id);
    const saved = await saveAndCheck(project!.id, (c) => {
      c.title = `${c.title}（项目）`;
      c.profile = null;
      c.keyProjects = [];
    });
    expect(saved.profile).toEqual(e.profile);
    expect(saved.keyProjects).toEqual(e.keyProjects);
    expect(await savedStateProblems()).toEqual([]);
  });

  it('the audit entry holds the stored content before and as written after', async () => {
    const id = ids[1]!;
    const e = await load(id);
    const saved = await saveAndCheck(id, (c) => {
      c.threePublic = [...c.threePublic, { item: 'overseas' as const, budget: '0.50', actual: '0' }].reverse();
    });
    const [row] = await queryRows<{ before: unknown; after: unknown }>(store.db, sql`select before, after from audit_log order by id desc limit 1`);
    expect(row!.before).toEqual(JSON.parse(JSON.stringify(contentOf(e))));
    expect(row!.after).toEqual(JSON.parse(JSON.stringify(contentOf(saved))));
  });

  it('a stale version is a conflict, with or without changes, and writes nothing', async () => {
    const id = ids[1]!;
    const e = await load(id);
    const count = await auditCount();
    for (const c of [copy(e), { ...copy(e), title: '过期的修改' }]) {
      await expect(service().save(SYSTEM_ACTOR, id, e.version - 1, c)).rejects.toMatchObject({ code: 'conflict' });
    }
    expect(await load(id)).toEqual(e);
    expect(await auditCount()).toBe(count);
  });

  it('two rows with one key are refused (400), nothing written', async () => {
    const id = ids[1]!;
    const e = await load(id);
    const c = copy(e);
    c.threePublic = [...c.threePublic, { item: 'reception' as const, budget: '1', actual: '1' }, { item: 'reception' as const, budget: '2', actual: '2' }];
    await expect(service().save(SYSTEM_ACTOR, id, e.version, c)).rejects.toMatchObject({ code: 'invalid' });
    expect(await load(id)).toEqual(e);
  });

  it('a submitted evaluation cannot be saved', async () => {
    const id = ids[0]!;
    await store.db.execute(sql`update evaluations set status = 'submitted' where id = ${Number(id)}`);
    try {
      const e = await load(id);
      await expect(service().save(SYSTEM_ACTOR, id, e.version, { ...copy(e), title: '不应保存' })).rejects.toMatchObject({ code: 'locked' });
      await expect(service().save(SYSTEM_ACTOR, id, e.version, copy(e))).rejects.toMatchObject({ code: 'locked' });
    } finally {
      await store.db.execute(sql`update evaluations set status = 'draft' where id = ${Number(id)}`);
    }
  });

  it('concurrent saves of one version: one wins, the others are conflicts, nothing half-written', async () => {
    const id = ids[1]!;
    const e = await load(id);
    const results = await Promise.allSettled(
      [1, 2, 3, 4].map((k) => {
        const c = copy(e);
        c.title = `并发${k}`;
        c.budget.find((b) => b.budgetType === 'general')!.rows.basic!.opening = `${k}`;
        return service().save(SYSTEM_ACTOR, id, e.version, c);
      }),
    );
    const won = results.filter((r) => r.status === 'fulfilled') as PromiseFulfilledResult<Evaluation>[];
    expect(won).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'conflict' });
    const now = await load(id);
    expect(now).toEqual(won[0]!.value);
    expect(now.budget.find((b) => b.budgetType === 'general')!.rows.basic!.opening).toBe(now.title.replace('并发', ''));
    expect(await savedStateProblems()).toEqual([]);
  });
});
