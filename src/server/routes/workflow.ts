import type { FastifyInstance } from 'fastify';
import { requireActor } from '../auth.js';
import type { RouteOptions } from '../context.js';
import { idParam, versionInt, yearQuery } from '../schemas.js';
import type { Api } from '../contract.js';

export async function workflowRoutes(app: FastifyInstance, { ctx }: RouteOptions) {
  app.post<Api<'POST /api/evaluations/:id/transitions'>>(
    '/api/evaluations/:id/transitions',
    {
      schema: {
        tags: ['workflow'],
        summary:
          '提交/撤回/退回/审核/重新打开/公开/抽查复核 / workflow transition (withdraw: only while no reviewer has opened it, else 409; checkPass/checkReturn: finance re-checks an approved or published evaluation below the top unit, checkReturn with a reason sends it back to the filler)',
        params: idParam,
        body: {
          type: 'object',
          required: ['action', 'version'],
          additionalProperties: false,
          properties: {
            action: { enum: ['submit', 'withdraw', 'return', 'approve', 'reopen', 'publish', 'checkPass', 'checkReturn'] },
            reason: { type: 'string', maxLength: 2000 },
            version: versionInt,
          },
        },
      },
    },
    async (req) => ctx.workflow.transition(requireActor(req), req.params.id, req.body),
  );

  app.get<Api<'GET /api/evaluations/:id/history'>>(
    '/api/evaluations/:id/history',
    { schema: { tags: ['workflow'], summary: '流转记录 / transition history', params: idParam } },
    async (req) => ({ transitions: await ctx.workflow.history(requireActor(req), req.params.id) }),
  );

  app.get<Api<'GET /api/evaluations/:id/actions'>>(
    '/api/evaluations/:id/actions',
    { schema: { tags: ['workflow'], summary: '当前用户可执行的操作 / actions available to me', params: idParam } },
    async (req) => ({ actions: await ctx.workflow.actionsFor(requireActor(req), req.params.id) }),
  );

  app.get<Api<'GET /api/evaluations/:id/diff'>>(
    '/api/evaluations/:id/diff',
    { schema: { tags: ['workflow'], summary: '自上次提交以来的修改 / changes since the last submission', params: idParam } },
    async (req) => ctx.workflow.diff(requireActor(req), req.params.id),
  );

  app.get<Api<'GET /api/evaluations/:id/findings'>>(
    '/api/evaluations/:id/findings',
    { schema: { tags: ['checks'], summary: '校验发现及正文中检查的数字关系 / checker findings and the relations checked in the narrative', params: idParam } },
    async (req) => ctx.findings.listWithRelations(requireActor(req), req.params.id),
  );

  app.post<Api<'POST /api/evaluations/:id/findings/explain'>>(
    '/api/evaluations/:id/findings/explain',
    {
      schema: {
        tags: ['checks'],
        summary: '说明一个警告（previous 为客户端所见的原说明，不符则 409）/ explain a warning (compare-and-set on the note)',
        params: idParam,
        body: {
          type: 'object',
          required: ['key', 'note', 'previous'],
          additionalProperties: false,
          properties: {
            key: { type: 'string', pattern: '^[0-9a-f]{16}$' },
            note: { type: 'string', minLength: 1, maxLength: 2000 },
            previous: { type: ['string', 'null'], maxLength: 2000 },
          },
        },
      },
    },
    async (req) => ({ findings: await ctx.findings.explain(requireActor(req), req.params.id, req.body) }),
  );

  app.get<Api<'GET /api/workbench'>>(
    '/api/workbench',
    {
      schema: {
        tags: ['workflow'],
        summary: '工作台 / workbench',
        querystring: { type: 'object', additionalProperties: false, properties: { year: yearQuery } },
      },
    },
    async (req) => ctx.workbench.forActor(requireActor(req), req.query.year ?? (await ctx.workbench.defaultYear(requireActor(req)))),
  );
}
