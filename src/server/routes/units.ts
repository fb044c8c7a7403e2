import type { FastifyInstance } from 'fastify';
import { requireActor } from '../auth.js';
import type { RouteOptions } from '../context.js';
import { idParam, yearQuery } from '../schemas.js';

const thisYear = () => new Date().getFullYear();

export async function unitRoutes(app: FastifyInstance, { ctx }: RouteOptions) {
  app.get<{ Querystring: { parentId?: string; year?: number } }>(
    '/api/units',
    {
      schema: {
        tags: ['units'],
        summary: '单位树（逐级加载）/ one level of the unit tree',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { parentId: { type: 'string', pattern: '^(root|[0-9]{1,10})$' }, year: yearQuery },
        },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const parent = req.query.parentId && req.query.parentId !== 'root' ? req.query.parentId : null;
      return { units: await ctx.units.children(actor, parent, req.query.year ?? thisYear()) };
    },
  );

  app.get<{ Querystring: { q: string; limit?: number; year?: number } }>(
    '/api/units/search',
    {
      schema: {
        tags: ['units'],
        summary: '按名称搜索单位 / search units by name',
        querystring: {
          type: 'object',
          required: ['q'],
          additionalProperties: false,
          properties: { q: { type: 'string', minLength: 1, maxLength: 100 }, limit: { type: 'integer', minimum: 1, maximum: 200 }, year: yearQuery },
        },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return { units: await ctx.units.search(actor, req.query.q, req.query.year ?? thisYear(), req.query.limit ?? 50) };
    },
  );

  app.get<{ Params: { id: string }; Querystring: { year?: number } }>(
    '/api/units/:id',
    {
      schema: {
        tags: ['units'],
        summary: '单位及其上级 / a unit and its ancestors',
        params: idParam,
        querystring: { type: 'object', additionalProperties: false, properties: { year: yearQuery } },
      },
    },
    async (req) => ctx.units.get(requireActor(req), req.params.id, req.query.year ?? thisYear()),
  );
}
