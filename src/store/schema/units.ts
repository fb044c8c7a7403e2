// Units and their yearly tree.
import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';

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
