// `jixiao check` starts in one process per file a user checks (target ≤ 300 ms for a 20 KB
// report). Loading ~50 compiled modules one by one costs ~30 ms of resolving and reading before any
// work, so the CLI is also bundled (own code only; packages stay external) into dist/cli-bundle/,
// which bin/jixiao.js uses for `check` alone; every other command runs the compiled modules.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist/cli-bundle', { recursive: true, force: true }); // chunk names change with their content

await build({
  entryPoints: ['dist/src/cli/main.js'],
  outdir: 'dist/cli-bundle',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});
