// Notifications, finding explanations and pinned review comments.
import { index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';
import { users } from './access.js';
import { evaluationId, evaluations } from './evaluations.js';
import { units } from './units.js';

/** A filler's note explaining a warning finding (errors cannot be explained away). */
export const findingExplanations = pgTable(
  'finding_explanations',
  {
    evaluationId: evaluationId(),
    findingKey: text('finding_key').notNull(),
    note: text('note').notNull(),
    userId: integer('user_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.evaluationId, t.findingKey] })],
);

/** A reviewer's comment pinned to a place of an evaluation (anchor: the diff path); kept across resubmissions. */
export const reviewComments = pgTable(
  'review_comments',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    evaluationId: evaluationId(),
    anchor: text('anchor').notNull(),
    anchorLabel: text('anchor_label').notNull(),
    quote: text('quote'),
    status: text('status').notNull().default('open'), // open | resolved
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
    resolvedBy: integer('resolved_by').references(() => users.id),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  },
  (t) => [index('review_comments_eval_idx').on(t.evaluationId, t.status)],
);

/** The thread of a review comment: the pin itself, answers, 已修改, resolve and reopen. */
export const reviewCommentMessages = pgTable(
  'review_comment_messages',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    commentId: integer('comment_id')
      .notNull()
      .references(() => reviewComments.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    role: text('role').notNull(),
    text: text('text').notNull().default(''),
    userId: integer('user_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('review_comment_messages_comment_idx').on(t.commentId, t.id)],
);

/** In-app notifications, addressed to the holders of a role on a unit. */
export const notifications = pgTable(
  'notifications',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    evaluationId: integer('evaluation_id').references(() => evaluations.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    message: text('message').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('notifications_unit_idx').on(t.unitId, t.role, t.createdAt)],
);
