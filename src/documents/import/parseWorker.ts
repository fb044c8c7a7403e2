// Worker thread: reads one uploaded report at a time off the server's event loop. Its heap is
// capped by the pool (resourceLimits), and the pool terminates it when a file takes too long.
import { parentPort } from 'node:worker_threads';
import { analyzeText, type Analysis, type ParsedDocument } from '../../domain/checks/index.js';
import { bufferToDocument, ReadError } from './read.js';

interface Job {
  id: number;
  bytes: Uint8Array;
  fileName: string;
  /** Also run the checker's relation model (the import preview shows it), within the same limits. */
  analyze?: boolean;
}

/** Beyond this much text the preview skips the relation check (the file still imports). The check is linear (npm run bench): 1 M characters take a few seconds and under 100 MB of heap, well inside the worker's limits even on a loaded machine. */
export const MAX_ANALYZED_CHARS = 1_000_000;

function analyze(doc: ParsedDocument): { analysis?: Analysis; analysisSkipped?: 'tooLarge' | 'failed' } {
  const size = doc.lines.reduce((n, l) => n + l.length, 0) + doc.tables.reduce((n, t) => n + t.rows.length * 20, 0);
  if (size > MAX_ANALYZED_CHARS) return { analysisSkipped: 'tooLarge' };
  try {
    return { analysis: analyzeText(doc) };
  } catch {
    return { analysisSkipped: 'failed' };
  }
}

parentPort!.on('message', async (job: Job) => {
  try {
    const doc = await bufferToDocument(Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength), job.fileName);
    parentPort!.postMessage({ id: job.id, ok: true, doc, ...(job.analyze ? analyze(doc) : {}) });
  } catch (e) {
    const kind = e instanceof ReadError ? e.kind : 'invalid';
    parentPort!.postMessage({ id: job.id, ok: false, kind, readError: e instanceof ReadError, message: (e as Error).message });
  }
});
parentPort!.postMessage({ ready: true });
