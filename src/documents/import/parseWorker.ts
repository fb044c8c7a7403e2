// Worker thread: reads one uploaded report at a time off the server's event loop. Its heap is
// capped by the pool (resourceLimits), and the pool terminates it when a file takes too long.
import { parentPort } from 'node:worker_threads';
import { bufferToDocument, ReadError } from './read.js';

interface Job {
  id: number;
  bytes: Uint8Array;
  fileName: string;
}

parentPort!.on('message', async (job: Job) => {
  try {
    const doc = await bufferToDocument(Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength), job.fileName);
    parentPort!.postMessage({ id: job.id, ok: true, doc });
  } catch (e) {
    const kind = e instanceof ReadError ? e.kind : 'invalid';
    parentPort!.postMessage({ id: job.id, ok: false, kind, readError: e instanceof ReadError, message: (e as Error).message });
  }
});
parentPort!.postMessage({ ready: true });
