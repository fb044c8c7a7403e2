// The one pg schema for PGlite and PostgreSQL. Amounts are `numeric` (exact 万元), read as strings.
// Self-contained on purpose: drizzle-kit loads this file on its own to generate migrations.
import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, jsonb, numeric, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const amount = (name: string) => numeric(name);

export const units = pgTable(
  'units',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    type: text('type').notNull(),
    level: text('level').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('units_code_uq').on(t.code), index('units_name_idx').on(t.name)],
);

/** Parent link valid for years [from_year, to_year]; a year's tree is the links valid that year. */
export const unitLinks = pgTable(
  'unit_links',
  {
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
    parentId: integer('parent_id').references(() => units.id),
    fromYear: integer('from_year').notNull(),
    toYear: integer('to_year'),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.fromYear] }), index('unit_links_parent_idx').on(t.parentId, t.fromYear)],
);

export const unitProfiles = pgTable(
  'unit_profiles',
  {
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    authorizedPosts: integer('authorized_posts'),
    staffActual: integer('staff_actual'),
    retired: integer('retired'),
    departments: jsonb('departments')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    duties: jsonb('duties')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    intro: text('intro'),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.year] })],
);

export const frameworks = pgTable(
  'frameworks',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    year: integer('year'),
    version: integer('version').notNull().default(1),
    frozen: boolean('frozen').notNull().default(false),
    revision: integer('revision').notNull().default(1),
    basedOnId: integer('based_on_id'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('frameworks_code_version_uq').on(t.code, t.version)],
);

export const indicators = pgTable(
  'indicators',
  {
    frameworkId: integer('framework_id')
      .notNull()
      .references(() => frameworks.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    parentCode: text('parent_code'),
    level: smallint('level').notNull(),
    ord: integer('ord').notNull(),
    name: text('name').notNull(),
    unit: text('unit'),
    operator: text('operator'),
    weight: amount('weight'),
    rule: jsonb('rule').notNull(),
    source: jsonb('source'), // a computed leaf's IndicatorSource (issue 14); null = typed
  },
  (t) => [primaryKey({ columns: [t.frameworkId, t.code] })],
);

export const evaluations = pgTable(
  'evaluations',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    frameworkId: integer('framework_id')
      .notNull()
      .references(() => frameworks.id),
    outline: text('outline').notNull(),
    title: text('title').notNull(),
    reportDate: date('report_date', { mode: 'string' }),
    status: text('status').notNull().default('draft'),
    version: integer('version').notNull().default(1),
    totalScore: numeric('total_score'),
    grade: text('grade'),
    /** 示例: demo data, not from a real report. */
    sample: boolean('sample').notNull().default(false),
    /** A 项目支出绩效自评表 of one key project ('' = the unit's own evaluation). */
    projectCode: text('project_code').notNull().default(''),
    /** First read of the current submission by a reviewer (withdrawal is refused after it). */
    openedAt: timestamp('opened_at', { withTimezone: true }),
    openedBy: integer('opened_by'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('evaluations_unit_year_project_uq').on(t.unitId, t.year, t.frameworkId, t.projectCode),
    index('evaluations_year_idx').on(t.year, t.status),
  ],
);

const evaluationId = () =>
  integer('evaluation_id')
    .notNull()
    .references(() => evaluations.id, { onDelete: 'cascade' });

export const indicatorValues = pgTable(
  'indicator_values',
  {
    evaluationId: evaluationId(),
    indicatorCode: text('indicator_code').notNull(),
    target: text('target'),
    actual: text('actual'),
    score: amount('score'),
    deviationReason: text('deviation_reason'),
    applicable: boolean('applicable').notNull().default(true),
    achievement: text('achievement'),
    achievementPercent: numeric('achievement_percent'), // a reviewer's 60–80 % / 0–60 % for qualitative leaves
    sample: boolean('sample').notNull().default(false), // 示例 value
  },
  (t) => [primaryKey({ columns: [t.evaluationId, t.indicatorCode] })],
);

/** One row per budget type; `no_activity` is the "无…支出" state (not zeros). */
export const budgetTypes = pgTable(
  'budget_types',
  {
    evaluationId: evaluationId(),
    budgetType: text('budget_type').notNull(),
    noActivity: boolean('no_activity').notNull(),
  },
  (t) => [primaryKey({ columns: [t.evaluationId, t.budgetType] })],
);

export const budgetRows = pgTable(
  'budget_rows',
  {
    evaluationId: evaluationId(),
    budgetType: text('budget_type').notNull(),
    rowClass: text('row_class').notNull(), // basic | project | total
    opening: amount('opening').notNull(),
    income: amount('income').notNull(),
    expenditure: amount('expenditure').notNull(),
    closing: amount('closing').notNull(),
  },
  (t) => [primaryKey({ columns: [t.evaluationId, t.budgetType, t.rowClass] })],
);

export const budgetLines = pgTable(
  'budget_lines',
  {
    evaluationId: evaluationId(),
    key: text('key').notNull(),
    ord: integer('ord').notNull(),
    label: text('label').notNull(),
    initial: amount('initial'),
    adjusted: amount('adjusted'),
    executed: amount('executed'),
  },
  (t) => [primaryKey({ columns: [t.evaluationId, t.key] })],
);

export const threePublic = pgTable(
  'three_public',
  {
    evaluationId: evaluationId(),
    item: text('item').notNull(),
    budget: amount('budget'),
    actual: amount('actual'),
  },
  (t) => [primaryKey({ columns: [t.evaluationId, t.item] })],
);

export const keyProjects = pgTable(
  'key_projects',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    measure: text('measure').notNull(),
    unitOfMeasure: text('unit_of_measure').notNull(),
  },
  (t) => [uniqueIndex('key_projects_code_uq').on(t.code)],
);

/** A key project's target/actual for one unit and year: the raw values roll-ups sum. */
export const keyProjectValues = pgTable(
  'key_project_values',
  {
    projectId: integer('project_id')
      .notNull()
      .references(() => keyProjects.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    target: amount('target'),
    actual: amount('actual'),
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.unitId, t.year] }), index('kpv_unit_year_idx').on(t.unitId, t.year)],
);

export const keyProjectFunding = pgTable(
  'key_project_funding',
  {
    projectId: integer('project_id')
      .notNull()
      .references(() => keyProjects.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    ord: integer('ord').notNull(),
    category: text('category').notNull(),
    source: text('source').notNull(),
    label: text('label').notNull(),
    amount: amount('amount').notNull(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.unitId, t.year, t.category, t.source] })],
);

/** Further measures of a key project for one unit and year (救助人数, 救助金 …); each rolls up. */
export const keyProjectMeasures = pgTable(
  'key_project_measures',
  {
    projectId: integer('project_id')
      .notNull()
      .references(() => keyProjects.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    key: text('key').notNull(),
    ord: integer('ord').notNull(),
    name: text('name').notNull(),
    unitOfMeasure: text('unit_of_measure').notNull(),
    kind: text('kind').notNull(), // count | money
    target: amount('target'),
    actual: amount('actual'),
    sample: boolean('sample').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.unitId, t.year, t.key] }), index('kpm_unit_year_idx').on(t.unitId, t.year)],
);

export const narrativeSections = pgTable(
  'narrative_sections',
  {
    evaluationId: evaluationId(),
    key: text('key').notNull(),
    parentKey: text('parent_key'),
    ord: integer('ord').notNull(),
    kind: text('kind').notNull(),
    numbering: text('numbering'),
    title: text('title').notNull(),
    runIn: boolean('run_in').notNull().default(false),
    paragraphs: jsonb('paragraphs').$type<string[]>().notNull(),
    indicatorCode: text('indicator_code'),
  },
  (t) => [primaryKey({ columns: [t.evaluationId, t.key] })],
);

export const figureLinks = pgTable(
  'figure_links',
  {
    evaluationId: evaluationId(),
    sectionKey: text('section_key').notNull(),
    ord: integer('ord').notNull(),
    paragraph: integer('paragraph').notNull(),
    text: text('text').notNull(),
    occurrence: integer('occurrence').notNull().default(0),
    ref: jsonb('ref').notNull(),
  },
  (t) => [primaryKey({ columns: [t.evaluationId, t.sectionKey, t.ord] })],
);

export const evaluationTransitions = pgTable(
  'evaluation_transitions',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    evaluationId: evaluationId(),
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    userId: integer('user_id').references(() => users.id),
    reason: text('reason'),
    snapshot: jsonb('snapshot'), // the evaluation as submitted: the base of the reviewer diff
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('transitions_eval_idx').on(t.evaluationId, t.id)],
);

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

/** Deployment-wide settings, e.g. requireChildrenApproved. */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
});

/** Years whose closure and roll-ups are materialised (built on first use). */
export const treeYears = pgTable('tree_years', {
  year: integer('year').primaryKey(),
  builtAt: timestamp('built_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Closure of each year's tree: every (unit, ancestor-or-self) pair with its distance. */
export const unitAncestors = pgTable(
  'unit_ancestors',
  {
    year: integer('year').notNull(),
    unitId: integer('unit_id').notNull(),
    ancestorId: integer('ancestor_id').notNull(),
    depth: smallint('depth').notNull(),
  },
  (t) => [primaryKey({ columns: [t.year, t.unitId, t.ancestorId] }), index('unit_ancestors_anc_idx').on(t.year, t.ancestorId, t.depth)],
);

/** A unit's own contribution to each measure in a year (derived from the raw tables). */
export const unitMeasures = pgTable(
  'unit_measures',
  {
    year: integer('year').notNull(),
    unitId: integer('unit_id').notNull(),
    measure: text('measure').notNull(),
    value: numeric('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.year, t.unitId, t.measure] })],
);

/** Sum of a measure over a unit's subtree in a year, and how many units reported it. */
export const rollups = pgTable(
  'rollups',
  {
    year: integer('year').notNull(),
    unitId: integer('unit_id').notNull(),
    measure: text('measure').notNull(),
    total: numeric('total').notNull(),
    reporting: integer('reporting').notNull(),
  },
  (t) => [primaryKey({ columns: [t.year, t.unitId, t.measure] })],
);

/** 指标库: reusable leaf indicators (unit of measure, operator, rule); owner null = shared by everyone. */
export const indicatorLibrary = pgTable(
  'indicator_library',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    name: text('name').notNull(),
    unit: text('unit'),
    operator: text('operator').notNull(),
    rule: jsonb('rule').notNull(),
    description: text('description'),
    ownerUnitId: integer('owner_unit_id').references(() => units.id, { onDelete: 'cascade' }),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('indicator_library_owner_idx').on(t.ownerUnitId, t.name), index('indicator_library_name_idx').on(t.name)],
);

/**
 * Bumped in every transaction that changes a year's roll-ups: readers cache derived views
 * (dashboards) by version, so a cached view is never older than the data a reader could see.
 */
export const rollupVersions = pgTable('rollup_versions', {
  year: integer('year').primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull(),
});

// ── 绩效目标 and 运行监控 (issue 15) ────────────────────────────────────────────────────────────

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
