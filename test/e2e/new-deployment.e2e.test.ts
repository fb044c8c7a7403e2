// A new deployment, not the demo: no units, one admin made on the server with `jixiao user add`
// (password on stdin). The admin must change it first; 单位 then says there are no units yet and
// links to 系统管理 → 单位 instead of an empty box; the password message names no "0 other sessions".
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, login, openSession, shot, type BrowserSession } from './harness.js';

const hasBrowser = chromiumAvailable();
const ADMIN = { admin: 'qs.admin', name: '王清', password: 'Qingshui-first-2026' };
const NEW_PASSWORD = 'Qingshui-admin-2027';

describe.skipIf(!hasBrowser)('browser: a new deployment’s first admin (no demo)', () => {
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await openSession({ bare: ADMIN });
    ({ page } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('must change the password set on the server first; the message counts no other sessions', async () => {
    await login(page, ADMIN.admin, ADMIN.password);
    await page.waitForURL('**/account');
    const field = (label: string) => page.getByLabel(label, { exact: true });
    await field('当前密码').fill(ADMIN.password);
    await field('新密码').fill(NEW_PASSWORD);
    await field('再次输入新密码').fill(NEW_PASSWORD);
    await page.getByTestId('password-submit').click();
    await expect.poll(() => page.locator('.ant-message').textContent(), { timeout: 20_000 }).toContain('密码已修改');
    expect(await page.locator('.ant-message').textContent()).not.toContain('0 个会话');
  });

  it('单位 says the deployment has no units and links the admin to 系统管理 → 单位', async () => {
    await page.goto('/units');
    await expect.poll(() => page.getByText('本部署还没有单位').count(), { timeout: 20_000 }).toBe(1);
    await shot(page, 'new-deployment-units-empty');
    await page.getByRole('link', { name: '到 系统管理 → 单位 新增单位' }).click();
    await page.waitForURL('**/admin?tab=units');
    await expect.poll(() => page.getByRole('button', { name: '新增单位' }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(session.pageErrors).toEqual([]);
  });
});
