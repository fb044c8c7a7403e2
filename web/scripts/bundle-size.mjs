#!/usr/bin/env node
// Prints, as JSON, the gzip size of the initial JS of the built web app (web/dist):
// the entry script of index.html plus every chunk it preloads. `npm run bench` calls this.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const LIMIT_BYTES = 350 * 1024;

export async function measure(dist = resolve(fileURLToPath(new URL('../dist', import.meta.url)))) {
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const refs = new Set();
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) refs.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) refs.add(m[1]);
  const chunks = [];
  for (const ref of refs) {
    const buf = await readFile(join(dist, ref.replace(/^\//, '')));
    chunks.push({ file: ref, bytes: buf.length, gzipBytes: gzipSync(buf, { level: 9 }).length });
  }
  const initialGzipBytes = chunks.reduce((s, c) => s + c.gzipBytes, 0);
  return {
    dist,
    chunks,
    initialBytes: chunks.reduce((s, c) => s + c.bytes, 0),
    initialGzipBytes,
    limitBytes: LIMIT_BYTES,
    ok: initialGzipBytes <= LIMIT_BYTES,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  measure(process.argv[2] ? resolve(process.argv[2]) : undefined).then(
    (r) => {
      console.log(JSON.stringify(r, null, 2));
      process.exitCode = r.ok ? 0 : 1;
    },
    (e) => {
      console.error(`bundle-size: ${e.message} (run npm run build:web first)`);
      process.exitCode = 2;
    },
  );
}
