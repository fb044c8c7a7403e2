// What the server answers around the web bundle: client routes get index.html, a missing /assets
// file is a 404 (an old tab asking for a chunk of the previous build must see a failure it can
// report, not index.html served as JavaScript), and a malformed %-escape is a 400: JSON for /api/ and other callers, a Chinese page for a browser.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/server/app.js';
import { openTestStore, type TestStore } from './helpers/store.js';

let store: TestStore;
let app: FastifyInstance;
const web = mkdtempSync(join(tmpdir(), 'jixiao-web-'));

beforeAll(async () => {
  mkdirSync(join(web, 'assets'));
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>jixiao</title>');
  writeFileSync(join(web, 'assets', 'Import-abc123.js'), 'export default 1;');
  // what scripts/compress-web.mjs writes beside each file
  writeFileSync(join(web, 'assets', 'Import-abc123.js.br'), brotliCompressSync('export default 1;'));
  writeFileSync(join(web, 'assets', 'Import-abc123.js.gz'), gzipSync('export default 1;'));
  store = await openTestStore();
  app = await buildApp({ store, webDir: web });
});
afterAll(async () => {
  await app?.close();
  await store?.close();
  rmSync(web, { recursive: true, force: true });
});

describe('web bundle fallback', () => {
  it('serves index.html for a client route, also one with a percent-encoded Chinese segment', async () => {
    for (const url of ['/import', '/evaluations/12', '/%E5%AF%BC%E5%85%A5']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.body).toContain('<title>jixiao</title>');
    }
  });

  it('serves an existing chunk as JavaScript', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/Import-abc123.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
  });

  it('answers 404 JSON, not index.html, for a chunk that is gone or a path escaping the folder', async () => {
    for (const url of ['/assets/Import-old999.js', '/assets/..%2f..%2fpackage.json', '/assets/x/y.css']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toMatch(/application\/json/);
      expect(res.json()).toMatchObject({ error: 'notFound' });
    }
  });

  it('answers a malformed percent-escape with 400 in the API error shape, in Chinese first', async () => {
    for (const url of ['/api/evaluations/abc%ZZ', '/import%E5%A']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(400);
      const body = res.json() as { error: string; message: string };
      expect(body.error).toBe('invalid');
      expect(body.message).toMatch(/^网址无效/);
    }
  });
});

describe('a malformed address opened in a browser', () => {
  const page = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

  it('gets a Chinese HTML page that echoes nothing of the address, not raw JSON', async () => {
    for (const url of ['/public/%', '/dashboard/%ZZ', '/import%E5%A?x=<script>']) {
      const res = await app.inject({ method: 'GET', url, headers: page });
      expect(res.statusCode, url).toBe(400);
      expect(res.headers['content-type'], url).toMatch(/^text\/html; charset=utf-8/);
      expect(res.body).toContain('<h1 style="font-size:1.4em">网址无效</h1>');
      expect(res.body).not.toMatch(/%ZZ|<script>|"error"/);
    }
  });

  it('under /api/ stays a JSON error, even when the caller accepts HTML', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/evaluations/%ZZ', headers: page });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.json()).toMatchObject({ error: 'invalid', message: expect.stringMatching(/^网址无效/) });
  });
});

describe('web bundle caching', () => {
  it('caches hashed /assets files for good and makes index.html revalidate, also as the fallback', async () => {
    const asset = await app.inject({ method: 'GET', url: '/assets/Import-abc123.js' });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const url of ['/', '/index.html', '/import']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
    }
  });
});

describe('web bundle compression', () => {
  it('sends the brotli or gzip file written at build time when the browser accepts it, with Vary', async () => {
    const br = await app.inject({ method: 'GET', url: '/assets/Import-abc123.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(String(br.headers.vary)).toMatch(/accept-encoding/i);
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe('export default 1;');
    const gz = await app.inject({ method: 'GET', url: '/assets/Import-abc123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    const plain = await app.inject({ method: 'GET', url: '/assets/Import-abc123.js', headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe('export default 1;');
  });
});
