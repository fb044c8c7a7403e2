// The filler on a 390×844 phone (issue 19): village and township 妇联 fill in on phones. The
// workbench, every tab of the editor and the dashboard fit the screen (no sideways scroll); the menu
// and 退出登录 are one tap away (☰); the name sits beside the logo; the two columns stack with the
// findings below; every figure box is ≥ 120 px wide and shows its whole number. The browser tab names
// the page; the login page logs no error. A reviewer sees the read-only editor as text. 1366 px
// screenshot of the editor to compare. Screenshots in docs/screenshots/phone-*.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, login, openSession, ROOT, type BrowserSession } from './harness.js';

const hasBrowser = chromiumAvailable();
const W = 390;
const TABS = ['profile', 'budget', 'indicators', 'keyProjects', 'performance', 'problems', 'publication'] as const;
const TAB_NAMES: Record<(typeof TABS)[number], string> = {
  profile: '基本情况',
  budget: '预算执行',
  indicators: '指标自评表',
  keyProjects: '重点项目',
  performance: '绩效情况',
  problems: '问题与措施',
  publication: '公开',
};
const DOCS = join(ROOT, 'docs/screenshots');

async function docShot(page: Page, name: string, fullPage = true) {
  mkdirSync(DOCS, { recursive: true });
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(DOCS, `${name}.png`), fullPage });
}

const scrollWidth = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth');

/** Every visible figure box (inputmode=decimal): its width, its box inside the screen, its value not cut off. */
interface FigureBox {
  id: string;
  value: string;
  left: number;
  right: number;
  width: number;
  clipped: boolean;
}
// (a string: the test's tsconfig has no DOM types)
const FIGURE_BOXES = `[...document.querySelectorAll('input[inputmode=decimal]')].filter((i) => i.offsetParent !== null).map((i) => {
  const r = i.getBoundingClientRect();
  return { id: i.id, value: i.value, left: r.left, right: r.right, width: r.width, clipped: i.scrollWidth > i.clientWidth + 1 };
})`;
const figureBoxes = (page: Page) => page.evaluate<FigureBox[]>(FIGURE_BOXES);

describe.skipIf(!hasBrowser)('browser: the filler on a 390 px phone', () => {
  let session: BrowserSession;
  let phone: BrowserContext;
  let p: Page;
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  let editorUrl = '';

  beforeAll(async () => {
    session = await openSession({ height: 844 });
    phone = await session.browser.newContext({
      viewport: { width: W, height: 844 },
      locale: 'zh-CN',
      baseURL: session.server.baseUrl,
      isMobile: true,
      hasTouch: true,
    });
    p = await phone.newPage();
    p.on('pageerror', (e) => pageErrors.push(e.message));
    p.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(`${p.url()} ${m.text()}`);
    });
  });
  afterAll(async () => {
    await phone?.close();
    await session?.close();
  });

  it('the login page names itself and logs no error (no 401 from /api/me)', async () => {
    await p.goto('/login');
    await expect.poll(() => p.title()).toBe('登录 · 绩效自评 jixiao');
    expect(await scrollWidth(p)).toBeLessThanOrEqual(W);
    await login(p, 'wugang');
    expect(consoleErrors).toEqual([]);
  });

  it('workbench: fits the screen, the name beside the logo, ☰ opens the menu with 退出登录', async () => {
    await p.goto('/?year=2022');
    await expect.poll(() => p.locator('#wb-mine tr[data-row-key]').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await expect.poll(() => p.title()).toBe('工作台 · 绩效自评 jixiao');
    expect(await scrollWidth(p)).toBeLessThanOrEqual(W);
    // no white frame: the header starts at the screen's edge
    expect(await p.evaluate<string>('getComputedStyle(document.body).margin')).toBe('0px');
    const logo = (await p.locator('header').getByRole('link', { name: '绩效自评' }).boundingBox())!;
    const name = (await p.getByTestId('current-user').boundingBox())!;
    expect(logo.x).toBeGreaterThanOrEqual(0);
    expect(name.x + name.width).toBeLessThanOrEqual(W);
    expect(name.x).toBeGreaterThan(logo.x + logo.width);
    expect(Math.abs(name.y + name.height / 2 - (logo.y + logo.height / 2))).toBeLessThan(8); // one line, not above
    await docShot(p, 'phone-workbench');

    // ☰ → the menu, the language and 退出登录 with its label, all inside the screen
    await p.getByTestId('menu-button').click();
    const drawer = p.locator('#app-menu-drawer');
    await expect.poll(() => drawer.isVisible()).toBe(true);
    const signOut = drawer.getByRole('button', { name: '退出登录' });
    expect(await signOut.isVisible()).toBe(true);
    const box = (await signOut.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(W);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    for (const item of ['工作台', '单位', '看板', '导入旧报告', '审计日志', '指标体系'])
      expect(await drawer.getByRole('menuitem', { name: item }).count()).toBe(1);
    await docShot(p, 'phone-menu', false);
    // a menu entry takes you there and closes the drawer
    await drawer.getByRole('link', { name: '看板' }).click();
    await p.waitForURL(/\/dashboard/);
    await expect.poll(() => drawer.isVisible()).toBe(false);
  });

  it('dashboard: fits the screen, named 看板', async () => {
    await expect.poll(() => p.title()).toMatch(/^看板 · /);
    await expect.poll(() => p.locator('canvas, .ant-table, .ant-empty').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await p.waitForTimeout(800);
    expect(await scrollWidth(p)).toBeLessThanOrEqual(W);
    await docShot(p, 'phone-dashboard');
  });

  it('editor, every tab: fits the screen, figure boxes ≥ 120 px showing their numbers, findings below', async () => {
    await p.goto('/?year=2022');
    const row = p.locator('#wb-mine tr[data-row-key]').filter({ hasText: '2022年度武冈市妇女联合会整体支出绩效自评报告' });
    await expect.poll(() => row.count(), { timeout: 20_000 }).toBe(1);
    await row.getByRole('link', { name: /打开/ }).click();
    await p.waitForURL(/\/evaluations\/\d+/);
    editorUrl = new URL(p.url()).pathname;
    const measured: Record<string, { scrollWidth: number; figures: number; narrowest: number | null }> = {};
    for (const tab of TABS) {
      await p.goto(`${editorUrl}?tab=${tab}`);
      await expect.poll(() => p.title(), { timeout: 20_000 }).toBe(`${TAB_NAMES[tab]} · 武冈市妇联 2022年 · 绩效自评 jixiao`);
      await expect.poll(() => p.locator('.ant-tabs-tabpane-active .ant-spin-spinning').count(), { timeout: 20_000 }).toBe(0);
      await p.waitForTimeout(500);
      const sw = await scrollWidth(p);
      expect(sw, `${tab}: page wider than the phone`).toBeLessThanOrEqual(W);
      const boxes = await figureBoxes(p);
      for (const b of boxes) {
        expect(b.width, `${tab} ${b.id} width`).toBeGreaterThanOrEqual(120);
        expect(b.left, `${tab} ${b.id} left`).toBeGreaterThanOrEqual(0);
        expect(b.right, `${tab} ${b.id} right`).toBeLessThanOrEqual(W);
        expect(b.clipped, `${tab} ${b.id} "${b.value}" cut off`).toBe(false);
      }
      measured[tab] = { scrollWidth: sw, figures: boxes.length, narrowest: boxes.length ? Math.min(...boxes.map((b) => Math.round(b.width))) : null };
      // the findings panel is below the tabs, full width: never one character per line
      const findings = (await p.locator('#findings-panel').boundingBox())!;
      const tabs = (await p.locator('.ant-tabs').first().boundingBox())!;
      expect(findings.y).toBeGreaterThan(tabs.y + tabs.height - 1);
      expect(findings.width).toBeGreaterThan(W - 40);
      await docShot(p, `phone-editor-${tab}`);
    }
    console.log('390 px editor:', JSON.stringify(measured));
    // the budget figures are there to read: 本年收入 and 本年支出 of 一般公共预算 in 万元
    await p.goto(`${editorUrl}?tab=budget`);
    const income = p.getByLabel('一般公共预算 基本支出 本年收入', { exact: true });
    await expect.poll(() => income.inputValue(), { timeout: 20_000 }).toBe('153.98');
    expect((await income.boundingBox())!.width).toBeGreaterThanOrEqual(120);
    expect(await p.getByLabel('一般公共预算 合计 本年支出', { exact: true }).inputValue()).toBe('153.98');
    // 预算执行表 and "三公"经费, started on the phone: one block per line, boxes as wide
    await p.getByRole('button', { name: '填写预算执行表' }).click();
    await p.getByRole('button', { name: '填写“三公”经费' }).click();
    await expect.poll(() => p.locator('[data-phone-line]').count()).toBeGreaterThanOrEqual(8);
    await p.getByLabel('其中：本年财政拨款 全年执行数', { exact: true }).fill('1234567.89');
    const lines = await figureBoxes(p);
    expect(lines.length).toBeGreaterThanOrEqual(12 + 12 + 8);
    for (const b of lines) {
      expect(b.width, `${b.id} width`).toBeGreaterThanOrEqual(120);
      expect(b.right, `${b.id} right`).toBeLessThanOrEqual(W);
      expect(b.clipped, `${b.id} "${b.value}" cut off`).toBe(false);
    }
    expect(await scrollWidth(p)).toBeLessThanOrEqual(W);
    await docShot(p, 'phone-editor-budget-lines');
    // the key project's figures too
    await p.goto(`${editorUrl}?tab=keyProjects`);
    const kp = p.locator('input[inputmode=decimal]').first();
    await expect.poll(() => kp.inputValue(), { timeout: 20_000 }).toMatch(/^\d+(\.\d+)?$/);
    expect((await kp.boundingBox())!.width).toBeGreaterThanOrEqual(120);
    // the indicator table: one card per indicator, fields the width of the card
    await p.goto(`${editorUrl}?tab=indicators`);
    await expect.poll(() => p.locator('[data-indicator-card]').count(), { timeout: 20_000 }).toBeGreaterThan(5);
    const target = p.locator('[data-indicator-card] input[aria-label$="年度指标值"]').first();
    expect((await target.boundingBox())!.width).toBeGreaterThanOrEqual(240);
    expect(pageErrors).toEqual([]);
  });

  it('signs out from the menu', async () => {
    await p.getByTestId('menu-button').click();
    await p.locator('#app-menu-drawer').getByRole('button', { name: '退出登录' }).click();
    await p.waitForURL(/\/login/);
    expect(consoleErrors).toEqual([]);
  });

  it("a reviewer's read-only editor shows figures as text, no greyed inputs or 删除/添加 buttons", async () => {
    await login(p, 'shaoyang');
    // 双清区's 2022 report (示例), submitted: shaoyang may read it, not change it
    const list = (await (await p.request.get('/api/evaluations?year=2022')).json()) as { evaluations: { id: string; unitName: string; status: string }[] };
    const shuangqing = list.evaluations.find((e) => e.unitName.startsWith('双清区') && e.status === 'submitted');
    expect(shuangqing).toBeTruthy();
    const url = `/evaluations/${shuangqing!.id}`;
    for (const tab of ['budget', 'keyProjects', 'indicators', 'profile'] as const) {
      await p.goto(`${url}?tab=${tab}`);
      await expect.poll(() => p.locator('[data-readonly]').count(), { timeout: 20_000 }).toBeGreaterThan(0);
      expect(await p.locator('.ant-tabs-tabpane-active :is(input, textarea):disabled').count(), `${tab}: disabled inputs`).toBe(0);
      expect(await p.locator('.ant-tabs-tabpane-active button:disabled').count(), `${tab}: disabled buttons`).toBe(0);
      expect(
        await p
          .locator('.ant-tabs-tabpane-active')
          .getByRole('button', { name: /删除|添加|移除/ })
          .count(),
        `${tab}: 删除/添加`,
      ).toBe(0);
      expect(await scrollWidth(p)).toBeLessThanOrEqual(W);
      if (tab === 'budget') {
        const cell = p.getByLabel('一般公共预算 基本支出 本年支出', { exact: true });
        expect(await cell.isEditable()).toBe(false);
        expect(await cell.textContent()).toMatch(/^\d+(\.\d+)?$/);
        await docShot(p, 'phone-readonly-budget');
      }
    }
    expect(pageErrors).toEqual([]);
  });

  it('1366 px: the same editor, budget tab, for comparison', async () => {
    const page = session.page;
    await login(page, 'wugang');
    await page.goto(`${editorUrl}?tab=budget`);
    await expect.poll(() => page.getByLabel('一般公共预算 基本支出 本年收入', { exact: true }).inputValue(), { timeout: 20_000 }).toBe('153.98');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(1366);
    // desktop keeps its horizontal menu and labelled 退出登录; findings beside the tabs
    expect(await page.getByTestId('menu-button').count()).toBe(0);
    expect(await page.getByRole('button', { name: '退出登录' }).isVisible()).toBe(true);
    const findings = (await page.locator('#findings-panel').boundingBox())!;
    const tabs = (await page.locator('.ant-tabs').first().boundingBox())!;
    expect(findings.x).toBeGreaterThan(tabs.x + tabs.width);
    await docShot(page, 'editor-1366-budget', false);
  });
});
