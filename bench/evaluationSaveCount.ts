// Statements and time of the editor's open + save (evaluationService.get, then .save as PUT
// /api/evaluations/:id runs it) on the demo evaluations (the two seeds, every evaluation made a
// draft), per kind of edit, beside a key-project save of the same run. PGlite in a temporary data
// folder, or a fresh database on DATABASE_URL.
//   npx tsx bench/evaluationSaveCount.ts [--rounds 30] [--json]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { SYSTEM_ACTOR } from '../src/domain/access.js';
import { add } from '../src/domain/decimal.js';
import { BUILTIN_FRAMEWORKS } from '../src/domain/frameworks/builtin.js';
import type { EvaluationContent } from '../src/domain/content.js';
import { loadDemo } from '../src/services/demo.js';
import { contentOf, evaluationService } from '../src/services/evaluations.js';
import { openStore, queryRows, type Store } from '../src/store/db.js';
import { frameworkRepository } from '../src/store/frameworks.js';
import { saveKeyProjectValue } from '../src/store/keyProjects.js';
import { warmConnections } from '../src/store/warm.js';
import { countStatements } from './statementCounter.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const ROUNDS = Number(arg('rounds', '30'));
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const r2 = (x: number) => Math.round(x * 100) / 100;

/** The edits a filler makes, each on the content as opened; null when it does not apply. */
const EDITS: Record<string, (c: EvaluationContent, round: number, typed: Set<string>) => EvaluationContent | null> = {
  budgetFigure: (c) => {
    const general = c.budget.find((a) => a.budgetType === 'general');
    if (!general?.rows.basic) return null;
    for (const cls of ['basic', 'total'] as const) {
      const row = general.rows[cls];
      if (!row) continue;
      row.income = add(row.income, '1');
      row.expenditure = add(row.expenditure, '1');
    }
    return c;
  },
  paragraph: (c, round) => {
    const s = c.sections.find((x) => x.paragraphs.length > 0);
    if (!s) return null;
    s.paragraphs = [...s.paragraphs];
    s.paragraphs[0] = `${s.paragraphs[0]!.replace(/（第\d+次修改）$/, '')}（第${round}次修改）`;
    return c;
  },
  indicatorActual: (c, round, typed) => {
    const v = c.indicators.find((x) => typed.has(x.indicatorCode) && x.actual !== null && /^\d+(\.\d+)?$/.test(x.actual) && x.applicable);
    if (!v) return null;
    const [whole, frac] = v.actual!.split('.');
    v.actual = `${Number(whole) + (round % 2 ? 1 : -1)}${frac === undefined ? '' : `.${frac}`}`;
    return c;
  },
  nothing: (c) => c,
};

async function open(): Promise<{ store: Store; cleanup: () => Promise<void> }> {
  const base = process.env.DATABASE_URL;
  if (base) {
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query('drop database if exists jixiao_evalsave with (force)');
    await admin.query('create database jixiao_evalsave');
    await admin.end();
    const url = new URL(base);
    url.pathname = '/jixiao_evalsave';
    const store = await openStore({ url: url.toString() });
    return { store, cleanup: () => store.close() };
  }
  const dir = await mkdtemp(join(tmpdir(), 'jixiao-evalsave-'));
  const store = await openStore({ dataDir: dir });
  return {
    store,
    cleanup: async () => {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function main() {
  const { store, cleanup } = await open();
  try {
    await loadDemo(store.db, BUILTIN_FRAMEWORKS);
    await store.db.execute(sql`update evaluations set status = 'draft'`);
    const ids = (await queryRows<{ id: number }>(store.db, sql`select id from evaluations order by id`)).map((r) => String(r.id));
    const unit = (await queryRows<{ unit_id: number; year: number }>(store.db, sql`select unit_id, year from evaluations order by id limit 1`))[0]!;
    await warmConnections(store);
    const counter = countStatements(store);
    const service = evaluationService(store.db);
    const out: Record<string, number | string> = { db: store.kind, evaluations: ids.length, rounds: ROUNDS };
    const kp = { code: 'evalsave-bench', name: '基准项目', measure: '人数', unitOfMeasure: '人' };
    const kpMs: number[] = [];
    const times: Record<string, number[]> = {};
    const counts: Record<string, number[]> = {};
    const openCounts: number[] = [];
    const typedLeaves: Record<string, Set<string>> = {};
    for (let round = 1; round <= ROUNDS; round++) {
      for (const [name, edit] of Object.entries(EDITS)) {
        for (const id of ids) {
          counter.reset();
          const e = await service.get(SYSTEM_ACTOR, id);
          openCounts.push(counter.count());
          const typed = (typedLeaves[id] ??= new Set(
            ((await frameworkRepository(store.db).byId(e.framework.id))?.indicators ?? []).filter((i) => !i.source).map((i) => i.code),
          ));
          const content = edit(structuredClone(contentOf(e)), round, typed);
          if (!content) continue;
          counter.reset();
          const t = performance.now();
          await service.save(SYSTEM_ACTOR, id, e.version, content);
          (times[name] ??= []).push(performance.now() - t);
          (counts[name] ??= []).push(counter.count());
          if (process.argv.includes('--texts') && round === 1) console.log(name, id, counter.texts());
        }
      }
      const t = performance.now();
      await saveKeyProjectValue(store.db, kp, unit.unit_id, unit.year, { target: '100', actual: String(round) });
      kpMs.push(performance.now() - t);
    }
    out.open_statements = Math.max(...openCounts);
    for (const name of Object.keys(EDITS)) {
      const c = counts[name] ?? [];
      out[`${name}_statements_min`] = Math.min(...c);
      out[`${name}_statements_max`] = Math.max(...c);
      out[`${name}_p50_ms`] = r2(pct(times[name] ?? [], 50));
      out[`${name}_p95_ms`] = r2(pct(times[name] ?? [], 95));
    }
    out.key_project_save_p50_ms = r2(pct(kpMs, 50));
    out.key_project_save_p95_ms = r2(pct(kpMs, 95));
    out.ratio_budgetFigure_to_key_project_p50 = r2(Number(out.budgetFigure_p50_ms) / Number(out.key_project_save_p50_ms));
    console.log(JSON.stringify(out));
  } finally {
    await cleanup();
  }
}

await main();
