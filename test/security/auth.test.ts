// Authentication hardening: throttling (per account, per address, across app instances), password
// change and admin reset, session revocation and expiry, cookie flags, security headers, body limit.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { queryRows } from '../../src/store/db.js';
import { DEFAULT_LIMITS } from '../../src/server/throttle.js';
import { securityEnv, PASSWORD, type SecurityEnv } from './env.js';

let env: SecurityEnv;
const login = (username: string, password: string, remoteAddress = '127.0.0.1') =>
  env.app.inject({ method: 'POST', url: '/api/login', payload: { username, password }, remoteAddress });

beforeAll(async () => {
  env = await securityEnv();
});
afterAll(async () => {
  await env?.close();
});

describe('login throttling', () => {
  it('holds an account back after repeated failures with 429 + Retry-After, even for the right password', async () => {
    await env.addUser('victim', 'filler', env.targets.own.unitId);
    for (let i = 0; i < DEFAULT_LIMITS.perAccount; i++) expect((await login('victim', 'wrong-' + i, '10.1.0.' + i)).statusCode).toBe(401);
    const held = await login('victim', PASSWORD, '10.1.0.99');
    expect(held.statusCode).toBe(429);
    const retry = Number(held.headers['retry-after']);
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(DEFAULT_LIMITS.windowMs / 1000);
    expect(held.json()).toMatchObject({ error: 'throttled' });
    // another account from the same addresses is unaffected
    expect((await login('p_filler', PASSWORD, '10.1.0.1')).statusCode).toBe(200);
  });

  it('counts unknown user names the same way (no account enumeration through the throttle)', async () => {
    for (let i = 0; i < DEFAULT_LIMITS.perAccount; i++) expect((await login('no-such-user', 'x', '10.2.0.' + i)).statusCode).toBe(401);
    expect((await login('no-such-user', 'x', '10.2.0.50')).statusCode).toBe(429);
  });

  it('resets the account count on a successful login', async () => {
    await env.addUser('forgetful', 'filler', env.targets.own.unitId);
    for (let i = 0; i < DEFAULT_LIMITS.perAccount - 1; i++) expect((await login('forgetful', 'bad', '10.3.0.1')).statusCode).toBe(401);
    expect((await login('forgetful', PASSWORD, '10.3.0.1')).statusCode).toBe(200);
    for (let i = 0; i < DEFAULT_LIMITS.perAccount - 1; i++) expect((await login('forgetful', 'bad', '10.3.0.2')).statusCode).toBe(401);
    expect((await login('forgetful', PASSWORD, '10.3.0.2')).statusCode).toBe(200);
  });

  it('holds back one client address spraying many accounts', async () => {
    for (let i = 0; i < DEFAULT_LIMITS.perIp; i++) expect((await login(`spray${i}`, 'x', '10.4.4.4')).statusCode).toBe(401);
    expect((await login('p_reviewer', PASSWORD, '10.4.4.4')).statusCode).toBe(429);
    expect((await login('p_reviewer', PASSWORD, '10.4.4.5')).statusCode).toBe(200);
  });

  it('shares the count between app instances over one database (as separate processes would)', async () => {
    const other = await buildApp({ store: env.store });
    try {
      await env.addUser('shared', 'filler', env.targets.own.unitId);
      for (let i = 0; i < DEFAULT_LIMITS.perAccount; i++) {
        const app = i % 2 ? other : env.app;
        expect(
          (await app.inject({ method: 'POST', url: '/api/login', payload: { username: 'shared', password: 'no' }, remoteAddress: '10.5.0.' + i })).statusCode,
        ).toBe(401);
      }
      expect((await other.inject({ method: 'POST', url: '/api/login', payload: { username: 'shared', password: PASSWORD } })).statusCode).toBe(429);
    } finally {
      await other.close();
    }
  });
});

describe('passwords and sessions', () => {
  it('changes the own password: wrong current → 400, weak → 400, then other sessions end and this one stays', async () => {
    await env.addUser('changer', 'filler', env.targets.own.unitId);
    const a = await env.login('changer');
    const b = await env.login('changer');
    const wrong = await a.send('POST', '/api/account/password', { currentPassword: 'nope', newPassword: 'Another-pass-77' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ error: 'wrongPassword' });
    expect((await a.send('POST', '/api/account/password', { currentPassword: PASSWORD, newPassword: 'short' })).statusCode).toBe(400);
    expect((await a.send('POST', '/api/account/password', { currentPassword: PASSWORD, newPassword: 'changer-is-me-123' })).statusCode).toBe(400);
    const noCsrf = await a.send('POST', '/api/account/password', { currentPassword: PASSWORD, newPassword: 'Another-pass-77' }, { csrf: null });
    expect(noCsrf.statusCode).toBe(403);
    const ok = await a.send('POST', '/api/account/password', { currentPassword: PASSWORD, newPassword: 'Another-pass-77' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ ok: true, revokedSessions: 1 });
    expect((await a.get('/api/me')).statusCode).toBe(200);
    expect((await b.get('/api/me')).statusCode).toBe(401);
    expect((await login('changer', PASSWORD, '10.6.0.1')).statusCode).toBe(401);
    expect((await login('changer', 'Another-pass-77', '10.6.0.1')).statusCode).toBe(200);
  });

  it('throttles guessing the current password through a stolen session', async () => {
    await env.addUser('stolen', 'filler', env.targets.own.unitId);
    const s = await env.login('stolen', PASSWORD, '10.7.0.1');
    for (let i = 0; i < DEFAULT_LIMITS.perAccount; i++) {
      expect((await s.send('POST', '/api/account/password', { currentPassword: 'guess' + i, newPassword: 'Another-pass-77' })).statusCode).toBe(400);
    }
    const held = await s.send('POST', '/api/account/password', { currentPassword: PASSWORD, newPassword: 'Another-pass-77' });
    expect(held.statusCode).toBe(429);
    expect(Number(held.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('lets only an admin reset a password, which ends every session of that user', async () => {
    const uid = await env.addUser('resetme', 'filler', env.targets.own.unitId);
    const victim = await env.login('resetme');
    const filler = await env.login('p_filler');
    expect((await filler.send('POST', `/api/admin/users/${uid}/password`, { newPassword: 'Reset-pass-2024' })).statusCode).toBe(403);
    const admin = await env.login('p_admin');
    expect((await admin.send('POST', `/api/admin/users/999999/password`, { newPassword: 'Reset-pass-2024' })).statusCode).toBe(404);
    const ok = await admin.send('POST', `/api/admin/users/${uid}/password`, { newPassword: 'Reset-pass-2024' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await victim.get('/api/me')).statusCode).toBe(401);
    expect((await login('resetme', 'Reset-pass-2024', '10.8.0.1')).statusCode).toBe(200);
  });

  it('revokes every session of the user ("log out everywhere") and clears the cookie', async () => {
    await env.addUser('everywhere', 'filler', env.targets.own.unitId);
    const a = await env.login('everywhere');
    const b = await env.login('everywhere');
    const res = await a.send('POST', '/api/account/sessions/revoke-all');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, revoked: 2 });
    const cleared = res.cookies.find((c) => c.name === 'jixiao_session')!;
    expect(cleared.value).toBe('');
    expect((await a.get('/api/me')).statusCode).toBe(401);
    expect((await b.get('/api/me')).statusCode).toBe(401);
  });

  it('ends a session once it expires', async () => {
    await env.addUser('expiring', 'filler', env.targets.own.unitId);
    const s = await env.login('expiring');
    expect((await s.get('/api/me')).statusCode).toBe(200);
    await env.store.db.execute(
      sql`update sessions set expires_at = now() - interval '1 second' where user_id = (select id from users where username = 'expiring')`,
    );
    expect((await s.get('/api/me')).statusCode).toBe(401);
  });

  it('keeps the session cookie HttpOnly + SameSite=Strict, and Secure when secureCookies is on', async () => {
    const plain = (await login('p_finance', PASSWORD, '10.9.0.1')).cookies.find((c) => c.name === 'jixiao_session')!;
    expect(plain).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    expect(plain.secure).toBeFalsy();
    const tls = await buildApp({ store: env.store, secureCookies: true });
    try {
      const res = await tls.inject({ method: 'POST', url: '/api/login', payload: { username: 'p_finance', password: PASSWORD }, remoteAddress: '10.9.0.2' });
      const c = res.cookies.find((x) => x.name === 'jixiao_session')!;
      expect(c).toMatchObject({ httpOnly: true, sameSite: 'Strict', secure: true });
      expect(c.expires).toBeInstanceOf(Date);
    } finally {
      await tls.close();
    }
  });
});

describe('headers and limits', () => {
  it('sends CSP without unsafe-inline scripts, frame-ancestors none and nosniff on every kind of answer', async () => {
    const filler = await env.login('p_filler');
    const answers = [
      await env.app.inject({ method: 'GET', url: '/api/health' }),
      await env.app.inject({ method: 'GET', url: '/api/me' }),
      await env.app.inject({ method: 'GET', url: '/api/nope' }),
      await filler.get(`/api/evaluations/${env.targets.own.evaluationId}/report?format=html`),
      await filler.get('/api/evaluations/abc'),
    ];
    for (const res of answers) {
      const csp = String(res.headers['content-security-policy']);
      const script = /script-src ([^;]*)/.exec(csp)?.[1] ?? /default-src ([^;]*)/.exec(csp)?.[1] ?? '';
      expect(script, csp).toContain("'self'");
      expect(script).not.toContain('unsafe-inline');
      expect(script).not.toContain('unsafe-eval');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('refuses an oversized body with 413 before parsing it', async () => {
    const filler = await env.login('p_filler');
    const big = JSON.stringify({ version: 1, content: { title: 'x'.repeat(6 * 1024 * 1024) } });
    const res = await env.app.inject({
      method: 'PUT',
      url: `/api/evaluations/${env.targets.own.evaluationId}`,
      payload: big,
      headers: { 'content-type': 'application/json', 'x-csrf-token': filler.csrf },
      cookies: { jixiao_session: filler.cookie! },
    });
    expect(res.statusCode).toBe(413);
    // a JSON save is not a file: the message says the content is too large to save and gives its real limit
    const message = String(res.json().message);
    expect(message).toContain('内容过大，无法保存');
    expect(message).toContain('5 MB');
    expect(message).not.toMatch(/文件|10 MB/);
  });

  it('an oversized upload (base64 file in JSON) keeps the file message and its 10 MB limit', async () => {
    const filler = await env.login('p_filler');
    const big = JSON.stringify({ fileName: 'a.txt', contentBase64: 'QUFB'.repeat(3.6 * 1024 * 1024) });
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/import/preview',
      payload: big,
      headers: { 'content-type': 'application/json', 'x-csrf-token': filler.csrf },
      cookies: { jixiao_session: filler.cookie! },
    });
    expect(res.statusCode).toBe(413);
    expect(String(res.json().message)).toContain('文件请小于 10 MB');
  });

  it('refuses a body that is not JSON with 415 or 400, never 500', async () => {
    const filler = await env.login('p_filler');
    for (const [type, payload] of [
      ['text/plain', 'hello'],
      ['application/xml', '<a/>'],
      ['multipart/form-data; boundary=x', '--x--'],
    ] as const) {
      const res = await env.app.inject({
        method: 'PUT',
        url: `/api/evaluations/${env.targets.own.evaluationId}`,
        payload,
        headers: { 'content-type': type, 'x-csrf-token': filler.csrf },
        cookies: { jixiao_session: filler.cookie! },
      });
      expect([400, 415], `${type}: ${res.body}`).toContain(res.statusCode);
    }
  });
});

describe('sign in and out, audited', () => {
  it('a login and a logout each leave one audit entry; the session is gone after logout', async () => {
    await env.addUser('inout', 'filler', env.targets.own.unitId);
    const c = await env.login('inout');
    expect((await c.get('/api/me')).statusCode).toBe(200);
    expect((await c.send('POST', '/api/logout')).statusCode).toBe(200);
    expect((await c.get('/api/me')).statusCode).toBe(401);
    expect((await c.send('POST', '/api/logout')).statusCode).toBe(200); // again: nothing more to end
    const rows = await queryRows<{ action: string }>(
      env.store.db,
      sql`select a.action from audit_log a join users u on u.id = a.user_id where u.username = 'inout' order by a.id`,
    );
    expect(rows.map((r) => r.action)).toEqual(['session.login', 'session.logout']);
  });
});
