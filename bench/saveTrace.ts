// What the bench's save p95 is made of (issue 17): the bench's own sequence on PostgreSQL
// (synthetic load, VACUUM ANALYZE + CHECKPOINT, the roll-up reads of every level, then saves
// of random villages through the app's pool), with a time series of every save: which pooled
// connection ran it, its statements' times, WAL bytes, and what else the server was doing
// (autovacuum, checkpoints from the server log, other backends). Diagnosis only.
//   DATABASE_URL=… npx tsx bench/saveTrace.ts [--units 20001] [--saves 100] [--blocks cold,warm,checkpoint]
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { loadSynthetic } from '../src/services/synth.js';
import { openStore, queryRows } from '../src/store/db.js';
import { writeKeyProjectValue } from '../src/store/keyProjects.js';
import { rollupRepository } from '../src/store/rollups.js';
import { warmConnections } from '../src/store/warm.js';
import { saveKeyProjectValue } from '../src/store/keyProjects.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const UNITS = Number(arg('units', '20001'));
const SAVES = Number(arg('saves', '100'));
const BLOCKS = arg('blocks', 'bench,served,warm').split(',');
const ROUNDS = Number(arg('rounds', '6'));
const WARM = Number(arg('warm', '8'));
/** --scope all: an evaluation save's refresh (every family derived, the year's lock) instead of a key-project save */
const ALL_SCOPE = arg('scope', 'value') === 'all';
const YEAR = 2025;
const PROJECT = { code: 'liangai', name: '两癌', measure: '检查人数', unitOfMeasure: '人' };
const LEVELS = ['other', 'province', 'prefecture', 'county', 'township', 'village'];
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const r2 = (x: number) => Math.round(x * 100) / 100;

async function main() {
  const base = new URL(process.env.DATABASE_URL!);
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query('drop database if exists jixiao_trace with (force)');
  await admin.query('create database jixiao_trace');
  const url = new URL(base);
  url.pathname = '/jixiao_trace';
  const logFile = (await admin.query(`select current_setting('data_directory') as d`)).rows[0].d.replace(/\/data$/, '/server.log');
  const store = await openStore({ url: url.toString() });
  const pool = (store.db as unknown as { $client: pg.Pool }).$client;
  const monitor = new pg.Client({ connectionString: url.toString() });
  await monitor.connect();
  try {
    await loadSynthetic(store.db, { units: UNITS, years: 1, lastYear: YEAR });
    await store.db.execute(sql`vacuum analyze`);
    await store.db.execute(sql`checkpoint`);
    const rollups = rollupRepository(store.db);
    for (const level of LEVELS) {
      const ids = await queryRows<{ id: number }>(store.db, sql`select id from units where level = ${level} order by random() limit 100`);
      for (const { id } of ids) await rollups.get(id, YEAR, ['kp:liangai:actual', 'kp:liangai:target']);
    }
    console.log(`pool after the reads: total ${pool.totalCount}, idle ${pool.idleCount}`);

    const villages = (await queryRows<{ id: number }>(store.db, sql`select id from units where level = 'village' order by random()`)).map((r) => r.id);
    let next = 0;
    const take = (n: number) => villages.slice(next, (next += n));
    const t00 = performance.now();
    const wall0 = Date.now();
    type Row = {
      k: number;
      ms: number;
      pid: number;
      nodeCpu: number;
      nodeWait: number;
      pgCpu: number;
      pgWait: number;
      rest: number;
      value: number;
      refresh: number;
      commit: number;
      wal: number;
      at: number;
      load: number;
    };
    const all = new Map<string, Row[][]>();
    /** ns on a CPU and ns waiting for one (runnable, not running) of a task: load stretches the second. */
    const sched = (pid: number): [number, number] => {
      const f = readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ');
      return [Number(f[0]) / 1e6, Number(f[1]) / 1e6];
    };
    let backend = 0;
    let b0: [number, number] = [0, 0];
    let oneMessage = false;
    const saveOne = async (db: typeof store.db, id: number, round: number) => {
      if (oneMessage) {
        // saveKeyProjectValue: value and refresh in one round trip (no split of the statements)
        const n0 = sched(process.pid);
        const t = performance.now();
        await saveKeyProjectValue(db, PROJECT, id, YEAR, { target: '50', actual: String(40 + ((id + round) % 20)) });
        const end = performance.now();
        const n1 = sched(process.pid);
        const b1 = sched(backend);
        const cpu = { nodeCpu: n1[0] - n0[0], nodeWait: n1[1] - n0[1], pgCpu: b1[0] - b0[0], pgWait: b1[1] - b0[1] };
        return { t, ms: end - t, value: 0, refresh: 0, commit: 0, ...cpu, rest: end - t - cpu.nodeCpu - cpu.nodeWait - cpu.pgCpu - cpu.pgWait };
      }
      const n0 = sched(process.pid);
      let a = 0;
      let r = 0;
      let c = 0;
      const t = performance.now();
      await db.transaction(async (tx) => {
        const s = performance.now();
        if (!ALL_SCOPE) await writeKeyProjectValue(tx, PROJECT, id, YEAR, { target: '50', actual: String(40 + ((id + round) % 20)) });
        a = performance.now() - s;
        if (ALL_SCOPE) await rollupRepository(tx).refreshUnit(id, YEAR);
        else await rollupRepository(tx).refreshUnit(id, YEAR, { keyProjectValue: PROJECT.code }, { locked: true });
        r = performance.now() - s - a;
        c = performance.now();
      });
      const end = performance.now();
      const n1 = sched(process.pid);
      const b1 = sched(backend);
      const cpu = { nodeCpu: n1[0] - n0[0], nodeWait: n1[1] - n0[1], pgCpu: b1[0] - b0[0], pgWait: b1[1] - b0[1] };
      return { t, ms: end - t, value: a, refresh: r, commit: end - c, ...cpu, rest: end - t - cpu.nodeCpu - cpu.nodeWait - cpu.pgCpu - cpu.pgWait };
    };
    for (let round = 0; round < ROUNDS; round++) {
      for (let j = 0; j < BLOCKS.length; j++) {
        const kind = BLOCKS[(j + round) % BLOCKS.length]!;
        // the bench: a CHECKPOINT, then saves on the pool's connection; 'bench' opens a new pool
        // (a connection that has never saved), 'warm' saves WARM times first on the new pool
        const s2 = kind === 'same' ? store : await openStore({ url: url.toString() });
        const p2 = (s2.db as unknown as { $client: pg.Pool }).$client;
        p2.on('acquire', (c) => {
          backend = (c as unknown as { processID: number }).processID;
          b0 = sched(backend);
        });
        try {
          if (kind === 'warm') for (const id of take(WARM)) await saveOne(s2.db, id, round);
          // 'served': the pool warmed as `jixiao serve` does before it listens
          if (kind === 'served' || kind === 'onemsg') await warmConnections(s2);
          oneMessage = kind === 'onemsg';
          await monitor.query('checkpoint');
          const rows: Row[] = [];
          for (const [k, id] of take(SAVES).entries()) {
            const l0 = BigInt((await monitor.query(`select (pg_current_wal_lsn() - '0/0')::bigint::text as l`)).rows[0].l);
            const x = await saveOne(s2.db, id, round);
            const l1 = BigInt((await monitor.query(`select (pg_current_wal_lsn() - '0/0')::bigint::text as l`)).rows[0].l);
            rows.push({
              ...x,
              k,
              pid: backend,
              value: x.value,
              refresh: x.refresh,
              commit: x.commit,
              wal: Number(l1 - l0),
              at: x.t - t00,
              load: loadavg()[0]!,
            });
          }
          all.set(kind, [...(all.get(kind) ?? []), rows]);
          const ms = rows.map((x) => x.ms);
          const top = [...rows].sort((x, y) => y.ms - x.ms).slice(0, 5);
          console.log(
            `round ${round} ${kind}: p50 ${r2(pct(ms, 50))} p95 ${r2(pct(ms, 95))} load ${loadavg()[0]} pids ${new Set(rows.map((x) => x.pid)).size}; top5 ${top.map((x) => `#${x.k} ${r2(x.ms)} [${r2(x.nodeCpu)}+${r2(x.nodeWait)} ${r2(x.pgCpu)}+${r2(x.pgWait)} io ${r2(x.rest)}] ${x.wal}B`).join(', ')}`,
          );
        } finally {
          if (s2 !== store) await s2.close();
        }
      }
    }
    console.log(
      '\n| variant | saves | wall | Node CPU | Node waiting for a CPU | PostgreSQL backend CPU | backend waiting for a CPU | the rest (fsync, sleeps) |',
    );
    console.log('|---|---|---|---|---|---|---|---|');
    for (const [kind, blocks] of all) {
      const rows = blocks.flat();
      const slow = (b: Row[]) => [...b].sort((p, q) => q.ms - p.ms).slice(0, 5);
      const sets: [string, Row[]][] = [
        ['all, mean', rows],
        ['save 1 of a connection, mean', blocks.map((b) => b[0]!)],
        ['saves 2-5, mean', blocks.flatMap((b) => b.slice(1, 5))],
        ['the 5 slowest of each block (what the p95 is), mean', blocks.flatMap(slow)],
      ];
      for (const [label, rs] of sets) {
        const m = (f: (x: Row) => number) => r2(rs.reduce((acc, x) => acc + f(x), 0) / rs.length);
        console.log(
          `| ${kind} | ${label} | ${m((x) => x.ms)} | ${m((x) => x.nodeCpu)} | ${m((x) => x.nodeWait)} | ${m((x) => x.pgCpu)} | ${m((x) => x.pgWait)} | ${m((x) => x.rest)} |`,
        );
      }
    }
    console.log(
      '\n| variant | p95 per round (bench pct of 100) median | p50 median | p95 without save 1, median | saves 1-6 median ms | value / refresh / commit p50 of saves 1-5 | same, saves 6+ | WAL p50 saves 1-5 / 6+ | top-5 positions: 0-4 / 5-19 / 20+ |',
    );
    console.log('|---|---|---|---|---|---|---|---|---|');
    const med = (xs: number[]) => r2(pct(xs, 50));
    for (const [kind, blocks] of all) {
      const p95s = blocks.map((b) =>
        pct(
          b.map((x) => x.ms),
          95,
        ),
      );
      const p50s = blocks.map((b) =>
        pct(
          b.map((x) => x.ms),
          50,
        ),
      );
      const p95x = blocks.map((b) =>
        pct(
          b.slice(1).map((x) => x.ms),
          95,
        ),
      );
      const pos = [0, 1, 2, 3, 4, 5].map((k) => med(blocks.map((b) => b[k]!.ms)));
      const early = blocks.flatMap((b) => b.slice(0, 5));
      const later = blocks.flatMap((b) => b.slice(5));
      const split = (rs: Row[]) => `${med(rs.map((x) => x.value))} / ${med(rs.map((x) => x.refresh))} / ${med(rs.map((x) => x.commit))}`;
      const hist = [0, 0, 0];
      for (const b of blocks) for (const x of [...b].sort((p, q) => q.ms - p.ms).slice(0, 5)) hist[x.k < 5 ? 0 : x.k < 20 ? 1 : 2]!++;
      console.log(
        `| ${kind} | ${med(p95s)} (${p95s.map(r2).join(', ')}) | ${med(p50s)} | ${med(p95x)} | ${pos.join(' ')} | ${split(early)} | ${split(later)} | ${med(early.map((x) => x.wal))} / ${med(later.map((x) => x.wal))} | ${hist.join(' / ')} |`,
      );
    }
    const log = readFileSync(logFile, 'utf8')
      .split('\n')
      .filter((l) => /checkpoint|automatic/.test(l))
      .filter((l) => new Date(l.slice(0, 23) + 'Z').getTime() >= wall0 - 1000);
    console.log(`server log during the saves:\n${log.join('\n')}`);
  } finally {
    await monitor.end();
    await store.close();
    await admin.end();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
