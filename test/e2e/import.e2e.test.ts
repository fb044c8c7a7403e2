// Importing an old report in a real browser (issue 6): seed 002 as a .txt file → a preview of what
// was recognised (title, budget rows, 两癌 10361 → 10780) → a draft the filler lands in.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, login, openSession, ROOT, shot, type BrowserSession } from './harness.js';

const hasBrowser = chromiumAvailable();
const SEED = join(ROOT, 'fixtures/seeds/002_279d50849b4f1aa3.txt');

describe.skipIf(!hasBrowser)('browser: import an old report', () => {
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

  it('previews what was recognised, then writes the draft and opens it', async () => {
    await login(page, 'wugang');
    expect(await page.getByTestId('current-user').textContent()).toContain('武冈');
    await page.getByRole('link', { name: '导入旧报告' }).click();
    await page.waitForURL(/\/import$/);
    await page.locator('input[type=file]').setInputFiles(SEED);
    await expect.poll(() => page.getByText('识别结果（尚未写入）').count(), { timeout: 30_000 }).toBe(1);
    const body = await page.locator('main, body').first().textContent();
    expect(body).toContain('2022年度武冈市妇女联合会整体支出绩效自评报告');
    expect(body).toContain('10361 → 10780人');
    expect(body).toContain('2023-07-18');
    // every placed figure with its cell (the three budget statements: 12 cells)
    expect(body).toContain('已归位的数字（栏目：数值 ← 原文数字，来源）（12）');
    expect(body).toContain('一般公共预算 · 基本支出 · 本年收入：153.98 万元');
    await shot(page, '20-import-preview');
    await page.getByRole('button', { name: '导入为草稿' }).click();
    // the demo already has 武冈's 2022 draft: it is replaced only after the user has seen what it holds
    await expect.poll(() => page.getByText('替换现有草稿？').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const dialog = (await page.locator('.ant-modal-confirm').first().textContent()) ?? '';
    expect(dialog).toMatch(/版本 \d+/);
    expect(dialog).toContain('个章节');
    await shot(page, '20b-import-replace-confirm');
    await page.getByRole('button', { name: '替换草稿' }).click();
    await page.waitForURL(/\/evaluations\/\d+$/, { timeout: 30_000 });
    await expect.poll(() => page.getByText('草稿').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await shot(page, '21-import-draft');
    expect(pageErrors).toEqual([]);
  });
});
