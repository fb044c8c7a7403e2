// Counts the statements a store sends to its database (every query, EXECUTE, BEGIN and COMMIT:
// one per round trip; a multi-statement simple query counts once). Diagnosis for benches only:
// it wraps the driver (PGlite's query queue, pg's Client.query) of this process.
import pg from 'pg';
import type { Store } from '../src/store/db.js';

export interface StatementCounter {
  /** Statements sent since the counter was made or last reset. */
  count(): number;
  /** The texts of those statements (first 120 characters each). */
  texts(): string[];
  reset(): void;
}

let patchedPg = false;
const listeners = new Set<(text: string) => void>();

export function countStatements(store: Store): StatementCounter {
  let texts: string[] = [];
  const seen = (text: string) => texts.push(text.replace(/\s+/g, ' ').trim().slice(0, 120));
  if (store.kind === 'pglite') {
    const client = (store.db as unknown as { $client: Record<string, unknown> }).$client;
    // PGlite runs every query and exec (BEGIN/COMMIT included) through _runExclusiveQuery once;
    // the texts are caught where they are passed (the client's and its transactions' query/exec)
    let last = '';
    const run = client._runExclusiveQuery as (fn: () => Promise<unknown>) => Promise<unknown>;
    client._runExclusiveQuery = function (this: unknown, fn: () => Promise<unknown>) {
      seen(last || '(begin/commit/rollback)');
      last = '';
      return run.call(this, fn);
    };
    const note = (o: Record<string, unknown>) => {
      for (const m of ['query', 'exec']) {
        const f = o[m] as (...a: unknown[]) => unknown;
        o[m] = (...a: unknown[]) => {
          last = String(a[0]);
          return f.apply(o, a);
        };
      }
    };
    note(client);
    const transaction = client.transaction as (fn: (tx: Record<string, unknown>) => Promise<unknown>) => Promise<unknown>;
    client.transaction = (fn: (tx: Record<string, unknown>) => Promise<unknown>) =>
      transaction.call(client, (tx) => {
        note(tx);
        return fn(tx);
      });
  } else {
    if (!patchedPg) {
      patchedPg = true;
      const query = pg.Client.prototype.query as (...a: unknown[]) => unknown;
      pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
        const first = args[0] as string | { text?: string } | undefined;
        const text = typeof first === 'string' ? first : (first?.text ?? '');
        for (const l of listeners) l(text);
        return query.apply(this, args);
      } as typeof pg.Client.prototype.query;
    }
    listeners.add(seen);
  }
  return {
    count: () => texts.length,
    texts: () => texts,
    reset: () => {
      texts = [];
    },
  };
}
