// The web app build: root web/, output web/dist, /api proxied to a local `jixiao serve` in dev.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Prints the gzip size of the JS loaded on first paint (the budget is 350 KB). */
function initialBundleSize(): Plugin {
  return {
    name: 'jixiao-initial-bundle-size',
    apply: 'build',
    async closeBundle() {
      // @ts-expect-error plain .mjs script without types
      const { measure } = await import('./scripts/bundle-size.mjs');
      const r = await measure(`${root}dist`);
      console.log(`initial JS: ${(r.initialGzipBytes / 1024).toFixed(1)} KB gzip (limit ${r.limitBytes / 1024} KB) ${r.ok ? 'OK' : 'OVER BUDGET'}`);
    },
  };
}

export default defineConfig({
  root,
  base: '/',
  plugins: [react(), initialBundleSize()],
  build: {
    outDir: `${root}dist`,
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
