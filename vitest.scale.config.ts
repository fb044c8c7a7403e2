import { defineConfig } from 'vitest/config';

// Scale-out tests start their own PostgreSQL servers (a primary and a streaming replica) and a
// clustered `jixiao serve`: one CI step of their own, after the parallel suite.
const results = process.env.JIXIAO_RESULTS;

export default defineConfig({
  test: {
    include: ['test/scale/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: false,
    reporters: results ? ['default', 'json'] : ['default'],
    outputFile: results ? { json: `${results}/scale.json` } : undefined,
  },
});
