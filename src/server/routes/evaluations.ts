import type { FastifyInstance } from 'fastify';
import { requireActor } from '../auth.js';
import type { RouteOptions } from '../context.js';
import { evaluationContent, idParam, idString, versionInt, yearQuery } from '../schemas.js';
import { EVALUATION_STATUSES } from '../../domain/types.js';
import type { Api } from '../contract.js';

const statusEnum = [...EVALUATION_STATUSES];

export async function evaluationRoutes(app: FastifyInstance, { ctx }: RouteOptions) {
  app.get<Api<'GET /api/evaluations'>>(
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

  app.post<Api<'POST /api/evaluations'>>(
    '/api/evaluations',
    {
      schema: {
        tags: ['evaluations'],
        summary: "新建自评（带入上年目标与单位情况）/ start an evaluation (profile and last year's targets carried over)",
        body: {
          type: 'object',
          required: ['unitId', 'year'],
          additionalProperties: false,
          properties: {
            unitId: { type: 'string', pattern: '^[0-9]{1,9}$' },
            year: yearQuery,
            frameworkId: { type: 'string', pattern: '^[0-9]{1,9}$' },
            projectCode: { type: ['string', 'null'], pattern: '^[a-zA-Z0-9_-]{1,40}$' },
          },
        },
      },
    },
    async (req, reply) => reply.status(201).send(await ctx.filling.create(requireActor(req), req.body)),
  );

  app.delete<Api<'DELETE /api/evaluations/:id'>>(
    '/api/evaluations/:id',
    {
      schema: {
        tags: ['evaluations'],
        summary: '删除草稿（本单位填报人或管理员，记入审计）/ delete a draft',
        params: idParam,
        querystring: {
          type: 'object',
          required: ['version'],
          additionalProperties: false,
          properties: { version: { type: 'integer', minimum: 1, maximum: 2_000_000_000 } },
        },
      },
    },
    async (req) => ctx.filling.remove(requireActor(req), req.params.id, req.query.version),
  );

  app.get<Api<'GET /api/evaluations/:id/indicators'>>(
    '/api/evaluations/:id/indicators',
    { schema: { tags: ['evaluations'], summary: '指标自评表（含计算值、得分及计分过程、总分与等级）/ the indicator table, scored', params: idParam } },
    async (req) => ctx.filling.indicatorTable(requireActor(req), req.params.id),
  );

  app.get<Api<'GET /api/evaluations/:id/completeness'>>(
    '/api/evaluations/:id/completeness',
    { schema: { tags: ['evaluations'], summary: '尚未填写的内容 / what is still empty', params: idParam } },
    async (req) => ctx.filling.completeness(requireActor(req), req.params.id),
  );

  app.get<Api<'GET /api/evaluations/:id'>>(
    '/api/evaluations/:id',
    { schema: { tags: ['evaluations'], summary: '自评全文数据 / one evaluation in full', params: idParam } },
    async (req) => ctx.evaluations.get(requireActor(req), req.params.id),
  );

  app.put<Api<'PUT /api/evaluations/:id'>>(
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
