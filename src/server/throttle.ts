// Login throttling per account and per client IP. Failures are kept in the database (as
// `session.loginFailed` audit entries: a failed login is a security event worth auditing anyway),
// so every app process behind a load balancer counts the same attempts.
import type { FastifyReply } from 'fastify';
import { auditRepository } from '../store/audit.js';
import type { Db } from '../store/db.js';

export interface ThrottleLimits {
  /** Failures per account (since its last sign-in or unlock) that cost nothing. */
  perAccount: number;
  /** Failures from one client address within the window. */
  perIp: number;
  windowMs: number;
  /** Per-account delay after the free failures: base × 2^(extra failures), at most `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_LIMITS: ThrottleLimits = {
  perAccount: Number(process.env.JIXIAO_LOGIN_MAX_PER_ACCOUNT ?? 5),
  perIp: Number(process.env.JIXIAO_LOGIN_MAX_PER_IP ?? 30),
  windowMs: Number(process.env.JIXIAO_LOGIN_WINDOW_S ?? 15 * 60) * 1000,
  baseDelayMs: Number(process.env.JIXIAO_LOGIN_BASE_DELAY_S ?? 30) * 1000,
  maxDelayMs: Number(process.env.JIXIAO_LOGIN_MAX_DELAY_S ?? 15 * 60) * 1000,
};

/** Failures of an account are counted for this long (since its last sign-in or unlock). */
const ACCOUNT_MEMORY_MS = 24 * 60 * 60 * 1000;
/** An address the account signed in from within this time is "known" to it. */
const KNOWN_ADDRESS_MS = 90 * 24 * 60 * 60 * 1000;

export interface LoginThrottle {
  /**
   * Seconds to wait before another attempt for this account/address; 0 = go ahead. `knownExempt`:
   * sign-in only — an address the account signed in from skips the account delay (not for guessing
   * the current password through a session, where the attacker already sits at that address).
   */
  retryAfter(account: string, ip: string, knownExempt?: boolean): Promise<number>;
  failed(account: string, ip: string, userId?: string | null): Promise<void>;
}

const norm = (account: string) => account.trim().toLowerCase().slice(0, 100);

/** Seconds until the `max`-th newest failure leaves the window (0 when fewer than `max`). */
export function waitFor(failuresNewestFirst: Date[], max: number, windowMs: number, now = Date.now()): number {
  if (failuresNewestFirst.length < max) return 0;
  const pivot = failuresNewestFirst[max - 1]!.getTime();
  return Math.max(1, Math.ceil((pivot + windowMs - now) / 1000));
}

/**
 * Per-account exponential delay: the first `perAccount` failures are free, then each further one
 * doubles the wait after the newest failure (30 s, 1 min, 2 min … capped at 15 min). Never a lockout:
 * whoever waits may try again, and an attacker keeping the delay up cannot keep out the real user,
 * who signs in from an address the account already used (exempt) or is unlocked by an admin.
 */
export function accountDelay(failuresNewestFirst: Date[], limits: ThrottleLimits, now = Date.now()): number {
  const extra = failuresNewestFirst.length - limits.perAccount;
  if (extra < 0) return 0;
  const delay = Math.min(limits.baseDelayMs * 2 ** Math.min(extra, 30), limits.maxDelayMs);
  const until = failuresNewestFirst[0]!.getTime() + delay;
  return until > now ? Math.max(1, Math.ceil((until - now) / 1000)) : 0;
}

/** One process only (tests, single-node tools): the same rules, held in memory (no known addresses). */
export function memoryThrottle(limits: ThrottleLimits = DEFAULT_LIMITS): LoginThrottle {
  const byAccount = new Map<string, Date[]>();
  const byIp = new Map<string, Date[]>();
  const recent = (m: Map<string, Date[]>, k: string, windowMs: number) => {
    const since = Date.now() - windowMs;
    const list = (m.get(k) ?? []).filter((d) => d.getTime() > since);
    m.set(k, list);
    return [...list].reverse();
  };
  return {
    async retryAfter(account, ip) {
      return Math.max(
        accountDelay(recent(byAccount, norm(account), ACCOUNT_MEMORY_MS), limits),
        waitFor(recent(byIp, ip, limits.windowMs), limits.perIp, limits.windowMs),
      );
    },
    async failed(account, ip) {
      const now = new Date();
      byAccount.set(norm(account), [...(byAccount.get(norm(account)) ?? []), now]);
      byIp.set(ip, [...(byIp.get(ip) ?? []), now]);
    },
  };
}

/**
 * Shared by all processes. A successful login (audited by the auth service as `session.login`,
 * with its address) or an admin's unlock (`session.unlock`) resets the account's count. Needs no
 * table of its own; see docs/SECURITY.md for the index a large audit log wants.
 */
export function databaseThrottle(db: Db, limits: ThrottleLimits = DEFAULT_LIMITS): LoginThrottle {
  const ago = (ms: number) => new Date(Date.now() - ms);
  // no account can need more failures than this to reach the longest delay
  const accountMax = limits.perAccount + Math.ceil(Math.log2(Math.max(1, limits.maxDelayMs / Math.max(1, limits.baseDelayMs)))) + 2;
  return {
    async retryAfter(account, ip, knownExempt = false) {
      const audit = auditRepository(db);
      const [byAccount, byIp, known] = await Promise.all([
        audit.loginFailures({ account: norm(account) }, ago(ACCOUNT_MEMORY_MS), accountMax),
        audit.loginFailures({ ip }, ago(limits.windowMs), limits.perIp),
        knownExempt ? audit.knownAddress(norm(account), ip, ago(KNOWN_ADDRESS_MS)) : false,
      ]);
      const perIp = waitFor(byIp, limits.perIp, limits.windowMs);
      return known ? perIp : Math.max(accountDelay(byAccount, limits), perIp);
    },
    async failed(account, ip, userId = null) {
      await db.transaction((tx) =>
        auditRepository(tx).append([{ userId, action: 'session.loginFailed', entity: 'session', entityId: norm(account), unitId: null, reason: ip }]),
      );
    },
  };
}

const cache = new WeakMap<object, LoginThrottle>();

/** The throttle of one app (keyed by its store): database-backed unless JIXIAO_THROTTLE=memory. */
export function throttleFor(store: { db: Db }): LoginThrottle {
  let t = cache.get(store);
  if (!t) {
    t = process.env.JIXIAO_THROTTLE === 'memory' ? memoryThrottle() : databaseThrottle(store.db);
    cache.set(store, t);
  }
  return t;
}

/** Sends the 429 answer with Retry-After. */
export function sendThrottled(reply: FastifyReply, seconds: number) {
  return reply
    .status(429)
    .header('Retry-After', String(seconds))
    .send({
      error: 'throttled',
      message: `尝试次数过多，请 ${Math.ceil(seconds / 60)} 分钟后再试 / too many attempts, retry after ${seconds} s`,
      retryAfter: seconds,
    });
}

/**
 * Runs a password check under the throttle: 429 while held back; a failed check (a ServiceError
 * with code `unauthenticated` or `invalid` flagged by `isWrongPassword`) is recorded.
 */
export async function throttled<T>(
  throttle: LoginThrottle,
  reply: FastifyReply,
  key: { account: string; ip: string; userId?: string | null; knownExempt?: boolean },
  attempt: () => Promise<T>,
  isWrongPassword: (e: unknown) => boolean,
): Promise<T | FastifyReply> {
  const wait = await throttle.retryAfter(key.account, key.ip, key.knownExempt ?? false);
  if (wait > 0) return sendThrottled(reply, wait);
  try {
    return await attempt();
  } catch (e) {
    if (isWrongPassword(e)) await throttle.failed(key.account, key.ip, key.userId ?? null);
    throw e;
  }
}
