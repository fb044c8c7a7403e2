// Loads a synthetic country (see domain/synth.ts) with budgets, scores, statuses and key-project
// figures for K years, in unnest batches, then builds the roll-ups of each year.
import { sql } from 'drizzle-orm';
import { add } from '../domain/decimal.js';
import { BUILTIN_FRAMEWORKS } from '../domain/frameworks/builtin.js';
import { gradeOf } from '../domain/scoring/index.js';
import { prng, synthTree } from '../domain/synth.js';
import { bulkInsert } from '../store/bulk.js';
import { queryRows, type Db } from '../store/db.js';
import { ensureKeyProject } from '../store/keyProjects.js';
import { rollupRepository } from '../store/rollups.js';
import { ensureFrameworks } from './frameworks.js';
import { EVALUATION_STATUSES, LIANGAI_PROJECT } from '../domain/types.js';

export interface SynthOptions {
  units: number;
  years: number;
  lastYear?: number;
  prefix?: string; // unit code prefix, so several synthetic trees can coexist
  seed?: number;
  onProgress?: (phase: string, done: number, total: number) => void;
}

export interface SynthResult {
  units: number;
  years: number[];
  evaluations: number;
  keyProjectValues: number;
  seconds: { insert: number; rollups: number };
}

const STATUSES = EVALUATION_STATUSES;

export async function loadSynthetic(db: Db, o: SynthOptions): Promise<SynthResult> {
  const t0 = Date.now();
  const prefix = o.prefix ?? 'S';
  const lastYear = o.lastYear ?? new Date().getFullYear() - 1;
  const years = Array.from({ length: o.years }, (_, i) => lastYear - o.years + 1 + i);
  const rnd = prng(o.seed ?? 2026);
  const progress = o.onProgress ?? (() => undefined);
  const tree = synthTree(o.units, prefix);
  const frameworkId = Number((await ensureFrameworks(db, BUILTIN_FRAMEWORKS)).get('department-wide')!.id);
  const projectId = await ensureKeyProject(db, { ...LIANGAI_PROJECT });

  await bulkInsert(
    db,
    'units',
    [
      { name: 'code', type: 'text' },
      { name: 'name', type: 'text' },
      { name: 'type', type: 'text' },
      { name: 'level', type: 'text' },
    ],
    tree.map((u) => [u.code, u.name, '妇联', u.level]),
    { batch: 10_000, onBatch: (d) => progress('单位 units', d, tree.length) },
  );
  const idRows = await queryRows<{ id: number; code: string }>(db, sql`select id, code from units where code like ${prefix + '%'}`);
  const idOf = new Map(idRows.map((r) => [r.code, r.id]));
  const id = (i: number) => idOf.get(tree[i]!.code)!;
  await bulkInsert(
    db,
    'unit_links',
    [
      { name: 'unit_id', type: 'int' },
      { name: 'parent_id', type: 'int' },
      { name: 'from_year', type: 'int' },
    ],
    tree.map((u) => [id(u.index), u.parent === null ? null : id(u.parent), years[0]!]),
    { batch: 10_000, onBatch: (d) => progress('层级 links', d, tree.length) },
  );

  let evaluations = 0;
  let kpv = 0;
  for (const year of years) {
    const kp: unknown[][] = [];
    const fund: unknown[][] = [];
    const evals: unknown[][] = [];
    for (const u of tree) {
      if (u.level === 'village' && rnd() < 0.93) {
        const target = 20 + Math.floor(rnd() * 60);
        kp.push([projectId, id(u.index), year, target, Math.floor(target * (0.8 + rnd() * 0.3))]);
      }
      if (u.level === 'county') {
        [
          ['central', '中央补助'],
          ['provincial', '省级'],
          ['cityCounty', '市县配套'],
        ].forEach(([source, label], ord) => fund.push([projectId, id(u.index), year, ord, '检查经费', source, label, (10 + rnd() * 90).toFixed(2)]));
      }
      if (u.level !== 'village' && u.level !== 'other' && rnd() < 0.95) {
        const score = (55 + rnd() * 45).toFixed(2);
        evals.push([
          id(u.index),
          year,
          frameworkId,
          'departmentWide',
          `${year}年度${u.name}整体支出绩效自评报告`,
          STATUSES[Math.floor(rnd() * 5)],
          score,
          gradeOf(score),
        ]);
      }
    }
    await bulkInsert(db, 'key_project_values', cols('project_id:int unit_id:int year:int target:numeric actual:numeric'), kp, {
      batch: 10_000,
      onBatch: (d) => progress(`${year} 两癌 key projects`, d, kp.length),
    });
    await bulkInsert(db, 'key_project_funding', cols('project_id:int unit_id:int year:int ord:int category:text source:text label:text amount:numeric'), fund);
    const evalIds = (await bulkInsert(
      db,
      'evaluations',
      cols('unit_id:int year:int framework_id:int outline:text title:text status:text total_score:numeric grade:text'),
      evals,
      {
        batch: 10_000,
        returning: 'id',
        onBatch: (d) => progress(`${year} 自评 evaluations`, d, evals.length),
      },
    )) as number[];
    const types: unknown[][] = [];
    const rows: unknown[][] = [];
    for (const eid of evalIds) {
      const basic = (50 + rnd() * 300).toFixed(2);
      const project = (rnd() * 200).toFixed(2);
      const total = add(basic, project);
      types.push([eid, 'general', false], [eid, 'governmentFund', true], [eid, 'stateCapital', true], [eid, 'socialInsurance', true]);
      rows.push(
        [eid, 'general', 'basic', '0', basic, basic, '0'],
        [eid, 'general', 'project', '0', project, project, '0'],
        [eid, 'general', 'total', '0', total, total, '0'],
      );
    }
    await bulkInsert(db, 'budget_types', cols('evaluation_id:int budget_type:text no_activity:bool'), types, { batch: 20_000 });
    await bulkInsert(
      db,
      'budget_rows',
      cols('evaluation_id:int budget_type:text row_class:text opening:numeric income:numeric expenditure:numeric closing:numeric'),
      rows,
      {
        batch: 20_000,
        onBatch: (d) => progress(`${year} 预算 budgets`, d, rows.length),
      },
    );
    evaluations += evals.length;
    kpv += kp.length;
  }
  // Fresh statistics, or the planner treats the bulk-loaded tables as empty (PGlite has no autovacuum).
  await db.execute(sql`analyze`);
  const t1 = Date.now();
  for (const [i, year] of years.entries()) {
    progress('汇总 roll-ups', i, years.length);
    await db.transaction((tx) => rollupRepository(tx).rebuildYear(year));
  }
  for (const t of ['unit_ancestors', 'unit_measures', 'rollups']) await db.execute(sql.raw(`analyze ${t}`));
  progress('汇总 roll-ups', years.length, years.length);
  return { units: tree.length, years, evaluations, keyProjectValues: kpv, seconds: { insert: (t1 - t0) / 1000, rollups: (Date.now() - t1) / 1000 } };
}

function cols(spec: string) {
  return spec.split(' ').map((c) => {
    const [name, type] = c.split(':');
    return { name: name!, type: type as 'int' | 'text' | 'numeric' | 'bool' };
  });
}
