import type { FastifyInstance } from 'fastify';
import { dashboardWorkbook } from '../../documents/dashboardXlsx.js';
import { requireActor } from '../auth.js';
import type { RouteOptions } from '../context.js';
import { contentDisposition } from '../download.js';
import { idParam, yearQuery } from '../schemas.js';
import type { Api } from '../contract.js';

const query = {
  type: 'object',
  required: ['year'],
  additionalProperties: false,
  properties: { year: yearQuery, project: { type: 'string', pattern: '^[a-zA-Z0-9_-]{1,40}$' } },
} as const;

/** If-None-Match: `*` or a list of tags (a weak `W/` prefix compares equal, as RFC 9110 says for GET). */
const matches = (header: string | undefined, etag: string) =>
  header !== undefined && (header.trim() === '*' || header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag));

export async function dashboardRoutes(app: FastifyInstance, { ctx }: RouteOptions) {
  app.get<Api<'GET /api/dashboard/:id'>>(
    '/api/dashboard/:id',
    { schema: { tags: ['dashboard'], summary: '单位汇总看板 / dashboard of a unit and its children', params: idParam, querystring: query } },
    async (req, reply) => {
      const d = await ctx.read(req, reply, (s) => s.rollups.dashboardAnswer(requireActor(req), req.params.id, req.query.year, req.query.project));
      // The browser revalidates every time; an unchanged dashboard costs a 304 and no body.
      reply.header('ETag', d.etag).header('Cache-Control', 'private, no-cache');
      if (matches(req.headers['if-none-match'], d.etag)) return reply.code(304).send();
      return reply.type('application/json; charset=utf-8').send(d.body);
    },
  );

  app.get<Api<'GET /api/dashboard/:id/years'>>(
    '/api/dashboard/:id/years',
    { schema: { tags: ['dashboard'], summary: "有数据的年度 / years with data in the unit's subtree", params: idParam } },
    async (req, reply) => ctx.read(req, reply, (s) => s.rollups.years(requireActor(req), req.params.id)),
  );

  app.get<Api<'GET /api/dashboard/:id/export'>>(
    '/api/dashboard/:id/export',
    { schema: { tags: ['dashboard'], summary: '看板导出 .xlsx / dashboard as .xlsx', params: idParam, querystring: query } },
    async (req, reply) => {
      const d = await ctx.read(req, reply, (s) => s.rollups.dashboard(requireActor(req), req.params.id, req.query.year, req.query.project));
      return reply
        .header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('Content-Disposition', contentDisposition('attachment', 'dashboard.xlsx', `${d.unit.name}${d.year}年度汇总.xlsx`))
        .send(await dashboardWorkbook(d));
    },
  );

  app.get<Api<'GET /api/rollups/:id'>>(
    '/api/rollups/:id',
    {
      schema: {
        tags: ['dashboard'],
        summary: '任意指标的下辖汇总 / subtree sums of chosen measures',
        params: idParam,
        querystring: {
          type: 'object',
          required: ['year', 'measure'],
          additionalProperties: false,
          properties: { year: yearQuery, measure: { type: 'array', minItems: 1, maxItems: 50, items: { type: 'string', maxLength: 200 } } },
        },
      },
    },
    async (req, reply) => ctx.read(req, reply, (s) => s.rollups.values(requireActor(req), req.params.id, req.query.year, req.query.measure)),
  );

  app.get<Api<'GET /api/public/headline'>>(
    '/api/public/headline',
    { schema: { tags: ['public'], summary: '已公开单位的汇总 / headline figures of published units', querystring: query } },
    async (req, reply) => ctx.read(req, reply, (s) => s.rollups.publicHeadline(req.query.year, req.query.project)),
  );
}
