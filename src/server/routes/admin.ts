import type { FastifyInstance } from 'fastify';
import { requireActor } from '../auth.js';
import type { RouteOptions } from '../context.js';
import { yearQuery } from '../schemas.js';
import type { Api } from '../contract.js';

const LEVELS = ['*', 'province', 'prefecture', 'county', 'township', 'village', 'other'] as const;
const settingsProps = { requireChildrenApproved: { type: 'boolean' } } as const;
const settingsSchema = { type: 'object', required: ['requireChildrenApproved'], additionalProperties: false, properties: settingsProps } as const;
const dateOrNull = { type: ['string', 'null'], format: 'date' } as const;

/** Deployment settings and deadlines (管理员); the service decides who may. */
export async function adminRoutes(app: FastifyInstance, { ctx }: RouteOptions) {
  app.get('/api/admin/settings', { schema: { tags: ['admin'], summary: '部署设置 / deployment settings' } }, async (req) =>
    ctx.admin.settings(requireActor(req)),
  );

  app.put<Api<'PUT /api/admin/settings'>>(
    '/api/admin/settings',
    {
      schema: {
        tags: ['admin'],
        summary: '修改部署设置（previous 为客户端所见的设置，不符则 409）/ change deployment settings (compare-and-set)',
        body: {
          type: 'object',
          required: ['requireChildrenApproved', 'previous'],
          additionalProperties: false,
          properties: { ...settingsProps, previous: settingsSchema },
        },
      },
    },
    async (req) => {
      const { previous, ...next } = req.body;
      return ctx.admin.updateSettings(requireActor(req), next, previous);
    },
  );

  app.get(
    '/api/admin/monitoring-thresholds',
    { schema: { tags: ['admin'], summary: '运行监控预警阈值（百分点）/ monitoring warning thresholds' } },
    async (req) => ctx.admin.monitoringThresholds(requireActor(req)),
  );

  const thresholdProps = { yellow: { type: 'string', maxLength: 20 }, red: { type: 'string', maxLength: 20 } } as const;
  app.put<Api<'PUT /api/admin/monitoring-thresholds'>>(
    '/api/admin/monitoring-thresholds',
    {
      schema: {
        tags: ['admin'],
        summary: '修改运行监控预警阈值（新发起的轮次使用；previous 不符则 409）/ change the monitoring thresholds (compare-and-set)',
        body: {
          type: 'object',
          required: ['yellow', 'red', 'previous'],
          additionalProperties: false,
          properties: { ...thresholdProps, previous: { type: 'object', required: ['yellow', 'red'], additionalProperties: false, properties: thresholdProps } },
        },
      },
    },
    async (req) => {
      const { previous, ...next } = req.body;
      return ctx.admin.updateMonitoringThresholds(requireActor(req), next, previous);
    },
  );

  app.get<Api<'GET /api/admin/deadlines'>>(
    '/api/admin/deadlines',
    {
      schema: {
        tags: ['admin'],
        summary: '填报截止日期 / submission deadlines',
        querystring: { type: 'object', additionalProperties: false, properties: { year: yearQuery } },
      },
    },
    async (req) => ({ deadlines: await ctx.admin.deadlines(requireActor(req), req.query.year) }),
  );

  app.put<Api<'PUT /api/admin/deadlines'>>(
    '/api/admin/deadlines',
    {
      schema: {
        tags: ['admin'],
        summary: '设置填报截止日期（按年度与单位层级；dueDate 为 null 即删除；previous 不符则 409）/ set or remove a deadline (compare-and-set)',
        body: {
          type: 'object',
          required: ['year', 'level', 'dueDate', 'previous'],
          additionalProperties: false,
          properties: { year: yearQuery, level: { enum: LEVELS }, dueDate: dateOrNull, previous: dateOrNull },
        },
      },
    },
    async (req) => ({ deadlines: await ctx.admin.setDeadline(requireActor(req), req.body) }),
  );
}
