// Deadlines and 序时进度 in a real browser, at 1366 px and on a 390 px phone: 武冈's workbench lists
// its deadlines with the days left (red once overdue, green once submitted); 邵阳's 看板 shows the
// subtree's budget execution against 序时进度; the admin's threshold settings. Screenshots go to
// docs/screenshots/ (deadlines-*.png).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, beijingToday, daysUntil } from '../../src/domain/deadlines.js';
import { chromiumAvailable, login, openSession, ROOT, type BrowserSession, reveal } from './harness.js';

const hasBrowser = chromiumAvailable();
const DOCS = join(ROOT, 'docs/screenshots');

async function docShot(page: Page, name: string, fullPage = false) {
  mkdirSync(DOCS, { recursive: true });
  await page.waitForTimeout(400); // charts and tags settle
  await page.screenshot({ path: join(DOCS, `${name}.png`), fullPage });
}
/** How far the element sticks out past the right edge of the viewport (the page's own header is not this test's). */
// The phone layout mounts the page anew (it reloads its data): wait for the element first.
const overflow = async (page: Page, selector: string) => {
  await page.locator(selector).first().waitFor({ timeout: 20_000 });
  return page.evaluate<number>(
    `(() => { const el = document.querySelector(${JSON.stringify(selector)}); return Math.max(el.getBoundingClientRect().right, el.scrollWidth > el.clientWidth ? 1e9 : 0) - window.innerWidth; })()`,
  );
};

describe.skipIf(!hasBrowser)('browser: deadlines, reminders, 序时进度', () => {
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await openSession();
    ({ page } = session);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('武冈’s workbench lists its 2022 deadlines with days left: the 自评 and the open monitoring round due a month after the demo was loaded, the monitoring report submitted', async () => {
    await login(page, 'wugang');
    await page.goto('/?year=2022');
    const list = page.getByTestId('wb-deadlines');
    await expect.poll(() => list.locator('li').count(), { timeout: 20_000 }).toBe(2);
    // the demo's 2022 deadline for all levels is 30 days after the day it was loaded (a fixed
    // 2023-07-31 read “已逾期 1225 天” in December 2026)
    const due = addDays(beijingToday(), 30);
    // the 6月30日 round is still open below 武冈 (its townships have not answered): due the same day
    // (a fixed 2022-07-15 read “已逾期 1606 天” on a 示例 county's workbench)
    expect(await list.locator('li').allTextContents()).toEqual([
      `2022年度绩效自评 · 截止日期：${due} · 距截止还有 ${daysUntil(beijingToday(), due)} 天`,
      `2022年截至6月30日运行监控 · 截止日期：${due} · 已提交`,
    ]);
    expect(await list.locator('[data-deadline-state="open"]').evaluate((el) => el.className)).toContain('ant-tag-processing');
    expect(await list.locator('[data-deadline-state="done"]').evaluate((el) => el.className)).toContain('ant-tag-success');
    expect(await list.locator('li').nth(1).getByRole('link').getAttribute('href')).toMatch(/^\/monitoring\?year=2022&unitId=\d+$/);
    await docShot(page, 'deadlines-workbench');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await overflow(page, '[data-testid="wb-deadlines"]')).toBeLessThanOrEqual(0); // the tags wrap
    await docShot(page, 'deadlines-workbench-phone');
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('邵阳’s 看板 draws the budget execution against 序时进度 and lists the round', async () => {
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL('**/login');
    await login(page, 'shaoyang');
    const sy = (
      (await (await page.request.get(`/api/units/search?q=${encodeURIComponent('邵阳市妇女联合会')}&year=2022`)).json()) as {
        units: { id: string; code: string }[];
      }
    ).units.find((u) => u.code === '430500')!.id;
    await page.goto(`/dashboard/${sy}?year=2022`);
    const card = page.locator('#dash-monitoring-progress');
    await expect.poll(() => card.getByTestId('chart-monitoring-progress').count(), { timeout: 30_000 }).toBe(1);
    const row = card.locator('.ant-table-row');
    expect(await row.count()).toBe(1);
    expect(await row.locator('td').allTextContents()).toEqual([
      '截至6月30日运行监控',
      '2022-06-30',
      '1',
      '83.00',
      '27.50',
      '33.13',
      '49.59',
      '-16.46 黄色预警',
    ]);
    await reveal(card);
    await docShot(page, 'deadlines-dashboard-progress');
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => card.getByTestId('chart-monitoring-progress').count(), { timeout: 30_000 }).toBe(1);
    await reveal(card);
    expect(await overflow(page, '#dash-monitoring-progress')).toBeLessThanOrEqual(0); // the table scrolls inside it
    await docShot(page, 'deadlines-dashboard-progress-phone');
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('the admin’s thresholds and the deadline year stepper fit a phone', async () => {
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL('**/login');
    await login(page, 'admin');
    await page.goto('/admin?tab=settings');
    await expect.poll(() => page.locator('#threshold-yellow').inputValue(), { timeout: 20_000 }).toBe('10');
    await reveal(page.locator('#admin-thresholds'));
    await docShot(page, 'deadlines-admin-settings');
    await page.setViewportSize({ width: 390, height: 844 });
    // the phone layout mounts the screen anew: wait for its data before measuring
    await expect.poll(() => page.locator('#threshold-yellow').inputValue(), { timeout: 20_000 }).toBe('10');
    // scrolled by a fresh lookup each try: the screen may mount once more while it settles
    const scrolled = `(() => { const el = document.querySelector('#admin-thresholds'); if (!el) return false; el.scrollIntoView({ block: 'nearest' }); return true; })()`;
    await expect.poll(() => page.evaluate(scrolled), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => overflow(page, '#admin-thresholds'), { timeout: 20_000 }).toBeLessThanOrEqual(0);
    await docShot(page, 'deadlines-admin-settings-phone');
    await page.locator('#admin-deadlines').evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await docShot(page, 'deadlines-admin-years-phone');
    expect(session.pageErrors).toEqual([]);
  });
});
