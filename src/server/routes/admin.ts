import type { FastifyInstance } from 'fastify';
import { isAdmin } from '../../domain/access.js';
import { auditRepository } from '../../store/audit.js';
import { settings } from '../../store/schema.js';
import { ServiceError } from '../../services/errors.js';
import { requireChildrenApproved } from '../../services/workflow.js';
import { requireActor } from '../auth.js';
import type { RouteOptions } from '../context.js';
import { yearQuery } from '../schemas.js';

/** Deployment settings and deadlines (管理员). */
export async function adminRoutes(app: FastifyInstance, { ctx }: RouteOptions) {
  const db = ctx.store.db;
  const admin = (req: Parameters<typeof requireActor>[0]) => {
    const actor = requireActor(req);
    if (!isAdmin(actor)) throw new ServiceError('forbidden', '只有管理员可以修改 / admin only');
    return actor;
  };

  app.get('/api/admin/settings', { schema: { tags: ['admin'], summary: '部署设置 / deployment settings' } }, async (req) => {
    admin(req);
    return { requireChildrenApproved: await requireChildrenApproved(db) };
  });

  app.put<{ Body: { requireChildrenApproved: boolean } }>(
    '/api/admin/settings',
    {
      schema: {
        tags: ['admin'],
        summary: '修改部署设置 / change deployment settings',
        body: { type: 'object', required: ['requireChildrenApproved'], additionalProperties: false, properties: { requireChildrenApproved: { type: 'boolean' } } },
      },
    },
    async (req) => {
      const actor = admin(req);
      const value = req.body.requireChildrenApproved;
      await db.transaction(async (tx) => {
        await tx.insert(settings).values({ key: 'requireChildrenApproved', value }).onConflictDoUpdate({ target: settings.key, set: { value } });
        await auditRepository(tx).append([{ userId: actor.userId, action: 'settings.update', entity: 'settings', entityId: 'requireChildrenApproved', unitId: null, after: { value } }]);
      });
      return { requireChildrenApproved: value };
    },
  );

  app.put<{ Body: { year: number; level: string; dueDate: string } }>(
    '/api/admin/deadlines',
    {
      schema: {
        tags: ['admin'],
        summary: '设置填报截止日期 / set a deadline per year and unit level',
        body: {
          type: 'object',
          required: ['year', 'level', 'dueDate'],
          additionalProperties: false,
          properties: {
            year: yearQuery,
            level: { enum: ['*', 'province', 'prefecture', 'county', 'township', 'village', 'other'] },
            dueDate: { type: 'string', format: 'date' },
          },
        },
      },
    },
    async (req) => {
      const actor = admin(req);
      await ctx.workbench.setDeadline(req.body.year, req.body.level as never, req.body.dueDate);
      await db.transaction((tx) =>
        auditRepository(tx).append([{ userId: actor.userId, action: 'deadline.set', entity: 'deadline', entityId: `${req.body.year}/${req.body.level}`, unitId: null, after: req.body }]),
      );
      return { ok: true };
    },
  );
}
