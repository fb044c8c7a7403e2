import { defineConfig } from 'vitest/config';

// The kill -9 durability test runs on its own, after the parallel suite: it measures the
// database, not how well the machine copes with every other test at once.
const results = process.env.JIXIAO_RESULTS;

export default defineConfig({
  test: {
    include: ['test/security/durability.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: results ? ['default', 'json'] : ['default'],
    outputFile: results ? { json: `${results}/durability-${process.env.DATABASE_URL ? 'postgres' : 'pglite'}.json` } : undefined,
  },
});
