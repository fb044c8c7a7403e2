// The one pg schema for PGlite and PostgreSQL, one file per area under ./schema (drizzle-kit reads
// that folder). Amounts are `numeric` (exact 万元), read as strings.
export * from './schema/units.js';
export * from './schema/evaluations.js';
export * from './schema/access.js';
export * from './schema/review.js';
export * from './schema/rollups.js';
export * from './schema/plan.js';
