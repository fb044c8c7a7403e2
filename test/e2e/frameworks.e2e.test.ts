// 指标体系 in a real browser: the administrator copies the department-wide framework to a new year,
// breaks a weight sum (the live check shows it, the server refuses the save and its problem shows
// on the row), fixes it and saves (the revision bumps); a stale second tab then gets the 409 dialog.
// A filler (wugang) sees the list read-only.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseIn, chromiumAvailable, login as loginAs, openSession, shot, type BrowserSession } from './harness.js';

const hasBrowser = chromiumAvailable();
const SUM_PROBLEM = '“预算执行”下级分值之和 32 ≠ 本级分值 30';

describe.skipIf(!hasBrowser)('browser: frameworks (指标体系)', () => {
  let context: BrowserContext;
  let page: Page;
  let editorUrl = '';

  let session: BrowserSession;
  beforeAll(async () => {
    session = await openSession();
    ({ context, page } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  const login = (username: string) => loginAs(page, username);

  const weight = (p: Page, code: string) => p.getByLabel(`分值 ${code}`, { exact: true });
  const revision = (p: Page) => p.getByTestId('fw-meta').getAttribute('data-revision');
  // By test id: while antd's loading icon fades out, the button's accessible name is "loading 保存".
  const save = (p: Page) => p.getByTestId('fw-save').click();

  it('admin opens the list from the header and copies the department-wide framework to 2025', async () => {
    await login('admin');
    await page.getByRole('menuitem', { name: /指标体系/ }).click();
    await page.waitForURL('**/frameworks');
    const row = page.locator('#fw-list tr[data-row-key]').filter({ hasText: 'department-wide' });
    await expect.poll(() => row.count(), { timeout: 20_000 }).toBe(1);
    expect(await row.textContent()).toContain('部门整体支出');
    expect(await row.textContent()).toContain('第1版');
    await shot(page, 'fw-01-list-admin');

    await row.getByRole('button', { name: '复制到新年度' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('新年度').fill('2025');
    await dialog.getByRole('button', { name: '复制', exact: true }).click();
    await page.waitForURL(/\/frameworks\/\d+$/);
    editorUrl = new URL(page.url()).pathname;
    await expect.poll(() => revision(page), { timeout: 20_000 }).toBe('1');
    expect(await page.getByTestId('fw-meta').textContent()).toContain('第2版');
    expect(await page.getByLabel('年度', { exact: true }).inputValue()).toBe('2025');
    expect(await weight(page, '1.1.1').inputValue()).toBe('10');
    expect(await page.getByTestId('fw-total').textContent()).toBe('一级指标分值合计 100');
  });

  it('a broken sum shows live, the save is refused with the problem on the row; fixed, it saves', async () => {
    // A second tab on the same revision, to go stale below.
    const stale = await context.newPage();
    await stale.goto(editorUrl);
    await expect.poll(() => revision(stale), { timeout: 20_000 }).toBe('1');
    await page.bringToFront(); // a background tab's animation frames are throttled: clicks wait on them

    await weight(page, '1.1.1').fill('12');
    await expect.poll(() => page.locator('[data-problems="1.1"]').textContent()).toContain(SUM_PROBLEM);
    expect(await page.getByTestId('fw-live-problems').count()).toBe(1);
    await shot(page, 'fw-02-live-check');

    await save(page);
    await expect.poll(() => page.getByTestId('fw-server-problems').count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByTestId('fw-server-problems').textContent()).toContain('保存被拒绝');
    expect(await page.locator('[data-problems="1.1"]').textContent()).toContain(SUM_PROBLEM);
    expect(await revision(page)).toBe('1');
    await shot(page, 'fw-03-save-refused');
    // Leaving with unsaved edits asks first; declining keeps me on the page with my edit.
    const asked = new Promise<string>((resolve) => page.once('dialog', (d) => (resolve(d.message()), void d.dismiss())));
    await page.getByRole('link', { name: /返回列表/ }).click();
    expect(await asked).toBe('有未保存的修改，确定离开吗？');
    expect(new URL(page.url()).pathname).toBe(editorUrl);
    expect(await weight(page, '1.1.1').inputValue()).toBe('12');

    await weight(page, '1.1.3').fill('3'); // 12 + 5 + 3 + 5 + 5 = 30 (1.1.2's bands give up to 5: it stays)
    await expect.poll(() => page.locator('[data-problems]').count()).toBe(0);
    await save(page);
    await expect.poll(() => revision(page), { timeout: 20_000 }).toBe('2');
    expect(await page.locator('[data-dirty]').getAttribute('data-dirty')).toBe('false');
    await shot(page, 'fw-04-saved');

    // The stale tab still holds revision 1: its save gets the 409 dialog, its edit stays visible.
    await stale.bringToFront();
    await weight(stale, '2.2.1').fill('8');
    await weight(stale, '2.2.2').fill('12');
    await save(stale);
    const conflict = stale.getByTestId('fw-conflict');
    await expect.poll(() => conflict.count(), { timeout: 20_000 }).toBe(1);
    expect(await conflict.textContent()).toContain('第2次修订');
    expect(await conflict.textContent()).toContain('预算执行率（12）'); // the server's weight beside mine
    expect(await weight(stale, '2.2.1').inputValue()).toBe('8');
    await stale.waitForTimeout(400);
    await shot(stale, 'fw-05-conflict');
    await stale.getByRole('button', { name: '载入服务器版本（放弃我的修改）' }).click();
    await expect.poll(() => revision(stale)).toBe('2');
    expect(await weight(stale, '1.1.1').inputValue()).toBe('12');
    expect(await weight(stale, '2.2.1').inputValue()).toBe('10');
    await stale.close();
  });

  it('the scoring rule of a leaf is edited in a dialog: problems shown, apply, save, and it stays after a reload', async () => {
    await page.bringToFront();
    await page.goto(editorUrl); // a retry starts clean, not under a dialog a failed attempt left open
    await expect.poll(() => revision(page), { timeout: 20_000 }).toBe('2');
    await page.getByRole('button', { name: '评分标准 1.1.3', exact: true }).click();
    const dialog = page.locator('.ant-modal').filter({ has: page.locator('[data-rule-editor="1.1.3"]') });
    await expect.poll(() => dialog.count(), { timeout: 10_000 }).toBe(1);
    await chooseIn(dialog.getByLabel('计分方法'), '超出/低于后按步长扣分');
    await dialog.getByLabel('起扣阈值').fill('5');
    await dialog.getByLabel('每（步长）').fill('1');
    await dialog.getByLabel('扣（分）').fill('0');
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('每步扣分须为大于 0 的数');
    expect(await dialog.getByRole('button', { name: '应用' }).isDisabled()).toBe(true);
    await dialog.getByLabel('扣（分）').fill('0.5');
    await expect.poll(() => dialog.locator('[data-rule-preview]').textContent()).toContain('扣0.5分');
    await shot(page, 'fw-rule-editor');
    await dialog.getByRole('button', { name: '应用' }).click();
    await expect.poll(() => page.locator('[data-rule-text="1.1.3"]').textContent()).toContain('每1');
    expect(await page.locator('[data-rule-text="1.1.3"]').textContent()).toContain('扣0.5分');
    expect(await page.locator('[data-dirty]').getAttribute('data-dirty')).toBe('true');

    // A leaf's actual can come from the data (a computed indicator) …
    await page.getByRole('button', { name: '评分标准 2.1.1', exact: true }).click();
    const src = page.locator('.ant-modal').filter({ has: page.locator('[data-rule-editor="2.1.1"]') });
    await expect.poll(() => src.count(), { timeout: 10_000 }).toBe(1);
    await chooseIn(src.getByLabel('数据来源'), '重点项目指标完成率');
    expect(await src.getByRole('button', { name: '应用' }).isDisabled()).toBe(true); // which project?
    await src.getByLabel('项目代码，如 liangai').fill('liangai');
    await src.getByRole('button', { name: '应用' }).click();
    await expect.poll(() => page.locator('[data-source="2.1.1"]').textContent()).toBe('由数据计算：重点项目指标完成率（liangai/main）');
    // … and the common provincial rules come as presets (source, 性质 and rule in one choice)
    await page.getByRole('button', { name: '评分标准 1.1.4', exact: true }).click();
    const preset = page.locator('.ant-modal').filter({ has: page.locator('[data-rule-editor="1.1.4"]') });
    await expect.poll(() => preset.count(), { timeout: 10_000 }).toBe(1);
    await chooseIn(preset.getByLabel('预设规则'), '变动率');
    await expect.poll(() => preset.locator('[data-rule-preview]').textContent()).toContain('扣0.3分');
    await page.waitForTimeout(300);
    await shot(page, 'fw-rule-preset');
    await preset.getByRole('button', { name: '应用' }).click();
    await expect.poll(() => page.locator('[data-source="1.1.4"]').textContent()).toBe('由数据计算：“三公”经费变动率');
    expect(await page.locator('[data-rule-text="1.1.4"]').textContent()).toContain('扣0.3分');

    await save(page);
    await expect.poll(() => revision(page), { timeout: 20_000 }).toBe('3');

    // A band worth more than the weight is refused in the dialog; cancelling changes nothing.
    const bandsBefore = await page.locator('[data-rule-text="1.1.2"]').textContent();
    await page.getByRole('button', { name: '评分标准 1.1.2', exact: true }).click();
    const bands = page.locator('.ant-modal').filter({ has: page.locator('[data-rule-editor="1.1.2"]') });
    await expect.poll(() => bands.count(), { timeout: 10_000 }).toBe(1);
    await bands.getByLabel('得分 1', { exact: true }).fill('99');
    await expect.poll(() => bands.getByRole('alert').textContent()).toContain('区间得分不能超过本指标分值');
    await bands.getByRole('button', { name: /取\s*消/ }).click();
    expect(await page.locator('[data-rule-text="1.1.2"]').textContent()).toBe(bandsBefore);

    await page.reload();
    await expect.poll(() => page.locator('[data-rule-text="1.1.3"]').textContent(), { timeout: 20_000 }).toContain('扣0.5分');
    expect(await page.locator('[data-source="2.1.1"]').textContent()).toBe('由数据计算：重点项目指标完成率（liangai/main）');
    expect(await page.locator('[data-source="1.1.4"]').textContent()).toBe('由数据计算：“三公”经费变动率');
  });

  it('freezing from the list: a page loaded before gets the 423 dialog offering a copy; frozen opens read-only', async () => {
    const before = await context.newPage();
    await before.goto(editorUrl);
    await expect.poll(() => revision(before), { timeout: 20_000 }).toBe('3'); // after the rule edit
    await page.bringToFront();

    await page.goto('/frameworks?code=department-wide');
    const row = page.locator('#fw-list tr[data-row-key]').filter({ hasText: '2025年' });
    await expect.poll(() => row.count(), { timeout: 20_000 }).toBe(1);
    await row.getByRole('button', { name: '冻结', exact: true }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '冻结', exact: true }).click();
    await expect.poll(() => row.locator('[data-frozen]').getAttribute('data-frozen'), { timeout: 20_000 }).toBe('true');

    await before.bringToFront();
    await before.getByLabel('名称', { exact: true }).fill('部门整体支出绩效自评（修订）');
    await save(before);
    const locked = before.getByTestId('fw-locked');
    await expect.poll(() => locked.count(), { timeout: 20_000 }).toBe(1);
    expect(await locked.textContent()).toContain('已冻结');
    expect(await before.getByRole('dialog').getByRole('button', { name: '复制到新年度' }).count()).toBe(1);
    expect(await before.getByLabel('名称', { exact: true }).inputValue()).toBe('部门整体支出绩效自评（修订）'); // kept
    await before.waitForTimeout(400);
    await shot(before, 'fw-06-frozen-423');
    await before.close();

    // Reopened, the frozen version reads (English here: the whole screen follows the switch).
    await page.goto(editorUrl);
    await expect.poll(() => page.locator('[data-weight="1.1.1"]').textContent(), { timeout: 20_000 }).toBe('12');
    expect(await page.locator('#fw-tree input').count()).toBe(0);
    await page.getByText('English', { exact: true }).click();
    await expect.poll(() => page.getByText('This version is frozen', { exact: false }).count()).toBe(1);
    await shot(page, 'fw-07-frozen-en');
    await page.getByText('中文', { exact: true }).click();
  });

  it('a filler sees the list and a framework read-only', async () => {
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL('**/login');
    await login('wugang');
    await page.goto('/frameworks');
    await expect.poll(() => page.locator('#fw-list tr[data-row-key]').count(), { timeout: 20_000 }).toBeGreaterThan(1);
    expect(await page.getByTestId('fw-readonly').count()).toBe(1);
    expect(await page.getByRole('button', { name: '复制到新年度' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '冻结' }).count()).toBe(0);
    await shot(page, 'fw-08-list-filler');
    // The built-in version is not frozen, yet a filler only reads it.
    await page
      .locator('#fw-list tr[data-row-key]')
      .filter({ hasText: 'department-wide' })
      .filter({ hasText: '通用' })
      .getByRole('link', { name: '查看' })
      .click();
    await page.waitForURL(/\/frameworks\/\d+$/);
    await expect.poll(() => page.locator('[data-weight="1.1.1"]').textContent(), { timeout: 20_000 }).toBe('10');
    expect(await page.locator('#fw-tree input').count()).toBe(0);
    expect(await page.getByTestId('fw-save').count()).toBe(0);
    expect(await page.getByRole('button', { name: '添加下级' }).count()).toBe(0);
  });
});
