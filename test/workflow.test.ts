// The review cycle through the HTTP API: findings block submission, return with reason,
// reviewer diff, approve, publish, public visibility, history, notifications, audit chain.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation } from '../src/domain/types.js';
import { contentOf } from '../src/services/evaluations.js';
import { auditRepository } from '../src/store/audit.js';
import { wugangReview, type Client, type DemoApp, type WugangReview } from './helpers/app.js';

let r: WugangReview;
let env: DemoApp;
let wugang: Client;
let shaoyang: Client;
let id: string;

const load = (c: Client) => r.load(c);
async function save(mutate: (e: Evaluation) => void) {
  const e = await load(wugang);
  const content = contentOf(e);
  mutate({ ...e, ...content } as Evaluation);
  const res = await wugang.send('PUT', `/api/evaluations/${id}`, { version: e.version, content });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Evaluation;
}
const act = (c: Client, action: string, reason?: string) => r.act(c, action, reason);

beforeAll(async () => {
  r = await wugangReview();
  ({ env, wugang, shaoyang, id } = r);
});
afterAll(async () => {
  await r?.close();
});

describe('review workflow', () => {
  it('starts clean: the seed has no error findings', async () => {
    const f = (await wugang.get(`/api/evaluations/${id}/findings`)).json() as { findings: { severity: string }[] };
    expect(f.findings.filter((x) => x.severity === 'error')).toEqual([]);
  });

  it('blocks submission while the budget identity is broken, with the findings', async () => {
    await save((e) => {
      e.budget[0]!.rows.total!.closing = '5';
    });
    const f = (await wugang.get(`/api/evaluations/${id}/findings`)).json() as { findings: { severity: string; rule: string }[] };
    expect(f.findings.some((x) => x.severity === 'error' && x.rule === 'budgetIdentity')).toBe(true);
    const res = await act(wugang, 'submit');
    expect(res.statusCode).toBe(422);
    expect((res.json() as { findings: unknown[] }).findings.length).toBeGreaterThan(0);
  });

  it('submits once fixed; a repeated submit is a no-op', async () => {
    await save((e) => {
      e.budget[0]!.rows.total!.closing = '0';
    });
    const res = await act(wugang, 'submit');
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as Evaluation).status).toBe('submitted');
    const again = await act(wugang, 'submit');
    expect(again.statusCode).toBe(200);
    expect((again.json() as Evaluation).version).toBe((res.json() as Evaluation).version);
  });

  it('locks content once submitted', async () => {
    const e = await load(wugang);
    const res = await wugang.send('PUT', `/api/evaluations/${id}`, { version: e.version, content: contentOf(e) });
    expect(res.statusCode).toBe(423);
  });

  it('lets the reviewer return only with a reason; the filler cannot approve', async () => {
    expect((await act(wugang, 'approve')).statusCode).toBe(403);
    expect((await act(shaoyang, 'return')).statusCode).toBe(400);
    const res = await act(shaoyang, 'return', '项目支出情况请补充说明');
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as Evaluation).status).toBe('returned');
  });

  it('shows the reviewer exactly what changed since the last submission', async () => {
    await save((e) => {
      e.sections.find((s) => s.key === '10')!.paragraphs = ['本年度项目支出为0万元，原因是项目资金统一由市财政列支。'];
    });
    expect((await act(wugang, 'submit')).statusCode).toBe(200);
    const diff = (await shaoyang.get(`/api/evaluations/${id}/diff`)).json() as { since: string; changes: { label: string; before: string; after: string }[] };
    expect(diff.since).not.toBeNull();
    expect(diff.changes).toEqual([
      {
        path: 'sections.10.paragraphs.0',
        label: expect.stringContaining('其他需要说明的情况'),
        before: '无',
        after: '本年度项目支出为0万元，原因是项目资金统一由市财政列支。',
      },
    ]);
  });

  it('approves and publishes; the public then sees it and the docx downloads', async () => {
    expect((await act(shaoyang, 'approve')).statusCode).toBe(200);
    expect((await act(shaoyang, 'publish')).statusCode).toBe(200);
    const pub = (await env.app.inject({ method: 'GET', url: '/api/public/evaluations?year=2022' })).json() as { evaluations: { id: string }[] };
    expect(pub.evaluations.map((e) => e.id)).toEqual([id]);
    const docx = await wugang.get(`/api/evaluations/${id}/report?format=docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('records history, notifies the filler and keeps the audit chain intact', async () => {
    const h = (await wugang.get(`/api/evaluations/${id}/history`)).json() as { transitions: { toStatus: string; reason: string | null }[] };
    expect(h.transitions.map((t) => t.toStatus)).toEqual(['submitted', 'returned', 'submitted', 'approved', 'published']);
    expect(h.transitions[1]!.reason).toBe('项目支出情况请补充说明');
    const wb = (await wugang.get('/api/workbench?year=2022')).json() as { notifications: { kind: string }[]; mine: unknown[] };
    expect(wb.mine).toHaveLength(2); // its own and the 两癌 project's 自评表
    expect(wb.notifications.map((n) => n.kind)).toEqual(['published', 'approved', 'returned']);
    const sy = (await shaoyang.get('/api/workbench?year=2022')).json() as { notifications: { kind: string }[] };
    expect(sy.notifications.map((n) => n.kind)).toEqual(['submitted', 'submitted']);
    expect(await auditRepository(env.store.db).verify()).toMatchObject({ ok: true, brokenId: null });
  });
});

describe('framework freezing', () => {
  it('froze the department-wide framework when the evaluation was submitted', async () => {
    const fw = (await wugang.get(`/api/frameworks?code=department-wide`)).json() as { frameworks: { frozen: boolean }[] };
    expect(fw.frameworks.length).toBeGreaterThan(0);
    expect(fw.frameworks.every((f) => f.frozen)).toBe(true);
  });
});
