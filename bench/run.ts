// `npm run bench [-- --quick]`: runs every benchmark as its own process (clean heap, honest
// timings), prints each figure, writes them to bench/results/latest.md and latest.json (ignored by
// git; docs/BENCHMARKS.md is curated by hand and never rewritten), and ends with ONE JSON line.
// Full: 600,001 synthetic units, 200 connections × 30 s. Quick (CI-size): 20,001 units, 5 s.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const root = new URL('..', import.meta.url).pathname;
const quick = process.argv.includes('--quick');
const tsx = join(root, 'node_modules/.bin/tsx');
const figures: Record<string, unknown> = { mode: quick ? 'quick' : 'full' };
const notes: string[] = [];
const log = (s: string) => process.stderr.write(`${s}\n`);

/** Runs a bench script; its `BENCH_JSON {...}` line is merged into the figures under `prefix`. */
function runBench(label: string, args: string[], env: NodeJS.ProcessEnv = {}, prefix = '') {
  log(`\n== ${label}`);
  const t0 = Date.now();
  const r = spawnSync(tsx, args, { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  process.stderr.write(r.stderr ?? '');
  const lines = (r.stdout ?? '').split('\n');
  for (const l of lines) if (l && !l.startsWith('BENCH_JSON ')) log(l);
  const json = lines.find((l) => l.startsWith('BENCH_JSON '));
  if (r.status !== 0 || !json) {
    notes.push(`${label}: failed (exit ${r.status})`);
    log(`!! ${label} failed (exit ${r.status})`);
    return;
  }
  for (const [k, v] of Object.entries(JSON.parse(json.slice('BENCH_JSON '.length)) as Record<string, unknown>)) figures[prefix + k] = v;
  log(`   (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
}

/** A PostgreSQL to measure against: $DATABASE_URL, or a throwaway local server. */
async function postgresUrl(): Promise<{ url: string; stop: () => void } | null> {
  let base = process.env.DATABASE_URL;
  let stop = () => undefined as void;
  if (!base) {
    try {
      base = execFileSync('bash', [join(root, 'scripts/pg-start.sh'), '25439'], { encoding: 'utf8' }).trim();
      stop = () => void spawnSync('bash', [join(root, 'scripts/pg-stop.sh'), '25439']);
    } catch {
      return null;
    }
  }
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query('drop database if exists jixiao_bench with (force)');
  await admin.query('create database jixiao_bench');
  await admin.end();
  const url = new URL(base);
  url.pathname = '/jixiao_bench';
  return { url: url.toString(), stop };
}

async function main() {
  const units = quick ? '20001' : '600001';
  // A 2 s warm-up (reported apart) so a 5 s run measures serving, not the first cache fill.
  const load = quick
    ? ['--load-seconds', '5', '--warmup-seconds', '2', '--connections', '200', '--samples', '100']
    : ['--load-seconds', '30', '--warmup-seconds', '5', '--connections', '200', '--samples', '200'];
  runBench(`roll-ups on PGlite (${units} units)`, ['bench/rollup.ts', '--db', 'pglite', '--units', units, ...load], { DATABASE_URL: '' }, 'pglite_');
  const pgServer = await postgresUrl();
  if (pgServer) {
    runBench(
      `roll-ups on PostgreSQL (${units} units)`,
      ['bench/rollup.ts', '--db', 'postgres', '--units', units, ...load],
      { DATABASE_URL: pgServer.url },
      'postgres_',
    );
    pgServer.stop();
  } else notes.push('PostgreSQL: no server (set DATABASE_URL or run as root with PostgreSQL installed)');

  runBench('reports (docx/xlsx/html, report --all)', ['bench/report.ts', quick ? '300' : '3000']);
  runBench('checker', ['bench/check.ts']);
  runBench('checker relation model (growth)', ['bench/checkScale.ts', ...(quick ? ['--quick'] : [])]);
  runBench('scoring', ['bench/scoring.ts']);
  if (existsSync(join(root, 'bench/fuzz.ts'))) runBench('fuzz', ['bench/fuzz.ts', quick ? '500' : '2500']);

  const webDist = join(root, 'web/dist');
  if (existsSync(webDist)) {
    const r = spawnSync(process.execPath, [join(root, 'web/scripts/bundle-size.mjs')], { cwd: root, encoding: 'utf8' });
    try {
      const b = JSON.parse(r.stdout) as { initialGzipBytes: number; limitBytes: number; ok: boolean };
      figures.web_initial_js_gzip_kb = Math.round(b.initialGzipBytes / 1024);
      figures.web_initial_js_limit_kb = Math.round(b.limitBytes / 1024);
      log(`\n== web bundle: initial JS ${figures.web_initial_js_gzip_kb} KB gzip (limit ${figures.web_initial_js_limit_kb} KB)`);
    } catch {
      notes.push('web bundle: could not be measured');
    }
  } else notes.push('web bundle: not built (npm run build:web)');

  // Ratios within this run (machines are noisy; ratios travel better than milliseconds).
  for (const db of ['pglite', 'postgres']) {
    const ours = figures[`${db}_rollup_province_p95_ms`];
    const peer = figures[`${db}_duckdb_province_p95_ms`];
    if (typeof ours === 'number' && typeof peer === 'number') figures[`${db}_rollup_vs_duckdb_province_ratio`] = Math.round((ours / peer) * 100) / 100;
  }
  figures.machine = `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}`;
  figures.notes = notes;
  writeMarkdown();
  console.log(JSON.stringify(figures));
}

function writeMarkdown() {
  const rows = Object.entries(figures)
    .filter(([k]) => !['notes', 'machine', 'mode'].includes(k))
    .map(([k, v]) => `| \`${k}\` | ${v} |`);
  const md = `# Benchmarks

Latest run of \`npm run bench${quick ? ' -- --quick' : ''}\` on ${new Date().toISOString().slice(0, 10)}.
Machine: ${figures.machine}. Other work may have shared the machine; compare ratios within a run.

Targets (issues 3, 4, 6, 7): roll-up p95 ≤ 20 ms on PostgreSQL and ≤ DuckDB over the raw values
(ratio ≤ 1); one write with its ancestors ≤ 5 ms p95; dashboard API p99 ≤ 100 ms with 200
connections and 0 errors; 600,000 units load in minutes; docx ≤ 50 ms; 3,000 reports ≤ 60 s;
\`jixiao check\` of 20 KB ≤ 300 ms; initial JS ≤ 350 KB gzip.

| figure | value |
|---|---|
${rows.join('\n')}

${notes.length ? `Notes:\n${notes.map((n) => `- ${n}`).join('\n')}\n` : ''}`;
  // The raw table of this run goes next to the code, not over the curated docs/BENCHMARKS.md.
  const dir = join(root, 'bench/results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.md'), md);
  writeFileSync(join(dir, 'latest.json'), JSON.stringify(figures, null, 2) + '\n');
  log(`\nfigures written to bench/results/latest.md and latest.json (copy what matters into docs/BENCHMARKS.md by hand)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
