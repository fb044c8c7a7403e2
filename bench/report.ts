// Bench: time per report for each format, and `report --all` over 3,000 synthetic evaluations.
// Run: npx tsx bench/report.ts [count]   (targets: ≤ 50 ms per docx, ≤ 60 s for 3,000 on 2 cores)
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeAll } from '../src/cli/commands/report.js';
import { renderReportFile, type ReportFormat } from '../src/documents/pdf/formats.js';
import { buildReport } from '../src/domain/report/build.js';
import { demoEvaluations } from '../src/demo/reportFixtures.js';
import type { Evaluation } from '../src/domain/types.js';

export interface ReportBenchFigures {
  msPerReport: Partial<Record<ReportFormat | 'model', number>>;
  xlsx: 'measured' | string;
  all: { count: number; workers: number; seconds: number; msPerReport: number; files: number };
}

async function timePer(n: number, fn: () => unknown): Promise<number> {
  for (let i = 0; i < Math.min(20, n); i++) await fn(); // warm up the JIT
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await fn();
  return (performance.now() - t0) / n;
}

/** The seed 002 evaluation cloned under different unit names and codes. */
export function syntheticEvaluations(count: number): Evaluation[] {
  const { wugang } = demoEvaluations();
  return Array.from({ length: count }, (_, i) => {
    const name = `第${i + 1}号县妇女联合会`;
    return {
      ...wugang,
      id: `bench-${i}`,
      title: `2022年度${name}整体支出绩效自评报告`,
      unit: { ...wugang.unit, id: `u${i}`, code: `B${String(i).padStart(5, '0')}`, name, shortName: `第${i + 1}号县妇联` },
    };
  });
}

export async function benchReport(count = 3000, perFormat = 100): Promise<ReportBenchFigures> {
  const { wugang } = demoEvaluations();
  const msPerReport: ReportBenchFigures['msPerReport'] = {};
  msPerReport.model = await timePer(perFormat * 10, () => buildReport(wugang));
  for (const f of ['docx', 'html', 'md'] as const) msPerReport[f] = await timePer(perFormat, () => renderReportFile(wugang, f));
  let xlsx: string = 'measured';
  try {
    msPerReport.xlsx = await timePer(perFormat, () => renderReportFile(wugang, 'xlsx'));
  } catch (e) {
    xlsx = `not measured: ${(e as Error).message}`;
  }
  const workers = availableParallelism();
  const out = await mkdtemp(join(tmpdir(), 'jixiao-bench-'));
  try {
    const evaluations = syntheticEvaluations(count);
    const t0 = performance.now();
    const r = await writeAll(evaluations, 'docx', out, { workers });
    const seconds = (performance.now() - t0) / 1000;
    if (r.failures.length > 0) throw new Error(`${r.failures.length} reports failed: ${r.failures[0]!.message}`);
    const files = (await readdir(out)).length;
    return { msPerReport, xlsx, all: { count, workers, seconds, msPerReport: (seconds * 1000) / count, files } };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

export function formatFigures(f: ReportBenchFigures): string {
  const lines = ['report bench (seed 002 evaluation)'];
  for (const [k, v] of Object.entries(f.msPerReport))
    lines.push(`  ${k.padEnd(5)} ${v!.toFixed(2).padStart(8)} ms/report${k === 'docx' ? `   (target ≤ 50 ms: ${v! <= 50 ? 'met' : 'MISSED'})` : ''}`);
  if (f.xlsx !== 'measured') lines.push(`  xlsx  ${f.xlsx}`);
  const a = f.all;
  lines.push(
    `  report --all: ${a.count} docx in ${a.seconds.toFixed(1)} s on ${a.workers} worker(s) = ${a.msPerReport.toFixed(1)} ms/report, ${a.files} files` +
      `   (target ≤ 60 s for 3,000 on 2 cores: ${a.seconds * (3000 / a.count) * (a.workers / 2) <= 60 ? 'met' : 'MISSED'})`,
  );
  return lines.join('\n');
}

const r2 = (x: number | undefined) => (x === undefined ? null : Math.round(x * 100) / 100);

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const count = Number(process.argv[2] ?? 3000);
  benchReport(count).then(
    (f) => {
      console.log(formatFigures(f));
      const m = f.msPerReport;
      console.log(
        `BENCH_JSON ${JSON.stringify({ report_docx_ms: r2(m.docx), report_xlsx_ms: r2(m.xlsx), report_html_ms: r2(m.html), report_all_count: f.all.count, report_all_workers: f.all.workers, report_all_s: r2(f.all.seconds) })}`,
      );
    },
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
