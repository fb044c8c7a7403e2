// A page whose chunk cannot be loaded (jixiao updated while the tab was open, or the network
// dropped) shows a message and a reload button inside the app, at 1366 px and on a 390 px phone;
// the rest of the app keeps working, and the reload brings the page back.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, login, openSession, shot, type BrowserSession } from './harness.js';

const hasBrowser = chromiumAvailable();

/** Client-side navigation, as a menu click does: the lazy chunk is fetched now, not on page load. */
async function goClient(page: Page, path: string) {
  await page.evaluate(`window.history.pushState({}, '', ${JSON.stringify(path)}); window.dispatchEvent(new PopStateEvent('popstate'))`);
}

describe.skipIf(!hasBrowser)('browser: a page that fails to load', () => {
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await openSession();
    ({ page } = session);
  });
  let signedIn = false;
  afterAll(async () => {
    await session?.close();
  });

  for (const [width, height, tag] of [
    [1366, 900, 'desktop'],
    [390, 844, 'phone'],
  ] as const) {
    it(`shows a reload message instead of a blank app when a chunk is gone (${tag})`, async () => {
      await page.setViewportSize({ width, height });
      if (signedIn) await page.goto('/');
      else await login(page, 'wugang');
      signedIn = true;
      await page.getByTestId('current-user').waitFor({ timeout: 20_000 });
      // the previous build's chunk: the server now answers 404 for it
      await page.route('**/assets/Import-*.js', (r) => r.fulfill({ status: 404, contentType: 'application/json', body: '{"error":"notFound"}' }));
      await goClient(page, '/import');
      const reload = page.getByRole('button', { name: '刷新页面' });
      await expect.poll(() => reload.count(), { timeout: 20_000 }).toBe(1);
      expect(await page.getByText('页面没有加载出来').isVisible()).toBe(true);
      expect(await page.getByText(/系统刚刚更新/).isVisible()).toBe(true);
      const box = (await reload.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(box.height).toBeGreaterThanOrEqual(40);
      // the header and menu are still there: the failure is confined to the page
      expect(await page.getByTestId('current-user').count()).toBe(1);
      await shot(page, `page-load-01-chunk-gone-${tag}`);

      // another page still opens, and the failure does not stick to it
      await goClient(page, '/');
      await expect.poll(() => page.getByText('页面没有加载出来').count(), { timeout: 20_000 }).toBe(0);

      // back to the broken page, the chunk is served again: 刷新页面 brings it back
      await goClient(page, '/import');
      await expect.poll(() => reload.count(), { timeout: 20_000 }).toBe(1);
      await page.unroute('**/assets/Import-*.js');
      await reload.click();
      await expect.poll(() => page.getByText('导入旧报告为草稿').count(), { timeout: 30_000 }).toBeGreaterThan(0);
      expect(await page.getByText('页面没有加载出来').count()).toBe(0);
    });
  }
});
