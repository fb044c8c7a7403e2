// Audit browsing (GET /api/audit, /api/audit/:id): filters by unit (and subtree), user, date and
// action; pages; what each role may see; content and the reviewer-style diff of a save.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation } from '../../src/domain/types.js';
import { contentOf } from '../../src/services/evaluations.js';
import { securityEnv, type Client, type SecurityEnv } from './env.js';

interface Entry {
  id: string;
  at: string;
  action: string;
  unit: { id: string; name: string } | null;
  user: { username: string } | null;
}
interface Page {
  entries: Entry[];
  next: string | null;
}

let env: SecurityEnv;
let admin: Client;
let filler: Client;
let reviewer: Client;
const beijingToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const shiftDay = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const page = async (c: Client, q: string) => {
  const res = await c.get(`/api/audit${q}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Page;
};

beforeAll(async () => {
  env = await securityEnv();
  admin = await env.login('p_admin');
  filler = await env.login('p_filler');
  reviewer = await env.login('p_reviewer');
  // The filler saves its own unit's evaluation once: a content change in the log.
  const id = env.targets.own.evaluationId;
  const e = (await filler.get(`/api/evaluations/${id}`)).json() as Evaluation;
  const res = await filler.send('PUT', `/api/evaluations/${id}`, { version: e.version, content: { ...contentOf(e), title: '审计浏览测试标题' } });
  expect(res.statusCode, res.body).toBe(200);
}, 300_000); // a loaded machine
afterAll(() => env?.close());

describe('audit browsing', () => {
  it('finds the save by user and action, with its content and the change', async () => {
    const p = await page(admin, `?user=p_filler&action=evaluation.save`);
    expect(p.entries).toHaveLength(1);
    const [save] = p.entries;
    expect(save!.unit).toEqual({ id: env.targets.own.unitId, name: env.targets.own.unitName });
    expect(save!.user?.username).toBe('p_filler');
    const detail = (await admin.get(`/api/audit/${save!.id}`)).json() as {
      after: { title: string };
      changes: { path: string; before: string; after: string }[];
      hash: string;
    };
    expect(detail.after.title).toBe('审计浏览测试标题');
    expect(detail.changes).toContainEqual(expect.objectContaining({ path: 'title', after: '审计浏览测试标题' }));
    expect(detail.hash).toMatch(/^[0-9a-f]{64}$/);
    // an action prefix ending in '.' matches the family
    expect((await page(admin, `?user=p_filler&action=evaluation.`)).entries.map((x) => x.id)).toContain(save!.id);
  });

  it('filters by unit, with or without its subtree', async () => {
    const own = env.targets.own.unitId;
    const only = await page(admin, `?unitId=${own}&limit=200`);
    expect(only.entries.length).toBeGreaterThan(0);
    expect(only.entries.every((x) => x.unit?.id === own)).toBe(true);
    const sub = await page(admin, `?unitId=${own}&subtree=true&limit=200`);
    expect(sub.entries.map((x) => x.id)).toContain(env.targets.descendant.auditId);
    expect(only.entries.map((x) => x.id)).not.toContain(env.targets.descendant.auditId);
  });

  it('filters by Beijing date: today holds the entries, tomorrow and yesterday none', async () => {
    const today = beijingToday();
    expect((await page(admin, `?from=${today}&to=${today}`)).entries.length).toBeGreaterThan(0);
    expect((await page(admin, `?from=${shiftDay(today, 1)}`)).entries).toHaveLength(0);
    expect((await page(admin, `?to=${shiftDay(today, -1)}`)).entries).toHaveLength(0);
  });

  it('pages backwards without repeating or skipping', async () => {
    const all = await page(admin, `?limit=200`);
    const seen: string[] = [];
    let q = '?limit=3';
    for (;;) {
      const p = await page(admin, q);
      seen.push(...p.entries.map((x) => x.id));
      if (!p.next) break;
      q = `?limit=3&before=${p.next}`;
    }
    expect(seen).toEqual(all.entries.map((x) => x.id));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('shows a unit-scoped user only its subtree, never unit-less entries', async () => {
    for (const c of [filler, reviewer]) {
      const p = await page(c, `?limit=200`);
      const ids = p.entries.map((x) => x.id);
      expect(ids).toContain(env.targets.own.auditId);
      expect(ids).toContain(env.targets.descendant.auditId);
      expect(ids).not.toContain(env.targets.sibling.auditId);
      expect(ids).not.toContain(env.targets.ancestor.auditId);
      expect(p.entries.every((x) => x.unit !== null)).toBe(true);
    }
    // the deployment-wide admin sees logins (no unit)
    expect((await page(admin, `?action=session.login`)).entries.length).toBeGreaterThan(0);
    expect((await page(filler, `?action=session.login`)).entries).toHaveLength(0);
  });

  it('answers a unit or an entry outside my scope like a missing one', async () => {
    expect((await filler.get(`/api/audit?unitId=${env.targets.sibling.unitId}`)).statusCode).toBe(404);
    expect((await filler.get(`/api/audit/${env.targets.sibling.auditId}`)).statusCode).toBe(404);
    expect((await filler.get(`/api/audit/99999999`)).statusCode).toBe(404);
    expect((await env.anonymous().get(`/api/audit`)).statusCode).toBe(401);
  });

  it('refuses impossible dates and a reversed range with a clear message', async () => {
    const bad = await admin.get(`/api/audit?from=2026-02-30`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('日期无效');
    const reversed = await admin.get(`/api/audit?from=2026-03-02&to=2026-03-01`);
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().message).toContain('开始日期晚于结束日期');
    expect((await admin.get(`/api/audit?limit=0`)).statusCode).toBe(400);
  });
});
