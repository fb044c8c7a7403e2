// Review comments and their threads: one query for all comments of an evaluation with their messages.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { renamedAnchor } from '../domain/keyProjectIdentity.js';
import type { CommentMessageKind, CommentRole, CommentStatus, ReviewComment } from '../domain/review/comments.js';
import { queryRows, type DbOrTx } from './db.js';
import { reviewCommentMessages, reviewComments, users } from './schema.js';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export function reviewCommentRepository(db: DbOrTx) {
  const creator = alias(users, 'creator');
  const resolver = alias(users, 'resolver');
  return {
    async list(evaluationId: string): Promise<ReviewComment[]> {
      const rows = await db
        .select({ c: reviewComments, createdBy: creator.displayName, resolvedBy: resolver.displayName })
        .from(reviewComments)
        .leftJoin(creator, eq(creator.id, reviewComments.createdBy))
        .leftJoin(resolver, eq(resolver.id, reviewComments.resolvedBy))
        .where(eq(reviewComments.evaluationId, Number(evaluationId)))
        .orderBy(asc(reviewComments.id));
      if (rows.length === 0) return [];
      const messages = await db
        .select({ m: reviewCommentMessages, user: users.displayName })
        .from(reviewCommentMessages)
        .leftJoin(users, eq(users.id, reviewCommentMessages.userId))
        .where(
          inArray(
            reviewCommentMessages.commentId,
            rows.map((r) => r.c.id),
          ),
        )
        .orderBy(asc(reviewCommentMessages.id));
      return rows.map(({ c, createdBy, resolvedBy }) => ({
        id: String(c.id),
        evaluationId: String(c.evaluationId),
        anchor: c.anchor,
        anchorLabel: c.anchorLabel,
        quote: c.quote,
        status: c.status as CommentStatus,
        createdBy,
        createdAt: iso(c.createdAt)!,
        resolvedBy: c.status === 'resolved' ? resolvedBy : null,
        resolvedAt: c.status === 'resolved' ? iso(c.resolvedAt) : null,
        messages: messages
          .filter(({ m }) => m.commentId === c.id)
          .map(({ m, user }) => ({ id: String(m.id), kind: m.kind as CommentMessageKind, role: m.role as CommentRole, text: m.text, user, at: iso(m.at)! })),
      }));
    },

    /** The comment with its evaluation, locked for the change about to be made. */
    async forUpdate(id: string): Promise<{ id: string; evaluationId: string; anchorLabel: string; status: CommentStatus } | null> {
      if (!/^\d{1,9}$/.test(id)) return null;
      const [row] = await db
        .select({ id: reviewComments.id, evaluationId: reviewComments.evaluationId, anchorLabel: reviewComments.anchorLabel, status: reviewComments.status })
        .from(reviewComments)
        .where(eq(reviewComments.id, Number(id)))
        .for('update');
      return row ? { id: String(row.id), evaluationId: String(row.evaluationId), anchorLabel: row.anchorLabel, status: row.status as CommentStatus } : null;
    },

    async create(c: { evaluationId: string; anchor: string; anchorLabel: string; quote: string | null; userId: string | null; text: string }): Promise<string> {
      const userId = c.userId === null ? null : Number(c.userId);
      const [row] = await db
        .insert(reviewComments)
        .values({ evaluationId: Number(c.evaluationId), anchor: c.anchor, anchorLabel: c.anchorLabel, quote: c.quote, createdBy: userId })
        .returning({ id: reviewComments.id });
      await db.insert(reviewCommentMessages).values({ commentId: row!.id, kind: 'comment', role: 'reviewer', text: c.text, userId });
      return String(row!.id);
    },

    async addMessage(m: { commentId: string; kind: CommentMessageKind; role: CommentRole; text: string; userId: string | null; status: CommentStatus }) {
      const userId = m.userId === null ? null : Number(m.userId);
      await db.insert(reviewCommentMessages).values({ commentId: Number(m.commentId), kind: m.kind, role: m.role, text: m.text, userId });
      const resolved = m.status === 'resolved';
      await db
        .update(reviewComments)
        .set({ status: m.status, resolvedBy: resolved ? userId : null, resolvedAt: resolved ? sql`now()` : null })
        .where(eq(reviewComments.id, Number(m.commentId)));
    },

    /**
     * Comments pinned to a key project follow its code (old → new): those on the evaluations of
     * one unit's year (its own and its projects' 自评表 share the key projects), or all of them.
     */
    async renameProjectAnchors(renamed: ReadonlyMap<string, string>, scope: { unitId: number; year: number } | null): Promise<number> {
      if (renamed.size === 0) return 0;
      const where = scope ? sql` and e.unit_id = ${scope.unitId} and e.year = ${scope.year}` : sql``;
      const rows = await queryRows<{ id: number; anchor: string }>(
        db,
        sql`select c.id, c.anchor from review_comments c join evaluations e on e.id = c.evaluation_id where c.anchor like 'keyProjects.%'${where}`,
      );
      let n = 0;
      for (const r of rows) {
        const to = renamedAnchor(r.anchor, renamed);
        if (to === r.anchor) continue;
        await db
          .update(reviewComments)
          .set({ anchor: to })
          .where(eq(reviewComments.id, Number(r.id)));
        n++;
      }
      return n;
    },

    /** Labels of the open comments of an evaluation (what blocks approval). */
    async open(evaluationId: string): Promise<{ status: CommentStatus; anchorLabel: string }[]> {
      const rows = await db
        .select({ anchorLabel: reviewComments.anchorLabel })
        .from(reviewComments)
        .where(and(eq(reviewComments.evaluationId, Number(evaluationId)), eq(reviewComments.status, 'open')))
        .orderBy(asc(reviewComments.id));
      return rows.map((r) => ({ status: 'open' as const, anchorLabel: r.anchorLabel }));
    },
  };
}
