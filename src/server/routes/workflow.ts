import type { FastifyInstance } from 'fastify';
import type { WorkflowAction } from '../../domain/workflow.js';
import { frameworkRepository } from '../../store/frameworks.js';
import { ServiceError } from '../../services/errors.js';
import { canEdit } from '../../domain/access.js';
import { explainFinding, reportedFindings } from '../../services/findings.js';
import { lineageOf } from '../../services/lineage.js';
import { requireActor } from '../auth.js';
import type { RouteOptions } from '../context.js';
import { idParam, yearQuery } from '../schemas.js';

export async function workflowRoutes(app: FastifyInstance, { ctx }: RouteOptions) {
  const db = ctx.store.db;

  app.post<{ Params: { id: string }; Body: { action: WorkflowAction; reason?: string; version: number } }>(
    '/api/evaluations/:id/transitions',
    {
      schema: {
        tags: ['workflow'],
        summary: '提交/退回/审核/重新打开/公开 / workflow transition',
        params: idParam,
        body: {
          type: 'object',
          required: ['action', 'version'],
          additionalProperties: false,
          properties: {
            action: { enum: ['submit', 'return', 'approve', 'reopen', 'publish'] },
            reason: { type: 'string', maxLength: 2000 },
            version: { type: 'integer', minimum: 1 },
          },
        },
      },
    },
    async (req) => ctx.workflow.transition(requireActor(req), req.params.id, req.body),
  );

  app.get<{ Params: { id: string } }>(
    '/api/evaluations/:id/history',
    { schema: { tags: ['workflow'], summary: '流转记录 / transition history', params: idParam } },
    async (req) => ({ transitions: await ctx.workflow.history(requireActor(req), req.params.id) }),
  );

  app.get<{ Params: { id: string } }>(
    '/api/evaluations/:id/actions',
    { schema: { tags: ['workflow'], summary: '当前用户可执行的操作 / actions available to me', params: idParam } },
    async (req) => ({ actions: await ctx.workflow.actionsFor(requireActor(req), req.params.id) }),
  );

  app.get<{ Params: { id: string } }>(
    '/api/evaluations/:id/diff',
    { schema: { tags: ['workflow'], summary: '自上次提交以来的修改 / changes since the last submission', params: idParam } },
    async (req) => ctx.workflow.diff(requireActor(req), req.params.id),
  );

  app.get<{ Params: { id: string } }>(
    '/api/evaluations/:id/findings',
    { schema: { tags: ['checks'], summary: '校验发现 / checker findings', params: idParam } },
    async (req) => {
      const e = await ctx.evaluations.get(requireActor(req), req.params.id);
      const framework = (await frameworkRepository(db).byId(e.framework.id))!;
      return { findings: await reportedFindings(db, e, framework) };
    },
  );

  app.post<{ Params: { id: string }; Body: { key: string; note: string } }>(
    '/api/evaluations/:id/findings/explain',
    {
      schema: {
        tags: ['checks'],
        summary: '说明一个警告 / explain a warning',
        params: idParam,
        body: {
          type: 'object',
          required: ['key', 'note'],
          additionalProperties: false,
          properties: { key: { type: 'string', pattern: '^[0-9a-f]{16}$' }, note: { type: 'string', minLength: 1, maxLength: 2000 } },
        },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const e = await ctx.evaluations.get(actor, req.params.id);
      if (!canEdit(actor, await lineageOf(db, e.unit.id, e.year))) throw new ServiceError('forbidden', '只有本单位填报人可以说明 / only a filler of this unit may explain');
      const framework = (await frameworkRepository(db).byId(e.framework.id))!;
      const f = (await reportedFindings(db, e, framework)).find((x) => x.key === req.body.key);
      if (!f) throw new ServiceError('notFound', '未找到该校验发现 / no such finding');
      if (f.severity !== 'warning') throw new ServiceError('invalid', '错误必须改正，不能只作说明 / errors must be fixed, not explained');
      await explainFinding(db, e.id, f.key, req.body.note, actor.userId);
      return { findings: await reportedFindings(db, e, framework) };
    },
  );

  app.get<{ Querystring: { year?: number } }>(
    '/api/workbench',
    {
      schema: {
        tags: ['workflow'],
        summary: '工作台 / workbench',
        querystring: { type: 'object', additionalProperties: false, properties: { year: yearQuery } },
      },
    },
    async (req) => ctx.workbench.forActor(requireActor(req), req.query.year ?? (await ctx.workbench.defaultYear())),
  );
}
