// `jixiao check` starts in one process per file a user checks (target ≤ 300 ms for a 20 KB
// report). Loading ~50 compiled modules one by one costs ~30 ms of resolving and reading before any
// work, so the CLI is also bundled into dist/cli-bundle/, which bin/jixiao.js uses for `check` alone;
// every other command runs the compiled modules. The small packages `check` needs (commander,
// big.js, nzh) are bundled in too: resolving them through their package.json exports cost another
// ~20% of a small check's start. Every other package stays external (loaded only where used).
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const INLINE = new Set(['commander', 'big.js', 'nzh']);
const deps = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).dependencies ?? {});

rmSync('dist/cli-bundle', { recursive: true, force: true }); // chunk names change with their content

await build({
  entryPoints: ['dist/src/cli/main.js'],
  outdir: 'dist/cli-bundle',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: deps.filter((d) => !INLINE.has(d)).flatMap((d) => [d, `${d}/*`]),
  // commander and nzh are CommonJS: their require('events') needs a require in an ES module
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});
