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
        .filter(
          (spec) => spec.startsWith('node:') || /\/(store|services|documents|server|cli)\//.test(spec) || /^(drizzle-orm|fastify|pg|@electric-sql)/.test(spec),
        )
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

/** Every import (type-only included) resolved to a file under src/. */
function allImports(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const specs = [...text.matchAll(/(?:^import|^export)\s[^;]*?from\s+'(\.[^']+)'/gms), ...text.matchAll(/import\(\s*'(\.[^']+)'\s*\)/g)].map((m) => m[1]!);
  return specs.map((s) => join(file, '..', s.replace(/\.js$/, '.ts')));
}

function cycles(all: string[]): string[][] {
  const graph = new Map(all.map((f) => [f, allImports(f).filter((t) => all.includes(t))]));
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const t of graph.get(f) ?? []) {
      if (state.get(t) === 'open') found.push([...stack.slice(stack.indexOf(t)), t]);
      else if (!state.has(t)) visit(t);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of all) if (!state.has(f)) visit(f);
  return found;
}

describe('architecture: dependencies', () => {
  const src = files('src');

  it('has no import cycles (type-only imports included)', () => {
    expect(cycles(src).map((c) => c.join(' → '))).toEqual([]);
  });

  it('the CLI goes through services: no store import', () => {
    const offenders = files('src/cli').flatMap((f) =>
      allImports(f)
        .filter((t) => t.startsWith('src/store/'))
        .map((t) => `${f} imports ${t}`),
    );
    expect(offenders).toEqual([]);
  });

  it('documents do not call services; the domain does not read the demo data', () => {
    const offenders = [
      ...files('src/documents').flatMap((f) =>
        allImports(f)
          .filter((t) => t.startsWith('src/services/'))
          .map((t) => `${f} imports ${t}`),
      ),
      ...files('src/domain').flatMap((f) =>
        allImports(f)
          .filter((t) => t.startsWith('src/demo/'))
          .map((t) => `${f} imports ${t}`),
      ),
    ];
    expect(offenders).toEqual([]);
  });
});

describe('the web talks HTTP through web/src/api only', () => {
  it('no hand-typed /api/ path in web/src outside web/src/api/ (each route has a named function there)', () => {
    const offenders = filesTsx('web/src')
      .filter((f) => !f.startsWith('web/src/api/'))
      .filter((f) => /['"`]\/api\//.test(readFileSync(join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
  it('web/src/api/ reaches the server through the contract only, as types', () => {
    const offenders = filesTsx('web/src/api').filter((f) => /^import\s+(?!type\s)[^;]*?from\s+'[./]*src\//m.test(readFileSync(join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});

describe('vocabulary: each word defined once, in src/domain', () => {
  const sources = [...files('src'), ...files('bench'), ...filesTsx('web/src')].filter((f) => !f.startsWith('src/domain/'));
  const text = (f: string) => readFileSync(join(root, f), 'utf8');
  const PATTERNS: [string, RegExp][] = [
    ['the role list', /'filler'\s*[|,]\s*'reviewer'\s*[|,]\s*'finance'/],
    ['the status list', /'draft'\s*[|,]\s*'submitted'\s*[|,]\s*'returned'\s*[|,]\s*'approved'\s*[|,]\s*'published'/],
    ['the content field list', /'title'\s*\|\s*'reportDate'\s*\|\s*'profile'|\{\s*title,\s*reportDate,\s*profile,\s*budget/],
    ['the budget type labels', /general:\s*'一般公共预算'/],
    ['the grade labels', /excellent:\s*'优'/],
  ];
  for (const [what, re] of PATTERNS) {
    it(`${what} is not re-declared outside the domain`, () => {
      expect(sources.filter((f) => re.test(text(f)))).toEqual([]);
    });
  }
});

function filesTsx(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(join(root, p)).isDirectory()) return filesTsx(p);
    return /\.tsx?$/.test(p) && !/\.test\.tsx?$/.test(p) ? [p] : [];
  });
}
