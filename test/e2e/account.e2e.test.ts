// 我的账户 in a real browser: wugang opens it from the name in the header, is refused for a wrong
// current password and for two new passwords that differ (nothing typed is lost), changes it (a
// second browser signed in as wugang is signed out, this page stays), signs in again with the new
// password, and finally logs out everywhere.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, login, openSession, secondBrowser, shot, type BrowserSession } from './harness.js';

const hasBrowser = chromiumAvailable();
const NEW_PASSWORD = 'Fresh-pass-2026';

describe.skipIf(!hasBrowser)('browser: my account (我的账户)', () => {
  let session: BrowserSession;
  let page: Page;
  let other: BrowserContext;
  let otherPage: Page;

  beforeAll(async () => {
    session = await openSession();
    ({ page } = session);
    ({ context: other, page: otherPage } = await secondBrowser(session));
  });

  afterAll(async () => {
    await other?.close();
    await session?.close();
  });

  const field = (label: string) => page.getByLabel(label, { exact: true });
  const problem = (f: string) => page.locator(`[data-problem="${f}"]`);

  it('opens from the name in the header and shows who I am', async () => {
    await login(page, 'wugang');
    await login(otherPage, 'wugang'); // a second device
    await page.getByTestId('current-user').getByRole('link').click();
    await page.waitForURL('**/account');
    await expect.poll(() => page.getByRole('heading', { name: '我的账户', level: 1 }).count(), { timeout: 20_000 }).toBe(1);
    // one heading, visible: no hidden h1 beside a visible h3 of the same name
    expect(await page.getByRole('heading', { name: '我的账户' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: '我的账户', level: 1 }).isVisible()).toBe(true);
    expect(await page.locator('.ant-descriptions').textContent()).toContain('武冈市妇女联合会 · 填报人');
  });

  it('refuses a wrong current password and two different new ones, keeping what was typed', async () => {
    await page.getByTestId('password-submit').click();
    expect(await problem('current').textContent()).toBe('请填写此项');
    await field('当前密码').fill('not-my-password');
    await field('新密码').fill(NEW_PASSWORD);
    await field('再次输入新密码').fill(`${NEW_PASSWORD}x`);
    await page.getByTestId('password-submit').click();
    expect(await problem('confirm').textContent()).toBe('两次输入的新密码不一致');
    await field('再次输入新密码').fill(NEW_PASSWORD);
    await page.getByTestId('password-submit').click();
    await expect.poll(() => problem('current').textContent(), { timeout: 20_000 }).toBe('原密码错误');
    expect(await field('新密码').inputValue()).toBe(NEW_PASSWORD);
    await page.waitForTimeout(400); // the help text fades in
    await shot(page, 'account-01-wrong-current');
  });

  it('changes the password: the other device is signed out, this page stays; the new password signs in', async () => {
    await field('当前密码').fill('jixiao-demo');
    await page.getByTestId('password-submit').click();
    await expect.poll(() => page.getByText('密码已修改，其他 1 个会话已退出').count(), { timeout: 20_000 }).toBe(1);
    expect(await field('当前密码').inputValue()).toBe('');
    // this page still works
    expect((await page.request.get('/api/me')).status()).toBe(200);
    // the other device does not
    expect((await otherPage.request.get('/api/me')).status()).toBe(401);
    await other.clearCookies();
    await login(otherPage, 'wugang', NEW_PASSWORD);
    expect((await otherPage.request.get('/api/me')).status()).toBe(200);
  });

  it('logs out everywhere: both devices end up signed out', async () => {
    await page.getByRole('button', { name: '退出所有会话' }).click();
    await page.getByRole('button', { name: '退出', exact: true }).click();
    await page.waitForURL('**/login');
    expect((await page.request.get('/api/me')).status()).toBe(401);
    expect((await otherPage.request.get('/api/me')).status()).toBe(401);
  });

  it('after an admin reset: signs in onto 我的账户, must change the password, then the workbench opens', async () => {
    // the admin resets wugang's password through the API from the other browser
    await other.clearCookies();
    const admin = await otherPage.request.post('/api/login', { data: { username: 'admin', password: 'jixiao-demo' } });
    const csrf = ((await admin.json()) as { csrfToken: string }).csrfToken;
    const users = (await (await otherPage.request.get('/api/admin/users?q=wugang')).json()) as { users: { id: string; username: string }[] };
    const wugang = users.users.find((u) => u.username === 'wugang')!;
    const reset = await otherPage.request.post(`/api/admin/users/${wugang.id}/password`, {
      data: { newPassword: 'Admin-chosen-77' },
      headers: { 'x-csrf-token': csrf },
    });
    expect(reset.status()).toBe(200);

    await login(page, 'wugang', 'Admin-chosen-77');
    await page.waitForURL('**/account');
    await expect.poll(() => page.getByTestId('must-change').count(), { timeout: 20_000 }).toBe(1);
    await field('当前密码').fill('Admin-chosen-77');
    await field('新密码').fill('Only-i-know-88');
    await field('再次输入新密码').fill('Only-i-know-88');
    await page.getByTestId('password-submit').click();
    await page.waitForURL((u) => u.pathname === '/');
    await expect.poll(() => page.locator('#wb-mine').count(), { timeout: 20_000 }).toBe(1);
    expect((await page.request.get('/api/evaluations?year=2022')).status()).toBe(200);
  });
});
