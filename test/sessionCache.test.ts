// The per-process session cache: reads reuse a resolved session; a change made anywhere
// (here: straight in the store, as another process would) reaches the cache through the
// database's NOTIFY on commit — revocation, a disabled user, a changed grant — while writes
// always ask the database.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authService, hashPassword, sessionCache, type SessionCache } from '../src/services/auth.js';
import { users as usersTable } from '../src/store/schema.js';
import { sessionRepository, userRepository } from '../src/store/users.js';
import { openTestStore, type TestStore } from './helpers/store.js';

let store: TestStore;
let cache: SessionCache;
let stop: () => Promise<void>;
const heard: string[] = [];

beforeAll(async () => {
  store = await openTestStore();
  cache = sessionCache(3_600_000); // an hour: only a notice can drop an entry in these tests
  stop = await store.listen(
    'jixiao_auth',
    (p) => (heard.push(p), cache.invalidate(p)),
    () => cache.clear(),
  );
  const users = userRepository(store.db);
  for (const name of ['cache-a', 'cache-b']) {
    const id = await users.insert({ username: name, displayName: name, passwordHash: await hashPassword('cache-pass-1') });
    await users.grant(id, 'reviewer', null);
  }
});
afterAll(async () => {
  await stop();
  await store.close();
});

/** Notices arrive on commit (PGlite) or a moment after (PostgreSQL's LISTEN connection). */
async function eventually(check: () => Promise<boolean>) {
  for (let i = 0; i < 100; i++) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}

describe('session cache with revocation through LISTEN/NOTIFY', () => {
  it('serves a read from the cache, and drops it when the session is revoked elsewhere', async () => {
    const auth = authService(store.db, cache);
    const s = await auth.login('cache-a', 'cache-pass-1');
    expect((await auth.resolve(s.token, true))?.user.username).toBe('cache-a');
    expect(cache.size).toBeGreaterThan(0);
    // another process revokes every session of the user (no call into this cache)
    await sessionRepository(store.db).revokeAllFor(s.user.id);
    expect(await eventually(async () => (await auth.resolve(s.token, true)) === null)).toBe(true);
    expect(heard).toContain(`u:${s.user.id}`);
  });

  it('drops a disabled user and a changed grant; writes never use the cache', async () => {
    const auth = authService(store.db, cache);
    const s = await auth.login('cache-b', 'cache-pass-1');
    expect((await auth.resolve(s.token, true))?.user.roles.map((r) => r.role)).toEqual(['reviewer']);
    await userRepository(store.db).grant(s.user.id, 'finance', null);
    expect(await eventually(async () => (await auth.resolve(s.token, true))?.user.roles.length === 2)).toBe(true);
    await store.db
      .update(usersTable)
      .set({ disabled: true })
      .where(eq(usersTable.id, Number(s.user.id)));
    expect(await auth.resolve(s.token, false)).toBeNull(); // a state change asks the database at once
    expect(await eventually(async () => (await auth.resolve(s.token, true)) === null)).toBe(true);
  });

  it('empties itself on a notice it cannot attribute (unit renamed) and when told to reset', () => {
    cache.invalidate('*');
    expect(cache.size).toBe(0);
  });
});
