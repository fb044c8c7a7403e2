// 公开 shows 自评得分 to the public: the server refuses it while the score is "—" and names the
// indicators without a score; once they are filled, the same evaluation is published.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation } from '../src/domain/types.js';
import { contentOf } from '../src/services/evaluations.js';
import { wugangReview, type WugangReview } from './helpers/app.js';

let r: WugangReview;
beforeAll(async () => {
  r = await wugangReview();
});
afterAll(async () => {
  await r?.close();
});

const CODE = '2.2.2'; // a typed 满意度 (not computed from the budget)

async function setActual(actual: string | null): Promise<Evaluation> {
  const e = await r.load(r.wugang);
  const content = contentOf(e);
  content.indicators.find((i) => i.indicatorCode === CODE)!.actual = actual;
  const res = await r.wugang.send('PUT', `/api/evaluations/${r.id}`, { version: e.version, content });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Evaluation;
}

describe('publishing needs a 自评得分', () => {
  let actual: string | null = null;
  it('a leaf left empty leaves the total "—" (submit is still allowed, as before)', async () => {
    actual = (await r.load(r.wugang)).indicators.find((i) => i.indicatorCode === CODE)!.actual;
    expect(actual).toBe('95%');
    expect((await setActual(null)).totalScore).toBeNull();
    expect((await r.act(r.wugang, 'submit')).statusCode).toBe(200);
    expect((await r.act(r.shaoyang, 'approve')).statusCode).toBe(200);
  });

  it('公开 is refused, naming the indicator without a score', async () => {
    const res = await r.act(r.shaoyang, 'publish');
    expect(res.statusCode).toBe(422);
    const body = res.json() as { message: string; unscored: string[] };
    expect(body.message).toMatch(/^自评得分尚未算出，不能公开：指标 /);
    expect(body.message).toContain(`指标 ${CODE} `);
    expect(body.unscored.some((u) => u.startsWith(`指标 ${CODE} `))).toBe(true);
    expect((await r.load(r.shaoyang)).status).toBe('approved');
  });

  it('filled in again (reopened, resubmitted), the same evaluation is published', async () => {
    expect((await r.act(r.shaoyang, 'reopen', '请补填指标完成值')).statusCode).toBe(200);
    expect((await setActual(actual)).totalScore).not.toBeNull();
    expect((await r.act(r.wugang, 'submit')).statusCode).toBe(200);
    expect((await r.act(r.shaoyang, 'approve')).statusCode).toBe(200);
    const res = await r.act(r.shaoyang, 'publish');
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as Evaluation).status).toBe('published');
  });
});
