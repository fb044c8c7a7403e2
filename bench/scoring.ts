// Scoring and 自评表 .xlsx timings: `npx tsx bench/scoring.ts`.
import { readFileSync } from 'node:fs';
import { hunanProvincial } from '../src/domain/frameworks/builtin.js';
import { leavesOf } from '../src/domain/frameworks/utils.js';
import { scoreEvaluation, scoreInput, type ScoringInputJson } from '../src/domain/scoring/index.js';
import type { IndicatorValue } from '../src/domain/types.js';
import { readProjectSheet } from '../src/documents/xlsx/readProjectSheet.js';
import { writeProjectSheet } from '../src/documents/xlsx/projectSheet.js';

const example = JSON.parse(readFileSync(new URL('../test/fixtures/scoring/example.json', import.meta.url), 'utf8')) as ScoringInputJson;

const figures: Record<string, number> = {};
async function time(label: string, n: number, fn: () => unknown): Promise<void> {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await fn();
  const ms = (performance.now() - t0) / n;
  figures[`scoring_${label.split(' ')[0]}_ms`] = Math.round(ms * 1000) / 1000;
  console.log(`${label.padEnd(40)} ${ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(1)} ms`}`);
}

const values: IndicatorValue[] = leavesOf(hunanProvincial).map((l) => ({
  indicatorCode: l.code,
  target: l.operator === 'yesNo' ? '无' : l.operator === 'qualitative' ? '完成' : '100',
  actual: l.operator === 'yesNo' ? '无' : l.operator === 'qualitative' ? '已完成' : '98',
  score: null,
  deviationReason: '说明',
  applicable: true,
  achievement: null,
}));
await time('scoreInput (11-row table)', 2000, () => scoreInput(example));
await time('scoreEvaluation (hunan-provincial, 45 leaves)', 500, () => scoreEvaluation(hunanProvincial, values));
const buf = await writeProjectSheet(example);
await time('writeProjectSheet', 50, () => writeProjectSheet(example));
await time('readProjectSheet', 50, () => readProjectSheet(buf));
console.log(`BENCH_JSON ${JSON.stringify(figures)}`);
