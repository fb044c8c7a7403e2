// Issue 15's objects for the authorisation matrix, on each target unit: a draft 绩效目标, an
// approved one with a pending adjustment batch, one monitoring round over the whole tree (rooted
// at the province) and an open rectification. Made through the services as the system.
import { SYSTEM_ACTOR } from '../../src/domain/access.js';
import { monitoringService } from '../../src/services/monitoring.js';
import { targetService } from '../../src/services/targets.js';
import { unitRepository } from '../../src/store/units.js';
import { RELATIONS, YEAR, type SecurityEnv } from './env.js';

export interface MonitoringTarget {
  draftTargetId: string;
  approvedTargetId: string;
  adjustmentId: string;
  roundId: string;
  rectificationId: string;
}

export async function addMonitoringTargets(env: SecurityEnv): Promise<Map<string, MonitoringTarget>> {
  const db = env.store.db;
  const targets = targetService(db);
  const monitoring = monitoringService(db);
  const province = (await unitRepository(db).find('430000'))!;
  const roundId = await monitoring.createRound(SYSTEM_ACTOR, { rootUnitId: province.id, year: YEAR, asOf: `${YEAR}-06-30`, dueDate: `${YEAR}-07-15` });
  const out = new Map<string, MonitoringTarget>();
  for (const rel of RELATIONS) {
    const unitId = env.targets[rel].unitId;
    // a project's draft: the demo may already hold the unit's department-wide targets of the year
    const draftTargetId = await targets.create(SYSTEM_ACTOR, {
      unitId,
      year: YEAR,
      frameworkId: env.frameworkId,
      scope: 'sampleDraft',
      scopeName: '示例草稿项目',
    });
    const approvedTargetId = await targets.create(SYSTEM_ACTOR, { unitId, year: YEAR, frameworkId: env.frameworkId, scope: 'project', scopeName: '示例项目' });
    let v = await targets.save(SYSTEM_ACTOR, approvedTargetId, {
      version: 1,
      values: [{ indicatorCode: '2.1.1', value: '100', progress: 'cumulative' }],
      budgetLines: [{ key: 'p', label: '项目支出', amount: '10' }],
    });
    v = await targets.transition(SYSTEM_ACTOR, approvedTargetId, { action: 'submit', version: v });
    await targets.transition(SYSTEM_ACTOR, approvedTargetId, { action: 'approve', version: v });
    const adjustmentId = await targets.proposeAdjustment(SYSTEM_ACTOR, approvedTargetId, {
      reason: '示例调整',
      changes: [{ indicatorCode: '2.1.1', to: '90' }],
    });
    const rectificationId = await monitoring.raiseRectification(SYSTEM_ACTOR, {
      unitId,
      year: YEAR,
      problem: '示例问题',
      requiredFix: '示例整改要求',
      roundId,
    });
    out.set(unitId, { draftTargetId, approvedTargetId, adjustmentId, roundId, rectificationId });
  }
  return out;
}
