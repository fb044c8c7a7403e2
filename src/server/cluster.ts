// Several app processes on one port (Node's cluster: the primary accepts, workers serve).
// Nothing a request needs lives in one worker only (sessions, throttles and caches are in the
// database or invalidated through it), so any worker may serve any request.
// SIGHUP restarts the workers one at a time (the next starts once the new one listens);
// SIGTERM/SIGINT drain them all. A worker that dies is replaced.
import cluster, { type Worker } from 'node:cluster';

export interface PrimaryOptions {
  workers: number;
  log: (line: string) => void;
  /** How long a draining worker may take to finish its requests before it is killed. */
  drainMs?: number;
}

/** Message from the primary asking a worker to stop accepting, finish its requests and exit. */
export const DRAIN = 'jixiao:drain';

export function runPrimary(o: PrimaryOptions): Promise<never> {
  const drainMs = o.drainMs ?? 30_000;
  let stopping = false;
  let restarting = false;
  const draining = new Set<Worker>();
  let nextId = 1;

  const fork = () => {
    const w = cluster.fork({ JIXIAO_WORKER_ID: String(nextId++) });
    w.on('exit', (code, signal) => {
      if (stopping || draining.has(w)) return;
      o.log(`worker ${w.process.pid} exited (${signal ?? code}); starting another\n`);
      setTimeout(fork, 1000).unref(); // a crash loop does not spin
    });
    return w;
  };
  const listening = (w: Worker) =>
    new Promise<void>((resolve, reject) => {
      w.once('listening', () => resolve());
      w.once('exit', (code) => reject(new Error(`worker exited with ${code} before listening`)));
    });
  const drain = (w: Worker) =>
    new Promise<void>((resolve) => {
      draining.add(w);
      const timer = setTimeout(() => w.process.kill('SIGKILL'), drainMs);
      w.once('exit', () => {
        clearTimeout(timer);
        draining.delete(w);
        resolve();
      });
      if (w.isConnected()) w.send(DRAIN);
      else w.process.kill('SIGTERM');
    });

  const all = () => Object.values(cluster.workers ?? {}).filter((w): w is Worker => Boolean(w) && !draining.has(w!));
  const started = all().length ? Promise.resolve() : Promise.all(Array.from({ length: o.workers }, () => listening(fork())));
  void started.then(
    () => o.log(`jixiao: ${o.workers} worker(s) listening (primary ${process.pid}; SIGHUP restarts them one at a time)\n`),
    (e: Error) => {
      o.log(`jixiao: a worker failed to start: ${e.message}\n`);
      process.exit(1);
    },
  );

  process.on('SIGHUP', async () => {
    if (restarting || stopping) return;
    restarting = true;
    try {
      for (const old of all()) {
        const fresh = fork();
        await listening(fresh); // the port keeps one more listener until the old one drains
        await drain(old);
      }
      o.log(`jixiao: workers restarted\n`);
    } catch (e) {
      o.log(`jixiao: restart stopped: ${(e as Error).message}\n`);
    } finally {
      restarting = false;
    }
  });
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await Promise.all(all().map(drain));
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  return new Promise<never>(() => undefined);
}

/** In a worker: runs `close` when the primary asks it to drain (or the primary is gone). */
export function onDrain(close: () => Promise<void>) {
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    void close().finally(() => process.exit(0));
  };
  process.on('message', (m) => m === DRAIN && go());
  process.on('disconnect', go);
  // Ctrl-C reaches the whole process group, systemd's default stop the whole cgroup: drain too.
  process.on('SIGTERM', go);
  process.on('SIGINT', go);
}

export const isWorker = () => cluster.isWorker;
export const workerId = () => (cluster.isWorker ? Number(process.env.JIXIAO_WORKER_ID ?? cluster.worker?.id ?? 0) : undefined);
