// `jixiao report`: one unit's 自评报告 in a format, or every unit of a subtree in parallel (worker threads).
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Command } from 'commander';
import type { Evaluation } from '../../domain/types.js';
import type { Services } from '../../services/index.js';
import { convertDocxFilesToPdf, LibreOfficeMissingError } from '../../documents/pdf/libreoffice.js';
import { isReportFormat, renderReportFile, REPORT_FORMATS, reportFileName, type ReportFormat } from '../../documents/pdf/formats.js';
import { CliError, dataDirFrom, parseYear, withDataOption, type CliIo, type RegisterCommand } from '../context.js';

// ---------- pure helpers (tested) ----------

/** The format asked for, else the one the output file's extension names, else docx. */
export function resolveFormat(format: string | undefined, outFile: string | undefined): ReportFormat {
  const f = format ?? (outFile ? extname(outFile).slice(1).toLowerCase() : '') ?? '';
  if (!f) return 'docx';
  if (f === 'markdown') return 'md';
  if (!isReportFormat(f)) throw new CliError(`格式无效 / unknown format "${f}" (use ${REPORT_FORMATS.join('|')})`, 2);
  return f;
}

/** File name inside --out for one unit: code first so that names stay unique across units. */
export function bulkFileName(e: Evaluation, format: ReportFormat): string {
  return `${e.unit.code}-${reportFileName(e, format)}`;
}

/** "[########----------------------]  812/3000  27%  12.4s" */
export function progressLine(done: number, total: number, failed: number, elapsedMs: number, width = 30): string {
  const ratio = total === 0 ? 1 : done / total;
  const filled = Math.round(ratio * width);
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
  const fail = failed > 0 ? `  失败 ${failed}` : '';
  return `${bar} ${String(done).padStart(String(total).length)}/${total} ${String(Math.floor(ratio * 100)).padStart(3)}%  ${(elapsedMs / 1000).toFixed(1)}s${fail}`;
}

export interface BulkResult {
  total: number;
  written: number;
  failures: { unit: string; message: string }[];
  elapsedMs: number;
  workers: number;
  format: ReportFormat;
  outDir: string;
}

export function summaryText(r: BulkResult): string {
  const per = r.written > 0 ? ` (${(r.elapsedMs / r.written).toFixed(1)} ms/份)` : '';
  const lines = [
    `已生成 ${r.written}/${r.total} 份 ${r.format} 报告，用时 ${(r.elapsedMs / 1000).toFixed(1)} s${per}，${r.workers} 个工作线程 → ${r.outDir}`,
    `wrote ${r.written} of ${r.total} ${r.format} reports in ${(r.elapsedMs / 1000).toFixed(1)} s with ${r.workers} worker(s); ${r.failures.length} failed`,
  ];
  for (const f of r.failures.slice(0, 20)) lines.push(`  失败 / failed: ${f.unit}: ${f.message}`);
  if (r.failures.length > 20) lines.push(`  … ${r.failures.length - 20} more`);
  return lines.join('\n') + '\n';
}

// ---------- rendering in worker threads ----------

interface Job {
  index: number;
  evaluation: Evaluation;
  format: Exclude<ReportFormat, 'pdf'>;
  path: string;
}
type WorkerReply = { index: number; ok: true } | { index: number; ok: false; message: string };

const WORKER_FLAG = 'jixiao-report-worker';

async function renderJob(job: Job): Promise<WorkerReply> {
  try {
    await writeFile(job.path, await renderReportFile(job.evaluation, job.format));
    return { index: job.index, ok: true };
  } catch (e) {
    return { index: job.index, ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

if (!isMainThread && (workerData as { kind?: string } | null)?.kind === WORKER_FLAG) {
  parentPort!.on('message', (job: Job) => {
    void renderJob(job).then((reply) => parentPort!.postMessage(reply));
  });
}

/**
 * Workers load this very module. Compiled, it is plain JS; from the TypeScript sources the worker
 * first registers tsx (Node 20 workers do not inherit a loader registered with module.register).
 */
function startWorker(): Worker {
  const self = new URL(import.meta.url);
  const options = { workerData: { kind: WORKER_FLAG } };
  if (!self.pathname.endsWith('.ts')) return new Worker(self, options);
  const api = createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs');
  const boot = `import(${JSON.stringify(pathToFileURL(api).href)}).then((m) => { m.register(); return import(${JSON.stringify(self.href)}); })`;
  return new Worker(boot, { ...options, eval: true });
}

export interface RenderAllOptions {
  workers: number;
  onProgress?: (done: number, failed: number) => void;
}

/** Renders jobs on `workers` threads (1 = in this thread), pulling the next job as each finishes. */
export async function renderJobs(jobs: Job[], options: RenderAllOptions): Promise<WorkerReply[]> {
  const replies: WorkerReply[] = new Array(jobs.length);
  let done = 0;
  let failed = 0;
  const record = (r: WorkerReply) => {
    replies[r.index] = r;
    done++;
    if (!r.ok) failed++;
    options.onProgress?.(done, failed);
  };
  if (options.workers <= 1 || jobs.length <= 1) {
    for (const j of jobs) record(await renderJob(j));
    return replies;
  }
  let next = 0;
  const byIndex = new Map(jobs.map((j) => [j.index, j]));
  const threads = Array.from({ length: Math.min(options.workers, jobs.length) }, () => {
    const w = startWorker();
    return new Promise<void>((resolve, reject) => {
      const feed = () => {
        if (next < jobs.length) w.postMessage(jobs[next++]);
        else void w.terminate().then(() => resolve());
      };
      w.on('message', (r: WorkerReply) => {
        record(r);
        feed();
      });
      w.on('error', reject);
      w.on('online', feed);
    });
  });
  await Promise.all(threads);
  // a worker that died mid-job leaves holes: report them rather than pretending success
  for (const [i, j] of byIndex) if (!replies[i]) replies[i] = { index: j.index, ok: false, message: 'worker stopped' };
  return replies;
}

// ---------- the command ----------

interface ReportOptions {
  unit?: string;
  year: string;
  format?: string;
  output?: string;
  all?: boolean;
  out?: string;
  jobs?: string;
  data?: string;
}

async function withServices<T>(opts: ReportOptions, fn: (s: Services) => Promise<T>): Promise<T> {
  // loaded lazily: worker threads import this module and need no database
  const { openServices } = await import('../../services/index.js');
  const services = await openServices({ dataDir: dataDirFrom(opts) });
  try {
    return await fn(services);
  } finally {
    await services.close();
  }
}

function friendly(e: unknown): never {
  if (e instanceof LibreOfficeMissingError) throw new CliError(e.message, 3);
  throw e;
}

async function reportOne(opts: ReportOptions, io: CliIo): Promise<void> {
  if (!opts.unit) throw new CliError('需要 --unit 或 --all / give --unit NAME (or --all)', 2);
  // --out is the folder of --all; for one unit it used to be ignored and the file landed in the cwd
  if (opts.out && !opts.output)
    throw new CliError('单个单位请用 -o FILE 指定输出文件（--out DIR 只用于 --all）/ for one unit give -o FILE (--out DIR is for --all)', 2);
  const year = parseYear(opts.year);
  const format = resolveFormat(opts.format, opts.output);
  await withServices(opts, async (s) => {
    const e = await s.evaluations.findByUnitAndYear(opts.unit!, year);
    if (!e) throw new CliError(`未找到 ${opts.unit} ${year} 年度的自评 / no evaluation for ${opts.unit} in ${year}`, 4);
    const file = opts.output ?? reportFileName(e, format);
    const bytes = await renderReportFile(e, format).catch(friendly);
    await writeFile(file, bytes);
    io.out(`${file}\n`);
  });
}

async function reportAll(opts: ReportOptions, io: CliIo): Promise<void> {
  if (!opts.out) throw new CliError('--all 需要 --out DIR / --all needs --out DIR', 2);
  const year = parseYear(opts.year);
  const format = resolveFormat(opts.format, undefined);
  const workers = Math.max(1, opts.jobs ? Number(opts.jobs) : availableParallelism());
  if (!Number.isInteger(workers)) throw new CliError(`--jobs 无效 / invalid --jobs ${opts.jobs}`, 2);
  const evaluations = await withServices(opts, (s) => s.evaluations.listForSubtree(opts.unit ?? null, year));
  if (evaluations.length === 0) throw new CliError(`${year} 年度没有自评 / no evaluations for ${year}${opts.unit ? ` under ${opts.unit}` : ''}`, 4);
  const result = await writeAll(evaluations, format, opts.out, { workers, io });
  io.err(summaryText(result));
  if (result.failures.length > 0) process.exitCode = 1;
}

/** Writes every evaluation's report into outDir; PDF goes through docx and batched soffice runs. */
export async function writeAll(evaluations: Evaluation[], format: ReportFormat, outDir: string, o: { workers: number; io?: CliIo }): Promise<BulkResult> {
  const started = Date.now();
  await mkdir(outDir, { recursive: true });
  const stage = format === 'pdf' ? await mkdtemp(join(outDir, '.docx-')) : outDir;
  const tty = process.stderr.isTTY === true;
  let lastDraw = 0;
  let lastDecile = -1;
  const draw = (done: number, failed: number, force = false) => {
    if (!o.io) return;
    const now = Date.now();
    const decile = Math.floor((done / evaluations.length) * 10);
    if (tty && (force || now - lastDraw > 100)) {
      o.io.err(`\r${progressLine(done, evaluations.length, failed, now - started)}`);
      lastDraw = now;
    } else if (!tty && decile !== lastDecile) {
      o.io.err(`${progressLine(done, evaluations.length, failed, now - started)}\n`);
      lastDecile = decile;
    }
  };
  const jobs: Job[] = evaluations.map((evaluation, index) => ({
    index,
    evaluation,
    format: format === 'pdf' ? 'docx' : format,
    path: join(stage, format === 'pdf' ? bulkFileName(evaluation, 'docx') : bulkFileName(evaluation, format)),
  }));
  const replies = await renderJobs(jobs, { workers: o.workers, onProgress: draw });
  draw(replies.length, replies.filter((r) => !r.ok).length, true);
  if (tty && o.io) o.io.err('\n');
  const failures = replies.flatMap((r) => (r.ok ? [] : [{ unit: evaluations[r.index]!.unit.name, message: r.message }]));
  if (format === 'pdf') {
    try {
      const docs = (await readdir(stage)).filter((f) => f.endsWith('.docx')).map((f) => join(stage, f));
      const chunks = Array.from({ length: Math.min(o.workers, docs.length) }, (_, i) => docs.filter((_, k) => k % o.workers === i));
      o.io?.err(`PDF: LibreOffice 转换 ${docs.length} 份 / converting ${docs.length} files…\n`);
      await Promise.all(chunks.map((c) => convertDocxFilesToPdf(c, outDir))).catch(friendly);
    } finally {
      await rm(stage, { recursive: true, force: true });
    }
  }
  return {
    total: evaluations.length,
    written: evaluations.length - failures.length,
    failures,
    elapsedMs: Date.now() - started,
    workers: Math.min(o.workers, evaluations.length),
    format,
    outDir,
  };
}

export const register: RegisterCommand = (program: Command, io: CliIo) => {
  withDataOption(
    program
      .command('report')
      .description('生成自评报告 / write the 自评报告 (docx|xlsx|pdf|html|md) for a unit, or for every unit of a subtree with --all')
      .option('--unit <name>', '单位名称或代码 / unit name or code (with --all: root of the subtree)')
      .requiredOption('--year <yyyy>', '年度 / year')
      .option('--format <format>', `格式 / ${REPORT_FORMATS.join('|')} (default: from -o, else docx)`)
      .option('-o, --output <file>', '输出文件 / output file (single unit)')
      .option('--all', '该年度全部单位 / every unit of the year (of the subtree with --unit)')
      .option('--out <dir>', '输出目录 / output folder (with --all)')
      .option('--jobs <n>', '工作线程数 / worker threads (default: CPU count)'),
  ).action(async (opts: ReportOptions) => {
    if (opts.all) await reportAll(opts, io);
    else await reportOne(opts, io);
  });
};
