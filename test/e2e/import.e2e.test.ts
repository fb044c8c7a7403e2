// Importing an old report in a real browser (issue 6): seed 002 as a .txt file → a preview of what
// was recognised (title, budget rows, 两癌 10361 → 10780) → a draft the filler lands in.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, ensureWebBuilt, launchBrowser, ROOT, shot, startServer, type RunningServer } from './harness.js';

const hasBrowser = chromiumAvailable();
const SEED = join(ROOT, 'fixtures/seeds/002_279d50849b4f1aa3.txt');

describe.skipIf(!hasBrowser)('browser: import an old report', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ensureWebBuilt();
    server = await startServer();
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', baseURL: server.baseUrl });
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('previews what was recognised, then writes the draft and opens it', async () => {
    await page.goto('/login');
    await page.getByLabel('用户名').fill('wugang');
    await page.getByLabel('密码').fill('jixiao-demo');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await expect.poll(() => page.getByTestId('current-user').textContent(), { timeout: 20_000 }).toContain('武冈');
    await page.getByRole('link', { name: '导入旧报告' }).click();
    await page.waitForURL(/\/import$/);
    await page.locator('input[type=file]').setInputFiles(SEED);
    await expect.poll(() => page.getByText('识别结果（尚未写入）').count(), { timeout: 30_000 }).toBe(1);
    const body = await page.locator('main, body').first().textContent();
    expect(body).toContain('2022年度武冈市妇女联合会整体支出绩效自评报告');
    expect(body).toContain('10361 → 10780人');
    expect(body).toContain('2023-07-18');
    await shot(page, '20-import-preview');
    await page.getByRole('button', { name: '导入为草稿' }).click();
    await page.waitForURL(/\/evaluations\/\d+$/, { timeout: 30_000 });
    await expect.poll(() => page.getByText('草稿').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await shot(page, '21-import-draft');
    expect(pageErrors).toEqual([]);
  });
});
