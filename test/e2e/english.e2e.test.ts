// The English UI in a real browser: wugang logs in (中文 by default), switches the header to
// English, and the workbench, the editor, the unit tree and the dashboard show English chrome —
// buttons, menu, tabs, table headers, status tags — while the data (unit names, report text)
// stays Chinese. People counts lose 人/万人 in English ("10,780 people").
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, login, openSession, shot, type BrowserSession } from './harness.js';

const hasBrowser = chromiumAvailable();
const WUGANG_TITLE = '2022年度武冈市妇女联合会整体支出绩效自评报告';
/** Chinese chrome that must not survive the switch (each is a label of the zh UI). */
const ZH_CHROME = [
  '提交',
  '保存',
  '工作台',
  '预算执行',
  '退出登录',
  '单位',
  '看板',
  '导入旧报告',
  '审计日志',
  '指标表',
  '重点项目',
  '问题与措施',
  '公开',
  '下载',
  '检查结果',
  '历史',
  '草稿',
  '操作',
  '年度',
  '状态',
  '标题',
  '打开',
  '语言',
  '填报人',
  '：',
];
const HAN = /[\u4e00-\u9fff]/;

describe.skipIf(!hasBrowser)('browser: the English UI', () => {
  let page: Page;
  let pageErrors: string[] = [];

  let session: BrowserSession;
  beforeAll(async () => {
    session = await openSession();
    ({ page, pageErrors } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  /** Texts of the UI chrome on screen: menu, buttons, tabs, table headers, status tags, form labels. */
  const chrome = () =>
    // a string, evaluated in the page: the tests' TypeScript has no DOM types
    page.evaluate(`(() => {
      const sel = '.ant-layout-header .ant-menu-item, button, [role=tab], th, [data-status], .ant-form-item-label, .ant-segmented-item-selected';
      return [...document.querySelectorAll(sel)].filter((e) => e.offsetParent !== null).map((e) => e.innerText.trim()).filter(Boolean);
    })()`) as Promise<string[]>;

  async function expectNoChineseChrome(where: string) {
    const texts = await chrome();
    expect(texts.length, where).toBeGreaterThan(5);
    const offending = texts.filter((s) => ZH_CHROME.some((zh) => s.includes(zh)));
    expect(offending, where).toEqual([]);
  }

  it('logs in in Chinese, switches the header to English, and the workbench is English', async () => {
    await login(page, 'wugang');
    expect(await page.getByTestId('current-user').textContent()).toContain('武冈市妇女联合会');
    await page.goto('/?year=2022');
    await expect.poll(() => page.getByText('我的自评').count(), { timeout: 20_000 }).toBe(1);

    await page.locator('.ant-layout-header .ant-segmented').getByText('English', { exact: true }).click();
    await expect.poll(() => page.getByText('My evaluations').count(), { timeout: 20_000 }).toBe(1);
    expect(await page.evaluate("localStorage.getItem('jixiao.lang')")).toBe('en');
    for (const label of ['Workbench', 'Units', 'Dashboard', 'Import', 'By status', 'Notifications']) {
      expect(await page.getByText(label, { exact: true }).count(), label).toBeGreaterThan(0);
    }
    // a filler reviews nothing: no 待我审核 card
    expect(await page.getByText('Waiting for my review', { exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Log out' }).count()).toBe(1);
    expect(await page.getByTestId('current-user').textContent()).toContain('武冈市妇女联合会 · Filler'); // data stays Chinese
    const row = page.locator('#wb-mine tr').filter({ hasText: WUGANG_TITLE });
    expect(await row.locator('[data-status]').textContent()).toBe('Draft');
    await expectNoChineseChrome('workbench');
    await shot(page, 'en-01-workbench');
  });

  it('the editor: English tabs, buttons and budget labels; Chinese report text untouched', async () => {
    await page.goto('/?year=2022');
    await page.locator('#wb-mine tr').filter({ hasText: WUGANG_TITLE }).getByRole('link', { name: /Open/ }).click();
    await page.waitForURL(/\/evaluations\/\d+/);
    await expect
      // each tab shows its progress (5/6) once the framework has loaded: the name is what is checked here
      .poll(async () => (await page.getByRole('tab').allInnerTexts()).map((t) => t.replace(/\s*\d+\/\d+$/, '').trim()), { timeout: 20_000 })
      .toEqual(['Profile', 'Budget execution', 'Indicator table', 'Key projects', 'Performance', 'Problems & measures', 'Publication']);
    // the workflow actions load on their own request
    await expect.poll(() => page.getByRole('button', { name: 'Submit', exact: true }).count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => page.getByText('Authorised posts').count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByText(WUGANG_TITLE).count()).toBeGreaterThan(0);
    await expectNoChineseChrome('editor profile');

    await page.getByRole('tab', { name: 'Budget execution' }).click();
    await expect.poll(() => page.getByText('General public budget').count(), { timeout: 20_000 }).toBe(1);
    for (const label of ['Opening balance', 'Income', 'Expenditure', 'Closing balance', 'Basic expenditure', 'Project expenditure']) {
      expect(await page.getByText(label, { exact: true }).count(), label).toBeGreaterThan(0);
    }
    // the live sum check reads "basic + project = total: " with an ASCII colon, no "："
    const sumLine = await page.locator('[data-check], .ant-typography').filter({ hasText: 'basic + project = total' }).first().textContent();
    expect(sumLine).not.toContain('：');
    await expectNoChineseChrome('editor budget');
    await shot(page, 'en-02-editor-budget');

    // A broken identity: the server's finding names its rule and says what is wrong in English.
    const cell = page.getByLabel('General public budget Basic expenditure Expenditure');
    expect(await cell.inputValue()).toBe('153.98');
    await cell.fill('150.98');
    const finding = page.locator('#findings-panel [data-rule="budgetIdentity"]').first();
    await expect.poll(() => finding.count(), { timeout: 20_000 }).toBe(1);
    expect(await finding.getByTestId('rule-name').textContent()).toBe('Budget identity (opening + income − expenditure = closing)');
    expect(await finding.getByTestId('message-en').textContent()).toBe(
      'General public budget, basic expenditure: opening balance 0 + income 153.98 − expenditure 150.98 = 3 (10,000 yuan), but the closing balance is 0',
    );
    await shot(page, 'en-03-editor-finding');
    await cell.fill('153.98');
    await expect.poll(() => page.locator('#findings-panel [data-rule="budgetIdentity"]').count(), { timeout: 20_000 }).toBe(0);

    // the indicator table's headers are whole words (“Weight” broke as “Weig / ht” in a 50 px column)
    await page.getByRole('tab', { name: 'Indicator table' }).click();
    const weight = page
      .locator('th')
      .filter({ hasText: /^Weight$/ })
      .first();
    await weight.waitFor({ timeout: 20_000 });
    const lines = await page.evaluate(
      `(() => { const th = [...document.querySelectorAll('th')].find((e) => e.textContent.trim() === 'Weight'); const r = document.createRange(); r.selectNodeContents(th); return new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size; })()`,
    );
    expect(lines).toBe(1);
  });

  it('the unit tree shows codes in ASCII brackets and English labels', async () => {
    await page.goto('/units');
    await expect.poll(() => page.getByText('武冈市妇女联合会 (430581)').count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByPlaceholder('Search units (name or code)').count()).toBe(1);
    await expectNoChineseChrome('units');
  });

  it('the dashboard: English titles and people counts without 人', async () => {
    await page.goto('/dashboard'); // without a unit: the user's own
    await page.waitForURL(/\/dashboard\/\d+\?year=\d+/);
    await page.goto(page.url().replace(/year=\d+/, 'year=2022'));
    await expect.poll(() => page.getByTestId('dashboard-title').textContent(), { timeout: 30_000 }).toBe('武冈市妇女联合会 · 2022 dashboard');
    expect(await page.getByTestId('kp-target').textContent()).toContain('10,361 people');
    expect(await page.getByTestId('kp-actual').textContent()).toContain('10,780 people');
    expect(await page.getByTestId('kp-rate').textContent()).toContain('104.04%');
    for (const label of ['Cervical and breast cancer screening of rural women', 'Subordinate units', 'Year over year', 'Export Excel']) {
      expect(await page.getByText(label, { exact: true }).count(), label).toBeGreaterThan(0);
    }
    const figures = await page.locator('[data-testid^="kp-"]').allInnerTexts();
    expect(figures.filter((s) => HAN.test(s))).toEqual([]);
    await expectNoChineseChrome('dashboard');
    await shot(page, 'en-03-dashboard');
    expect(pageErrors).toEqual([]);
  });

  it('targets: a department-wide target declared in English is stored as 部门整体 and shown as “Whole department”', async () => {
    await page.goto('/targets?year=2024');
    await page.getByRole('button', { name: 'Declare targets' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Framework').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '部门整体支出绩效自评' }).first().click();
    await dialog.getByRole('button', { name: 'Declare targets' }).click();
    await expect.poll(() => page.getByTestId('target-title').textContent(), { timeout: 20_000 }).toContain('Whole department');
    // the stored name is the data's, not the UI's word (it was “Whole department” when declared in English)
    const found = (await (await page.request.get(`/api/units/search?q=${encodeURIComponent('武冈市妇女联合会')}&year=2024`)).json()) as {
      units: { id: string; code: string }[];
    };
    const wg = found.units.find((u) => u.code === '430581')!.id;
    const list = (await (await page.request.get(`/api/units/${wg}/targets?year=2024`)).json()) as { targets: { scope: string; scopeName: string }[] };
    expect(list.targets.filter((t) => t.scope === 'department').map((t) => t.scopeName)).toEqual(['部门整体']);
    expect(pageErrors).toEqual([]);
  });
});
