// Frameworks, indicators and the evaluation with its budget, key projects and narrative.
import { boolean, date, index, integer, jsonb, numeric, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { amount, createdAt } from './columns.js';
import { users } from './access.js';
import { units } from './units.js';

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

export const evaluationId = () =>
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
    /** The project's name in this unit's report as its filler typed it (null: the catalogue's name). */
    name: text('name'),
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
    action: text('action'), // the workflow action (null on rows older than it): tells a 抽查复核 from a review step
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('transitions_eval_idx').on(t.evaluationId, t.id)],
);
