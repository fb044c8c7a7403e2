#!/usr/bin/env node
// Installed entry: runs the compiled CLI (npm run build), or the TypeScript source through tsx in a checkout.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist', 'src', 'cli', 'main.js');
// `check` runs once per file a user checks: the bundle starts faster (scripts/bundle-check.mjs)
const bundled = join(root, 'dist', 'cli-bundle', 'main.js');
let run;
if (process.argv[2] === 'check' && existsSync(bundled) && existsSync(built)) {
  ({ run } = await import(pathToFileURL(bundled).href));
} else if (existsSync(built)) {
  ({ run } = await import(pathToFileURL(built).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ run } = await import(pathToFileURL(join(root, 'src', 'cli', 'main.ts')).href));
}
process.exitCode = await run(process.argv.slice(2));
if (!process.argv.slice(2).includes('serve')) {
  // the reader went away (… | head): nothing more to say, and no stack trace
  for (const s of [process.stdout, process.stderr]) s.on('error', () => process.exit(process.exitCode));
  // a pipe is written asynchronously: exiting at once cut a large --json output (jixiao import … | jq) at 64–128 KB
  for (const s of [process.stdout, process.stderr]) await new Promise((done) => s.write('', done));
  process.exit(process.exitCode);
}
