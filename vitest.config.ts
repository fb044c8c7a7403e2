import { defineConfig } from 'vitest/config';

// CI collects counts from JSON results (JIXIAO_RESULTS=dir) to print one closing line.
const results = process.env.JIXIAO_RESULTS;

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
    exclude: ['test/e2e/**', 'test/security/durability.test.ts', 'test/scale/**', 'node_modules/**', 'dist/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: results ? ['default', 'json'] : ['default'],
    outputFile: results ? { json: `${results}/unit-${process.env.DATABASE_URL ? 'postgres' : 'pglite'}.json` } : undefined,
  },
});
