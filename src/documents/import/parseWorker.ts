// Worker thread: reads one uploaded report at a time off the server's event loop. Its heap is
// capped by the pool (resourceLimits), and the pool terminates it when a file takes too long.
import { parentPort } from 'node:worker_threads';
import { analyzeText } from '../../domain/checks/index.js';
import { bufferToDocument, ReadError } from './read.js';

interface Job {
  id: number;
  bytes: Uint8Array;
  fileName: string;
  /** Also run the checker's relation model (the import preview shows it), within the same limits. */
  analyze?: boolean;
}

parentPort!.on('message', async (job: Job) => {
  try {
    const doc = await bufferToDocument(Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength), job.fileName);
    parentPort!.postMessage({ id: job.id, ok: true, doc, ...(job.analyze ? { analysis: analyzeText(doc) } : {}) });
  } catch (e) {
    const kind = e instanceof ReadError ? e.kind : 'invalid';
    parentPort!.postMessage({ id: job.id, ok: false, kind, readError: e instanceof ReadError, message: (e as Error).message });
  }
});
parentPort!.postMessage({ ready: true });
