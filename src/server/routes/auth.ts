import type { FastifyInstance } from 'fastify';
import { clearSessionCookie, requireActor, setSessionCookie, SESSION_COOKIE } from '../auth.js';
import type { RouteOptions } from '../context.js';
import { throttled, throttleFor } from '../throttle.js';
import { ServiceError } from '../../services/errors.js';
import { loginName } from '../../domain/userAdmin.js';
import type { Api } from '../contract.js';

export async function authRoutes(app: FastifyInstance, { ctx }: RouteOptions) {
  app.post<Api<'POST /api/login'>>(
    '/api/login',
    {
      schema: {
        tags: ['auth'],
        summary: '登录 / login',
        body: {
          type: 'object',
          required: ['username', 'password'],
          additionalProperties: false,
          properties: { username: { type: 'string', minLength: 1, maxLength: 100 }, password: { type: 'string', minLength: 1, maxLength: 200 } },
        },
      },
    },
    async (req, reply) => {
      // Per account and per client address, shared by all processes (429 + Retry-After).
      const s = await throttled(
        throttleFor(ctx.store),
        reply,
        { account: loginName(req.body.username), ip: req.ip, knownExempt: true },
        () => ctx.auth.login(req.body.username, req.body.password, req.ip),
        (e) => e instanceof ServiceError && e.code === 'unauthenticated',
      );
      if (!('token' in s)) return s;
      setSessionCookie(reply, s.token, s.expiresAt, ctx.secureCookies);
      return { user: s.user, csrfToken: s.csrfToken };
    },
  );

  app.post('/api/logout', { schema: { tags: ['auth'], summary: '退出 / logout' } }, async (req, reply) => {
    await ctx.auth.logout(req.cookies[SESSION_COOKIE]);
    clearSessionCookie(reply, ctx.secureCookies);
    return { ok: true };
  });

  // The same without a 401 when nobody is signed in: the login page asks it (a 401 would be logged in the console).
  app.get(
    '/api/session',
    { schema: { tags: ['auth'], summary: '当前会话（未登录时 user 为 null）/ current session, user null when signed out' } },
    async (req) => {
      if (!req.actor) return { user: null, csrfToken: null };
      const s = await ctx.auth.resolve(req.cookies[SESSION_COOKIE]);
      return s ? { user: s.user, csrfToken: s.csrfToken } : { user: null, csrfToken: null };
    },
  );

  app.get('/api/me', { schema: { tags: ['auth'], summary: '当前用户 / current user' } }, async (req) => {
    requireActor(req);
    const s = (await ctx.auth.resolve(req.cookies[SESSION_COOKIE]))!;
    return { user: s.user, csrfToken: s.csrfToken };
  });
}
