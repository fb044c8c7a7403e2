import type { FastifyInstance } from 'fastify';
import { requireActor } from '../auth.js';
import type { RouteOptions } from '../context.js';
import { idParam, idString } from '../schemas.js';
import type { Api } from '../contract.js';

const commentParams = {
  type: 'object',
  required: ['id', 'commentId'],
  additionalProperties: false,
  properties: { id: idString, commentId: idString },
} as const;

export async function reviewCommentRoutes(app: FastifyInstance, { ctx }: RouteOptions) {
  app.get<Api<'GET /api/evaluations/:id/comments'>>(
    '/api/evaluations/:id/comments',
    { schema: { tags: ['workflow'], summary: '审核意见（含回复）/ review comments with their threads', params: idParam } },
    async (req) => ({ comments: await ctx.comments.list(requireActor(req), req.params.id) }),
  );

  app.post<Api<'POST /api/evaluations/:id/comments'>>(
    '/api/evaluations/:id/comments',
    {
      schema: {
        tags: ['workflow'],
        summary: '审核人在某处（预算单元格、指标、段落）添加审核意见 / pin a review comment to a place',
        params: idParam,
        body: {
          type: 'object',
          required: ['anchor', 'text'],
          additionalProperties: false,
          properties: { anchor: { type: 'string', minLength: 1, maxLength: 200 }, text: { type: 'string', minLength: 1, maxLength: 2000 } },
        },
      },
    },
    async (req) => ({ comments: await ctx.comments.pin(requireActor(req), req.params.id, req.body) }),
  );

  app.post<Api<'POST /api/evaluations/:id/comments/:commentId'>>(
    '/api/evaluations/:id/comments/:commentId',
    {
      schema: {
        tags: ['workflow'],
        summary: '回复 / 已修改（填报人）· 确认解决 / 重新打开（审核人）/ reply, fixed, resolve or reopen a comment',
        params: commentParams,
        body: {
          type: 'object',
          required: ['action'],
          additionalProperties: false,
          properties: { action: { enum: ['reply', 'fixed', 'resolve', 'reopen'] }, text: { type: 'string', maxLength: 2000 } },
        },
      },
    },
    async (req) => ({ comments: await ctx.comments.act(requireActor(req), req.params.id, req.params.commentId, req.body) }),
  );
}
