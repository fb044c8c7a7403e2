#!/usr/bin/env node
// Installed entry: runs the compiled CLI (npm run build), or the TypeScript source through tsx in a checkout.
// CommonJS (bin/package.json): `jixiao check` then never starts Node's ES module loader (its own start is a
// tenth of a small check's whole process); every other command imports the compiled ES modules.
const { existsSync, readFileSync, renameSync, statSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { Script } = require('node:vm');

const root = join(__dirname, '..');
const built = join(root, 'dist', 'src', 'cli', 'main.js');
// `check` runs once per file a user checks: its bundle starts faster (scripts/bundle-check.mjs)
const checkBundle = join(root, 'dist', 'cli-bundle', 'check.cjs');

async function main() {
  const argv = process.argv.slice(2);
  let run;
  let saveCache = null;
  if (argv[0] === 'check' && existsSync(checkBundle) && existsSync(built)) {
    // a check compiles ~450 regular expressions, most used a few times: straight to machine code, not to bytecode
    // first and again to machine code on a second use (V8's tier-up); ~14 % fewer instructions of a check's own
    // main-thread work. Set before the bundle compiles: its code cache is made and used under the same flags.
    require('node:v8').setFlagsFromString('--no-regexp-tier-up');
    ({ run, saveCache } = compileCached(checkBundle));
  } else if (existsSync(built)) {
    ({ run } = await import(pathToFileURL(built).href));
  } else {
    const { register } = await import('tsx/esm/api');
    register();
    ({ run } = await import(pathToFileURL(join(root, 'src', 'cli', 'main.ts')).href));
  }
  process.exitCode = await run(argv);
  if (process.env.JIXIAO_WRITE_CODE_CACHE === '1') saveCache?.();
  if (!argv.includes('serve')) {
    // the reader went away (… | head): nothing more to say, and no stack trace
    for (const s of [process.stdout, process.stderr]) s.on('error', () => process.exit(process.exitCode));
    // a pipe is written asynchronously: exiting at once cut a large --json output (jixiao import … | jq) at 64–128 KB
    for (const s of [process.stdout, process.stderr]) await new Promise((done) => s.write('', done));
    process.exit(process.exitCode);
  }
}

/**
 * A CommonJS bundle compiled with V8's code cache (FILE.cache, written by the build after one run): the
 * functions that run come compiled, not parsed. A cache older than the file, or from another Node, is
 * not used.
 */
function compileCached(file) {
  const cacheFile = `${file}.cache`;
  let cachedData;
  try {
    if (statSync(cacheFile).mtimeMs >= statSync(file).mtimeMs) cachedData = readFileSync(cacheFile);
  } catch {
    /* no cache: compiled from the source */
  }
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`;
  const script = new Script(source, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  const saveCache = () => {
    writeFileSync(`${cacheFile}.${process.pid}`, script.createCachedData());
    renameSync(`${cacheFile}.${process.pid}`, cacheFile);
  };
  return { run: module.exports.run, saveCache };
}

main();
