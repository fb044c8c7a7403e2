import type { FastifyInstance } from 'fastify';
import { requireActor } from '../auth.js';
import type { RouteOptions } from '../context.js';
import { idParam, idString } from '../schemas.js';
import type { Api } from '../contract.js';

const id = { type: 'string', pattern: '^[0-9]{1,15}$' } as const;
const day = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;

/** 审计日志: what I may see of the hash-chained log, filtered and paged. */
export async function auditRoutes(app: FastifyInstance, { ctx }: RouteOptions) {
  app.get<Api<'GET /api/audit'>>(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: '审计日志（按单位、用户、日期、操作筛选）/ audit log by unit, user, date, action',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            unitId: idString,
            subtree: { type: 'boolean' },
            user: { type: 'string', maxLength: 64 },
            from: day,
            to: day,
            action: { type: 'string', maxLength: 64, pattern: '^[a-zA-Z.]*$' },
            before: id,
            limit: { type: 'integer', minimum: 1, maximum: 200 },
          },
        },
      },
    },
    async (req) => ctx.audit.browse(requireActor(req), req.query),
  );

  app.get<Api<'GET /api/audit/:id'>>(
    '/api/audit/:id',
    { schema: { tags: ['audit'], summary: '一条审计记录（含修改前后内容）/ one audit entry with its content', params: idParam } },
    async (req) => ctx.audit.entry(requireActor(req), req.params.id),
  );
}
