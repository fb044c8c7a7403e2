// The layering the README promises, checked on the source: routes are thin (no store, no
// permission predicates: the service decides), the domain does no I/O, and SQL stays in the store.
// Services that still build SQL themselves are listed; the list may only shrink.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
function files(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(join(root, p)).isDirectory()) return files(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}
/** Value imports (type-only imports erase at build time and carry no behaviour). */
function valueImports(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]!);
}

describe('architecture', () => {
  it('routes call services only: no store import, no access predicates, no database handle', () => {
    const offenders: string[] = [];
    for (const f of files('src/server/routes')) {
      for (const spec of valueImports(f)) if (/\/store\/|\/domain\/access/.test(spec)) offenders.push(`${f} imports ${spec}`);
      const text = readFileSync(join(root, f), 'utf8');
      if (/\bstore\.db\b|\bdb\.(select|insert|update|delete|execute|transaction)\b/.test(text)) offenders.push(`${f} touches the database`);
    }
    expect(offenders).toEqual([]);
  });

  it('the domain is pure: no node: modules, no store, services, documents or server', () => {
    const offenders = files('src/domain').flatMap((f) =>
      valueImports(f)
        .filter((spec) => spec.startsWith('node:') || /\/(store|services|documents|server|cli)\//.test(spec) || /^(drizzle-orm|fastify|pg|@electric-sql)/.test(spec))
        .map((spec) => `${f} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('SQL is built in the store; the services that still do it may only become fewer', () => {
    // backup streams every table generically; synth bulk-builds a synthetic country for benchmarks
    const STILL_BUILDING_SQL = ['src/services/backup.ts', 'src/services/synth.ts'];
    const users = files('src')
      .filter((f) => !f.startsWith('src/store/'))
      .filter((f) => valueImports(f).some((spec) => spec === 'drizzle-orm' || spec.startsWith('drizzle-orm/')))
      .map((f) => relative(root, join(root, f)))
      .sort();
    expect(users).toEqual(STILL_BUILDING_SQL);
  });
});
