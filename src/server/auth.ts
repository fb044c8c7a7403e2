// Resolves the session cookie to an actor on every request and enforces CSRF on state changes.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Actor } from '../domain/access.js';
import { ServiceError } from '../services/errors.js';
import type { RouteOptions } from './context.js';

export const SESSION_COOKIE = 'jixiao_session';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const CSRF_EXEMPT = new Set(['/api/login']);
/** What a user whose password an admin chose may still call: enough to change it or leave. */
const BEFORE_PASSWORD_CHANGE = new Set([
  '/api/me',
  '/api/session',
  '/api/logout',
  '/api/account/password',
  '/api/account/sessions/revoke-all',
  '/api/health',
  '/api/demo-info',
]);

export const authPlugin = fp(async (app: FastifyInstance, { ctx }: RouteOptions) => {
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  // onRequest: before the body is even parsed, so a forged request is refused without any work.
  app.addHook('onRequest', async (req: FastifyRequest) => {
    // Reads may use the per-process session cache; a state change always asks the database.
    const session = await ctx.auth.resolve(req.cookies[SESSION_COOKIE], SAFE.has(req.method));
    req.actor = session?.actor ?? null;
    req.csrfToken = session?.csrfToken ?? null;
    // Decided on the route the router matched, never on the raw URL: the router decodes
    // percent-escapes, so `/%61pi/logout` reaches `/api/logout`. No route: a 404 (or the web app's
    // index.html) runs nothing, so there is nothing to protect.
    const path = req.routeOptions.url ?? '';
    if (!SAFE.has(req.method) && path.startsWith('/api/') && !CSRF_EXEMPT.has(path) && req.actor) {
      if (req.headers['x-csrf-token'] !== session?.csrfToken) {
        throw new ServiceError('forbidden', 'CSRF 校验失败，请刷新页面 / missing or wrong x-csrf-token header');
      }
    }
    if (session?.user.mustChangePassword && path.startsWith('/api/') && !path.startsWith('/api/public/') && !BEFORE_PASSWORD_CHANGE.has(path)) {
      throw new ServiceError('forbidden', '请先修改管理员设置的初始密码 / change the password an administrator set first', { error: 'passwordChangeRequired' });
    }
  });
});

/** The logged-in actor, or a 401. */
export function requireActor(req: FastifyRequest): Actor {
  if (!req.actor) throw new ServiceError('unauthenticated', '请先登录 / login required');
  return req.actor;
}

export function setSessionCookie(reply: FastifyReply, token: string, expires: Date, secure: boolean) {
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'strict', secure, expires });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean) {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict', secure });
}
