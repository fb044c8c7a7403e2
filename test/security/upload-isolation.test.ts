// Issue 16, item 2: a small hostile upload must not freeze the server. Files are read in worker
// threads with a time and memory limit, bounded in paragraphs/lines/cells, refused with 413/422
// and a clear Chinese message — and /api/health keeps answering within 1 s meanwhile.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parserPool } from '../../src/documents/import/isolated.js';
import { LIMITS } from '../../src/documents/import/read.js';
import { securityEnv, type Client, type SecurityEnv } from './env.js';
import { cell, docx, para, xlsx } from './zip.js';

let env: SecurityEnv;
let filler: Client;
let base: string;

beforeAll(async () => {
  env = await securityEnv();
  filler = await env.login('p_filler');
  base = await env.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await env?.close();
});

/** A 1-MB-ish .docx of `n` tiny paragraphs (17 MB of XML for a million). */
export const paragraphBomb = (n: number) => docx('<w:p/>'.repeat(n));
const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64');

async function upload(fileName: string, bytes: Buffer) {
  const res = await fetch(`${base}/api/import/preview`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `jixiao_session=${filler.cookie}`, 'x-csrf-token': filler.csrf },
    body: JSON.stringify({ fileName, contentBase64: b64(bytes) }),
  });
  return { status: res.status, body: (await res.json()) as { message: string } };
}

/** Polls /api/health every 50 ms while `work` runs; the slowest answer in ms. */
async function healthDuring<T>(work: Promise<T>): Promise<{ result: T; slowest: number; probes: number }> {
  let running = true;
  let slowest = 0;
  let probes = 0;
  const poll = (async () => {
    while (running) {
      const t = performance.now();
      const r = await fetch(`${base}/api/health`);
      await r.arrayBuffer();
      slowest = Math.max(slowest, performance.now() - t);
      probes++;
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const result = await work;
  running = false;
  await poll;
  return { result, slowest, probes };
}

describe('hostile uploads', () => {
  it('keeps /api/health under 1 s while two paragraph bombs are read, and refuses them with 413 and a Chinese message', async () => {
    const bomb = paragraphBomb(1_000_000);
    expect(bomb.length).toBeLessThan(2_500_000);
    const { result, slowest, probes } = await healthDuring(Promise.all([upload('bomb.docx', bomb), upload('bomb2.docx', bomb)]));
    for (const r of result) {
      expect(r.status).toBe(413);
      expect(r.body.message).toMatch(/段落数 1000000，超过上限 20000/);
    }
    expect(probes).toBeGreaterThan(0);
    expect(slowest).toBeLessThan(1000);
  });

  it('refuses a .txt of 400,000 lines, 10 MB of one line and a sheet of 100,000 rows with 413, never 500', async () => {
    const lines = await upload('lines.txt', Buffer.from('one line of a report\n'.repeat(400_000)));
    expect(lines.status).toBe(413);
    expect(lines.body.message).toContain('行');
    const oneLine = await upload('line.txt', Buffer.from('数'.repeat(3_300_000)));
    expect(oneLine.status).toBe(413);
    let rows = '';
    for (let r = 1; r <= 100_000; r++) rows += `<row r="${r}">${cell(`A${r}`, 'x')}</row>`;
    const sheet = await upload('rows.xlsx', xlsx(rows));
    expect([413]).toContain(sheet.status);
    expect(sheet.body.message).toMatch(/表格行|表格过大/);
    const tableBomb = await upload('table.docx', docx(`<w:tbl>${'<w:tr><w:tc><w:p/></w:tc></w:tr>'.repeat(50_000)}</w:tbl>`));
    expect(tableBomb.status).toBe(413);
  });

  it('still reads a large honest report (2,000 paragraphs) through the worker', async () => {
    const honest = docx(
      ['武冈市妇联2022年度部门整体支出绩效自评报告', '一、部门概况', ...Array.from({ length: 2000 }, (_, i) => `第${i + 1}项工作完成情况良好。`)]
        .map(para)
        .join(''),
    );
    const r = await upload('honest.docx', honest);
    expect(r.status, r.body.message).toBe(200);
  });

  it('stops a file that takes too long (worker terminated, 422-kind refusal) and keeps serving', async () => {
    const pool = parserPool({ timeMs: 50, memoryMb: 256, workers: 1, queue: 2 });
    try {
      const big = docx(Array.from({ length: LIMITS.paragraphs - 10 }, (_, i) => para(`第${i}段`)).join(''));
      await expect(pool.parse(big, 'slow.docx')).rejects.toMatchObject({ kind: 'unprocessable', message: expect.stringContaining('秒') });
      // the worker was replaced: the next file is read
      const ok = await pool.parse(Buffer.from('一、部门概况\n正文\n'), 'ok.txt');
      expect(ok.lines.length).toBeGreaterThan(1);
    } finally {
      await pool.close();
    }
  });

  it('refuses when every worker is busy and the queue is full (busy, not a pile-up)', async () => {
    const pool = parserPool({ timeMs: 10_000, memoryMb: 256, workers: 1, queue: 1 });
    try {
      const file = docx(Array.from({ length: 3000 }, (_, i) => para(`第${i}段`)).join(''));
      const results = await Promise.allSettled([pool.parse(file, 'a.docx'), pool.parse(file, 'b.docx'), pool.parse(file, 'c.docx')]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    } finally {
      await pool.close();
    }
  });
});
