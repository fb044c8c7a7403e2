// User administration (用户管理). Thin: scope, validation and concurrency are in services/users.ts.
import type { FastifyInstance } from 'fastify';
import { requireActor } from '../auth.js';
import type { RouteOptions } from '../context.js';
import { ID_RE, idParam, versionInt } from '../schemas.js';
import { ROLES } from '../../domain/types.js';
import type { Api } from '../contract.js';

const tags = ['admin'];
const grants = {
  type: 'array',
  maxItems: 50,
  items: {
    type: 'object',
    required: ['role', 'unitId'],
    additionalProperties: false,
    properties: { role: { enum: [...ROLES] }, unitId: { type: ['string', 'null'], maxLength: 20, pattern: `^${ID_RE}$` } },
  },
} as const;
// Empty strings reach the service, which names the problem in the form's words.
const displayName = { type: 'string', maxLength: 100 } as const;

export async function userRoutes(app: FastifyInstance, { ctx }: RouteOptions) {
  app.get<Api<'GET /api/admin/users'>>(
    '/api/admin/users',
    {
      schema: {
        tags,
        summary: '用户列表（本管理员范围内，按用户名）/ users with a grant in my subtrees, by username',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            q: { type: 'string', maxLength: 100 },
            limit: { type: 'integer', minimum: 1, maximum: 500 },
            offset: { type: 'integer', minimum: 0, maximum: 10_000_000 },
          },
        },
      },
    },
    async (req) =>
      ctx.users.list(requireActor(req), { ...(req.query.q ? { q: req.query.q } : {}), limit: req.query.limit ?? 50, offset: req.query.offset ?? 0 }),
  );

  app.get<Api<'GET /api/admin/users/:id'>>('/api/admin/users/:id', { schema: { tags, summary: '用户详情 / one user', params: idParam } }, async (req) =>
    ctx.users.get(requireActor(req), req.params.id),
  );

  app.post<Api<'POST /api/admin/users'>>(
    '/api/admin/users',
    {
      schema: {
        tags,
        summary: '新建用户并授予角色 / create a user with grants',
        body: {
          type: 'object',
          required: ['username', 'displayName', 'password', 'grants'],
          additionalProperties: false,
          properties: { username: { type: 'string', maxLength: 50 }, displayName, password: { type: 'string', maxLength: 200 }, grants },
        },
      },
    },
    async (req, reply) => reply.status(201).send(await ctx.users.create(requireActor(req), req.body)),
  );

  app.put<Api<'PUT /api/admin/users/:id'>>(
    '/api/admin/users/:id',
    {
      schema: {
        tags,
        summary: '修改用户（姓名、停用、角色；version 不符则 409）/ edit a user (compare-and-set on version)',
        params: idParam,
        body: {
          type: 'object',
          required: ['version', 'displayName', 'disabled', 'grants'],
          additionalProperties: false,
          properties: { version: versionInt, displayName, disabled: { type: 'boolean' }, grants },
        },
      },
    },
    async (req) => ctx.users.update(requireActor(req), req.params.id, req.body),
  );
}
