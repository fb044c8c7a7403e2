// Login, sessions and the current actor. Passwords: argon2id; session tokens stored as SHA-256.
import { loginName } from '../domain/userAdmin.js';
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Actor } from '../domain/access.js';
import type { SessionUser } from '../domain/wire.js';
import { auditRepository } from '../store/audit.js';
import type { Db } from '../store/db.js';
import { sessionRepository, userRepository } from '../store/users.js';
import { ServiceError } from './errors.js';

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
const tokenId = (token: string) => createHash('sha256').update(token).digest('hex');

export const hashPassword = (password: string) => hash(password, { algorithm: 2 /* argon2id */ });

export interface SessionInfo {
  token: string; // goes in the cookie; never stored
  csrfToken: string;
  expiresAt: Date;
  actor: Actor;
  /** mustChangePassword: an admin chose the password; until the user changes it, the API serves only the account routes. */
  user: SessionUser;
}

type Resolved = Omit<SessionInfo, 'token'> & { sessionId: string };

/**
 * Resolved sessions kept for a while in this process, so a busy dashboard is not two queries
 * per request. Every process hears of revocations and user or grant changes through the
 * database (NOTIFY on commit, see migration 0009) and drops the entries concerned; `ttlMs`
 * bounds how long an entry lives anyway.
 */
export function sessionCache(ttlMs: number, max = 10_000) {
  const entries = new Map<string, { at: number; value: Resolved }>();
  return {
    ttlMs,
    get(id: string): Resolved | null {
      const e = entries.get(id);
      if (!e) return null;
      if (Date.now() - e.at > ttlMs || e.value.expiresAt.getTime() <= Date.now()) {
        entries.delete(id);
        return null;
      }
      return e.value;
    },
    set(id: string, value: Resolved) {
      if (entries.size >= max) entries.delete(entries.keys().next().value!);
      entries.set(id, { at: Date.now(), value });
    },
    drop(id: string) {
      entries.delete(id);
    },
    /** A NOTIFY payload: `u:<userId>` drops that user's sessions, anything else drops all. */
    invalidate(payload: string) {
      if (!payload.startsWith('u:')) return entries.clear();
      const userId = payload.slice(2);
      for (const [id, e] of entries) if (e.value.user.id === userId) entries.delete(id);
    },
    clear() {
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}
export type SessionCache = ReturnType<typeof sessionCache>;

/** `cache`: resolved sessions reused for reads (see sessionCache); writes always ask the database. */
export function authService(db: Db, cache: SessionCache | null = null) {
  const users = userRepository(db);
  const sessions = sessionRepository(db);

  async function actorFor(userId: string) {
    const user = await users.byId(userId);
    if (!user || user.disabled) return null;
    const roles = await users.roles(userId);
    const actor: Actor = { kind: 'user', userId, username: user.username, grants: roles.map((r) => ({ role: r.role, unitId: r.unitId })) };
    return { actor, user: { id: userId, username: user.username, displayName: user.displayName, roles, mustChangePassword: user.mustChangePassword } };
  }

  return {
    /** `ip`: recorded with the login, so the throttle knows the addresses this account signs in from. */
    async login(username: string, password: string, ip: string | null = null): Promise<SessionInfo> {
      const user = await users.byUsername(loginName(username));
      // Verify against a dummy hash when the user is unknown so timing does not reveal usernames.
      const ok = user && !user.disabled ? await verify(user.passwordHash, password) : (await hashPassword(password), false);
      if (!user || !ok) throw new ServiceError('unauthenticated', '用户名或密码错误 / wrong username or password');
      const token = randomBytes(32).toString('base64url');
      const csrfToken = randomBytes(24).toString('base64url');
      const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
      // The session and its audit entry together: the throttle resets on that entry.
      await db.transaction(async (tx) => {
        await sessionRepository(tx).create({ id: tokenId(token), userId: user.id, csrfToken, expiresAt });
        await auditRepository(tx).append([{ userId: user.id, action: 'session.login', entity: 'session', entityId: null, unitId: null, reason: ip }]);
      });
      const who = (await actorFor(user.id))!;
      return { token, csrfToken, expiresAt, ...who };
    },

    /**
     * The session behind a cookie token, or null when absent, expired or revoked. `cached`:
     * a read may use this process's cache; anything that changes state asks the database.
     */
    async resolve(token: string | undefined, cached = false): Promise<Resolved | null> {
      if (!token) return null;
      const id = tokenId(token);
      const hit = cached && cache ? cache.get(id) : null;
      if (hit) return hit;
      const s = await sessions.liveWithUser(id);
      if (!s) {
        cache?.drop(id);
        return null;
      }
      const actor: Actor = { kind: 'user', userId: s.userId, username: s.username, grants: s.roles.map((r) => ({ role: r.role, unitId: r.unitId })) };
      const resolved: Resolved = {
        sessionId: id,
        csrfToken: s.csrfToken,
        expiresAt: s.expiresAt,
        actor,
        user: { id: s.userId, username: s.username, displayName: s.displayName, roles: s.roles, mustChangePassword: s.mustChangePassword },
      };
      cache?.set(id, resolved);
      return resolved;
    },

    async logout(token: string | undefined) {
      if (!token) return;
      cache?.drop(tokenId(token)); // the other processes hear of it on commit
      const live = await sessions.live(tokenId(token));
      if (!live) return;
      await db.transaction(async (tx) => {
        await sessionRepository(tx).revoke(live.id);
        await auditRepository(tx).append([{ userId: live.userId, action: 'session.logout', entity: 'session', entityId: null, unitId: null }]);
      });
    },
  };
}

export type AuthService = ReturnType<typeof authService>;
