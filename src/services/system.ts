// System-level operations the CLI runs (full rights, audited as the system): the CLI reaches the
// store only through here, so every command goes through the same use cases as the HTTP API.
import { SYSTEM_ACTOR } from '../domain/access.js';
import type { Unit } from '../domain/types.js';
import { auditRepository } from '../store/audit.js';
import { describeRecord, verifyStates } from '../store/auditState.js';
import { openStore, type Db, type DbOrTx, type StoreOptions } from '../store/db.js';
import { unitRepository } from '../store/units.js';
import { userRepository } from '../store/users.js';
import { restoreFrom } from './backup.js';

/** Units whose name, short name or code is `q`. */
export type { DbOrTx };

export const unitsNamed = (db: DbOrTx, q: string): Promise<Unit[]> => unitRepository(db).findByAnyName(q);

export const userNamed = (db: DbOrTx, username: string) => userRepository(db).byUsername(username);

export interface AuditCheckpoint {
  id: number;
  hash: string;
}

/** The hash chain, the checkpoints given, and every audited record against its last logged state. */
export async function verifyAudit(db: DbOrTx, anchors: { from: string; cp: AuditCheckpoint }[]) {
  const repo = auditRepository(db);
  const chain = await repo.verify();
  const anchorProblems: string[] = [];
  for (const a of anchors) {
    const stored = await repo.hashOf(a.cp.id);
    if (stored === null)
      anchorProblems.push(`检查点 ${a.cp.id}（${a.from}）对应的日志条目已不存在：日志被截断 / the checkpoint entry is gone: the log was truncated`);
    else if (stored !== a.cp.hash)
      anchorProblems.push(`检查点 ${a.cp.id}（${a.from}）的哈希不符：日志被改写 / the checkpoint entry's hash differs: the log was rewritten`);
  }
  const states = await verifyStates(db);
  const described = [];
  for (const p of states.problems.slice(0, 50)) described.push({ ...p, name: await describeRecord(db, p.entity, p.id) });
  return { chain, anchorProblems, states, described };
}

/** Record the current state of every audited record (once, after upgrading from a version without it). */
export function sealAudit(db: Db) {
  return db.transaction((tx) =>
    auditRepository(tx).append([
      { userId: SYSTEM_ACTOR.userId, action: 'audit.seal', entity: 'deployment', entityId: null, unitId: null, seal: ['evaluation', 'unitYear', 'user'] },
    ]),
  );
}

/** Restore into the bare store (migrations only): opening the services would add the built-in frameworks. */
export async function restoreInto(options: StoreOptions, file: string): Promise<Record<string, number>> {
  const store = await openStore(options);
  try {
    return await restoreFrom(store.db, file);
  } finally {
    await store.close();
  }
}
