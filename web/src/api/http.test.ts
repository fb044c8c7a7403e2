import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, call, qs, setCsrfToken, urlOf } from './http.js';
import { deleteEvaluation, freezeFramework, getDashboard, logout, saveEvaluation } from './index.js';

interface Sent {
  url: string;
  init: RequestInit & { headers: Record<string, string> };
}
function stubFetch(status: number, body: string): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal('fetch', async (url: string, init: Sent['init']) => {
    sent.push({ url, init });
    return new Response(body, { status, statusText: status === 200 ? 'OK' : 'Error' });
  });
  return sent;
}
afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('the API client', () => {
  it('fills path parameters encoded and writes the query as before (unset values left out, arrays repeated)', () => {
    expect(urlOf('GET /api/monitoring/:id/units/:unitId', { id: '7', unitId: 'a/b c' })).toBe('/api/monitoring/7/units/a%2Fb%20c');
    expect(urlOf('GET /api/dashboard/:id', { id: '12' }, { year: 2022, project: undefined })).toBe('/api/dashboard/12?year=2022');
    expect(urlOf('GET /api/rollups/:id', { id: '1' }, { year: 2022, measure: ['a:b', 'c'] })).toBe('/api/rollups/1?year=2022&measure=a%3Ab&measure=c');
    expect(qs({ q: '', x: null, y: 0, z: false })).toBe('?y=0&z=false');
  });

  it('sends the CSRF header on state-changing requests only, JSON bodies only when there is one', async () => {
    const sent = stubFetch(200, '{"version":2}');
    setCsrfToken('tok');
    await getDashboard('5', { year: 2022 });
    await saveEvaluation('5', { version: 1, content: {} as never });
    await freezeFramework('9');
    await logout();
    await deleteEvaluation('5', 3);
    expect(
      sent.map((s) => [s.init.method, s.url, s.init.headers['x-csrf-token'] ?? null, s.init.headers['content-type'] ?? null, s.init.body ?? null]),
    ).toEqual([
      ['GET', '/api/dashboard/5?year=2022', null, null, null],
      ['PUT', '/api/evaluations/5', 'tok', 'application/json', '{"version":1,"content":{}}'],
      ['POST', '/api/frameworks/9/freeze', 'tok', null, null],
      ['POST', '/api/logout', 'tok', 'application/json', '{}'],
      ['DELETE', '/api/evaluations/5?version=3', 'tok', null, null],
    ]);
    expect(sent.every((s) => s.init.credentials === 'same-origin')).toBe(true);
  });

  it("turns an error reply into an ApiError with the server's code, message and body", async () => {
    stubFetch(409, '{"error":"conflict","message":"已被他人修改 / changed by someone else","current":{"version":4}}');
    const e = await call('GET /api/evaluations/:id', { params: { id: '1' } }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ApiError);
    // the message in the UI's language (中文 by default): the English half of "中文 / English" is dropped; the body keeps both
    expect(e).toMatchObject({
      status: 409,
      code: 'conflict',
      message: '已被他人修改',
      body: { message: '已被他人修改 / changed by someone else', current: { version: 4 } },
    });
  });

  it('keeps a reply that is not JSON as the message (a proxy error page), and an empty reply as null', async () => {
    stubFetch(502, 'Bad Gateway');
    await expect(call('GET /api/health')).rejects.toMatchObject({ status: 502, code: '502', message: 'Bad Gateway' });
    stubFetch(200, '');
    await expect(call('GET /api/health')).resolves.toBeNull();
  });
});
