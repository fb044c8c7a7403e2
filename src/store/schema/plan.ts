// 绩效目标 and 运行监控: targets, adjustments, monitoring rounds and reports, 整改台账.
import { bigint, date, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { amount, createdAt } from './columns.js';
import { frameworks } from './evaluations.js';
import { units } from './units.js';

/** 绩效目标 of a unit, year and scope ('department' or a project's key): its own workflow, frozen once approved. */
export const performanceTargets = pgTable(
  'performance_targets',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    scope: text('scope').notNull(), // 'department' | a project key
    scopeName: text('scope_name').notNull(),
    frameworkId: integer('framework_id')
      .notNull()
      .references(() => frameworks.id),
    goal: text('goal').notNull().default(''), // 年度总体目标
    status: text('status').notNull().default('draft'), // draft | submitted | returned | approved
    version: integer('version').notNull().default(1),
    lastReason: text('last_reason'), // the reviewer's reason when returned
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('performance_targets_uq').on(t.unitId, t.year, t.scope), index('performance_targets_year_idx').on(t.year, t.status)],
);

const targetId = () =>
  integer('target_id')
    .notNull()
    .references(() => performanceTargets.id, { onDelete: 'cascade' });

/** 指标值 per indicator; after approval changed only by an approved adjustment batch. */
export const targetValues = pgTable(
  'target_values',
  {
    targetId: targetId(),
    indicatorCode: text('indicator_code').notNull(),
    value: text('value'), // as written ("≥10361", "95", "效果明显")
    progress: text('progress').notNull().default('cumulative'), // cumulative | level
  },
  (t) => [primaryKey({ columns: [t.targetId, t.indicatorCode] })],
);

/** Budget lines declared with the targets (万元); monitoring asks the amount executed of each. */
export const targetBudgetLines = pgTable(
  'target_budget_lines',
  {
    targetId: targetId(),
    key: text('key').notNull(),
    ord: integer('ord').notNull(),
    label: text('label').notNull(),
    amount: amount('amount').notNull(),
  },
  (t) => [primaryKey({ columns: [t.targetId, t.key] })],
);

/** Status changes of targets, monitoring reports and adjustment batches (who, when, why). */
export const planTransitions = pgTable(
  'plan_transitions',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    entity: text('entity').notNull(), // target | adjustment | monitoringReport
    entityId: integer('entity_id').notNull(),
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    userId: integer('user_id'),
    reason: text('reason'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('plan_transitions_entity_idx').on(t.entity, t.entityId, t.id)],
);

/** 调整批次: old → new per indicator with a reason, approved again; every batch kept. */
export const targetAdjustments = pgTable(
  'target_adjustments',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    targetId: targetId(),
    batchNo: integer('batch_no').notNull(),
    reason: text('reason').notNull(),
    changes: jsonb('changes').$type<{ indicatorCode: string; from: string | null; to: string | null }[]>().notNull(),
    status: text('status').notNull().default('submitted'), // submitted | returned | approved
    version: integer('version').notNull().default(1),
    createdBy: integer('created_by'),
    decisionReason: text('decision_reason'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('target_adjustments_batch_uq').on(t.targetId, t.batchNo)],
);

/** A monitoring round set by a unit for its subtree: as-of date, deadline, thresholds fixed at creation. */
export const monitoringRounds = pgTable(
  'monitoring_rounds',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    rootUnitId: integer('root_unit_id')
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    name: text('name').notNull(),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    yellow: numeric('yellow').notNull(),
    red: numeric('red').notNull(),
    createdBy: integer('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('monitoring_rounds_root_idx').on(t.rootUnitId, t.year)],
);

/** One unit's answer to a round; submitted and reviewed like an evaluation. */
export const monitoringReports = pgTable(
  'monitoring_reports',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    roundId: integer('round_id')
      .notNull()
      .references(() => monitoringRounds.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    status: text('status').notNull().default('draft'),
    version: integer('version').notNull().default(1),
    lastReason: text('last_reason'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('monitoring_reports_uq').on(t.roundId, t.unitId)],
);

const reportId = () =>
  integer('report_id')
    .notNull()
    .references(() => monitoringReports.id, { onDelete: 'cascade' });

export const monitoringIndicatorAnswers = pgTable(
  'monitoring_indicator_answers',
  {
    reportId: reportId(),
    targetId: integer('target_id').notNull(),
    indicatorCode: text('indicator_code').notNull(),
    actualToDate: numeric('actual_to_date'), // 截至目前完成值
    actualLevel: text('actual_level'), // 定性 / 是否: the level of the indicator's scale reached to date
    forecastDeclared: numeric('forecast_declared'), // 全年预计完成值 as the unit states it
    deviationCategory: text('deviation_category'),
    deviationReason: text('deviation_reason'),
    likelihoodComputed: text('likelihood_computed'),
    likelihoodDeclared: text('likelihood_declared'),
    likelihoodReason: text('likelihood_reason'),
    correctiveMeasures: text('corrective_measures'), // 纠偏措施
  },
  (t) => [primaryKey({ columns: [t.reportId, t.targetId, t.indicatorCode] })],
);

export const monitoringBudgetAnswers = pgTable(
  'monitoring_budget_answers',
  {
    reportId: reportId(),
    targetId: integer('target_id').notNull(),
    lineKey: text('line_key').notNull(),
    executed: numeric('executed'),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.targetId, t.lineKey] })],
);

/** 整改台账: a problem raised by a reviewer or a round, carried into later years until closed. */
export const rectifications = pgTable(
  'rectifications',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    source: text('source').notNull(), // review | monitoring
    roundId: integer('round_id').references(() => monitoringRounds.id, { onDelete: 'set null' }),
    problem: text('problem').notNull(),
    requiredFix: text('required_fix').notNull(),
    answer: text('answer'),
    evidence: text('evidence'),
    status: text('status').notNull().default('open'), // open | answered | closed
    version: integer('version').notNull().default(1),
    raisedBy: integer('raised_by'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('rectifications_unit_idx').on(t.unitId, t.status, t.year)],
);
