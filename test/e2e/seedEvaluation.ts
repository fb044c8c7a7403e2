// Suites' own evaluations, written before the server starts: a copy of 武冈's 2022 content under another
// unit or year, scored (or with no indicators, so its 自评得分 is “—”), taken through submit (and approve).
import { contentOf } from '../../src/services/evaluations.js';
import { rescoreStored } from '../../src/services/indicatorScoring.js';
import type { Services } from '../../src/services/index.js';
import { evaluationRepository } from '../../src/store/evaluations.js';
import { frameworkRepository } from '../../src/store/frameworks.js';
import { rollupRepository } from '../../src/store/rollups.js';
import { unitRepository } from '../../src/store/units.js';
import { workflowRepository } from '../../src/store/workflow.js';

export async function seedEvaluation(
  services: Services,
  opts: { unitCode: string; year: number; title: string; status: 'submitted' | 'approved'; scored?: boolean },
): Promise<string> {
  const db = services.store.db;
  const unit = await unitRepository(db).find(opts.unitCode);
  if (!unit) throw new Error(`seedEvaluation: no unit ${opts.unitCode}`);
  const wugang = (await services.evaluations.findByUnitAndYear('430581', 2022))!;
  const framework = (await frameworkRepository(db).byId(wugang.framework.id))!;
  const repo = evaluationRepository(db);
  const flow = workflowRepository(db);
  const scored = opts.scored ?? true;
  const id = await repo.create({
    unitId: unit.id,
    year: opts.year,
    frameworkId: framework.id,
    outline: wugang.outline,
    title: opts.title,
    status: opts.status,
  });
  // the key projects stay when scored: 重点民生实事完成率 is computed from them (without them the 自评得分 is “—”)
  await repo.writeContent(id, { ...contentOf(wugang), title: opts.title, ...(scored ? {} : { indicators: [], keyProjects: [] }) });
  if (scored) await rescoreStored(db, id, framework);
  const snapshot = contentOf((await repo.load(id))!);
  await flow.addTransition({ evaluationId: id, fromStatus: 'draft', toStatus: 'submitted', userId: null, reason: null, snapshot, action: 'submit' });
  if (opts.status === 'approved')
    await flow.addTransition({
      evaluationId: id,
      fromStatus: 'submitted',
      toStatus: 'approved',
      userId: null,
      reason: null,
      snapshot: null,
      action: 'approve',
    });
  await rollupRepository(db).refreshUnit(Number(unit.id), opts.year);
  return id;
}
