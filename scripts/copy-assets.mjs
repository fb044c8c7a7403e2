// Copies non-TypeScript files under src/ (fontconfig, templates) next to the compiled output.
import { cpSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (!/\.(ts|tsx)$/.test(name)) cpSync(p, join('dist', p));
  }
}
walk('src');
