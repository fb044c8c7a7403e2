// The reviewer on a 390 px phone returns a submission: once 退回 leaves her no action, the header
// card holds the title, the 已退回 tag and the downloads — no blank line between them (the empty
// action buttons' slot kept a 22 px line and two gaps). Screenshots in test/e2e/screenshots/.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, login, openSession, shot, type BrowserSession } from './harness.js';

const hasBrowser = chromiumAvailable();
const WUGANG_TITLE = '2022年度武冈市妇女联合会整体支出绩效自评报告';

// (a string: the test's tsconfig has no DOM types) the space between the status tag and the first download
const GAP = `(() => {
  const tag = document.querySelector('.ant-card [data-status]').getBoundingClientRect();
  const dl = document.querySelector('.ant-card a[href*="/report?format=docx"]').getBoundingClientRect();
  return Math.round(dl.top - tag.bottom);
})()`;
const EMPTY_SLOTS = `[...document.querySelector('.ant-card').querySelectorAll('.ant-space-item')].filter((e) => {
  const r = e.getBoundingClientRect();
  return r.width === 0 && r.height > 0;
}).length`;

describe.skipIf(!hasBrowser)('browser: the reviewer returns on a 390 px phone', () => {
  let session: BrowserSession;
  let page: Page;
  let id = '';

  beforeAll(async () => {
    session = await openSession({ height: 844 });
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  it('武冈 submits its 2022 evaluation', async () => {
    await login(page, 'wugang');
    await page.goto('/?year=2022');
    await page.locator('tr').filter({ hasText: WUGANG_TITLE }).first().getByRole('link', { name: /打开/ }).click();
    await page.waitForURL(/\/evaluations\/\d+/);
    id = /\/evaluations\/(\d+)/.exec(page.url())![1]!;
    await page.getByRole('button', { name: '提交', exact: true }).click();
    const confirm = page.getByRole('dialog').filter({ hasText: '提交给上级审核' });
    await expect.poll(() => confirm.locator('button:has-text("确认提交"):not([disabled])').count(), { timeout: 20_000 }).toBe(1);
    await confirm.getByRole('button', { name: '确认提交' }).click();
    await expect.poll(() => page.locator('[data-status]').first().textContent(), { timeout: 20_000 }).toBe('已提交');
  });

  it('邵阳 returns it on her phone: the downloads follow the 已退回 tag without a blank line', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await login(page, 'shaoyang');
    await page.goto(`/evaluations/${id}/review`);
    await page.getByRole('button', { name: '退回', exact: true }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '退回自评' });
    await dialog.getByLabel('原因').fill('请补充预算执行情况说明');
    await dialog.getByRole('button', { name: '确定' }).click();
    await expect.poll(() => page.locator('.ant-card [data-status]').first().textContent(), { timeout: 20_000 }).toBe('已退回');
    await expect.poll(() => page.getByTestId('return-reason').count(), { timeout: 20_000 }).toBe(1);
    await page.waitForTimeout(400); // the modal's close
    await shot(page, 'phone-return-reviewer');
    expect(await page.evaluate<number>(EMPTY_SLOTS)).toBe(0);
    // the row gap of the header (8 px) and the tag's line; the blank slot made it 38 px
    expect(await page.evaluate<number>(GAP)).toBeLessThan(20);
    expect(await page.getByRole('button', { name: '退回', exact: true }).count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
  });
});
