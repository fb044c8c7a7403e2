// Roll-up benchmark on one database: synthetic load, roll-up reads per level against DuckDB
// computing the same answer from the raw values in memory, writes with ancestor updates, and
// the dashboard API under load. Prints one `BENCH_JSON {...}` line.
//   npx tsx bench/rollup.ts --units 600001 [--db pglite|postgres] [--load-seconds 30] [--connections 200]
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/server/app.js';
import { hashPassword } from '../src/services/auth.js';
import { saveKeyProjectValue } from '../src/services/keyProjects.js';
import { loadSynthetic } from '../src/services/synth.js';
import { openStore, queryRows, type Store } from '../src/store/db.js';
import { rollupRepository } from '../src/store/rollups.js';
import { userRepository } from '../src/store/users.js';
import { warmConnections } from '../src/store/warm.js';
import { editableEvaluations, timeEvaluationSaves } from './evaluationSave.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const UNITS = Number(arg('units', '20001'));
const DB = arg('db', 'pglite');
const LOAD_SECONDS = Number(arg('load-seconds', '30'));
const CONNECTIONS = Number(arg('connections', '200'));
/** A first, unrecorded burst: separates the cold start (cache fill) from steady state. */
const WARMUP_SECONDS = Number(arg('warmup-seconds', '0'));
const SAMPLES = Number(arg('samples', '200'));
/** App processes for the dashboard load on PostgreSQL (default: one per core, as `serve` does). */
const WORKERS = Number(arg('workers', String(availableParallelism())));
const YEAR = 2025;
const LEVELS = ['other', 'province', 'prefecture', 'county', 'township', 'village'];

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const r2 = (x: number) => Math.round(x * 100) / 100;
const log = (s: string) => process.stderr.write(s + '\n');

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-bench-'));
  let store: Store = DB === 'postgres' ? await openStore({ url: process.env.DATABASE_URL }) : await openStore({ dataDir: dir });
  const out: Record<string, number | string> = { db: DB, units: UNITS };
  try {
    const rss0 = process.memoryUsage().rss;
    const t0 = performance.now();
    const synth = await loadSynthetic(store.db, { units: UNITS, years: 1, lastYear: YEAR, onProgress: () => undefined });
    out.synth_load_s = r2((performance.now() - t0) / 1000);
    out.synth_insert_s = r2(synth.seconds.insert);
    out.synth_rollups_s = r2(synth.seconds.rollups);
    log(`${DB}: loaded ${UNITS} units in ${out.synth_load_s} s (insert ${out.synth_insert_s} s, roll-ups ${out.synth_rollups_s} s)`);
    // Steady state before measuring: what autovacuum and the checkpointer would do over the next
    // minutes after a bulk load (set hint bits and the visibility map, fresh statistics, dirty
    // pages written) is done now, so it does not land in the middle of the timed reads and writes.
    const t1 = performance.now();
    await store.db.execute(sql`vacuum analyze`);
    // CHECKPOINT needs a superuser or pg_checkpoint (PostgreSQL 15) on a server not started by the bench
    await store.db.execute(sql`checkpoint`).catch((e: Error) => log(`${DB}: checkpoint skipped: ${e.message}`));
    out.synth_settle_s = r2((performance.now() - t1) / 1000);
    log(`${DB}: vacuum analyze + checkpoint after the load: ${out.synth_settle_s} s`);

    // Raw values into DuckDB (in memory): the peer computes the same subtree sums from scratch.
    const links = await queryRows<{ unit_id: number; parent_id: number | null }>(store.db, sql`select unit_id, parent_id from unit_links`);
    const values = await queryRows<{ unit_id: number; actual: string }>(
      store.db,
      sql`select unit_id, actual::text as actual from key_project_values where year = ${YEAR}`,
    );
    const duck = await (await DuckDBInstance.create(':memory:')).connect();
    await duck.run('create table links(unit_id integer, parent_id integer); create table vals(unit_id integer, actual decimal(18,2));');
    const appender = async (table: string, rows: unknown[][]) => {
      const a = await duck.createAppender(table);
      for (const row of rows) {
        for (const v of row) v === null ? a.appendNull() : typeof v === 'number' ? a.appendInteger(v) : a.appendVarchar(String(v));
        a.endRow();
      }
      a.closeSync();
    };
    await appender(
      'links',
      links.map((l) => [l.unit_id, l.parent_id]),
    );
    const dv = await duck.createAppender('vals');
    for (const v of values) {
      dv.appendInteger(v.unit_id);
      dv.appendDouble(Number(v.actual)); // DuckDB decimal column; the bench compares counts of people
      dv.endRow();
    }
    dv.closeSync();
    await duck.run('create index links_parent on links(parent_id)');

    const rollups = rollupRepository(store.db);
    for (const level of LEVELS) {
      const ids = await queryRows<{ id: number }>(store.db, sql`select id from units where level = ${level} order by random() limit ${SAMPLES}`);
      if (ids.length === 0) continue;
      const ours: number[] = [];
      const peer: number[] = [];
      for (const { id } of ids) {
        let t = performance.now();
        const m = await rollups.get(id, YEAR, ['kp:liangai:actual', 'kp:liangai:target']);
        ours.push(performance.now() - t);
        t = performance.now();
        const res = await duck.runAndReadAll(
          `with recursive sub(id) as (select ${id} union all select l.unit_id from links l join sub on l.parent_id = sub.id)
           select coalesce(sum(v.actual), 0) from sub left join vals v on v.unit_id = sub.id`,
        );
        peer.push(performance.now() - t);
        const duckSum = Number(res.getRows()[0]![0] as number);
        const mine = Number(m.get('kp:liangai:actual')?.total ?? 0);
        if (Math.abs(duckSum - mine) > 0.5) throw new Error(`mismatch at unit ${id}: jixiao ${mine}, duckdb ${duckSum}`);
      }
      out[`rollup_${level}_p50_ms`] = r2(pct(ours, 50));
      out[`rollup_${level}_p95_ms`] = r2(pct(ours, 95));
      out[`duckdb_${level}_p95_ms`] = r2(pct(peer, 95));
      out[`rollup_vs_duckdb_${level}_p95_ratio`] = r2(pct(ours, 95) / pct(peer, 95));
      log(`${DB}: ${level}: p50 ${out[`rollup_${level}_p50_ms`]} ms, p95 ${out[`rollup_${level}_p95_ms`]} ms; DuckDB p95 ${out[`duckdb_${level}_p95_ms`]} ms`);
    }

    const villages = await queryRows<{ id: number }>(store.db, sql`select id from units where level = 'village' order by random() limit ${2 * SAMPLES}`);
    // A save as its own transaction, committed (one round trip on PostgreSQL: store/oneMessage.ts).
    const save = (db: Store['db'], id: number) =>
      saveKeyProjectValue(
        db,
        String(id),
        YEAR,
        { code: 'liangai', name: '两癌', measure: '检查人数', unitOfMeasure: '人' },
        { target: '50', actual: String(40 + (id % 20)) },
      );
    const timed = async (db: Store['db'], ids: { id: number }[]) => {
      // every page cold, as after any checkpoint: a save's first touch writes the page to the WAL
      await store.db.execute(sql`checkpoint`).catch(() => undefined);
      const ms: number[] = [];
      for (const { id } of ids) {
        const t = performance.now();
        await save(db, id);
        ms.push(performance.now() - t);
      }
      return ms;
    };
    // Saves on a connection that has never saved (this one loaded the data and ran the reads), as
    // the bench timed them until 2026-12-05: the first pays the catalog loading and the planning
    // of the save statements (≈ 30 ms on PostgreSQL), the next four more planning. That is what
    // a save costs on a cold pooled connection; `jixiao serve` plans them on the connections it
    // keeps before it listens (store/warm.ts), so a user meets it only on connections a burst
    // opens beyond those.
    const cold = await timed(store.db, villages.slice(0, SAMPLES));
    out.write_cold_first_ms = r2(cold[0]!);
    out.write_cold_connection_p50_ms = r2(pct(cold, 50));
    out.write_cold_connection_p95_ms = r2(pct(cold, 95));
    // The saves as a running server makes them: PostgreSQL, a store opened and warmed as `serve`
    // opens it once the data exists; PGlite, its one session warmed the same way.
    const writer = DB === 'postgres' ? await openStore({ url: process.env.DATABASE_URL }) : store;
    let writes: number[];
    try {
      out.write_warmed_connections = await warmConnections(writer);
      writes = await timed(writer.db, villages.slice(SAMPLES));
    } finally {
      if (writer !== store) await writer.close();
    }
    out.write_with_ancestors_p50_ms = r2(pct(writes, 50));
    out.write_with_ancestors_p95_ms = r2(pct(writes, 95));
    log(
      `${DB}: one write + ancestors: p50 ${out.write_with_ancestors_p50_ms} ms, p95 ${out.write_with_ancestors_p95_ms} ms on warmed connections; ` +
        `on a connection that never saved: first save ${out.write_cold_first_ms} ms, p50 ${out.write_cold_connection_p50_ms}, p95 ${out.write_cold_connection_p95_ms} ms`,
    );

    // The editor's evaluation save, cold (a store just opened: nothing planned; PGlite: its data
    // folder reopened) and warmed (a store opened and warmed as `serve` does), like the above.
    const evals = await editableEvaluations(store.db, YEAR, 2 * SAMPLES);
    if (DB !== 'postgres') {
      await store.close();
      store = await openStore({ dataDir: dir });
    }
    const coldStore = DB === 'postgres' ? await openStore({ url: process.env.DATABASE_URL }) : store;
    let evalCold: number[];
    try {
      evalCold = await timeEvaluationSaves(coldStore, evals.slice(0, SAMPLES));
    } finally {
      if (coldStore !== store) await coldStore.close();
    }
    const warmStore = DB === 'postgres' ? await openStore({ url: process.env.DATABASE_URL }) : store;
    let evalWarm: number[];
    const evalStatements: number[] = [];
    try {
      await warmConnections(warmStore);
      evalWarm = await timeEvaluationSaves(warmStore, evals.slice(SAMPLES), evalStatements);
    } finally {
      if (warmStore !== store) await warmStore.close();
    }
    out.evaluation_save_samples = evalCold.length + evalWarm.length;
    out.evaluation_save_cold_first_ms = r2(evalCold[0] ?? NaN);
    out.evaluation_save_cold_connection_p50_ms = r2(pct(evalCold, 50));
    out.evaluation_save_cold_connection_p95_ms = r2(pct(evalCold, 95));
    out.evaluation_save_p50_ms = r2(pct(evalWarm, 50));
    out.evaluation_save_statements_p50 = pct(evalStatements, 50);
    out.evaluation_save_statements_max = Math.max(...evalStatements);
    out.evaluation_save_p95_ms = r2(pct(evalWarm, 95));
    log(
      `${DB}: evaluation save (editor, ${evalWarm.length} saves): p50 ${out.evaluation_save_p50_ms} ms, p95 ${out.evaluation_save_p95_ms} ms warmed; ` +
        `cold: first ${out.evaluation_save_cold_first_ms} ms, p50 ${out.evaluation_save_cold_connection_p50_ms}, p95 ${out.evaluation_save_cold_connection_p95_ms} ms`,
    );

    // Dashboard API under load: an admin session, the province dashboard, loopback only.
    // PostgreSQL: a real `jixiao serve --workers N` (N = cores unless --workers); PGlite: one
    // process, in this one (its data folder cannot be opened twice), with the same session cache.
    const users = userRepository(store.db);
    const uid = await users.insert({ username: 'bench-admin', displayName: '压测', passwordHash: await hashPassword('bench-password') });
    await users.grant(uid, 'admin', null);
    const server = DB === 'postgres' ? await serveWorkers(WORKERS) : await inProcess(store);
    const address = server.address;
    const login = await fetch(`${address}/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'bench-admin', password: 'bench-password' }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const [province] = await queryRows<{ id: number }>(store.db, sql`select id from units where level = 'province' limit 1`);
    if (WARMUP_SECONDS > 0) {
      const warm = await autocannon({
        url: `${address}/api/dashboard/${province!.id}?year=${YEAR}`,
        connections: CONNECTIONS,
        duration: WARMUP_SECONDS,
        headers: { cookie },
      });
      out.dashboard_warmup_p99_ms = warm.latency.p99;
      out.dashboard_warmup_errors = warm.errors + warm.non2xx;
      log(`${DB}: warm-up ${WARMUP_SECONDS} s: p99 ${warm.latency.p99} ms, errors ${warm.errors + warm.non2xx} (timeouts ${warm.timeouts})`);
    }
    // CPU time the server and the database spend per request: unlike req/s on a shared machine
    // (the load generator and other work take cores too), it carries over to other hardware.
    const dbPids = await databasePids(store);
    const cpu0 = cpuMs([...server.pids(), ...dbPids()]);
    const result = await autocannon({
      url: `${address}/api/dashboard/${province!.id}?year=${YEAR}`,
      connections: CONNECTIONS,
      duration: LOAD_SECONDS,
      headers: { cookie },
    });
    const cpu1 = cpuMs([...server.pids(), ...dbPids()]);
    await server.close();
    if (cpu0 !== null && cpu1 !== null && result.requests.total > 0) {
      out.dashboard_cpu_ms_per_request = Math.round(((cpu1 - cpu0) / result.requests.total) * 1000) / 1000;
      out.dashboard_capacity_rps_per_core = Math.round(1000 / out.dashboard_cpu_ms_per_request);
    }
    out.dashboard_workers = server.workers;
    out.dashboard_connections = CONNECTIONS;
    out.dashboard_seconds = LOAD_SECONDS;
    out.dashboard_p50_ms = result.latency.p50;
    out.dashboard_p99_ms = result.latency.p99;
    out.dashboard_rps = Math.round(result.requests.average);
    // The load generator runs on the same machine: per core of the machine, not of the server.
    out.dashboard_rps_per_core = Math.round(result.requests.average / availableParallelism());
    // autocannon's `errors` already counts the timeouts
    out.dashboard_errors = result.errors + result.non2xx;
    out.dashboard_timeouts = result.timeouts;
    out.rss_growth_mb = Math.round((process.memoryUsage().rss - rss0) / 1e6);
    log(
      `${DB}: dashboard ${CONNECTIONS} connections × ${LOAD_SECONDS} s, ${server.workers} worker(s): p99 ${out.dashboard_p99_ms} ms, ${out.dashboard_rps} req/s (${out.dashboard_rps_per_core} per core), errors ${out.dashboard_errors}; CPU ${out.dashboard_cpu_ms_per_request ?? '?'} ms per request (server + database) = ${out.dashboard_capacity_rps_per_core ?? '?'} req/s per busy core`,
    );
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`BENCH_JSON ${JSON.stringify(out)}`);
}

interface BenchServer {
  address: string;
  workers: number;
  /** Processes serving: the cluster's primary and workers; for PGlite this process (which also runs the load generator). */
  pids(): number[];
  close(): Promise<void>;
}

/** utime + stime of processes in ms (Linux /proc; a process gone since is left out). */
function cpuMs(pids: number[]): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  let ticks = 0;
  for (const pid of pids) {
    try {
      const st = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
      ticks += Number(f[11]) + Number(f[12]);
    } catch {
      /* exited */
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

const childrenOf = (ppid: number) =>
  readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        const st = readFileSync(`/proc/${d}/stat`, 'utf8');
        return Number(st.slice(st.lastIndexOf(')') + 2).split(' ')[1]) === ppid;
      } catch {
        return false;
      }
    })
    .map(Number);

/** The local PostgreSQL server's processes (postmaster and backends), or none if not local. */
async function databasePids(store: Store): Promise<() => number[]> {
  if (store.kind !== 'postgres') return () => [];
  try {
    const [row] = await queryRows<{ dir: string }>(store.db, sql`select setting as dir from pg_settings where name = 'data_directory'`);
    const postmaster = Number(readFileSync(join(row!.dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return () => [postmaster, ...childrenOf(postmaster)];
  } catch {
    return () => [];
  }
}

async function inProcess(store: Store): Promise<BenchServer> {
  const app = await buildApp({ store, sessionCacheSeconds: 60 });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return { address, workers: 1, pids: () => [process.pid], close: () => app.close() };
}

/** `jixiao serve --workers n` on the bench database; resolves once every worker listens. */
async function serveWorkers(n: number): Promise<BenchServer> {
  const root = new URL('..', import.meta.url).pathname;
  const port = 20000 + Math.floor(Math.random() * 20000);
  // From the source, as the rest of the bench: bin/jixiao.js would run dist/ when built, which may
  // be older than the code being measured.
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--workers', String(n), '--port', String(port)], {
    cwd: root,
    env: process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  proc.stdout!.on('data', (d) => (text += d));
  proc.stderr!.on('data', (d) => (text += d));
  const deadline = Date.now() + 120_000;
  while (!/worker\(s\) listening|listening on/.test(text)) {
    if (proc.exitCode !== null || Date.now() > deadline) {
      proc.kill('SIGKILL');
      throw new Error(`serve --workers ${n} did not start: ${text}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    address: `http://127.0.0.1:${port}`,
    workers: n,
    pids: () => [proc.pid!, ...childrenOf(proc.pid!)],
    close: () =>
      new Promise<void>((resolve) => {
        const t = setTimeout(() => proc.kill('SIGKILL'), 20_000);
        proc.once('exit', () => {
          clearTimeout(t);
          resolve();
        });
        proc.kill('SIGTERM');
      }),
  };
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
