// Framework use cases: the built-in frameworks are ensured in every database.
import type { Framework } from '../domain/types.js';
import type { DbOrTx } from '../store/db.js';
import { frameworkRepository } from '../store/frameworks.js';

/** Inserts each framework whose code is not stored yet; returns code → stored framework. */
export async function ensureFrameworks(db: DbOrTx, list: readonly Omit<Framework, 'id'>[]): Promise<Map<string, Framework>> {
  const repo = frameworkRepository(db);
  const out = new Map<string, Framework>();
  for (const f of list) {
    out.set(f.code, (await repo.latest(f.code)) ?? (await repo.insert(f)));
  }
  return out;
}
