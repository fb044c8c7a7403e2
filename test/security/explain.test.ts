// Explaining a warning: only a filler of the unit, only while editable, compare-and-set on the
// note (409 with the current note), audited with before/after, errors cannot be explained.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation } from '../../src/domain/types.js';
import { contentOf } from '../../src/services/evaluations.js';
import { auditRepository } from '../../src/store/audit.js';
import { securityEnv, type Client, type SecurityEnv } from './env.js';

interface F {
  key: string;
  severity: string;
  explanation: string | null;
}
let env: SecurityEnv;
let filler: Client;
let id: string;
let warning: F;

beforeAll(async () => {
  env = await securityEnv();
  filler = await env.login('p_filler');
  id = env.targets.own.evaluationId;
  // A warning: an account marked 无支出 that carries a (balanced) non-zero amount.
  const e = (await filler.get(`/api/evaluations/${id}`)).json() as Evaluation;
  const c = contentOf(e);
  const acc = c.budget.find((a) => a.noActivity)!;
  for (const row of ['total', 'basic'] as const) acc.rows[row] = { opening: '1', income: '0', expenditure: '0', closing: '1' };
  const put = await filler.send('PUT', `/api/evaluations/${id}`, { version: e.version, content: c });
  expect(put.statusCode, put.body).toBe(200);
  const fs = ((await filler.get(`/api/evaluations/${id}/findings`)).json() as { findings: F[] }).findings;
  warning = fs.find((f) => f.severity === 'warning')!;
}, 60_000);
afterAll(() => env?.close());

describe('explaining a warning', () => {
  const explain = (c: Client, body: Record<string, unknown>) => c.send('POST', `/api/evaluations/${id}/findings/explain`, body);

  it('sets the note when the client saw none, and shows it with the finding', async () => {
    expect(warning).toMatchObject({ severity: 'warning', explanation: null });
    const res = await explain(filler, { key: warning.key, note: '上年结转资金，年末已全部收回', previous: null });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as { findings: F[] }).findings.find((f) => f.key === warning.key)!.explanation).toBe('上年结转资金，年末已全部收回');
  });

  it('refuses a stale note with 409 and the current one; nothing is overwritten', async () => {
    const stale = await explain(filler, { key: warning.key, note: '另一个人的说明', previous: null });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ current: '上年结转资金，年末已全部收回' });
    const ok = await explain(filler, { key: warning.key, note: '已核实：上年结转', previous: '上年结转资金，年末已全部收回' });
    expect(ok.statusCode).toBe(200);
    const now = ((await filler.get(`/api/evaluations/${id}/findings`)).json() as { findings: F[] }).findings;
    expect(now.find((f) => f.key === warning.key)!.explanation).toBe('已核实：上年结转');
  });

  it('audits each change with the note before and after', async () => {
    const log = (await auditRepository(env.store.db).list({ limit: 20 })).filter((r) => r.action === 'evaluation.explain');
    expect(log.map((r) => [r.before, r.after])).toEqual([
      [
        { key: warning.key, note: '上年结转资金，年末已全部收回' },
        { key: warning.key, note: '已核实：上年结转' },
      ],
      [
        { key: warning.key, note: null },
        { key: warning.key, note: '上年结转资金，年末已全部收回' },
      ],
    ]);
  });

  it('is for a filler of the unit only, and needs previous', async () => {
    const reviewer = await env.login('p_reviewer');
    expect((await explain(reviewer, { key: warning.key, note: 'x', previous: '已核实：上年结转' })).statusCode).toBe(403);
    expect((await explain(filler, { key: warning.key, note: 'x' })).statusCode).toBe(400);
    expect((await explain(filler, { key: 'ffffffffffffffff', note: 'x', previous: null })).statusCode).toBe(404);
  });

  it('is refused once the evaluation is submitted (locked)', async () => {
    const e = (await filler.get(`/api/evaluations/${id}`)).json() as { version: number };
    const sub = await filler.send('POST', `/api/evaluations/${id}/transitions`, { action: 'submit', version: e.version });
    expect(sub.statusCode, sub.body).toBe(200);
    expect((await explain(filler, { key: warning.key, note: 'x', previous: '已核实：上年结转' })).statusCode).toBe(423);
  });
});
