// Uploaded reports are parsed in worker threads, never on the event loop that answers everyone
// else: a hostile .docx can cost its own worker time and memory, not the server. Each worker has
// a heap cap; a file that takes longer than the time limit has its worker terminated (and
// replaced). A small pool bounds how many files are read at once; a short queue waits, beyond
// it the upload is refused as busy.
import { Worker } from 'node:worker_threads';
import type { ParsedDocument } from '../../domain/checks/document.js';
import type { Analysis } from '../../domain/checks/index.js';
import { ReadError } from './read.js';

export interface IsolationLimits {
  /** Per file, milliseconds. */
  timeMs: number;
  /** Worker heap cap, MB. */
  memoryMb: number;
  /** Files read at once. */
  workers: number;
  /** Files waiting beyond that before uploads are refused. */
  queue: number;
}

const env = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};

export const DEFAULT_LIMITS: IsolationLimits = {
  timeMs: env('JIXIAO_PARSE_TIME_MS', 30_000),
  memoryMb: env('JIXIAO_PARSE_MEMORY_MB', 512),
  workers: env('JIXIAO_PARSE_WORKERS', 2),
  queue: env('JIXIAO_PARSE_QUEUE', 16),
};

/** Refused because every worker is busy and the queue is full (503). */
export class BusyError extends Error {}

type Reply =
  | { id: number; ok: true; doc: ParsedDocument; analysis?: Analysis; analysisSkipped?: 'tooLarge' | 'failed' }
  | { id: number; ok: false; kind: 'invalid' | 'tooLarge' | 'unprocessable'; readError: boolean; message: string };

export interface ReadResult {
  doc: ParsedDocument;
  analysis?: Analysis;
  /** Why the relation check was not run (too much text for a preview, or it failed). */
  analysisSkipped?: 'tooLarge' | 'failed';
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
}

/** From the TypeScript source (tests, tsx) the worker registers tsx itself; built, it is plain JS. */
function spawn(memoryMb: number): Slot {
  const self = new URL(import.meta.url);
  const fromSource = self.pathname.endsWith('.ts');
  const target = new URL(fromSource ? './parseWorker.ts' : './parseWorker.js', self);
  const worker = fromSource
    ? new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(target.href)}); })`, {
        eval: true,
        resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 64 },
      })
    : new Worker(target, { resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 64 } });
  worker.unref();
  const ready = new Promise<void>((resolve, reject) => {
    const onMessage = (m: { ready?: boolean }) => {
      if (m.ready) {
        worker.off('message', onMessage);
        worker.off('error', reject);
        resolve();
      }
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
  });
  ready.catch(() => undefined);
  return { worker, ready };
}

export function parserPool(limits: IsolationLimits = DEFAULT_LIMITS) {
  const idle: Slot[] = [];
  let live = 0;
  const waiting: ((s: Slot) => void)[] = [];
  let nextId = 1;
  let closed = false;

  async function acquire(): Promise<Slot> {
    const s = idle.pop();
    if (s) return s;
    if (live < limits.workers) {
      live++;
      return spawn(limits.memoryMb);
    }
    if (waiting.length >= limits.queue) throw new BusyError('服务器正在处理其他文件，请稍后再试 / busy reading other files, try again shortly');
    return new Promise((resolve) => waiting.push(resolve));
  }
  function release(s: Slot | null) {
    if (s === null) {
      // the worker was terminated: a waiting job gets a fresh one
      const next = waiting.shift();
      if (next && !closed) next(spawn(limits.memoryMb));
      else live--;
      return;
    }
    const next = waiting.shift();
    if (next) next(s);
    else if (closed) void s.worker.terminate();
    else idle.push(s);
  }

  /** Parses a report in a worker and, with `analyze`, checks its relations there too (same limits). */
  async function read(bytes: Buffer, fileName: string, options: { analyze?: boolean } = {}): Promise<ReadResult> {
    const slot = await acquire();
    const id = nextId++;
    let healthy = true;
    try {
      await slot.ready;
      return await new Promise<ReadResult>((resolve, reject) => {
        const timer = setTimeout(() => {
          healthy = false;
          void slot.worker.terminate();
          reject(
            new ReadError(
              `文件处理超过 ${Math.round(limits.timeMs / 1000)} 秒仍未完成，已停止；请检查文件是否异常（例如数十万个空段落）/ reading took too long`,
              'unprocessable',
            ),
          );
        }, limits.timeMs);
        const done = () => {
          clearTimeout(timer);
          slot.worker.off('message', onMessage);
          slot.worker.off('error', onError);
          slot.worker.off('exit', onExit);
        };
        const onMessage = (m: Reply) => {
          if (m.id !== id) return;
          done();
          if (m.ok)
            resolve({ doc: m.doc, ...(m.analysis ? { analysis: m.analysis } : {}), ...(m.analysisSkipped ? { analysisSkipped: m.analysisSkipped } : {}) });
          else reject(m.readError ? new ReadError(m.message, m.kind) : new ReadError(`文件无法读取（${m.message.slice(0, 80)}）`));
        };
        const onError = (e: Error & { code?: string }) => {
          done();
          healthy = false;
          reject(
            e.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? new ReadError(
                  `读取这个文件需要的内存超过 ${limits.memoryMb} MB 的上限，已停止；请检查文件是否异常 / the file needs too much memory`,
                  'tooLarge',
                )
              : new ReadError(`文件无法读取（${e.message.slice(0, 80)}）`),
          );
        };
        const onExit = () => {
          done();
          healthy = false;
          reject(new ReadError('读取文件的进程意外结束，请检查文件是否异常 / the reader stopped', 'unprocessable'));
        };
        slot.worker.on('message', onMessage);
        slot.worker.once('error', onError);
        slot.worker.once('exit', onExit);
        const copy = new Uint8Array(bytes); // transferred: the caller keeps its buffer
        slot.worker.postMessage({ id, bytes: copy, fileName, analyze: options.analyze === true }, [copy.buffer]);
      });
    } catch (e) {
      if (!(e instanceof ReadError)) healthy = false;
      throw e;
    } finally {
      if (!healthy) void slot.worker.terminate();
      release(healthy ? slot : null);
    }
  }

  return {
    /** Parses a report in a worker. ReadError ('tooLarge' for size/time/memory) or BusyError. */
    parse: async (bytes: Buffer, fileName: string): Promise<ParsedDocument> => (await read(bytes, fileName)).doc,
    read,
    async close() {
      closed = true;
      await Promise.all(idle.splice(0).map((s) => s.worker.terminate()));
    },
  };
}

export type ParserPool = ReturnType<typeof parserPool>;

let shared: ParserPool | null = null;
/** One pool per process (the server's uploads). */
export function sharedParserPool(): ParserPool {
  shared ??= parserPool();
  return shared;
}
