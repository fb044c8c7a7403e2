// 系统管理 in a real browser: the deployment-wide admin creates a filler for 武冈市妇联 through the
// unit picker (a too-short password is refused first, with nothing typed lost), the new user can
// sign in; the admin renames it (leaving with unsaved edits asks; a stale form gets the 409 notice
// and re-applies), resets its password, disables it (its session ends, the list says 已停用), sets
// the 2022 县级 deadline (a stale row gets its 409 too) which wugang's workbench then shows. wugang
// has no 系统管理 menu entry and /admin says 无权限.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, beijingToday, daysUntil } from '../../src/domain/deadlines.js';
import { chromiumAvailable, login, openSession, secondBrowser, shot, type BrowserSession, reveal } from './harness.js';

const hasBrowser = chromiumAvailable();
const USERNAME = 'e2e.filler';
const PASSWORD = 'Wugang-2022-fill';
const NAME = '武冈测试填报员';

describe.skipIf(!hasBrowser)('browser: administration (系统管理)', () => {
  let session: BrowserSession;
  let page: Page;
  let other: BrowserContext; // the new user's own browser
  let otherPage: Page;
  let userId = '';

  beforeAll(async () => {
    session = await openSession();
    ({ page } = session);
    ({ context: other, page: otherPage } = await secondBrowser(session));
  });

  afterAll(async () => {
    await other?.close();
    await session?.close();
  });

  const row = (username: string) => page.locator('#admin-users tr[data-row-key]').filter({ has: page.getByText(username, { exact: true }) });
  const drawer = () => page.locator('.admin-user-form [role=dialog]');
  /** The admin's own API calls (as another admin would make them), with its CSRF token. */
  async function apiAs(method: 'GET' | 'PUT', path: string, data?: unknown) {
    const { csrfToken } = (await (await page.request.get('/api/me')).json()) as { csrfToken: string };
    const r = method === 'GET' ? await page.request.get(path) : await page.request.put(path, { data, headers: { 'x-csrf-token': csrfToken } });
    return { status: r.status(), body: (await r.json()) as Record<string, unknown> };
  }

  it('the admin opens 系统管理 from the menu and sees every user with their roles', async () => {
    await login(page, 'admin');
    await page.getByRole('menuitem', { name: /系统管理/ }).click();
    await page.waitForURL(/\/admin$/);
    await expect.poll(() => row('wugang').count(), { timeout: 20_000 }).toBe(1);
    expect(await row('wugang').textContent()).toContain('武冈市妇女联合会 · 填报人');
    expect(await row('shaoyang').textContent()).toContain('邵阳市妇女联合会 · 审核人');
    expect(await row('admin').textContent()).toContain('全部单位（整个部署） · 管理员');
    expect(await row('admin').textContent()).toContain('本人');
    expect(await row('caizheng').textContent()).toContain('全部单位（整个部署） · 财政');
    expect(await page.getByText('共 5 个用户').count()).toBe(1);
    expect(await page.locator('.ant-menu-item-selected').textContent()).toBe('系统管理');
  });

  it('creates a filler of 武冈市妇联: a too-short password is refused and everything typed stays; then it is created', async () => {
    await page.getByRole('button', { name: '新建用户' }).click();
    await drawer().getByTestId('user-save').click(); // empty: marked at once, nothing sent
    await expect.poll(() => drawer().locator('[data-problem-field]').allTextContents()).toEqual(['必填', '必填', '必填']);
    expect(await drawer().getByTestId('user-problems').count()).toBe(0);
    await drawer().getByLabel('用户名', { exact: true }).fill(USERNAME);
    await drawer().getByLabel('姓名', { exact: true }).fill(NAME);
    await drawer().getByLabel('初始密码', { exact: true }).fill('short-1');
    // The role defaults to 填报人; the unit comes from the search.
    expect(await drawer().getByLabel('角色 1', { exact: true }).locator('xpath=ancestor::div[contains(@class,"ant-select")][1]').textContent()).toContain(
      '填报人',
    );
    await drawer().getByLabel('单位 1', { exact: true }).fill('武冈市妇女');
    await page.getByTitle('武冈市妇女联合会（430581）').click();
    await drawer().getByTestId('user-save').click();

    const problems = drawer().getByTestId('user-problems');
    await expect.poll(() => problems.count(), { timeout: 20_000 }).toBe(1);
    expect(await problems.textContent()).toContain('未能保存，请修改以下 1 处问题');
    expect(await problems.textContent()).toContain('初始密码至少 10 位');
    expect(await drawer().locator('[data-problem-field="password"]').textContent()).toBe('初始密码至少 10 位');
    expect(await drawer().getByLabel('用户名', { exact: true }).inputValue()).toBe(USERNAME);
    expect(await drawer().getByLabel('姓名', { exact: true }).inputValue()).toBe(NAME);
    expect(await drawer().locator('[data-grant-row]').textContent()).toContain('武冈市妇女联合会');
    await page.waitForTimeout(300);
    await shot(page, 'admin-02-password-refused');

    await drawer().getByLabel('初始密码', { exact: true }).fill(PASSWORD);
    await drawer().getByTestId('user-save').click();
    await expect.poll(() => row(USERNAME).count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => drawer().isVisible()).toBe(false);
    const text = await row(USERNAME).textContent();
    expect(text).toContain(NAME);
    expect(text).toContain('武冈市妇女联合会 · 填报人');
    expect(await row(USERNAME).locator('[data-user-status]').textContent()).toBe('正常');
    expect(await page.getByText('共 6 个用户').count()).toBe(1);
    userId = (await row(USERNAME).getAttribute('data-row-key'))!;
    await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0); // the toast gone: the menu shows
    await shot(page, 'admin-01-users');

    // The new account works: it signs in as a filler of 武冈.
    await login(otherPage, USERNAME, PASSWORD);
    expect(await otherPage.getByTestId('current-user').textContent()).toContain('武冈市妇女联合会 · 填报人');
    expect(await otherPage.getByRole('menuitem', { name: /系统管理/ }).count()).toBe(0);
    // the admin chose its password: it lands on 我的账户 and must change it first
    await otherPage.waitForURL('**/account');
    await expect.poll(() => otherPage.getByTestId('must-change').count(), { timeout: 20_000 }).toBe(1);
    await otherPage.goto('/units');
    await otherPage.waitForURL('**/account');
    expect((await otherPage.request.get('/api/evaluations?year=2022')).status()).toBe(403);
  });

  it('renames the user; closing with unsaved edits asks first, and a stale form gets the 409 notice and re-applies', async () => {
    await row(USERNAME)
      .getByRole('button', { name: `编辑 ${USERNAME}` })
      .click();
    const name = drawer().getByLabel('姓名', { exact: true });
    await name.fill('武冈填报员（甲）');
    const asked = new Promise<string>((resolve) => page.once('dialog', (d) => (resolve(d.message()), void d.dismiss())));
    await drawer().getByRole('button', { name: '取消' }).click();
    expect(await asked).toBe('有未保存的修改，确定关闭吗？');
    expect(await name.inputValue()).toBe('武冈填报员（甲）');

    // Meanwhile another admin renames it.
    const before = await apiAs('GET', `/api/admin/users/${userId}`);
    const grants = (before.body.grants as { role: string; unitId: string | null }[]).map(({ role, unitId }) => ({ role, unitId }));
    const theirs = await apiAs('PUT', `/api/admin/users/${userId}`, { version: before.body.version, displayName: '武冈填报员（乙）', disabled: false, grants });
    expect(theirs.status, JSON.stringify(theirs.body)).toBe(200);

    await drawer().getByTestId('user-save').click();
    const conflict = drawer().getByTestId('user-conflict');
    await expect.poll(() => conflict.count(), { timeout: 20_000 }).toBe(1);
    expect(await drawer().getByTestId('user-conflict-current').textContent()).toContain('武冈填报员（乙）');
    expect(await conflict.textContent()).toContain('与您的填写不同之处：姓名');
    expect(await name.inputValue()).toBe('武冈填报员（甲）'); // mine, kept
    await page.waitForTimeout(300);
    await shot(page, 'admin-03-conflict');
    await conflict.getByRole('button', { name: '用我的填写覆盖' }).click();
    await expect.poll(() => drawer().isVisible(), { timeout: 20_000 }).toBe(false);
    await expect.poll(() => row(USERNAME).textContent(), { timeout: 20_000 }).toContain('武冈填报员（甲）');
    expect((await apiAs('GET', `/api/admin/users/${userId}`)).body.displayName).toBe('武冈填报员（甲）');
  });

  it('resets the password: a too-short one is refused in the dialog, a good one ends the user’s session', async () => {
    await row(USERNAME)
      .getByRole('button', { name: `重置密码 ${USERNAME}` })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('新密码', { exact: true }).fill('abc');
    await dialog.getByRole('button', { name: '重置密码' }).click();
    await expect.poll(() => dialog.getByTestId('pw-problem').count(), { timeout: 20_000 }).toBe(1);
    expect(await dialog.getByTestId('pw-problem').textContent()).toBe('新密码至少 10 位');
    await dialog.getByLabel('新密码', { exact: true }).fill(`${PASSWORD}-2`);
    await dialog.getByRole('button', { name: '重置密码' }).click();
    await expect.poll(() => page.getByText(`已重置 ${USERNAME} 的密码，1 个会话已失效`).count(), { timeout: 20_000 }).toBe(1);
    // its old session is gone: the next request sends it to the login page; the new password works
    await otherPage.goto('/');
    await otherPage.waitForURL('**/login');
    await login(otherPage, USERNAME, `${PASSWORD}-2`);
  });

  it('disables the user: the list says 已停用 and the user cannot sign in any more', async () => {
    await row(USERNAME)
      .getByRole('button', { name: `编辑 ${USERNAME}` })
      .click();
    await drawer().getByRole('switch', { name: '停用账号' }).click();
    await drawer().getByTestId('user-save').click();
    await expect.poll(() => row(USERNAME).locator('[data-user-status]').textContent(), { timeout: 20_000 }).toBe('已停用');
    expect(await row(USERNAME).textContent()).toContain('武冈市妇女联合会 · 填报人'); // the grants stay
    expect((await apiAs('GET', `/api/admin/users/${userId}`)).body.disabled).toBe(true);
    await otherPage.goto('/');
    await otherPage.waitForURL('**/login');
    const r = await otherPage.request.post('/api/login', { data: { username: USERNAME, password: `${PASSWORD}-2` } });
    expect(r.status()).toBe(401);
  });

  it('sets the 2022 县级 deadline; a stale row gets the 409 notice, keeps the typed date and saves it again', async () => {
    await page.getByRole('tab', { name: '部署设置与截止日期' }).click();
    await page.waitForURL(/tab=settings/);
    const saved = (level: string) => page.locator(`[data-deadline-saved="${level}"]`);
    // antd's date picker: type the date into its box and confirm with Enter
    const pickDate = async (level: string, date: string) => {
      const box = page.getByLabel(`截止日期 ${level}`, { exact: true });
      await box.click();
      await box.fill(date);
      await box.press('Enter');
    };
    await expect.poll(() => saved('county').textContent(), { timeout: 20_000 }).toBe('未设置');
    // the year starts at the workbench's: the newest year with evaluations (the harness's 2023 draft)
    expect(await page.getByTestId('deadline-year').textContent()).toBe('2023');
    // the stepper beside the year list: one click to 2022
    await page.getByRole('button', { name: '上一年' }).click();
    await expect.poll(() => page.getByTestId('deadline-year').textContent(), { timeout: 20_000 }).toBe('2022');
    expect(new URL(page.url()).searchParams.get('year')).toBe('2022'); // a reload stays on 2022
    // the demo's 2022 deadline is for all levels (a month after the demo was loaded): 县级 has none of its own and uses it
    const demoDue = addDays(beijingToday(), 30);
    await expect.poll(() => saved('*').textContent(), { timeout: 20_000 }).toBe(demoDue);
    expect(await saved('county').textContent()).toBe(`未设置（使用所有层级：${demoDue}）`);
    expect(await page.getByRole('switch', { name: /下级单位全部审核通过后/ }).getAttribute('aria-checked')).toBe('false');

    await pickDate('县级', '2022-06-30');
    await page.getByRole('button', { name: '保存 县级' }).click();
    await expect.poll(() => saved('county').textContent(), { timeout: 20_000 }).toBe('2022-06-30');
    expect(await saved('township').textContent()).toBe(`未设置（使用所有层级：${demoDue}）`);
    expect((await apiAs('GET', '/api/admin/deadlines?year=2022')).body.deadlines).toEqual([
      { year: 2022, level: '*', dueDate: demoDue },
      { year: 2022, level: 'county', dueDate: '2022-06-30' },
    ]);

    // Another admin moves it; my next change meets the 409 and keeps my date.
    expect((await apiAs('PUT', '/api/admin/deadlines', { year: 2022, level: 'county', dueDate: '2022-07-15', previous: '2022-06-30' })).status).toBe(200);
    await pickDate('县级', '2022-08-01');
    await page.getByRole('button', { name: '保存 县级' }).click();
    await expect.poll(() => page.locator('[data-deadline-note="county"]').textContent(), { timeout: 20_000 }).toContain('已被他人修改，现为 2022-07-15');
    expect(await saved('county').textContent()).toBe('2022-07-15');
    expect(await page.getByLabel('截止日期 县级', { exact: true }).inputValue()).toBe('2022-08-01');
    await page.waitForTimeout(400); // the picker's closing animation
    await shot(page, 'admin-04-deadlines-conflict');
    // A menu link with the date unsaved asks first; declining keeps me here with my date.
    const asked = new Promise<string>((resolve) => page.once('dialog', (d) => (resolve(d.message()), void d.dismiss())));
    await page
      .getByRole('menuitem', { name: /工作台/ })
      .getByRole('link')
      .click();
    expect(await asked).toBe('有未保存的修改，确定离开吗？');
    expect(new URL(page.url()).pathname).toBe('/admin');
    expect(await page.getByLabel('截止日期 县级', { exact: true }).inputValue()).toBe('2022-08-01');
    await page.getByRole('button', { name: '保存 县级' }).click();
    await expect.poll(() => saved('county').textContent(), { timeout: 20_000 }).toBe('2022-08-01');
    expect(await page.locator('[data-deadline-note="county"]').count()).toBe(0);

    await page.reload();
    await expect.poll(() => saved('county').textContent(), { timeout: 20_000 }).toBe('2022-08-01');
    await shot(page, 'admin-05-deadlines');
  });

  it('the deployment setting: a stale save gets the 409 notice with the current value; then it saves', async () => {
    const toggle = page.getByRole('switch', { name: /下级单位全部审核通过后/ });
    const save = page.getByRole('button', { name: '保存设置' });
    await toggle.click(); // off → on, not saved yet
    // Meanwhile another admin turns it on; my save still says "previous: off".
    expect((await apiAs('PUT', '/api/admin/settings', { requireChildrenApproved: true, previous: { requireChildrenApproved: false } })).status).toBe(200);
    await save.click();
    await expect.poll(() => page.getByTestId('settings-conflict').textContent(), { timeout: 20_000 }).toContain('设置已被他人修改，现为“开启”');
    expect(await toggle.getAttribute('aria-checked')).toBe('true'); // my choice stays; it now equals the server's
    expect(await save.isDisabled()).toBe(true);
    // Turning it back off compares against "on" now and saves.
    await toggle.click();
    await save.click();
    await expect.poll(() => page.getByText('已保存部署设置').count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByTestId('settings-conflict').count()).toBe(0);
    expect((await apiAs('GET', '/api/admin/settings')).body).toEqual({ requireChildrenApproved: false });
  });

  it('the monitoring thresholds: a red below the yellow or a non-number is refused on the screen, nothing sent; then they save; the server checks again', async () => {
    const card = page.locator('#admin-thresholds');
    const yellow = card.getByLabel('黄色预警阈值', { exact: true });
    const red = card.getByLabel('红色预警阈值', { exact: true });
    await expect.poll(() => yellow.inputValue(), { timeout: 20_000 }).toBe('10');
    expect(await red.inputValue()).toBe('20');
    await yellow.fill('15');
    await red.fill('12');
    await card.getByRole('button', { name: '保存阈值' }).click();
    await expect.poll(() => card.locator('[data-threshold-problem="red"]').textContent()).toBe('红色阈值不能小于黄色阈值');
    await red.fill('abc');
    expect(await card.locator('[data-threshold-problem="red"]').textContent()).toBe('应为数字，最多两位小数');
    expect((await apiAs('GET', '/api/admin/monitoring-thresholds')).body).toMatchObject({ yellow: '10', red: '20' }); // nothing sent
    await red.fill('25');
    await card.getByRole('button', { name: '保存阈值' }).click();
    await expect.poll(() => page.getByText('已保存预警阈值：黄色 15、红色 25 个百分点').count(), { timeout: 20_000 }).toBe(1);
    expect((await apiAs('GET', '/api/admin/monitoring-thresholds')).body).toMatchObject({ yellow: '15', red: '25' });
    // the server checks again
    const bad = await apiAs('PUT', '/api/admin/monitoring-thresholds', { yellow: '0', red: '25', previous: { yellow: '15', red: '25' } });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('黄色阈值应大于 0 且不超过 100');
    await reveal(card);
    await page.waitForTimeout(300);
    await shot(page, 'admin-06-thresholds');
    // back to the defaults for the tests after this one
    expect((await apiAs('PUT', '/api/admin/monitoring-thresholds', { yellow: '10', red: '20', previous: { yellow: '15', red: '25' } })).status).toBe(200);
  });

  it('the English switch covers the screen', async () => {
    await page.getByText('English', { exact: true }).click();
    await expect.poll(() => page.getByRole('tab', { name: 'Settings and deadlines' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Administration' }).count()).toBe(1);
    // (at 1366 px the English menu's seventh entry folds into "⋯": six English labels fill it)
    expect(await page.locator('[data-deadline-saved="county"]').textContent()).toBe('2022-08-01');
    expect(await page.getByText('Submission deadlines', { exact: true }).count()).toBe(1);
    await page.getByRole('tab', { name: 'Users' }).click();
    await expect.poll(() => row(USERNAME).locator('[data-user-status]').textContent()).toBe('Disabled');
    expect(await row('admin').textContent()).toContain('Whole deployment · Administrator');
    await page.waitForTimeout(400); // the tab's switch animation
    await shot(page, 'admin-07-users-en');
    await page.getByText('中文', { exact: true }).click();
  });

  it('wugang has no 系统管理 in the menu, /admin says 无权限, and the workbench shows the new deadline', async () => {
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL('**/login');
    await login(page, 'wugang');
    await page.goto('/?year=2022');
    await expect.poll(() => page.getByText('截止日期：2022-08-01').count(), { timeout: 20_000 }).toBe(1);
    // its 2022 自评 is still a draft: the deadline is past, in red, with the days since (北京时间)
    const overdue = page.getByTestId('wb-deadlines').locator('[data-deadline-state="overdue"]');
    expect(await overdue.textContent()).toBe(`2022年度绩效自评 · 截止日期：2022-08-01 · 已逾期 ${-daysUntil(beijingToday(), '2022-08-01')} 天`);
    expect(await overdue.evaluate((el) => el.className)).toContain('ant-tag-error');
    expect(await page.getByRole('menuitem', { name: /指标体系/ }).count()).toBe(1); // the menu is there…
    expect(await page.getByRole('menuitem', { name: /系统管理/ }).count()).toBe(0); // …without 系统管理
    await page.goto('/admin');
    await expect.poll(() => page.getByTestId('admin-forbidden').textContent(), { timeout: 20_000 }).toBe('无权限');
    expect(await page.getByText('系统管理仅供管理员使用').count()).toBe(1);
    expect(await page.locator('#admin-users').count()).toBe(0);
    expect((await page.request.get('/api/admin/users')).status()).toBe(403); // and the server agrees
    await shot(page, 'admin-08-forbidden');
    expect(session.pageErrors).toEqual([]);
  });
});
