import { defineConfig } from 'vitest/config';

// Browser tests: a real `jixiao serve --demo` and Debian's chromium (never a downloaded browser).
// CI collects counts from JSON results (JIXIAO_RESULTS=dir) to print one closing line.
const results = process.env.JIXIAO_RESULTS;

export default defineConfig({
  test: {
    reporters: results ? ['default', 'json'] : ['default'],
    outputFile: results ? { json: `${results}/e2e-${process.env.DATABASE_URL ? 'postgres' : 'pglite'}.json` } : undefined,
    include: ['test/e2e/**/*.e2e.test.ts'],
    setupFiles: ['test/e2e/setup.ts'],
    // expect.poll gives up after 1 s by default: too short for a first lazy chunk on a loaded 2-core CI
    // machine (the new-unit filler's first step failed that way inside the full suite).
    expect: { poll: { timeout: 15_000 } },
    testTimeout: 240_000,
    hookTimeout: 300_000,
    pool: 'forks',
    fileParallelism: false,
    // A step that times out in the browser is tried again from the state it left (the steps are
    // idempotent: fill, click, check); a real defect fails every attempt. Seen once in CI on
    // PostgreSQL: the 提交 button briefly absent while actions reloaded after an autosave.
    retry: 2,
  },
});
