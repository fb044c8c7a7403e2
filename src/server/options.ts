// What the server is built with (shared by app.ts and context.ts without importing each other).
import type { Store } from '../store/db.js';

export interface AppOptions {
  store: Store;
  demo?: boolean;
  /** Built web bundle to serve at / (optional). */
  webDir?: string | null;
  logger?: boolean;
  /** Set Secure on cookies (behind TLS). */
  secureCookies?: boolean;
  /** Behind a reverse proxy: trust X-Forwarded-For from these addresses (per-address throttling). */
  trustProxy?: string | boolean;
  /**
   * Keep resolved sessions this long in the process for reads (0 = ask the database every
   * time). Revocations reach every process through LISTEN/NOTIFY; `serve` turns this on.
   */
  sessionCacheSeconds?: number;
  /** Set by `serve --workers`: answers carry X-Jixiao-Worker (which process served it). */
  workerId?: number;
}
