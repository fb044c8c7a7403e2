// The one place the 自评 meets the approved 绩效目标 (issue 15 item 1). The evaluation service calls
// these two functions; everything else about targets stays in services/targets.ts.
import { ADJUSTMENT_SECTION_KEY, applyApprovedTargets, approvedTargets, withApprovedTargetValues, type ApprovedTarget } from '../domain/monitoring/index.js';
import type { Evaluation, IndicatorValue, NarrativeSection } from '../domain/types.js';
import type { DbOrTx } from '../store/db.js';
import { frameworkRepository } from '../store/frameworks.js';
import { targetRepository } from '../store/targets.js';

/**
 * The approved targets of a unit and year for this framework, or null: the scope of the 自评's
 * key project (a 项目支出绩效自评表, issue 14's projectCode) or else 'department'.
 */
export async function approvedTargetsOf(
  db: DbOrTx,
  e: { unitId: string; year: number; frameworkId: string; projectCode?: string | null },
): Promise<{ targetId: string; targets: ApprovedTarget[] } | null> {
  const repo = targetRepository(db);
  const heads = await repo.approvedFor(e.unitId, e.year, e.frameworkId);
  const h = heads.find((t) => t.scope === (e.projectCode ?? 'department')) ?? (e.projectCode === undefined ? heads[0] : undefined);
  if (!h) return null;
  const [values, batches] = [(await repo.values([h.id])).get(h.id)!, (await repo.adjustments([h.id])).get(h.id)!];
  return { targetId: h.id, targets: approvedTargets(values, batches) };
}

/** Read hook: the evaluation with the approved targets and the adjustment section. */
export async function withApprovedTargets(db: DbOrTx, e: Evaluation): Promise<Evaluation> {
  const projectCode = (e as { projectCode?: string | null }).projectCode; // issue 14 adds it to Evaluation
  const a = await approvedTargetsOf(db, { unitId: e.unit.id, year: e.year, frameworkId: e.framework.id, projectCode });
  if (!a) return e;
  const f = await frameworkRepository(db).byId(e.framework.id);
  const names = new Map((f?.indicators ?? []).map((i) => [i.code, i.name]));
  return applyApprovedTargets(e, a.targets, names);
}

/** Save hook: typed targets never overwrite approved ones (read-only in the 自评); the generated section is not stored. */
export async function enforceApprovedTargets<C extends { indicators: IndicatorValue[]; sections: NarrativeSection[] }>(
  db: DbOrTx,
  stored: Evaluation,
  content: C,
): Promise<C> {
  const projectCode = (stored as { projectCode?: string | null }).projectCode;
  const a = await approvedTargetsOf(db, { unitId: stored.unit.id, year: stored.year, frameworkId: stored.framework.id, projectCode });
  if (!a) return content;
  return {
    ...content,
    indicators: withApprovedTargetValues(content.indicators, a.targets),
    sections: content.sections.filter((s) => s.key !== ADJUSTMENT_SECTION_KEY),
  };
}
