// Workflow use cases: transitions with their guards, history, reviewer diff, notifications.
import { canEdit, canFinanceCheck, canReview, type Actor } from '../domain/access.js';
import { diffEvaluations, type Change } from '../domain/diff.js';
import type { Evaluation } from '../domain/types.js';
import { blockingOf, emptyChaptersOf, unscoredOf } from '../domain/completeness.js';
import { checkTransition, availableActions, isEditable, isSpotCheck, STATUS_LABELS, type WorkflowAction, type WorkflowRole } from '../domain/workflow.js';
import { auditRepository } from '../store/audit.js';
import type { Db, DbOrTx } from '../store/db.js';
import { evaluationRepository } from '../store/evaluations.js';
import { frameworkRepository } from '../store/frameworks.js';
import { reviewCommentRepository } from '../store/reviewComments.js';
import { rollupRepository } from '../store/rollups.js';
import { unitRepository } from '../store/units.js';
import { userRepository } from '../store/users.js';
import { workflowRepository, type TransitionRow } from '../store/workflow.js';
import { readSettings } from './settings.js';
import { ServiceError } from './errors.js';
import { contentOf, evaluationService } from './evaluations.js';
import { freezeFrameworkOf } from './frameworks.js';
import { computeContextFor } from './indicatorScoring.js';
import { openErrors, reportedFindings } from './findings.js';
import { lineageOf } from './lineage.js';

export type { TransitionRow as TransitionRecord } from '../store/workflow.js';

export async function rolesFor(db: DbOrTx, actor: Actor, e: Pick<Evaluation, 'unit' | 'year'>): Promise<WorkflowRole[]> {
  const lineage = await lineageOf(db, e.unit.id, e.year);
  const roles: WorkflowRole[] = [];
  if (actor.kind !== 'system' && canEdit(actor, lineage)) roles.push('filler');
  if (actor.kind !== 'system' && canReview(actor, lineage)) roles.push('reviewer');
  // 抽查复核 is a second look by finance: not at a unit it reviews itself (a top unit) or fills
  if (actor.kind !== 'system' && canFinanceCheck(actor, lineage) && !roles.length) roles.push('finance');
  return roles;
}

export async function requireChildrenApproved(db: DbOrTx): Promise<boolean> {
  return (await readSettings(db)).requireChildrenApproved;
}

/** Names of child units whose evaluation of `year` is not approved (or missing). */
async function pendingChildren(db: DbOrTx, unitId: string, year: number): Promise<string[]> {
  const kids = await unitRepository(db).children(unitId, year);
  if (kids.length === 0) return [];
  const rows = await workflowRepository(db).statuses(
    kids.map((k) => k.id),
    year,
  );
  const done = new Set(rows.filter((r) => r.status === 'approved' || r.status === 'published').map((r) => r.unitId));
  return kids.filter((k) => !done.has(k.id)).map((k) => k.shortName ?? k.name);
}

export function workflowService(db: Db) {
  const evals = evaluationService(db);

  return {
    async actionsFor(actor: Actor, id: string) {
      const e = await evals.get(actor, id);
      const { openedAt } = await evaluationRepository(db).opened(id);
      const roles = await rolesFor(db, actor, e);
      const passedAt = roles.includes('finance') ? await workflowRepository(db).passedAt(id) : null;
      return availableActions(e.status, roles, openedAt, passedAt);
    },

    async transition(actor: Actor, id: string, input: { action: WorkflowAction; reason?: string | null; version: number }): Promise<Evaluation> {
      const e = await evals.get(actor, id);
      const framework = (await frameworkRepository(db).byId(e.framework.id))!;
      const findings = input.action === 'submit' ? openErrors(await reportedFindings(db, e, framework)) : [];
      // a 定性 leaf scored by level has no score until its level is chosen, and a required chapter of the
      // outline must be there and written: both block 提交 here, not only in the UI
      const submitting = input.action === 'submit' && isEditable(e.status);
      const levels = submitting ? blockingOf(framework, e, await computeContextFor(db, e, framework)).filter((b) => b.area === 'indicators') : [];
      const chapters = submitting ? emptyChaptersOf(framework, e) : [];
      // 公开 shows 自评得分 to the public: refused while it is "—", naming the indicators without a score
      const unscored = input.action === 'publish' && e.totalScore === null ? unscoredOf(framework, e, await computeContextFor(db, e, framework)) : [];
      // Read before evals.get marks it: the filler's own read never counts as opened.
      const opened = await evaluationRepository(db).opened(id);
      const check = checkTransition({
        action: input.action,
        status: e.status,
        roles: await rolesFor(db, actor, e),
        reason: input.reason ?? null,
        openErrors: findings.length,
        unchosenLevels: levels.map((l) => l.label.slice(0, l.label.lastIndexOf('：定性'))),
        emptyChapters: chapters,
        unscored: unscored.length ? unscored : undefined,
        childrenPending: input.action === 'approve' && (await requireChildrenApproved(db)) ? await pendingChildren(db, e.unit.id, e.year) : [],
        openComments: input.action === 'approve' ? await reviewCommentRepository(db).open(id) : [],
        ...(input.action === 'withdraw' ? { openedAt: opened.openedAt, wasReturned: await workflowRepository(db).wasReturned(id) } : {}),
        ...(input.action === 'checkPass' ? { passedAt: await workflowRepository(db).passedAt(id) } : {}),
      });
      if (!check.ok) {
        if (check.code === 'forbidden') throw new ServiceError('forbidden', check.message);
        if (check.code === 'opened') throw new ServiceError('conflict', check.message, opened);
        if (check.code === 'checked') throw new ServiceError('conflict', check.message);
        if (check.code === 'comments') throw new ServiceError('blocked', check.message, { comments: await reviewCommentRepository(db).list(id) });
        if (check.code === 'blocked' && unscored.length) throw new ServiceError('blocked', check.message, { unscored });
        if (check.code === 'blocked') throw new ServiceError('blocked', check.message, { findings, levels, chapters });
        throw new ServiceError('invalid', check.message);
      }
      if (check.idempotent) return e; // a repeated submit changes nothing
      return db.transaction(async (tx) => {
        const version = await evaluationRepository(tx).bumpVersion(id, input.version, { status: check.to });
        if (version === null) {
          throw new ServiceError('conflict', '已被他人修改，请刷新 / changed by someone else', { current: await evaluationRepository(tx).load(id) });
        }
        // A framework is frozen once an evaluation using it is submitted (changes need a new version).
        if (check.to === 'submitted') await freezeFrameworkOf(tx, id, actor.userId);
        if (input.action === 'withdraw') {
          const now = await evaluationRepository(tx).opened(id); // a reviewer may have opened it meanwhile
          if (now.openedAt) throw new ServiceError('conflict', `审核人已打开，不能撤回 / a reviewer has opened it`, now);
        }
        // Each submission starts unopened.
        if (check.to === 'submitted' || input.action === 'withdraw') await evaluationRepository(tx).clearOpened(id);
        await workflowRepository(tx).addTransition({
          evaluationId: id,
          fromStatus: e.status,
          toStatus: check.to,
          userId: actor.userId,
          reason: input.reason ?? null,
          snapshot: check.to === 'submitted' ? contentOf(e) : null,
          action: input.action,
        });
        await auditRepository(tx).append([
          {
            userId: actor.userId,
            action: `evaluation.${input.action}`,
            entity: 'evaluation',
            entityId: id,
            unitId: e.unit.id,
            before: { status: e.status },
            after: { status: check.to },
            reason: input.reason ?? null,
          },
        ]);
        await notify(tx, e, input.action, check.to, input.reason ?? null);
        await rollupRepository(tx).refreshUnit(Number(e.unit.id), e.year);
        // the dashboards show the last 抽查复核: a pass changes no measure, so their version is moved here
        if (isSpotCheck(input.action)) await rollupRepository(tx).bumpVersion(e.year);
        return (await evaluationRepository(tx).load(id))!;
      });
    },

    async history(actor: Actor, id: string): Promise<TransitionRow[]> {
      await evals.workingRecord(actor, id);
      return workflowRepository(db).history(id);
    },

    /**
     * What changed since the last submission. While submitted: the previous submission → this one.
     * While being edited again: the last submission → the current content.
     */
    async diff(actor: Actor, id: string): Promise<{ since: string | null; changes: Change[] }> {
      await evals.workingRecord(actor, id); // earlier submissions are not public
      const e = await evals.get(actor, id);
      const subs = await workflowRepository(db).submissions(id);
      const base = e.status === 'submitted' ? subs[1] : subs[0];
      if (!base?.snapshot) return { since: null, changes: [] };
      return { since: base.at, changes: diffEvaluations(base.snapshot as ReturnType<typeof contentOf>, contentOf(e)) };
    },
  };
}

const NOTICE: Partial<Record<WorkflowAction, { role: 'filler' | 'reviewer'; kind: string; text: (e: Evaluation, reason: string | null) => string }>> = {
  submit: { role: 'reviewer', kind: 'submitted', text: (e) => `${e.unit.shortName ?? e.unit.name} 提交了 ${e.year} 年度自评，等待审核` },
  withdraw: { role: 'reviewer', kind: 'withdrawn', text: (e) => `${e.unit.shortName ?? e.unit.name} 撤回了 ${e.year} 年度自评` },
  return: { role: 'filler', kind: 'returned', text: (e, r) => `${e.year} 年度自评被退回：${r ?? ''}` },
  approve: { role: 'filler', kind: 'approved', text: (e) => `${e.year} 年度自评已审核通过` },
  reopen: { role: 'filler', kind: 'reopened', text: (e, r) => `${e.year} 年度自评已重新打开：${r ?? ''}` },
  publish: { role: 'filler', kind: 'published', text: (e) => `${e.year} 年度自评已公开` },
  checkPass: { role: 'filler', kind: 'checkPassed', text: (e) => `${e.year} 年度自评经财政抽查复核通过` },
  checkReturn: { role: 'filler', kind: 'checkReturned', text: (e, r) => `${e.year} 年度自评经财政抽查复核退回：${r ?? ''}` },
};

async function notify(tx: DbOrTx, e: Evaluation, action: WorkflowAction, to: string, reason: string | null) {
  const n = NOTICE[action];
  if (!n) return;
  // a 抽查退回 undoes an approval: the reviewers who gave it are told as well as the filler
  if (action === 'checkReturn') {
    const unitId = await approverUnit(tx, e);
    const name = e.unit.shortName ?? e.unit.name;
    if (unitId) {
      await workflowRepository(tx).notify({
        unitId,
        role: 'reviewer',
        evaluationId: e.id,
        kind: n.kind,
        message: `${name} ${e.year} 年度自评经财政抽查复核退回：${reason ?? ''}；修改后将重新提交审核（${STATUS_LABELS[to as Evaluation['status']]}）`,
      });
    }
  }
  // Submissions go to the reviewers of the parent unit; everything else to the unit's fillers.
  const unitId = n.role === 'reviewer' ? await unitRepository(tx).parentOf(e.unit.id, e.year) : e.unit.id;
  if (!unitId) return;
  await workflowRepository(tx).notify({
    unitId,
    role: n.role,
    evaluationId: e.id,
    kind: n.kind,
    message: `${n.text(e, reason)}（${STATUS_LABELS[to as Evaluation['status']]}）`,
  });
}

export type WorkflowService = ReturnType<typeof workflowService>;

/** The unit whose reviewers approved `e`: the approver's nearest reviewer grant above it; else the parent. */
async function approverUnit(tx: DbOrTx, e: Evaluation): Promise<string | null> {
  const approver = await workflowRepository(tx).lastApprover(e.id);
  const ancestors = (await lineageOf(tx, e.unit.id, e.year)).ancestors;
  if (approver) {
    const granted = new Set((await userRepository(tx).roles(approver)).filter((g) => g.role === 'reviewer').map((g) => g.unitId));
    const nearest = ancestors.find((a) => granted.has(a));
    if (nearest) return nearest;
  }
  return ancestors[0] ?? null;
}
