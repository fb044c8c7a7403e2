import { chromium } from 'playwright-core';
const B = 'http://127.0.0.1:3710';
const W = Number(process.env.W || 1366);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const ctx = await browser.newContext({ baseURL: B, viewport: { width: W, height: W > 500 ? 900 : 844 }, locale: 'zh-CN' });
const page = await ctx.newPage();
page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
const shot = (n) => page.screenshot({ path: `/tmp/s10shots/${W}-${n}.png`, fullPage: process.env.FULL === '1' });
const step = process.env.STEP || 'login';
async function login(u, p) {
  await page.goto('/login');
  await page.getByLabel(/用户名/).fill(u);
  await page.getByLabel(/密码/).first().fill(p);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForTimeout(1500);
}
const mod = await import(process.env.SCRIPT);
await mod.default({ page, login, shot, W });
await browser.close();
