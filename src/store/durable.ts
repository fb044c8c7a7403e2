// PGlite runs Postgres with fsync off (`-F`) and its Node file system never calls fsync, so a
// committed write sits in the OS page cache: it survives a killed process, not a power cut. This
// makes an acknowledged write durable from Node: after each write request (before the answer) the
// WAL segments written since the last sync are fsynced, the pg_wal directory too when a segment
// appears, and — because a checkpoint may then recycle old WAL while data files were never synced —
// every data file changed since the last full pass (at a segment switch and on close).
import { execFile } from 'node:child_process';
import { open, readdir, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { join } from 'node:path';

const SEGMENT = /^[0-9A-F]{24}$/;
const run = promisify(execFile);

async function fsyncPath(path: string): Promise<boolean> {
  let fh;
  try {
    fh = await open(path, 'r');
    await fh.sync();
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false; // removed meanwhile (recycled)
    throw e;
  } finally {
    await fh?.close();
  }
}

async function* walk(dir: string): AsyncGenerator<string> {
  for (const d of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const p = join(dir, d.name);
    if (d.isDirectory()) {
      yield p;
      yield* walk(p);
    } else if (d.isFile()) yield p;
  }
}

export interface SyncStats {
  /** fsync calls made by the last sync. */
  files: number;
  full: boolean;
}

/** A serialised syncer for one PGlite data folder. */
export function pgliteSyncer(dataDir: string) {
  const wal = join(dataDir, 'pg_wal');
  const synced = new Map<string, number>(); // segment → mtime when last synced
  let segments = '';
  let lastFull = 0;
  let chain: Promise<unknown> = Promise.resolve();

  async function fullPass(): Promise<number> {
    const started = Date.now();
    // One syncfs(2) of the data folder's file system (coreutils `sync -f`) instead of an fsync per
    // file: a fresh cluster has ~1,500 files. Falls back to the walk where `sync -f` is missing.
    try {
      await run('sync', ['-f', dataDir]);
      lastFull = started;
      return 1;
    } catch {
      /* no coreutils sync: fsync file by file */
    }
    let n = 0;
    for await (const p of walk(dataDir)) {
      const st = await stat(p).catch(() => null);
      if (st && st.mtimeMs >= lastFull - 2000 && (await fsyncPath(p))) n++;
    }
    if (await fsyncPath(dataDir)) n++;
    lastFull = started;
    return n;
  }

  async function once(forceFull: boolean): Promise<SyncStats> {
    const names = (await readdir(wal).catch(() => [] as string[])).filter((n) => SEGMENT.test(n)).sort();
    let files = 0;
    const newest = names.at(-1);
    for (const n of names) {
      const st = await stat(join(wal, n)).catch(() => null);
      if (!st) continue;
      // the newest segment always (a write within the same mtime tick must not be missed)
      if (n === newest || synced.get(n) !== st.mtimeMs) {
        if (await fsyncPath(join(wal, n))) files++;
        synced.set(n, st.mtimeMs);
      }
    }
    for (const k of synced.keys()) if (!names.includes(k)) synced.delete(k);
    const set = names.join(',');
    const switched = set !== segments;
    if (switched) {
      if (await fsyncPath(wal)) files++;
      segments = set;
    }
    const full = forceFull || switched;
    if (full) files += await fullPass();
    return { files, full };
  }

  return {
    /** fsyncs what the last commits wrote; concurrent callers share the queue. */
    sync(forceFull = false): Promise<SyncStats> {
      const next = chain.then(() => once(forceFull));
      chain = next.catch(() => undefined);
      return next;
    },
  };
}
