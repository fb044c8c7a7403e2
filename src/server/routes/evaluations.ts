import type { FastifyInstance } from 'fastify';
import type { EvaluationStatus } from '../../domain/types.js';
import type { EvaluationContent } from '../../store/evaluations.js';
import { requireActor } from '../auth.js';
import type { RouteOptions } from '../context.js';
import { evaluationContent, idParam, idString, versionInt, yearQuery } from '../schemas.js';

const statusEnum = ['draft', 'submitted', 'returned', 'approved', 'published'];

export async function evaluationRoutes(app: FastifyInstance, { ctx }: RouteOptions) {
  app.get<{ Querystring: { unitId?: string; year?: number; status?: EvaluationStatus[] } }>(
    '/api/evaluations',
    {
      schema: {
        tags: ['evaluations'],
        summary: '自评列表 / list evaluations (by unit and/or year)',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            unitId: idString,
            year: yearQuery,
            status: { type: 'array', items: { enum: statusEnum } },
          },
        },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return { evaluations: await ctx.evaluations.list(actor, req.query) };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/evaluations/:id',
    { schema: { tags: ['evaluations'], summary: '自评全文数据 / one evaluation in full', params: idParam } },
    async (req) => ctx.evaluations.get(requireActor(req), req.params.id),
  );

  app.put<{ Params: { id: string }; Body: { version: number; content: EvaluationContent } }>(
    '/api/evaluations/:id',
    {
      schema: {
        tags: ['evaluations'],
        summary: '保存（乐观并发）/ save with optimistic concurrency',
        params: idParam,
        body: {
          type: 'object',
          required: ['version', 'content'],
          additionalProperties: false,
          properties: { version: versionInt, content: evaluationContent },
        },
      },
    },
    async (req) => ctx.evaluations.save(requireActor(req), req.params.id, req.body.version, req.body.content),
  );
}
