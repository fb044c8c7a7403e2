// Reads that may be served by a streaming replica (dashboards, the portal, exports, reports),
// with read-your-own-writes per session: a write answers with the primary's WAL position in a
// cookie, and that session's reads go to a replica only once it has replayed that far.
// Without replicas everything runs on the primary, as before.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ServiceError } from '../services/errors.js';
import type { Db, Store } from '../store/db.js';

export const WAL_COOKIE = 'jixiao_wal';
/** How long a replica's replayed position is trusted before asking again. */
const REPLAY_FRESH_MS = 20;
/** A replica that failed is left alone this long. */
const DOWN_MS = 5_000;

export function readRouter<S>(store: Store, build: (db: Db) => S, secure: boolean) {
  const primary = build(store.db);
  const replicas = store.replicas.map((r) => ({ r, services: build(r.db), replayed: null as bigint | null, at: 0, downUntil: 0 }));
  let turn = 0;

  async function pick(need: bigint | null) {
    for (let i = 0; i < replicas.length; i++) {
      const rep = replicas[turn++ % replicas.length]!;
      if (rep.downUntil > Date.now()) continue;
      if (need === null || (rep.replayed !== null && rep.replayed >= need)) return rep;
      if (Date.now() - rep.at > REPLAY_FRESH_MS) {
        try {
          rep.replayed = await rep.r.replayed();
          rep.at = Date.now();
        } catch {
          rep.downUntil = Date.now() + DOWN_MS;
          continue;
        }
        if (rep.replayed !== null && rep.replayed >= need) return rep;
      }
    }
    return null; // none has caught up with this session's last write: the primary answers
  }

  return {
    /** Where the last read went (tests and the X-Jixiao-Read header). */
    replicaCount: replicas.length,

    /** Runs a read on a replica that has this session's writes, else on the primary. */
    async run<T>(req: FastifyRequest, reply: FastifyReply, read: (s: S) => Promise<T>): Promise<T> {
      if (replicas.length === 0) return read(primary);
      const raw = req.cookies[WAL_COOKIE];
      const need = raw && /^\d{1,20}$/.test(raw) ? BigInt(raw) : null;
      const rep = await pick(need);
      if (!rep) {
        reply.header('X-Jixiao-Read', 'primary');
        return read(primary);
      }
      try {
        const out = await read(rep.services);
        reply.header('X-Jixiao-Read', 'replica');
        return out;
      } catch (e) {
        if (e instanceof ServiceError) throw e;
        // A replica refuses writes (a year's first roll-up build) and may be down: the primary can do both.
        if (!/read-only|25006/.test(String((e as { cause?: { code?: string } }).cause?.code ?? (e as Error).message))) rep.downUntil = Date.now() + DOWN_MS;
        reply.header('X-Jixiao-Read', 'primary');
        return read(primary);
      }
    },

    /** After a successful write: remember (in the session's cookie) how far a replica must be. */
    async wrote(reply: FastifyReply) {
      if (replicas.length === 0) return;
      const at = await store.walPosition();
      if (at !== null) reply.setCookie(WAL_COOKIE, at.toString(), { path: '/', httpOnly: true, sameSite: 'strict', secure });
    },
  };
}
