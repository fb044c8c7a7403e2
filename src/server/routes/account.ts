// Account routes: password change, admin reset, "log out everywhere". Password checks are throttled
// like logins, so a stolen session cannot be used to guess the password.
import type { FastifyInstance } from 'fastify';
import { WrongPasswordError } from '../../services/account.js';
import { clearSessionCookie, requireActor, SESSION_COOKIE } from '../auth.js';
import type { RouteOptions } from '../context.js';
import { idParam } from '../schemas.js';
import { throttled, throttleFor } from '../throttle.js';
import type { Api } from '../contract.js';

const password = { type: 'string', minLength: 1, maxLength: 200 } as const;

export async function accountRoutes(app: FastifyInstance, { ctx }: RouteOptions) {
  const accounts = ctx.account;
  const throttle = throttleFor(ctx.store);

  app.post<Api<'POST /api/account/password'>>(
    '/api/account/password',
    {
      schema: {
        tags: ['auth'],
        summary: '修改本人密码（其他会话失效）/ change my password (other sessions end)',
        body: {
          type: 'object',
          required: ['currentPassword', 'newPassword'],
          additionalProperties: false,
          properties: { currentPassword: password, newPassword: password },
        },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const session = (await ctx.auth.resolve(req.cookies[SESSION_COOKIE]))!;
      return throttled(
        throttle,
        reply,
        { account: actor.username, ip: req.ip, userId: actor.userId },
        async () => ({ ok: true, revokedSessions: await accounts.changePassword(actor, session.sessionId, req.body.currentPassword, req.body.newPassword) }),
        (e) => e instanceof WrongPasswordError,
      );
    },
  );

  app.post<Api<'POST /api/admin/users/:id/password'>>(
    '/api/admin/users/:id/password',
    {
      schema: {
        tags: ['admin'],
        summary: '管理员重置用户密码（该用户全部会话失效）/ admin password reset',
        params: idParam,
        body: { type: 'object', required: ['newPassword'], additionalProperties: false, properties: { newPassword: password } },
      },
    },
    async (req) => ({ ok: true, revokedSessions: await accounts.resetPassword(requireActor(req), req.params.id, req.body.newPassword) }),
  );

  app.post<Api<'POST /api/admin/users/:id/unlock'>>(
    '/api/admin/users/:id/unlock',
    { schema: { tags: ['admin'], summary: '解除登录限制（清除该用户的失败登录计数）/ clear the failed-login delay of a user', params: idParam } },
    async (req) => ({ ok: true, ...(await accounts.unlock(requireActor(req), req.params.id)) }),
  );

  app.post('/api/account/sessions/revoke-all', { schema: { tags: ['auth'], summary: '退出所有会话 / log out everywhere' } }, async (req, reply) => {
    const revoked = await accounts.revokeAll(requireActor(req));
    clearSessionCookie(reply, ctx.secureCookies);
    return { ok: true, revoked };
  });
}
