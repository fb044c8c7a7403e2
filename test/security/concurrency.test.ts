// No lost or silent overwrites: parallel saves with the same version → exactly one wins, every other
// gets 409 with the state that won; parallel submits record one transition.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation } from '../../src/domain/types.js';
import { contentOf } from '../../src/services/evaluations.js';
import { securityEnv, type Client, type SecurityEnv } from './env.js';

let env: SecurityEnv;
let filler: Client;
let id: string;
const N = 8;

beforeAll(async () => {
  env = await securityEnv();
  filler = await env.login('p_filler');
  id = env.targets.own.evaluationId;
});
afterAll(async () => {
  await env?.close();
});

const load = async () => (await filler.get(`/api/evaluations/${id}`)).json() as Evaluation;

describe('optimistic concurrency', () => {
  it(`lets exactly one of ${N} parallel saves with the same version win; the others get 409 with the winner's state`, async () => {
    for (let round = 0; round < 3; round++) {
      const e = await load();
      const bodies = Array.from({ length: N }, (_, k) => {
        const content = contentOf(e);
        content.title = `并发保存 ${round}-${k}`;
        return { version: e.version, content };
      });
      const answers = await Promise.all(bodies.map((b) => filler.send('PUT', `/api/evaluations/${id}`, b)));
      const codes = answers.map((a) => a.statusCode).sort();
      expect(codes, answers.map((a) => a.body.slice(0, 120)).join('\n')).toEqual([200, ...Array(N - 1).fill(409)]);
      const winner = answers.find((a) => a.statusCode === 200)!.json() as Evaluation;
      expect(winner.version).toBe(e.version + 1);
      const after = await load();
      expect(after.title).toBe(winner.title);
      expect(after.version).toBe(winner.version);
      for (const a of answers.filter((x) => x.statusCode === 409)) {
        const current = (a.json() as { current: Evaluation }).current;
        // the loser must see what it lost against, not the state it started from
        expect(current.version, `${a.body.slice(0, 80)}`).toBe(winner.version);
        expect(current.title).toBe(winner.title);
      }
    }
  });

  it('never applies a stale write later (a retry with the old version stays 409)', async () => {
    const e = await load();
    const ok = await filler.send('PUT', `/api/evaluations/${id}`, { version: e.version, content: { ...contentOf(e), title: '新标题' } });
    expect(ok.statusCode).toBe(200);
    const stale = await filler.send('PUT', `/api/evaluations/${id}`, { version: e.version, content: { ...contentOf(e), title: '旧标题' } });
    expect(stale.statusCode).toBe(409);
    expect((await load()).title).toBe('新标题');
  });

  it('records one submission when the same submit is sent in parallel (idempotent)', async () => {
    const e = await load();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => filler.send('POST', `/api/evaluations/${id}/transitions`, { action: 'submit', version: e.version })),
    );
    for (const a of answers) expect([200, 409], a.body.slice(0, 200)).toContain(a.statusCode);
    expect(answers.some((a) => a.statusCode === 200)).toBe(true);
    const h = (await filler.get(`/api/evaluations/${id}/history`)).json() as { transitions: { toStatus: string }[] };
    expect(h.transitions.filter((t) => t.toStatus === 'submitted')).toHaveLength(1);
    const after = await load();
    expect(after.status).toBe('submitted');
    expect(after.version).toBe(e.version + 1);
    // a repeated submit afterwards changes nothing
    const again = await filler.send('POST', `/api/evaluations/${id}/transitions`, { action: 'submit', version: after.version });
    expect(again.statusCode).toBe(200);
    expect((again.json() as Evaluation).version).toBe(after.version);
    // and content is locked once submitted
    expect((await filler.send('PUT', `/api/evaluations/${id}`, { version: after.version, content: contentOf(after) })).statusCode).toBe(423);
  });
});
