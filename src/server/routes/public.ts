import type { FastifyInstance } from 'fastify';
import type { RouteOptions } from '../context.js';
import { idParam, yearQuery } from '../schemas.js';
import type { Api } from '../contract.js';

/** The public portal: no login, published evaluations only (the service enforces it for a null actor). */
export async function publicRoutes(app: FastifyInstance, { ctx }: RouteOptions) {
  app.get<Api<'GET /api/public/evaluations'>>(
    '/api/public/evaluations',
    {
      schema: {
        tags: ['public'],
        summary: '已公开的自评 / published evaluations',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { year: yearQuery, q: { type: 'string', maxLength: 100 } },
        },
      },
    },
    async (req, reply) => {
      const rows = await ctx.read(req, reply, (s) => s.evaluations.list(null, { year: req.query.year }));
      const q = req.query.q?.trim();
      // newest year first (the store lists by unit code, then year)
      const found = (q ? rows.filter((r) => r.unitName.includes(q) || r.title.includes(q)) : rows).sort((a, b) => b.year - a.year);
      return { evaluations: found };
    },
  );

  app.get<Api<'GET /api/public/evaluations/:id'>>(
    '/api/public/evaluations/:id',
    { schema: { tags: ['public'], summary: '已公开的自评全文 / one published evaluation', params: idParam } },
    async (req, reply) => ctx.read(req, reply, (s) => s.evaluations.get(null, req.params.id)),
  );
}
