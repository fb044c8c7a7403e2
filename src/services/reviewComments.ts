// Review comments (审核意见): a reviewer pins a comment to a place of an evaluation, the filler
// answers or fixes, the reviewer resolves. Every step is in the audit log; open ones block approval.
import type { Actor } from '../domain/access.js';
import type { Evaluation } from '../domain/types.js';
import { leavesOf } from '../domain/frameworks/utils.js';
import { checkCommentAction, checkPin, findAnchor, roleOf, type CommentAction, type CommentRole, type ReviewComment } from '../domain/review/comments.js';
import { auditRepository } from '../store/audit.js';
import type { Db } from '../store/db.js';
import { frameworkRepository } from '../store/frameworks.js';
import { reviewCommentRepository } from '../store/reviewComments.js';
import { workflowRepository } from '../store/workflow.js';
import { ServiceError, notFound } from './errors.js';
import { evaluationService } from './evaluations.js';
import { rolesFor } from './workflow.js';
import type { PinInput } from '../domain/requests.js';
export type { PinInput };

/** Review comments are between the filler and the reviewers above: finance's re-check takes no part. */
const commentRoles = (roles: string[]): CommentRole[] => roles.filter((r): r is CommentRole => r === 'filler' || r === 'reviewer');

const ACTION_KIND = { reply: 'reply', fixed: 'fixed', resolve: 'resolve', reopen: 'reopen' } as const;

function refuse(check: { ok: false; code: 'forbidden' | 'invalid'; message: string }): never {
  throw new ServiceError(check.code, check.message);
}

export function reviewCommentService(db: Db) {
  const evals = evaluationService(db);

  return {
    async list(actor: Actor, evaluationId: string): Promise<ReviewComment[]> {
      await evals.workingRecord(actor, evaluationId);
      return reviewCommentRepository(db).list(evaluationId);
    },

    async pin(actor: Actor, evaluationId: string, input: PinInput): Promise<ReviewComment[]> {
      const e = await evals.get(actor, evaluationId);
      const check = checkPin(commentRoles(await rolesFor(db, actor, e)), e.status, input.text);
      if (!check.ok) refuse(check);
      const framework = await frameworkRepository(db).byId(e.framework.id);
      const names = framework ? leavesOf(framework).map((i) => ({ code: i.code, name: i.name })) : [];
      const anchor = findAnchor(e, input.anchor, names);
      if (!anchor) throw new ServiceError('invalid', `没有这个位置：${input.anchor.slice(0, 80)}`);
      await db.transaction(async (tx) => {
        const id = await reviewCommentRepository(tx).create({
          evaluationId,
          anchor: anchor.path,
          anchorLabel: anchor.label,
          quote: anchor.value,
          userId: actor.userId,
          text: input.text.trim(),
        });
        await auditRepository(tx).append([
          {
            userId: actor.userId,
            action: 'comment.create',
            entity: 'evaluation',
            entityId: evaluationId,
            unitId: e.unit.id,
            before: null,
            after: { comment: id, anchorLabel: anchor.label, text: input.text.trim(), status: 'open' },
          },
        ]);
        // the unit's fillers learn of it on their workbench, not only when they next open the editor
        const text = input.text.trim();
        await workflowRepository(tx).notify({
          unitId: e.unit.id,
          role: 'filler',
          evaluationId,
          kind: 'comment.pinned',
          message: `${e.year} 年度自评有新的审核意见（${anchor.label}）：${text.length > 60 ? `${text.slice(0, 60)}…` : text}`,
        });
      });
      return reviewCommentRepository(db).list(evaluationId);
    },

    async act(actor: Actor, evaluationId: string, commentId: string, input: { action: CommentAction; text?: string }): Promise<ReviewComment[]> {
      const h = await evals.header(actor, evaluationId);
      const roles = commentRoles(await rolesFor(db, actor, { unit: { id: h.unitId } as Evaluation['unit'], year: h.year }));
      const role = roleOf(roles);
      // Only the unit's filler and the reviewers above take part; readers (finance, admins) only read.
      if (!role) throw new ServiceError('forbidden', '只有本单位填报人和上级审核人可以处理审核意见');
      const text = (input.text ?? '').trim();
      await db.transaction(async (tx) => {
        const repo = reviewCommentRepository(tx);
        const c = await repo.forUpdate(commentId);
        if (!c || c.evaluationId !== evaluationId) throw notFound(`comment ${commentId}`);
        const check = checkCommentAction(input.action, roles, c.status, h.status, text);
        if (!check.ok) refuse(check);
        // Someone who is both (an admin filling for a unit it also reviews) acts as the role the action needs.
        const by = input.action === 'fixed' ? 'filler' : input.action === 'resolve' || input.action === 'reopen' ? 'reviewer' : role;
        await repo.addMessage({ commentId, kind: ACTION_KIND[input.action], role: by, text, userId: actor.userId, status: check.to });
        await auditRepository(tx).append([
          {
            userId: actor.userId,
            action: `comment.${input.action}`,
            entity: 'evaluation',
            entityId: evaluationId,
            unitId: h.unitId,
            before: { comment: commentId, anchorLabel: c.anchorLabel, status: c.status },
            after: { comment: commentId, anchorLabel: c.anchorLabel, status: check.to, ...(text ? { text } : {}) },
          },
        ]);
      });
      return reviewCommentRepository(db).list(evaluationId);
    },
  };
}

export type ReviewCommentService = ReturnType<typeof reviewCommentService>;
