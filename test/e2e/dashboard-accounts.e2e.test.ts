// 看板 as every demo account (issue 19): the menu entry opens the user's unit on the newest year
// with data (not this year's empty one), the year picker lists exactly the years with data, the
// 两癌 trend joins only years of one scope (湖南's own 2016 count is named apart), table names are real links, and a filler's breadcrumb
// names 省妇联 without linking it. Screenshots: docs/screenshots/dashboard-<account>.png.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, DEMO_PASSWORD, login, openSession, ROOT, type BrowserSession } from './harness.js';

const hasBrowser = chromiumAvailable();
const DOCS = join(ROOT, 'docs/screenshots');

describe.skipIf(!hasBrowser)('browser: every demo account opens its dashboard on data', () => {
  let page: Page;
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openSession({ height: 900 });
    ({ page } = session);
    // The harness adds a 2023 draft of 邵东 for other suites; remove it so the data is the demo's own.
    const ctx = await session.browser.newContext({ baseURL: session.server.baseUrl });
    try {
      const r = await ctx.request.post('/api/login', { data: { username: 'admin', password: DEMO_PASSWORD } });
      const { csrfToken } = (await r.json()) as { csrfToken: string };
      const id = session.server.otherCountyEvaluationId;
      const e = (await (await ctx.request.get(`/api/evaluations/${id}`)).json()) as { version: number };
      const del = await ctx.request.delete(`/api/evaluations/${id}?version=${e.version}`, { headers: { 'x-csrf-token': csrfToken } });
      expect(del.status(), await del.text()).toBe(200);
    } finally {
      await ctx.close();
    }
  });

  afterAll(async () => {
    await session?.close();
  });

  async function openDashboard(username: string) {
    await page.context().clearCookies();
    await login(page, username);
    await page.getByRole('link', { name: '看板' }).click();
    await page.waitForURL(/\/dashboard\/\d+\?year=\d+/);
    await expect.poll(() => page.getByTestId('dashboard-title').textContent(), { timeout: 30_000 }).toMatch(/年度汇总看板$/);
    const unitId = /\/dashboard\/(\d+)/.exec(page.url())![1]!;
    const { years } = (await (await page.request.get(`/api/dashboard/${unitId}/years`)).json()) as { years: number[] };
    return { unitId, year: Number(new URL(page.url()).searchParams.get('year')), years };
  }

  /** The options the year picker offers, newest first. */
  async function pickerYears() {
    await page.getByLabel('年度').click();
    const options = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option');
    await expect.poll(() => options.count()).toBeGreaterThan(0);
    const texts = (await options.allTextContents()).map(Number);
    await page.keyboard.press('Escape');
    return texts;
  }

  async function save(name: string) {
    await page.waitForTimeout(900); // chart animations settle
    await page.screenshot({ path: join(DOCS, `dashboard-${name}.png`), fullPage: true });
  }

  it('the province reviewer (hunan): newest year with data, years 2016 and 2020–2022, the 两癌 trend of one scope', async () => {
    const { year, years } = await openDashboard('hunan');
    expect(years).toEqual([2016, 2020, 2021, 2022]);
    expect(year).toBe(2022);
    expect(await pickerYears()).toEqual([2022, 2021, 2020, 2016]);
    expect(await page.getByTestId('kp-actual').textContent()).not.toContain('—');
    // 2020–2022, the sums of its counties, drawn as a chart (a table only under three years); 2016 is
    // 湖南省妇联's own province-wide count: named under the chart, not joined to the counties' sum
    await expect.poll(() => page.getByRole('img', { name: '历年趋势' }).locator('canvas').count(), { timeout: 20_000 }).toBe(1);
    const apart = await page.getByTestId('trend-apart').textContent();
    expect(apart).toContain('2016年为本单位自报的全辖区数（完成101.76万人）');
    expect(apart).toContain('未连成一条线');
    const link = page.locator('tr[data-unit="邵阳市妇联"] a');
    expect(await link.getAttribute('href')).toMatch(/^\/dashboard\/\d+\?year=2022$/);
    await save('hunan');
  });

  it('the 邵阳 reviewer: its counties ranked on 2022; 省妇联 above her is named, not linked', async () => {
    const { year, years } = await openDashboard('shaoyang');
    expect(years).toEqual([2020, 2021, 2022]);
    expect(year).toBe(2022);
    expect(await page.locator('tr[data-unit]').count()).toBeGreaterThan(3);
    const crumbs = page.getByRole('navigation', { name: 'breadcrumb' });
    await expect.poll(() => crumbs.textContent()).toContain('省妇联');
    expect(await crumbs.getByRole('link').count()).toBe(0); // (hunan, who may open it, gets a link: dashboard.e2e)
    // 武冈's townships carry their own 两癌 figures and are not 未填报 — checked on 武冈's board below
    await save('shaoyang');
  });

  it('the filler (wugang): 2022, townships with figures are 仅报数据, 省妇联 and 邵阳 are plain text', async () => {
    const { year, years } = await openDashboard('wugang');
    expect(years).toEqual([2022]);
    expect(year).toBe(2022);
    expect(await page.getByTestId('kp-actual').textContent()).toContain('10780人');
    const crumbs = page.getByRole('navigation', { name: 'breadcrumb' });
    await expect.poll(() => crumbs.textContent()).toContain('省妇联');
    expect(await crumbs.getByRole('link').count()).toBe(0);
    expect(await page.locator('tr.dash-row-missing').count()).toBe(0);
    expect(await page.locator('[data-status="figures"]').count()).toBe(4);
    // one year of data: the trend is a table, not a lone point on a two-axis chart
    expect(await page.getByTestId('trend-table').textContent()).toContain('2022');
    // a township's name is a link a keyboard reaches: Tab to it, Enter opens its board
    const first = page.locator('tr[data-unit] a').first();
    const href = (await first.getAttribute('href'))!;
    expect(href).toMatch(/^\/dashboard\/\d+\?year=2022$/);
    await save('wugang');
    await first.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => `${u.pathname}${u.search}` === href);
    await expect.poll(() => page.getByTestId('dashboard-title').textContent(), { timeout: 30_000 }).not.toContain('武冈市妇女联合会');
  });

  it('the administrator: the first root (湖南) on 2022', async () => {
    const { year, years } = await openDashboard('admin');
    expect(years.at(-1)).toBe(2022);
    expect(year).toBe(2022);
    await save('admin');
  });
});
