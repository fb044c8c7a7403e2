// Loads a demo data set into an empty database (default: the seeds only; the CLI and `serve --demo`
// pass the full set with the 示例 counties). Idempotent.
import { DEMO_PASSWORD, seedsDataset, type DemoDataset } from '../demo/dataset.js';
import { measureRow } from '../domain/contentDiff.js';
import { addDays, beijingToday } from '../domain/deadlines.js';
import type { EvaluationStatus, Framework } from '../domain/types.js';
import { auditRepository } from '../store/audit.js';
import type { Db } from '../store/db.js';
import { evaluationRepository } from '../store/evaluations.js';
import { ensureKeyProject } from '../store/keyProjects.js';
import { rollupRepository } from '../store/rollups.js';
import { keyProjectFunding, keyProjectMeasures, keyProjectValues } from '../store/schema.js';
import { settingsRepository } from '../store/settings.js';
import { workflowRepository } from '../store/workflow.js';
import { unitRepository } from '../store/units.js';
import { userRepository } from '../store/users.js';
import { hashPassword } from './auth.js';
import { contentOf } from './evaluations.js';
import { ensureFrameworks } from './frameworks.js';
import { rescoreStored } from './indicatorScoring.js';
import { loadPlanDemo } from './planDemo.js';
import { wugangPlan2022 } from '../demo/wugang2022/plan.js';

export interface DemoLoadResult {
  loaded: boolean; // false when the demo was already there
  units: number;
  evaluations: number;
  users: number;
}

/** `today`: the day the demo's deadlines count from (北京时间). */
export async function loadDemo(
  db: Db,
  frameworks: readonly Omit<Framework, 'id'>[],
  data: DemoDataset = seedsDataset,
  today = beijingToday(),
): Promise<DemoLoadResult> {
  const counts = { units: data.units.length, evaluations: data.evaluations.length, users: data.users.length };
  if (await unitRepository(db).existsCode(data.units[0]!.code)) return { loaded: false, ...counts };
  const passwordHash = await hashPassword(DEMO_PASSWORD); // one hash shared: argon2 is slow on purpose
  await db.transaction(async (tx) => {
    const byCode = await ensureFrameworks(tx, frameworks);
    const unitRepo = unitRepository(tx);
    const inserted = await unitRepo.insertMany(data.units);
    const unitId = new Map(inserted.map((u) => [u.code, u.id]));
    const idOf = (code: string) => {
      const id = unitId.get(code);
      if (!id) throw new Error(`demo: unknown unit code ${code}`);
      return id;
    };
    await unitRepo.link(data.units.map((u) => ({ unitId: idOf(u.code), parentId: u.parentCode ? idOf(u.parentCode) : null, fromYear: u.fromYear })));

    const users = userRepository(tx);
    for (const u of data.users) {
      const id = await users.insert({ username: u.username, displayName: u.displayName, passwordHash });
      await users.grant(id, u.role, u.unitCode ? idOf(u.unitCode) : null);
    }

    const evals = evaluationRepository(tx);
    const flow = workflowRepository(tx);
    for (const e of data.evaluations) {
      const framework = byCode.get(e.frameworkCode);
      if (!framework) throw new Error(`demo: unknown framework ${e.frameworkCode}`);
      const id = await evals.create({
        unitId: idOf(e.unitCode),
        year: e.year,
        frameworkId: framework.id,
        outline: e.outline,
        title: e.title,
        status: e.status,
        sample: e.sample ?? false,
        projectCode: e.projectCode ?? null,
      });
      await evals.writeContent(id, e);
      // Computed actuals, scores, total and grade: the same path as a save.
      await rescoreStored(tx, id, framework);
      // The history a status implies, so the reviewer diff and the returned reason are there.
      for (const t of historyOf(e.status, e.returnReason ?? null)) {
        await flow.addTransition({
          evaluationId: id,
          fromStatus: t.from,
          toStatus: t.to,
          userId: null,
          reason: t.reason,
          snapshot: t.to === 'submitted' ? contentOf((await evals.load(id))!) : null,
        });
      }
    }
    for (const d of data.deadlines ?? []) await settingsRepository(tx).setDeadline(d.year, d.level, null, addDays(today, d.daysAfterLoad));

    for (const v of data.keyProjectValues) {
      const projectId = await ensureKeyProject(tx, v.project);
      const unit = Number(idOf(v.unitCode));
      await tx
        .insert(keyProjectValues)
        .values({ projectId, unitId: unit, year: v.year, target: v.project.target, actual: v.project.actual, note: v.project.note });
      if (v.project.measures?.length)
        await tx.insert(keyProjectMeasures).values(v.project.measures.map((m, ord) => ({ projectId, unitId: unit, year: v.year, ...measureRow(m, ord) })));
      if (v.project.funding.length)
        await tx.insert(keyProjectFunding).values(v.project.funding.map((f, ord) => ({ projectId, unitId: unit, year: v.year, ord, ...f })));
    }
    // issue 15: 武冈 2022's targets, 6月30日 monitoring round and rectification (when its units are loaded)
    if ([wugangPlan2022.unitCode, wugangPlan2022.round.rootUnitCode].every((c) => unitId.has(c))) await loadPlanDemo(tx, wugangPlan2022, idOf, byCode, today);
    const rollups = rollupRepository(tx);
    for (const year of await rollups.dataYears()) await rollups.rebuildYear(year);
    await auditRepository(tx).append([
      { userId: null, action: 'demo.load', entity: 'deployment', entityId: null, unitId: null, after: counts, seal: ['evaluation', 'unitYear', 'user'] },
    ]);
  });
  return { loaded: true, ...counts };
}

/** The transitions that lead to a status (all by the system, as the demo loader). */
function historyOf(status: EvaluationStatus, reason: string | null): { from: EvaluationStatus; to: EvaluationStatus; reason: string | null }[] {
  const submitted = { from: 'draft' as const, to: 'submitted' as const, reason: null };
  switch (status) {
    case 'submitted':
      return [submitted];
    case 'returned':
      return [submitted, { from: 'submitted', to: 'returned', reason }];
    case 'approved':
      return [submitted, { from: 'submitted', to: 'approved', reason: null }];
    case 'published':
      return [submitted, { from: 'submitted', to: 'approved', reason: null }, { from: 'approved', to: 'published', reason: null }];
    default:
      return [];
  }
}
