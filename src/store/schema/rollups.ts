// Materialised tree closure and roll-ups (derived; rebuilt from the raw tables).
import { bigint, index, integer, numeric, pgTable, primaryKey, smallint, text, timestamp } from 'drizzle-orm/pg-core';

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

/**
 * Bumped in every transaction that changes a year's roll-ups: readers cache derived views
 * (dashboards) by version, so a cached view is never older than the data a reader could see.
 */
export const rollupVersions = pgTable('rollup_versions', {
  year: integer('year').primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull(),
});
