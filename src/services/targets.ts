// 绩效目标 use cases (issue 15 item 1): declare, submit, return/approve, then adjust only through
// approved batches. Permissions as for evaluations: the unit's filler edits and submits, a
// reviewer of an ancestor decides, anyone whose subtree holds the unit reads. Every write audited.
import { assertOpenIn } from './unitChanges.js';
import { canEdit, canReview, type Actor } from '../domain/access.js';
import { isDecimal, normalize } from '../domain/decimal.js';
import {
  approvedTargets,
  buildAdjustment,
  defaultProgress,
  checkPlanTransition,
  isEditable,
  planActions,
  TargetInputError,
  validateTargetValues,
  type PlanAction,
  type PlanRole,
  type TargetValue,
} from '../domain/monitoring/index.js';
import { inTreeOrder } from '../domain/frameworks/utils.js';
import { readWanYuan } from '../domain/typedAmount.js';
import type { Framework, IndicatorDef } from '../domain/types.js';
import { auditRepository } from '../store/audit.js';
import type { Db, DbOrTx } from '../store/db.js';
import { frameworkRepository } from '../store/frameworks.js';
import { monitoringRepository } from '../store/monitoring.js';
import { targetRepository, type TargetBudgetLine, type TargetHeader } from '../store/targets.js';
import { unitRepository } from '../store/units.js';
import { forbidden, notFound, ServiceError } from './errors.js';
import { lineageOf, mayRead } from './lineage.js';

export const leavesOf = (f: Framework): IndicatorDef[] => f.indicators.filter((i) => i.operator !== null);

export async function planRoles(db: DbOrTx, actor: Actor, unitId: string, year: number): Promise<PlanRole[]> {
  if (actor.kind === 'system') return ['filler', 'reviewer'];
  const lineage = await lineageOf(db, unitId, year);
  const roles: PlanRole[] = [];
  if (canEdit(actor, lineage)) roles.push('filler');
  if (canReview(actor, lineage)) roles.push('reviewer');
  return roles;
}

const invalid = (e: unknown): never => {
  if (e instanceof TargetInputError) throw new ServiceError('invalid', e.message);
  throw e;
};

function readBudgetLines(lines: { key?: string; label: string; amount: string }[]): TargetBudgetLine[] {
  const keys = new Set<string>();
  return lines.map((l, i) => {
    const label = l.label.trim();
    if (!label) throw new ServiceError('invalid', `第 ${i + 1} 行资金项目缺少名称 / a budget line needs a label`);
    // as typed: 1,234,567.89元 or １２．５ (see domain/typedAmount.ts)
    const read = readWanYuan(l.amount);
    const amount = read.ok ? (read.value ?? '') : l.amount.trim();
    if (!isDecimal(amount))
      throw new ServiceError('invalid', `资金项目“${label}”的金额“${l.amount}”不是有效的数字（单位万元，可写 12.5、1,234.56 或 123,456元）/ not a number`);
    if (amount.startsWith('-')) throw new ServiceError('invalid', `资金项目“${label}”的金额“${l.amount}”不能为负数 / cannot be negative`);
    const key = l.key?.trim() || `line${i + 1}`;
    if (keys.has(key)) throw new ServiceError('invalid', `资金项目编号 ${key} 重复 / duplicate key`);
    keys.add(key);
    return { key, label, amount: normalize(amount) };
  });
}

export function targetService(db: Db) {
  const repo = targetRepository(db);

  async function header(actor: Actor, id: string): Promise<TargetHeader> {
    const h = await repo.header(id);
    if (!h || !(await mayRead(db, actor, h.unitId, h.year))) throw notFound(`绩效目标 ${id}`);
    return h;
  }

  async function frameworkOf(h: Pick<TargetHeader, 'frameworkId'>): Promise<Framework> {
    const f = await frameworkRepository(db).byId(h.frameworkId);
    if (!f) throw notFound(`指标体系 ${h.frameworkId}`);
    return f;
  }

  const service = {
    async list(actor: Actor, unitId: string, year: number) {
      if (!(await mayRead(db, actor, unitId, year))) throw notFound(`单位 ${unitId}`);
      const [targets, rectifications, roles] = [
        await repo.headers({ unitIds: [unitId], year }),
        await monitoringRepository(db).rectificationsFor([unitId], year),
        await planRoles(db, actor, unitId, year),
      ];
      return { targets, rectifications, canCreate: roles.includes('filler') };
    },

    async get(actor: Actor, id: string) {
      const h = await header(actor, id);
      const f = await frameworkOf(h);
      const [values, lines, batches, history, roles] = [
        (await repo.values([id])).get(id)!,
        (await repo.budgetLines([id])).get(id)!,
        (await repo.adjustments([id])).get(id)!,
        await repo.history('target', id),
        await planRoles(db, actor, h.unitId, h.year),
      ];
      const byCode = new Map(values.map((v) => [v.indicatorCode, v]));
      const indicators = inTreeOrder(f).map((i) => ({
        code: i.code,
        parentCode: i.parentCode,
        level: i.level,
        name: i.name,
        unit: i.unit,
        operator: i.operator,
        value: byCode.get(i.code)?.value ?? null,
        progress: byCode.get(i.code)?.progress ?? defaultProgress(i),
      }));
      const pending = batches.some((b) => b.status === 'submitted');
      return {
        ...h,
        framework: { id: f.id, code: f.code, name: f.name },
        indicators,
        budgetLines: lines,
        adjustments: batches,
        history,
        actions: planActions(h.status, roles),
        canAdjust: h.status === 'approved' && roles.includes('filler') && !pending,
        canDecideAdjustment: roles.includes('reviewer') && pending,
        approved: approvedTargets(values, batches),
      };
    },

    async create(actor: Actor, input: { unitId: string; year: number; scope?: string; scopeName?: string; frameworkId: string; goal?: string }) {
      const unit = await unitRepository(db).byId(input.unitId);
      if (!unit || !(await mayRead(db, actor, input.unitId, input.year))) throw notFound(`单位 ${input.unitId}`);
      await assertOpenIn(db, unit, input.year);
      if (!(await planRoles(db, actor, input.unitId, input.year)).includes('filler'))
        throw forbidden('只有本单位填报人可以申报绩效目标 / only the unit’s filler declares targets');
      const f = await frameworkRepository(db).byId(input.frameworkId);
      if (!f) throw new ServiceError('invalid', `指标体系 ${input.frameworkId} 不存在 / unknown framework`);
      const scope = input.scope?.trim() || 'department';
      const scopeName = input.scopeName?.trim() || (scope === 'department' ? '部门整体' : scope);
      // Last year's approved values of the same scope are the starting point, as the issue asks.
      const last = (await repo.headers({ unitIds: [input.unitId], year: input.year - 1, status: ['approved'] })).find(
        (t) => t.scope === scope && t.frameworkId === f.id,
      );
      const carried = last ? (await repo.values([last.id])).get(last.id)! : [];
      return db.transaction(async (tx) => {
        const r = targetRepository(tx);
        const id = await r.create({ unitId: input.unitId, year: input.year, scope, scopeName, frameworkId: f.id, goal: input.goal?.trim() ?? '' });
        if (id === null)
          throw new ServiceError('conflict', `${input.year} 年“${scopeName}”的绩效目标已存在 / already declared`, {
            id: await r.latestIdFor(input.unitId, input.year),
          });
        await r.writeContent(id, carried, null);
        await auditRepository(tx).append([
          {
            userId: actor.userId,
            action: 'targets.create',
            entity: 'targets',
            entityId: id,
            unitId: input.unitId,
            after: { year: input.year, scope, frameworkId: f.id },
          },
        ]);
        return id;
      });
    },

    async save(
      actor: Actor,
      id: string,
      input: { version: number; goal?: string; values?: TargetValue[]; budgetLines?: { key?: string; label: string; amount: string }[] },
    ) {
      const h = await header(actor, id);
      if (!(await planRoles(db, actor, h.unitId, h.year)).includes('filler')) throw forbidden('只有本单位填报人可以修改 / only the unit’s filler edits');
      if (!isEditable(h.status))
        throw new ServiceError(
          'locked',
          h.status === 'approved' ? '绩效目标已批准，只能通过调整批次修改 / approved: change through an adjustment batch' : '已提交，等待审核 / submitted',
        );
      const f = await frameworkOf(h);
      let values: TargetValue[] | null = null;
      try {
        if (input.values) values = validateTargetValues(input.values, leavesOf(f));
      } catch (e) {
        invalid(e);
      }
      const lines = input.budgetLines ? readBudgetLines(input.budgetLines) : null;
      const goal = input.goal === undefined ? undefined : input.goal.trim().slice(0, 4000);
      return db.transaction(async (tx) => {
        const r = targetRepository(tx);
        const before = { goal: h.goal, values: (await r.values([id])).get(id), budgetLines: (await r.budgetLines([id])).get(id) };
        const v = await r.bump(id, input.version, { goal });
        if (v === null) throw new ServiceError('conflict', '已被他人修改，请刷新 / changed by someone else', { version: (await r.header(id))?.version });
        if (values || lines) await r.writeContent(id, values ?? before.values!, lines);
        await auditRepository(tx).append([
          {
            userId: actor.userId,
            action: 'targets.save',
            entity: 'targets',
            entityId: id,
            unitId: h.unitId,
            before,
            after: { goal: goal ?? h.goal, values: values ?? undefined, budgetLines: lines ?? undefined },
          },
        ]);
        return v;
      });
    },

    async transition(actor: Actor, id: string, input: { action: PlanAction; reason?: string | null; version: number }) {
      const h = await header(actor, id);
      const roles = await planRoles(db, actor, h.unitId, h.year);
      const check = checkPlanTransition(input.action, h.status, roles, input.reason ?? null);
      if (!check.ok) throw new ServiceError(check.code, check.message);
      if (input.action === 'submit') {
        const values = (await repo.values([id])).get(id)!;
        if (!values.some((v) => v.value !== null)) throw new ServiceError('blocked', '还没有填写任何指标值 / no indicator value yet');
      }
      const reason = input.reason?.trim() || null;
      return db.transaction(async (tx) => {
        const r = targetRepository(tx);
        const v = await r.bump(id, input.version, {
          status: check.to,
          lastReason: input.action === 'return' ? reason : null,
          approved: check.to === 'approved',
        });
        if (v === null) throw new ServiceError('conflict', '已被他人修改，请刷新 / changed by someone else');
        await r.addTransition({ entity: 'target', entityId: id, fromStatus: h.status, toStatus: check.to, userId: actor.userId, reason });
        await auditRepository(tx).append([
          {
            userId: actor.userId,
            action: `targets.${input.action}`,
            entity: 'targets',
            entityId: id,
            unitId: h.unitId,
            before: { status: h.status },
            after: { status: check.to },
            reason,
          },
        ]);
        await notifyPlan(tx, h.unitId, h.year, input.action, `${h.year} 年度绩效目标（${h.scopeName}）`, reason, h.unitName);
        return v;
      });
    },

    async proposeAdjustment(actor: Actor, id: string, input: { reason: string; changes: { indicatorCode: string; to: string | null }[] }) {
      const h = await header(actor, id);
      if (!(await planRoles(db, actor, h.unitId, h.year)).includes('filler'))
        throw forbidden('只有本单位填报人可以申请调整 / only the unit’s filler proposes adjustments');
      if (h.status !== 'approved') throw new ServiceError('invalid', '绩效目标批准后才能调整；批准前可直接修改 / adjust only after approval');
      if (await repo.pendingAdjustment(id)) throw new ServiceError('conflict', '已有一个调整批次等待审核 / a batch is already pending');
      const f = await frameworkOf(h);
      const current = new Map((await repo.values([id])).get(id)!.map((v) => [v.indicatorCode, v.value]));
      let changes;
      try {
        changes = buildAdjustment(current, input.changes, input.reason, leavesOf(f));
      } catch (e) {
        return invalid(e);
      }
      return db.transaction(async (tx) => {
        const batchId = await targetRepository(tx).addAdjustment({ targetId: id, reason: input.reason.trim(), changes, userId: actor.userId });
        await targetRepository(tx).addTransition({
          entity: 'adjustment',
          entityId: batchId,
          fromStatus: 'draft',
          toStatus: 'submitted',
          userId: actor.userId,
          reason: input.reason.trim(),
        });
        await auditRepository(tx).append([
          {
            userId: actor.userId,
            action: 'targets.adjust',
            entity: 'targets',
            entityId: id,
            unitId: h.unitId,
            after: { batchId, changes },
            reason: input.reason.trim(),
          },
        ]);
        await notifyPlan(tx, h.unitId, h.year, 'submit', `${h.year} 年度绩效目标调整（${h.scopeName}）`, null, h.unitName);
        return batchId;
      });
    },

    async decideAdjustment(actor: Actor, batchId: string, input: { action: 'approve' | 'return'; reason?: string | null; version: number }) {
      const b = await repo.adjustment(batchId);
      if (!b) throw notFound(`调整批次 ${batchId}`);
      const h = await header(actor, b.targetId);
      const roles = await planRoles(db, actor, h.unitId, h.year);
      const check = checkPlanTransition(input.action, b.status as 'submitted', roles, input.reason ?? null);
      if (!check.ok) throw new ServiceError(check.code, check.message);
      const reason = input.reason?.trim() || null;
      return db.transaction(async (tx) => {
        const r = targetRepository(tx);
        if (!(await r.decideAdjustment(batchId, input.version, check.to as 'approved' | 'returned', reason)))
          throw new ServiceError('conflict', '已被他人处理，请刷新 / changed by someone else');
        if (check.to === 'approved') {
          await r.applyChanges(h.id, b.changes);
          await r.bump(h.id, h.version); // a new version: open editors must reload the values
        }
        await r.addTransition({ entity: 'adjustment', entityId: batchId, fromStatus: b.status, toStatus: check.to, userId: actor.userId, reason });
        await auditRepository(tx).append([
          {
            userId: actor.userId,
            action: `targets.adjustment.${input.action}`,
            entity: 'targets',
            entityId: h.id,
            unitId: h.unitId,
            before: { batchId, status: b.status },
            after: { status: check.to, changes: b.changes },
            reason,
          },
        ]);
        await notifyPlan(tx, h.unitId, h.year, input.action, `${h.year} 年度绩效目标第${b.batchNo}批调整`, reason, h.unitName);
      });
    },
  };
  return service;
}

/** Submissions to the reviewers of the parent unit; decisions to the unit's fillers. */
export async function notifyPlan(tx: DbOrTx, unitId: string, year: number, action: PlanAction, what: string, reason: string | null, unitName: string) {
  const toReviewer = action === 'submit';
  const target = toReviewer ? await unitRepository(tx).parentOf(unitId, year) : unitId;
  if (!target) return;
  const text = toReviewer ? `${unitName} 提交了${what}，等待审核` : action === 'return' ? `${what}被退回：${reason ?? ''}` : `${what}已批准`;
  await monitoringRepository(tx).notify({ unitId: target, role: toReviewer ? 'reviewer' : 'filler', kind: `plan.${action}`, message: text });
}

export type TargetService = ReturnType<typeof targetService>;
