// Loads the demo's 绩效目标 / 运行监控 / 整改 (issue 15) inside the demo transaction, through the
// repositories, after the evaluations are in. The department-wide targets copy the 自评's own
// targets, so reading targets from them never changes a seed figure.
import { computeMonitoring, monitoredFigures, resolveLikelihood, type MonitoredOperator } from '../domain/monitoring/index.js';
import type { DemoPlan } from '../demo/wugang2022/plan.js';
import type { Framework } from '../domain/types.js';
import { auditRepository } from '../store/audit.js';
import type { DbOrTx } from '../store/db.js';
import { evaluationRepository } from '../store/evaluations.js';
import { monitoringRepository } from '../store/monitoring.js';
import { targetRepository } from '../store/targets.js';
import { DEFAULT_THRESHOLDS } from '../domain/monitoring/index.js';
import { addDays } from '../domain/deadlines.js';

/** `today`: the day the demo is loaded (北京时间), which an open round's 填报截止 counts from. */
export async function loadPlanDemo(
  tx: DbOrTx,
  plan: DemoPlan,
  idOf: (code: string) => string,
  frameworks: Map<string, Framework>,
  today: string,
): Promise<void> {
  const targets = targetRepository(tx);
  const unitId = idOf(plan.unitCode);
  const approve = async (id: string) => {
    for (const [from, to] of [
      ['draft', 'submitted'],
      ['submitted', 'approved'],
    ] as const) {
      await targets.bump(id, (await targets.header(id))!.version, { status: to, approved: to === 'approved' });
      await targets.addTransition({ entity: 'target', entityId: id, fromStatus: from, toStatus: to, userId: null, reason: null });
    }
  };

  if (plan.departmentFromEvaluation) {
    const [h] = await evaluationRepository(tx).headers({ unitIds: [unitId], year: plan.year });
    const e = h ? await evaluationRepository(tx).load(h.id) : null;
    const values = (e?.indicators ?? [])
      .filter((v) => v.target !== null)
      .map((v) => ({ indicatorCode: v.indicatorCode, value: v.target, progress: 'level' as const }));
    if (e && values.length) {
      const id = (await targets.create({ unitId, year: plan.year, scope: 'department', scopeName: '部门整体', frameworkId: e.framework.id, goal: '' }))!;
      await targets.writeContent(id, values, []);
      await approve(id);
    }
  }

  const p = plan.project;
  const framework = frameworks.get(p.frameworkCode);
  if (!framework) throw new Error(`demo: unknown framework ${p.frameworkCode}`);
  const targetId = (await targets.create({ unitId, year: plan.year, scope: p.scope, scopeName: p.scopeName, frameworkId: framework.id, goal: p.goal }))!;
  await targets.writeContent(targetId, p.values, p.budgetLines);
  await approve(targetId);

  const r = plan.round;
  const m = monitoringRepository(tx);
  const roundId = await m.createRound({
    rootUnitId: idOf(r.rootUnitCode),
    year: plan.year,
    name: r.name,
    asOf: r.asOf,
    dueDate: typeof r.dueDate === 'string' ? r.dueDate : addDays(today, r.dueDate.daysAfterLoad),
    ...DEFAULT_THRESHOLDS,
    userId: null,
  });
  const report = await m.ensureReport(roundId, unitId);
  const leaves = new Map(framework.indicators.map((i) => [i.code, i]));
  const values = new Map(p.values.map((v) => [v.indicatorCode, v]));
  const computed = computeMonitoring({
    year: plan.year,
    asOf: r.asOf,
    thresholds: DEFAULT_THRESHOLDS,
    budget: [],
    indicators: r.indicators.map((a) => {
      const v = values.get(a.indicatorCode)!;
      const f = monitoredFigures(leaves.get(a.indicatorCode)!, v.value);
      return {
        code: a.indicatorCode,
        name: '',
        operator: f.operator as MonitoredOperator,
        target: f.target,
        actualToDate: a.actualToDate,
        progress: v.progress,
      };
    }),
  });
  await m.writeAnswers(
    report.id,
    r.indicators.map((a, k) => {
      const lk = resolveLikelihood(computed.indicators[k]!.likelihood, null);
      return {
        targetId,
        indicatorCode: a.indicatorCode,
        actualToDate: a.actualToDate,
        actualLevel: null,
        forecastDeclared: null,
        deviationCategory: a.deviationCategory ?? null,
        deviationReason: a.deviationReason ?? null,
        likelihoodComputed: lk.computed,
        likelihoodDeclared: null,
        likelihoodReason: null,
        correctiveMeasures: a.correctiveMeasures ?? null,
      };
    }),
    r.budget.map((b) => ({ targetId, lineKey: b.key, executed: b.executed })),
  );
  await m.bumpReport(report.id, report.version, { status: 'submitted' });
  await targets.addTransition({ entity: 'monitoringReport', entityId: report.id, fromStatus: 'draft', toStatus: 'submitted', userId: null, reason: null });

  // After the round: the adjustment batch, approved, applied to the stored values.
  const batchId = await targets.addAdjustment({ targetId, reason: p.adjustment.reason, changes: p.adjustment.changes, userId: null });
  await targets.decideAdjustment(batchId, 1, 'approved', null);
  await targets.applyChanges(targetId, p.adjustment.changes);

  await m.addRectification({
    unitId,
    year: plan.year,
    source: 'monitoring',
    roundId,
    problem: plan.rectification.problem,
    requiredFix: plan.rectification.requiredFix,
    userId: null,
  });
  await auditRepository(tx).append([{ userId: null, action: 'demo.plan', entity: 'targets', entityId: targetId, unitId, after: { roundId, batchId } }]);
}
