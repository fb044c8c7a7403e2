// `jixiao check` starts in one process per file a user checks (target ≤ 300 ms for a 20 KB report), so
// bin/jixiao.js runs it from one bundled file, dist/cli-bundle/check.cjs, not from the ~50 compiled modules
// (their resolving and reading cost ~30 ms before any work). The small packages `check` needs (commander,
// big.js, nzh) are bundled in too: resolving them through their package.json exports cost another ~20% of a
// small check's start. Every other package stays external, required only where used.
//
// The bundle is CommonJS so that bin/jixiao.js can compile it with V8's code cache (check.cjs.cache, made
// here by one check of a seed report): the functions a check runs then come compiled instead of being parsed
// and compiled in every process. Node 20 has no compile cache for ES modules.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const INLINE = new Set(['commander', 'big.js', 'nzh']);
const deps = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).dependencies ?? {});
const external = new Set(deps.filter((d) => !INLINE.has(d)));

rmSync('dist/cli-bundle', { recursive: true, force: true }); // a cache never outlives its bundle

await build({
  entryPoints: ['dist/src/cli/checkMain.js'],
  outfile: 'dist/cli-bundle/check.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // the file's own URL, as import.meta.url is in an ES module
  define: { 'import.meta.url': '__jixiaoUrl' },
  banner: { js: "const __jixiaoUrl = require('node:url').pathToFileURL(__filename).href;" },
  // import('mammoth') becomes require('mammoth') when reached: a script compiled with a code cache (vm.Script)
  // has no import() without an experimental flag. The packages a check reaches (docx, xlsx readers) are CommonJS.
  plugins: [
    {
      name: 'require-packages',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (a) => {
          const pkg = a.path.startsWith('@') ? a.path.split('/').slice(0, 2).join('/') : a.path.split('/')[0];
          if (!external.has(pkg)) return undefined;
          return a.namespace === 'package' ? { path: a.path, external: true } : { path: a.path, namespace: 'package' };
        });
        b.onLoad({ filter: /.*/, namespace: 'package' }, (a) => ({ contents: `module.exports = require(${JSON.stringify(a.path)});`, loader: 'js' }));
      },
    },
    {
      // commander loads child_process (with net, dgram, …) for executable subcommands, which jixiao has none of
      name: 'child-process-when-used',
      setup(b) {
        b.onResolve({ filter: /^node:child_process$/ }, (a) => (/commander/.test(a.importer) ? { path: a.path, namespace: 'when-used' } : undefined));
        b.onLoad({ filter: /.*/, namespace: 'when-used' }, () => ({
          contents: "module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) };",
          loader: 'js',
        }));
      },
    },
  ],
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});

// the cache holds what a run compiled: one check of a whole seed report makes it (exit 1: it finds errors)
try {
  execFileSync(process.execPath, ['bin/jixiao.js', 'check', 'fixtures/seeds/000_32ee0b52d08abfcb.txt'], {
    stdio: 'ignore',
    env: { ...process.env, JIXIAO_WRITE_CODE_CACHE: '1' },
  });
} catch (e) {
  if (e.status !== 1) throw e;
}
