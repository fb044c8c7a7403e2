// Where a key-project save's time goes on PostgreSQL (issue 17): the bench's write (one village's
// 两癌 figures with every ancestor's roll-up) in interleaved blocks of variants within one run, so
// ratios do not depend on what else the machine was doing. Each block starts after a CHECKPOINT
// (every page cold, as in the bench) on a fresh connection (empty plan cache, as after a start).
// Diagnosis only: variants like synchronous_commit off are never shipped.
//   DATABASE_URL=… npx tsx bench/saveProbe.ts [--units 20001] [--rounds 6] [--block 20] [--only 1,2]
//   npx tsx bench/saveProbe.ts --pglite DIR …   (PGlite data folders under DIR; no backend CPU)
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { loadSynthetic } from '../src/services/synth.js';
import { openStore, queryRows, type Store } from '../src/store/db.js';
import { writeKeyProjectValue } from '../src/store/keyProjects.js';
import { rollupRepository } from '../src/store/rollups.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const UNITS = Number(arg('units', '20001'));
const ROUNDS = Number(arg('rounds', '6'));
const BLOCK = Number(arg('block', '20'));
const YEAR = 2025;
const PGLITE = process.argv.includes('--pglite') ? arg('pglite', '') : null;
const PROJECT = { code: 'liangai', name: '两癌', measure: '检查人数', unitOfMeasure: '人' };

interface Variant {
  name: string;
  /** 'scattered': own measures and roll-ups in hash order, as rebuildYear wrote them before it sorted. */
  layout: 'sorted' | 'scattered';
  /** The refresh as before: every key-project family derived, custom plans on a connection's first five saves. */
  oldRefresh?: boolean;
  noNotify?: boolean;
  /** With noNotify: the same NOTIFY sent by a statement instead of the trigger (its cost apart from the trigger's). */
  plainNotify?: boolean;
  asyncCommit?: boolean;
}
const ALL: Variant[] = [
  { name: 'before (old refresh, scattered rows)', layout: 'scattered', oldRefresh: true },
  { name: 'after', layout: 'sorted' },
  { name: 'after, scattered rows', layout: 'scattered' },
  { name: 'after, old refresh', layout: 'sorted', oldRefresh: true },
  { name: 'after, no NOTIFY trigger', layout: 'sorted', noNotify: true },
  { name: 'after, NOTIFY without the trigger', layout: 'sorted', noNotify: true, plainNotify: true },
  { name: 'after, synchronous_commit off', layout: 'sorted', asyncCommit: true },
];

/** --only before,after: a subset by position in the list above (1-based), e.g. `--only 1,2`. */
const VARIANTS = process.argv.includes('--only')
  ? arg('only', '')
      .split(',')
      .map((k) => ALL[Number(k) - 1]!)
  : ALL;
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const r2 = (x: number) => Math.round(x * 100) / 100;
/** CPU ms (user + system) a process has used: load on a shared machine stretches wall time, not this. */
const cpuMs = (pid: number) => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
};
const urlOf = (name: string) => {
  const u = new URL(process.env.DATABASE_URL!);
  u.pathname = `/${name}`;
  return u.toString();
};

/** The probe's database of a layout: on the PostgreSQL server, or a PGlite data folder (new session per open). */
const openProbe = (name: string) => (PGLITE ? openStore({ dataDir: join(PGLITE, name) }) : openStore({ url: urlOf(name) }));

async function prepare(admin: pg.Client | null, name: string, scatter: boolean) {
  if (admin) {
    const exists = (await admin.query(`select 1 from pg_database where datname = $1`, [name])).rowCount;
    if (exists && !process.argv.includes('--fresh')) return;
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  } else if (existsSync(join(PGLITE!, name, 'PG_VERSION')) && !process.argv.includes('--fresh')) return;
  else rmSync(join(PGLITE!, name), { recursive: true, force: true });
  const store = await openProbe(name);
  try {
    await loadSynthetic(store.db, { units: UNITS, years: 1, lastYear: YEAR });
    if (scatter) {
      // the order an unordered hash aggregate leaves: a unit's rows spread over many pages
      for (const t of ['unit_measures', 'rollups']) {
        await store.db.execute(sql.raw(`create temp table s as select * from ${t} order by md5(unit_id::text || measure)`));
        await store.db.execute(sql.raw(`delete from ${t}`));
        await store.db.execute(sql.raw(`insert into ${t} select * from s order by md5(unit_id::text || measure)`));
        await store.db.execute(sql.raw(`drop table s`));
      }
      await store.db.execute(sql`vacuum full unit_measures`);
      await store.db.execute(sql`vacuum full rollups`);
    }
    await store.db.execute(sql`vacuum analyze`);
  } finally {
    await store.close();
  }
}

async function block(v: Variant, villages: number[], round: number) {
  const store: Store = await openProbe(`jixiao_probe_${v.layout}`);
  const db = store.db;
  const out = { total: [] as number[], value: [] as number[], refresh: [] as number[], commit: [] as number[], walBytes: 0, serverCpu: 0 };
  try {
    if (v.noNotify) await db.execute(sql`alter table rollup_versions disable trigger rollup_versions_data_notify_update`);
    await db.execute(sql`checkpoint`);
    const lsn = async () => BigInt((await queryRows<{ l: string }>(db, sql`select (pg_current_wal_lsn() - '0/0')::bigint::text as l`))[0]!.l);
    // a pool of one: every save on the same backend, whose CPU time is read from /proc
    const pid = PGLITE ? process.pid : (await queryRows<{ pid: number }>(db, sql`select pg_backend_pid() as pid`))[0]!.pid;
    let w0 = 0n;
    let c0 = 0;
    for (const [k, id] of villages.entries()) {
      // counters from the second save: the first loads the connection's catalog caches
      if (k === 1) {
        w0 = await lsn();
        c0 = cpuMs(pid);
      }
      let a = 0;
      let b = 0;
      let c = 0;
      const t0 = performance.now();
      await db.transaction(async (tx) => {
        if (v.asyncCommit) await tx.execute(sql`set local synchronous_commit = off`);
        const s = performance.now();
        await writeKeyProjectValue(tx, PROJECT, id, YEAR, { target: '50', actual: String(40 + ((id + round) % 20)) });
        a = performance.now() - s;
        if (v.oldRefresh) await tx.execute(sql`set local plan_cache_mode = auto`);
        const s2 = performance.now();
        await rollupRepository(tx).refreshUnit(id, YEAR, v.oldRefresh ? 'keyProjects' : { keyProjectValue: PROJECT.code }, { locked: true });
        if (v.plainNotify) await tx.execute(sql`select pg_notify('jixiao_data', 'v')`);
        b = performance.now() - s2;
        c = performance.now();
      });
      const end = performance.now();
      out.value.push(a);
      out.refresh.push(b);
      out.commit.push(end - c);
      out.total.push(end - t0);
    }
    out.serverCpu = PGLITE ? NaN : (cpuMs(pid) - c0) / (villages.length - 1);
    out.walBytes = Number((await lsn()) - w0) / (villages.length - 1);
  } finally {
    if (v.noNotify) await db.execute(sql`alter table rollup_versions enable trigger rollup_versions_data_notify_update`);
    await store.close();
  }
  return out;
}

async function main() {
  process.env.JIXIAO_PG_POOL = '1';
  const admin = PGLITE ? null : new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin?.connect();
  try {
    await prepare(admin, 'jixiao_probe_sorted', false);
    await prepare(admin, 'jixiao_probe_scattered', true);
    const probe = await openProbe('jixiao_probe_sorted');
    const villages = (await queryRows<{ id: number }>(probe.db, sql`select id from units where level = 'village' order by random()`)).map((r) => r.id);
    await probe.close();
    const acc = new Map<
      string,
      { first: number[]; early: number[]; later: number[]; total: number[]; value: number[]; refresh: number[]; commit: number[]; wal: number[]; cpu: number[] }
    >();
    let next = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const ids = villages.slice(next, next + BLOCK);
      next += BLOCK;
      // the same villages for every variant of a round; the order of variants rotates
      for (let k = 0; k < VARIANTS.length; k++) {
        const v = VARIANTS[(k + round) % VARIANTS.length]!;
        const r = await block(v, ids, round * VARIANTS.length + k);
        const a = acc.get(v.name) ?? { first: [], early: [], later: [], total: [], value: [], refresh: [], commit: [], wal: [], cpu: [] };
        // the first save on a new connection loads the catalog entries it needs: apart
        a.first.push(r.total[0]!);
        // PostgreSQL plans a prepared statement afresh on its first five runs (custom plans)
        a.early.push(...r.refresh.slice(1, 5));
        a.later.push(...r.refresh.slice(5));
        a.total.push(...r.total.slice(1));
        a.value.push(...r.value.slice(1));
        a.refresh.push(...r.refresh.slice(1));
        a.commit.push(...r.commit.slice(1));
        a.wal.push(r.walBytes);
        a.cpu.push(r.serverCpu);
        acc.set(v.name, a);
      }
    }
    const base = acc.get('after')!;
    const f = (xs: number[]) => `${r2(pct(xs, 50))} / ${r2(pct(xs, 95))}`;
    console.log(
      `| variant | save p50 / p95 ms | p95 ÷ after | value stmt | refresh stmt | COMMIT | WAL per save | backend CPU per save | refresh p50, saves 2–5 / 6+ | first save on a connection, p50 |`,
    );
    console.log(`|---|---|---|---|---|---|---|---|---|---|`);
    for (const [name, a] of acc) {
      const mean = (xs: number[]) => xs.reduce((x, y) => x + y, 0) / xs.length;
      const wal = mean(a.wal);
      console.log(
        `| ${name} | ${f(a.total)} | ${r2(pct(a.total, 95) / pct(base.total, 95))} | ${f(a.value)} | ${f(a.refresh)} | ${f(a.commit)} | ${Math.round(wal / 1024)} kB | ${PGLITE ? '—' : `${r2(mean(a.cpu))} ms`} | ${r2(pct(a.early, 50))} / ${r2(pct(a.later, 50))} | ${r2(pct(a.first, 50))} |`,
      );
    }
    console.log(
      `(${ROUNDS} rounds × ${BLOCK} saves per variant, each block after a CHECKPOINT on a fresh connection; p50 / p95 in ms, the first save of each block apart)`,
    );
  } finally {
    await admin?.end();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
