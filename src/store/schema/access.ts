// Users, roles, sessions, the audit log, deadlines, notifications and settings.
import { bigint, boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';
import { units } from './units.js';

export const users = pgTable(
  'users',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    disabled: boolean('disabled').notNull().default(false),
    /** Optimistic concurrency for admin edits (name, disabled, grants). */
    version: integer('version').notNull().default(1),
    /** Set when an admin chose the password (create, reset): the user must change it first. */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_username_uq').on(t.username)],
);

/** A role over the subtree rooted at unit_id (null = whole deployment, for admin). */
export const roleAssignments = pgTable(
  'role_assignments',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    unitId: integer('unit_id').references(() => units.id),
  },
  (t) => [index('roles_user_idx').on(t.userId)],
);

/** Sessions live in the database so several app processes can share them. Token stored hashed. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Append-only log of every change; hash chains each entry to the previous one. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    userId: integer('user_id'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    unitId: integer('unit_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    reason: text('reason'),
    prevHash: text('prev_hash'),
    hash: text('hash'),
    /** [entity, id, digest] of each audited record's state right after this change (part of the hash). */
    states: jsonb('states'),
  },
  (t) => [index('audit_unit_idx').on(t.unitId, t.at), index('audit_user_idx').on(t.userId, t.at), index('audit_action_idx').on(t.action, t.at)],
);

/** Deadline for submitting a year's self-evaluation, per unit level (null level = every level). */
export const deadlines = pgTable(
  'deadlines',
  {
    year: integer('year').notNull(),
    level: text('level').notNull(), // a UnitLevel or '*'
    dueDate: date('due_date', { mode: 'string' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.year, t.level] })],
);

/** Deployment-wide settings, e.g. requireChildrenApproved. */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
});
