// Dashboards and the public portal in a real browser (issue 7, "Done when"): the 两癌 totals
// roll up 武冈 → 邵阳 → 湖南 and drilling down shows the same figures; the portal works without a
// session, shows the published 2016 headline, and never shows 武冈's 2022 draft until it is published.
import { readFileSync } from 'node:fs';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, DEMO_PASSWORD, login, openSession, pickOption, SCREENSHOTS, shot, type BrowserSession, type RunningServer } from './harness.js';

const hasBrowser = chromiumAvailable();

describe.skipIf(!hasBrowser)('browser: dashboards and the public portal', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let pageErrors: string[] = [];

  let session: BrowserSession;
  beforeAll(async () => {
    // the two seeds only: the figures below are theirs (the 示例 counties are covered by filler-year.e2e)
    session = await openSession({ height: 900, downloads: true, seedsOnly: true });
    ({ server, browser, page, pageErrors } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  const text = (testId: string) => page.getByTestId(testId).textContent();
  const title = () => page.getByTestId('dashboard-title').textContent();

  async function expectFigures(unitName: string) {
    await expect.poll(title, { timeout: 30_000 }).toBe(`${unitName} · 2022年度汇总看板`);
    expect(await text('kp-target')).toContain('10361人');
    expect(await text('kp-actual')).toContain('10780人');
    expect(await text('kp-rate')).toContain('104.04%');
  }

  async function bytesOf(download: Download) {
    return readFileSync(await download.path());
  }

  it('the hunan reviewer opens the 湖南 dashboard for 2022 and sees 10361 / 10780 / 104.04%', async () => {
    await login(page, 'hunan');
    expect(await page.getByTestId('current-user').textContent()).toContain('湖南省妇女联合会');
    // The menu entry; without a unit in the URL the dashboard opens the user's own unit.
    await page.getByRole('link', { name: '看板' }).click();
    await page.waitForURL(/\/dashboard\/\d+\?year=\d+/);
    await pickOption(page, '年度', '2022');
    await page.waitForURL(/year=2022/);
    await expectFigures('湖南省妇女联合会');
    // 武冈's draft is the one evaluation under 湖南 in 2022; everyone else has nothing yet.
    expect(await text('count-submitted')).toContain('0');
    // Both ranking charts draw (rates exist) and the table lists 邵阳 with its roll-up.
    await expect.poll(() => page.locator('[data-testid="chart-rate"] canvas').count(), { timeout: 20_000 }).toBe(1);
    const row = page.locator('tr[data-unit="邵阳市妇联"]');
    expect(await row.textContent()).toContain('104.04%');
    await page.waitForTimeout(800); // let the chart animation settle for the screenshot
    await shot(page, 'dash-01-hunan-2022');
  });

  it('exports the view: .xlsx from the server and a PNG from the chart', async () => {
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /导出 Excel/ }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    expect((await bytesOf(xlsx)).subarray(0, 2).toString()).toBe('PK');
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 PNG 下级单位完成率排名' }).click()]);
    expect(png.suggestedFilename()).toBe('湖南省妇女联合会2022年度-下级单位完成率排名.png');
    const bytes = await bytesOf(png);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(2000);
  });

  it('drills down by clicking the bar to 邵阳, then the table row to 武冈: the same figures', async () => {
    // One child: its bar fills the middle of the ranking chart.
    const canvas = page.locator('[data-testid="chart-rate"] canvas');
    const box = (await canvas.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.5);
    await expectFigures('邵阳市妇女联合会');
    expect(await page.getByRole('navigation').filter({ hasText: '省妇联' }).count()).toBeGreaterThan(0);

    await page.locator('tr[data-unit="武冈市妇联"]').click();
    await expectFigures('武冈市妇女联合会');
    // The four townships add up to 武冈's figure; none has an evaluation, but each states its
    // own figures: 仅报数据, not a red 未填报 row (issue 19).
    expect(await page.locator('tr.dash-row-missing').count()).toBe(0);
    expect(await page.locator('[data-status="figures"]').count()).toBe(4);
    // the headline agrees: 4 仅报数据 (the townships), 4 未填报 (the villages below them)
    const stat = (id: string) => page.getByTestId(id).locator('.ant-statistic-content').textContent();
    expect([await stat('count-figures'), await stat('count-missing')]).toEqual(['4', '4']);
    expect(await page.locator('tr[data-unit="荆竹铺镇妇联"]').textContent()).toContain('2960人');
    await page.evaluate('window.scrollTo(0, 0)');
    await page.waitForTimeout(800);
    await shot(page, 'dash-02-wugang-2022');
  });

  it('back up through the breadcrumb; the year selector shows 2016 with money by source', async () => {
    await page.getByRole('navigation').getByRole('link', { name: '省妇联' }).click();
    await expectFigures('湖南省妇女联合会');
    await pickOption(page, '年度', '2016');
    await expect.poll(title, { timeout: 30_000 }).toBe('湖南省妇女联合会 · 2016年度汇总看板');
    expect(await text('kp-actual')).toContain('101.76万人');
    expect(await text('kp-target')).toContain('—');
    expect(await text('count-published')).toContain('1');
    const funding = page.getByRole('img', { name: '重点项目资金来源（万元）' });
    await expect.poll(() => funding.locator('canvas').count(), { timeout: 20_000 }).toBe(1);
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${SCREENSHOTS}/dash-03-hunan-2016-full.png`, fullPage: true });
  });

  it('the portal needs no login: lists 湖南 2016 and its headline 101.76万人 (1017600)', async () => {
    const anon = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN', baseURL: server.baseUrl });
    try {
      const p = await anon.newPage();
      p.on('pageerror', (e) => pageErrors.push(e.message));
      expect((await p.request.get('/api/me')).status()).toBe(401);
      await p.goto('/login');
      await p.getByRole('link', { name: '公开的自评结果（无需登录）' }).click();
      await p.waitForURL(/\/public$/);
      await pickOption(p, '年度', '2016');
      await p.waitForURL(/year=2016/);
      const row = p.getByRole('row').filter({ hasText: '省妇联2016年绩效评估自评报告' });
      await expect.poll(() => row.count(), { timeout: 20_000 }).toBe(1);
      expect(await row.textContent()).toContain('湖南省妇女联合会');
      const headline = p.getByTestId('public-headline');
      await expect.poll(() => headline.textContent(), { timeout: 20_000 }).toContain('101.76万人');
      expect(await headline.textContent()).toContain('1017600人');
      expect(await headline.getByTestId('published-units').textContent()).toBe('1');

      // The report opens as HTML in the page.
      await row.getByRole('button', { name: /查看报告/ }).click();
      const frame = p.frameLocator('iframe[title="省妇联2016年绩效评估自评报告"]');
      await expect.poll(() => frame.locator('body').textContent(), { timeout: 30_000 }).toContain('2016');
      await p.waitForTimeout(500);
      await shot(p, 'portal-02-report-2016');
      await p.keyboard.press('Escape');

      // Search by name.
      await p.getByLabel('按单位名称或标题搜索').fill('湖南');
      await p.getByRole('button', { name: '搜索' }).click();
      await p.waitForURL(/q=/);
      await expect.poll(() => row.count(), { timeout: 20_000 }).toBe(1);
      await shot(p, 'portal-01-2016');
    } finally {
      await anon.close();
    }
  });

  it('the portal shows no 2022 figure while 武冈 is a draft', async () => {
    const anon = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN', baseURL: server.baseUrl });
    try {
      const p = await anon.newPage();
      await p.goto('/public?year=2022');
      const headline = p.getByTestId('public-headline');
      await expect.poll(() => headline.getByTestId('published-units').textContent(), { timeout: 20_000 }).toBe('0');
      await expect.poll(() => p.getByText('该年度尚无公开的自评').count()).toBeGreaterThan(0);
      const body = (await p.locator('body').textContent())!;
      for (const leak of ['武冈', '10780', '10361', '104.04']) expect(body).not.toContain(leak);
      const search = await p.request.get('/api/public/evaluations?q=武冈');
      expect(await search.json()).toEqual({ evaluations: [] });
      await shot(p, 'portal-03-2022-nothing-published');
    } finally {
      await anon.close();
    }
  });

  it('publishing 武冈 through the workflow makes its 2022 figures public at once', async () => {
    const actAs = async (username: string) => {
      const ctx = await browser.newContext({ baseURL: server.baseUrl });
      const login = await ctx.request.post('/api/login', { data: { username, password: DEMO_PASSWORD } });
      expect(login.status()).toBe(200);
      const { csrfToken } = (await login.json()) as { csrfToken: string };
      return { ctx, csrfToken };
    };
    const filler = await actAs('wugang');
    const reviewer = await actAs('shaoyang');
    try {
      const list = (await (await filler.ctx.request.get('/api/evaluations?year=2022')).json()) as {
        evaluations: { id: string; unitName: string; version: number; projectCode: string | null }[];
      };
      // the department-wide evaluation (武冈 also has the 两癌 project's own 自评表, kept out of roll-ups)
      const mine = list.evaluations.find((e) => e.unitName === '武冈市妇女联合会' && e.projectCode === null)!;
      let version = mine.version;
      const step = async (who: typeof filler, action: string) => {
        const r = await who.ctx.request.post(`/api/evaluations/${mine.id}/transitions`, {
          data: { action, version },
          headers: { 'x-csrf-token': who.csrfToken },
        });
        expect(r.status(), `${action}: ${await r.text()}`).toBe(200);
        version = ((await r.json()) as { version: number }).version;
      };
      await step(filler, 'submit');
      await step(reviewer, 'approve');
      await step(reviewer, 'publish');
    } finally {
      await filler.ctx.close();
      await reviewer.ctx.close();
    }
    const anon = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN', baseURL: server.baseUrl });
    try {
      const p = await anon.newPage();
      await p.goto('/public?year=2022');
      const headline = p.getByTestId('public-headline');
      await expect.poll(() => headline.getByTestId('published-units').textContent(), { timeout: 20_000 }).toBe('1');
      expect(await headline.textContent()).toContain('10780人');
      expect(await headline.textContent()).toContain('104.04%');
      await expect.poll(() => p.getByRole('row').filter({ hasText: '武冈市妇女联合会' }).count()).toBe(1);
      await shot(p, 'portal-04-2022-after-publish');
      // every year: the newest first (2022 before 2016)
      await p.goto('/public');
      const rows = p.locator('.ant-table-tbody tr[data-row-key]');
      await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(2);
      expect(await rows.nth(0).textContent()).toContain('武冈市妇女联合会');
      expect(await rows.nth(1).textContent()).toContain('湖南省妇女联合会');
    } finally {
      await anon.close();
    }
  });

  it('left no error in the pages', () => {
    expect(pageErrors).toEqual([]);
  });
});
