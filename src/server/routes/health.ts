import type { FastifyInstance } from 'fastify';
import { DEMO_PASSWORD, demoDataset } from '../../demo/dataset.js';
import type { RouteOptions } from '../context.js';

export async function healthRoutes(app: FastifyInstance, { ctx }: RouteOptions) {
  app.get('/api/health', { schema: { tags: ['system'], summary: '健康检查 / health' } }, async () => ({
    status: 'ok',
    database: ctx.store.kind,
  }));

  // The login page lists demo users only when the server runs in demo mode.
  app.get('/api/demo-info', { schema: { tags: ['system'], summary: '演示账号 / demo accounts' } }, async () => {
    if (!ctx.demo) return { demo: false };
    const unitName = (code: string | null) => demoDataset.units.find((u) => u.code === code)?.name ?? null;
    return {
      demo: true,
      password: DEMO_PASSWORD,
      users: demoDataset.users.map((u) => ({ username: u.username, role: u.role, unitName: unitName(u.unitCode) })),
    };
  });
}
