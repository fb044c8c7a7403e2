// The relations the checker read, in a real browser (issue 13 item 5): a report with a planted
// error (本年支出880.4万元 whose parts add to 890.4) uploaded on 导入旧报告 shows the counts, the
// problem with its three figures highlighted, and every relation checked with a filter by verdict;
// imported as a draft, the editor's findings panel lists the narrative's relations. 1366 px and 390 px.
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, login, openSession, ROOT, shot, type BrowserSession, reveal } from './harness.js';

const hasBrowser = chromiumAvailable();
const PLANTED = join(ROOT, 'test/fixtures/import/planted-error.txt');
const SUMMARY = /检查了 (\d+) 处数字关系：1 处错误，0 处舍入，0 处无法判断/;

async function upload(page: Page) {
  await page
    .getByRole('link', { name: '导入旧报告' })
    .first()
    .click()
    .catch(() => page.goto('/import'));
  await page.waitForURL(/\/import$/);
  await page.locator('input[type=file]').setInputFiles(PLANTED);
  await expect.poll(() => page.getByTestId('import-relations').count(), { timeout: 30_000 }).toBe(1);
}

const widest = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth');

describe.skipIf(!hasBrowser)('browser: relations checked in an imported report', () => {
  let session: BrowserSession;
  let page: Page;
  let pageErrors: string[] = [];
  let draftUrl = '';

  beforeAll(async () => {
    session = await openSession({ height: 900 });
    ({ page, pageErrors } = session);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('1366 px: counts, the error with its figures highlighted, the list filtered by verdict', async () => {
    await login(page, 'wugang');
    await upload(page);
    const card = page.getByTestId('import-relations');
    const summary = (await card.getByTestId('relation-summary').textContent()) ?? '';
    expect(summary).toMatch(SUMMARY);
    const total = Number(SUMMARY.exec(summary)![1]);
    expect(total).toBeGreaterThanOrEqual(4);
    // the same counts at the top of the preview
    expect(await page.getByTestId('relation-summary').count()).toBe(2);

    const problem = card.getByTestId('relation-problems').getByTestId('relation');
    expect(await problem.count()).toBe(1);
    expect(await problem.getAttribute('data-verdict')).toBe('error');
    expect(await problem.getByTestId('figure').allTextContents()).toEqual(['880.4万元', '700.4万元', '190万元']);
    const text = (await problem.textContent()) ?? '';
    expect(text).toContain('分项之和');
    expect(text).toContain('写为 880.4万元');
    expect(text).toContain('计算为 890.4万元');
    expect(text).toContain('第 8 行');
    expect(text).toContain('基本支出 + 项目支出');
    await reveal(card);
    await shot(page, '60-import-relations-1366');

    const list = card.getByTestId('relation-list');
    expect(await list.getByTestId('relation').count()).toBe(Math.min(total, 10));
    await card.getByText('错误 1', { exact: true }).click();
    expect(await list.getByTestId('relation').evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict')))).toEqual(['error']);
    await card.getByText(/^相符 \d+$/).click();
    const oks = await list.getByTestId('relation').evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict')));
    expect(oks.length).toBe(total - 1);
    expect(new Set(oks)).toEqual(new Set(['ok']));
    // a carry-over identity that holds, readable: kind, verdict, stated vs computed, reason, line
    const carry = list.locator('[data-kind=carryOver]');
    expect(await carry.textContent()).toMatch(/结转结余恒等式.*第 7 行.*写为 8万元 · 计算为 8万元.*依据：/);
    await reveal(list);
    await shot(page, '61-import-relations-ok-1366');
    expect(await widest(page)).toBeLessThanOrEqual(1366);

    // English: kind names and reasons from the dictionaries
    await page.getByText('English', { exact: true }).click();
    await expect.poll(() => card.getByTestId('relation-summary').textContent()).toMatch(/Checked \d+ relations between figures: 1 errors/);
    expect(await card.getByTestId('relation-problems').textContent()).toContain('sum of parts');
    await page.getByText('中文', { exact: true }).click();
    await expect.poll(() => card.getByTestId('relation-summary').textContent()).toMatch(SUMMARY);
    expect(pageErrors).toEqual([]);
  });

  it('1366 px: the draft it imports lists the narrative relations in the findings panel', async () => {
    await page.locator('.ant-select').first().click();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: '导入为草稿' }).click();
    const confirm = page.getByRole('button', { name: '替换草稿' });
    await Promise.race([page.waitForURL(/\/evaluations\/\d+$/, { timeout: 30_000 }), confirm.waitFor({ timeout: 30_000 }).then(() => confirm.click())]);
    await page.waitForURL(/\/evaluations\/\d+$/, { timeout: 30_000 });
    draftUrl = new URL(page.url()).pathname;
    const panel = page.locator('#findings-panel');
    await expect.poll(() => panel.locator('[data-rule=sum][data-severity=error]').count(), { timeout: 20_000 }).toBe(1);
    await panel.getByTestId('open-relations').click();
    const drawer = page.getByTestId('narrative-relations');
    await expect.poll(() => drawer.getByTestId('relation').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await drawer.getByTestId('relation-summary').textContent()).toMatch(/检查了 \d+ 处数字关系：\d+ 处错误/);
    const err = drawer.getByTestId('relation-problems').getByTestId('relation').first();
    expect(await err.getByTestId('figure').allTextContents()).toEqual(['880.4万元', '700.4万元', '190万元']);
    expect(await err.textContent()).toMatch(/二、一般公共预算支出情况 第 \d+ 段/);
    await shot(page, '62-editor-relations-1366');
    // 定位 takes the reviewer to the paragraph
    await err.getByRole('button', { name: '定位' }).click();
    await expect.poll(() => page.url()).toMatch(/tab=/);
    expect(pageErrors).toEqual([]);
  });

  describe('on a 390 px phone', () => {
    let phone: BrowserContext;
    let p: Page;
    beforeAll(async () => {
      phone = await session.browser.newContext({
        viewport: { width: 390, height: 844 },
        locale: 'zh-CN',
        baseURL: session.server.baseUrl,
        isMobile: true,
        hasTouch: true,
      });
      p = await phone.newPage();
      p.on('pageerror', (e) => pageErrors.push(e.message));
    });
    afterAll(async () => {
      await phone?.close();
    });

    it('reads the same preview, nothing wider than the screen', async () => {
      await login(p, 'wugang');
      await p.goto('/import');
      await p.locator('input[type=file]').setInputFiles(PLANTED);
      await expect.poll(() => p.getByTestId('import-relations').count(), { timeout: 30_000 }).toBe(1);
      const card = p.getByTestId('import-relations');
      expect(await card.getByTestId('relation-summary').textContent()).toMatch(SUMMARY);
      const problem = card.getByTestId('relation-problems').getByTestId('relation');
      expect(await problem.getByTestId('figure').allTextContents()).toEqual(['880.4万元', '700.4万元', '190万元']);
      await reveal(problem);
      await shot(p, '63-import-relations-390');
      for (const m of await problem.getByTestId('figure').all()) {
        const box = (await m.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(390);
      }
      await card.getByText('错误 1', { exact: true }).click();
      await reveal(card.getByTestId('relation-list'));
      await shot(p, '64-import-relations-filter-390');
      expect(await widest(p)).toBeLessThanOrEqual(390);
      expect(pageErrors).toEqual([]);
    });

    it("opens the draft's narrative relations from the findings panel, full width", async () => {
      expect(draftUrl).toMatch(/\/evaluations\/\d+$/);
      await p.goto(draftUrl);
      // the findings (and with them the relations) arrive after the page: wait for them, then open
      await expect.poll(() => p.locator('#findings-panel [data-rule=sum][data-severity=error]').count(), { timeout: 20_000 }).toBe(1);
      const open = p.getByTestId('open-relations');
      await reveal(open);
      await open.click();
      const drawer = p.getByTestId('narrative-relations');
      await expect.poll(() => drawer.getByTestId('relation').count(), { timeout: 10_000 }).toBeGreaterThan(0);
      const err = drawer.getByTestId('relation-problems').getByTestId('relation').first();
      // the row wraps inside the screen (its width), once the drawer has slid in (its place)
      expect((await err.boundingBox())!.width).toBeLessThanOrEqual(390);
      await expect
        .poll(
          async () => {
            const b = (await err.boundingBox())!;
            return b.x >= 0 && b.x + b.width <= 390;
          },
          { timeout: 5_000 },
        )
        .toBe(true);
      await shot(p, '65-editor-relations-390');
      expect(pageErrors).toEqual([]);
    });
  });
});
