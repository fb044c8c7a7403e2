// Deadlines: units below a reviewer that are late (draft, returned or missing after the due date).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../src/domain/access.js';
import { settingsService } from '../src/services/settings.js';
import { demoApp, type Client } from './helpers/app.js';

let env: Awaited<ReturnType<typeof demoApp>>;
let shaoyang: Client;
let hunan: Client;

beforeAll(async () => {
  env = await demoApp();
  shaoyang = await env.login('shaoyang');
  hunan = await env.login('hunan');
  const admin = settingsService(env.store.db);
  await admin.setDeadline(SYSTEM_ACTOR, { year: 2022, level: 'county', dueDate: '2023-06-30', previous: null });
  await admin.setDeadline(SYSTEM_ACTOR, { year: 2022, level: '*', dueDate: '2023-08-31', previous: null });
});
afterAll(async () => {
  await env?.app.close();
  await env?.store.close();
});

type Workbench = { overdue: { unitName: string; dueDate: string; status: string }[]; toReview: unknown[] };

describe('workbench deadlines', () => {
  it('lists late units below the reviewer with their own deadline and status', async () => {
    const sy = (await shaoyang.get('/api/workbench?year=2022')).json() as Workbench;
    const wugang = sy.overdue.find((o) => o.unitName === '武冈市妇女联合会');
    expect(wugang).toEqual(expect.objectContaining({ dueDate: '2023-06-30', status: 'draft' }));
    // townships fall back to the '*' deadline and have no evaluation at all
    expect(sy.overdue.filter((o) => o.status === 'missing').map((o) => o.dueDate)).toContain('2023-08-31');
    expect(sy.overdue.some((o) => o.unitName === '邵阳市妇女联合会')).toBe(false); // not below itself
    const hn = (await hunan.get('/api/workbench?year=2022')).json() as Workbench;
    expect(hn.overdue.length).toBe(sy.overdue.length + 1); // 邵阳 itself is late for 湖南
  });
});
