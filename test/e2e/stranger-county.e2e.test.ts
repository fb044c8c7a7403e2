// A filler of a county that is not the demo's main unit (城步, whose newest 自评 is an approved 2021 示例)
// starts the year: 新建自评 offers 2022 (it offered 2021, which the server then refused, or the calendar
// year when clicked before the workbench had loaded); on a 390 px phone a 定性 indicator whose actual the
// rule cannot read says 请选择评价等级 in words under the values (it said 请填写 achievement（achieved/…）
// beside the name, squeezing it to a letter a line); the budget's 合计 is filled from 基本 + 项目 with one
// click (it had to be added up and typed); the first submission's review page is titled
// 审核：首次提交. 1366 px and a 390 px phone.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/services/auth.js';
import type { Services } from '../../src/services/index.js';
import { unitRepository } from '../../src/store/units.js';
import { userRepository } from '../../src/store/users.js';
import { chromiumAvailable, DEMO_PASSWORD, login, openSession, shot, sidewaysOverflow, writeChapters, type BrowserSession, reveal } from './harness.js';

const hasBrowser = chromiumAvailable();

async function prepare(services: Services) {
  const db = services.store.db;
  const users = userRepository(db);
  const id = await users.insert({ username: 'chengbu', displayName: '城步填报员', passwordHash: await hashPassword(DEMO_PASSWORD) });
  await users.grant(id, 'filler', (await unitRepository(db).find('430529'))!.id);
}

describe.skipIf(!hasBrowser)('browser: a county filler other than 武冈 starts, fills and submits the year', () => {
  let session: BrowserSession;
  let page: Page;
  let id = '';
  beforeAll(async () => {
    session = await openSession({ height: 900, prepare });
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  it('新建自评 offers the year after the approved 2021, not 2021 again', async () => {
    await login(page, 'chengbu');
    await page.goto('/');
    const mine = page.locator('#wb-mine tr[data-row-key]');
    await expect.poll(() => mine.count(), { timeout: 20_000 }).toBe(1);
    expect(await mine.textContent()).toContain('2021');
    await page.getByRole('button', { name: /新建自评/ }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '新建自评' });
    await expect
      .poll(() => dialog.locator('#new-year').locator('xpath=ancestor::div[contains(@class,"ant-select")][1]').innerText(), { timeout: 20_000 })
      .toBe('2022');
    await expect.poll(() => dialog.textContent(), { timeout: 20_000 }).toContain('将带入本单位 2021 年的基本情况');
    await shot(page, 'stranger-01-new-2022');
    await dialog.getByRole('button', { name: '新建' }).click();
    await page.waitForURL(/\/evaluations\/\d+/, { timeout: 30_000 });
    id = /evaluations\/(\d+)/.exec(page.url())![1]!;
    await expect.poll(() => page.locator('h1, h2, h3, h4').first().textContent(), { timeout: 20_000 }).toContain('2022年度城步苗族自治县妇女联合会');
  });

  it('on a 390 px phone a 定性 actual the rule cannot read asks for the 评价等级 in words, under the values', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/evaluations/${id}?tab=indicators`);
    const actual = page.getByLabel('资产管理规范性 实际完成值', { exact: true });
    await expect.poll(() => actual.count(), { timeout: 20_000 }).toBe(1);
    await actual.fill('账实相符，年末已盘点');
    await actual.blur();
    const card = page.locator('[data-indicator-card]').filter({ has: actual });
    const note = card.locator('[data-explanation]').filter({ hasText: '判断达成情况' });
    await expect.poll(() => note.count(), { timeout: 20_000 }).toBe(1);
    expect(await note.textContent()).toBe('无法从实际完成值“账实相符，年末已盘点”判断达成情况，请选择评价等级：达成、部分达成或未达成');
    expect(await page.locator('main').textContent()).not.toContain('achievement');
    // the note is under the actual, and the name keeps its line (it was squeezed to a letter a line)
    expect((await note.boundingBox())!.y).toBeGreaterThan((await actual.boundingBox())!.y);
    const name = card.getByText('资产管理规范性', { exact: true });
    expect((await name.boundingBox())!.height).toBeLessThan(40);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await reveal(note);
    await shot(page, 'stranger-02-qualitative-390');
    // choosing the level scores it
    await card.getByLabel('资产管理规范性 评价等级', { exact: true }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '达成（100%）' }).first().click();
    await expect.poll(() => card.locator('[data-score]').textContent(), { timeout: 20_000 }).toBe('5.00');
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('the budget’s 合计 is filled from 基本 + 项目 with one click per figure', async () => {
    await page.goto(`/evaluations/${id}?tab=budget`);
    await page.getByRole('button', { name: '添加预算类型' }).click();
    await page.locator('.ant-dropdown-menu-item').filter({ hasText: '一般公共预算' }).click();
    const cell = (row: string, figure: string) => page.getByLabel(`一般公共预算 ${row} ${figure}`, { exact: true });
    await expect.poll(() => cell('基本支出', '本年收入').count(), { timeout: 20_000 }).toBe(1);
    const figures = ['年初结转和结余', '本年收入', '本年支出', '年末结转和结余'];
    const rows: Record<string, string[]> = { 基本支出: ['0', '120.5', '118.3', '2.2'], 项目支出: ['0', '30', '28', '2'] };
    for (const [row, values] of Object.entries(rows))
      for (const [i, v] of values.entries()) {
        await cell(row, figures[i]!).fill(v);
        await cell(row, figures[i]!).blur();
      }
    const fill = page.locator('[data-fill-total="general-income"]');
    await expect.poll(() => fill.textContent(), { timeout: 20_000 }).toBe('填入 150.5');
    await shot(page, 'stranger-02b-fill-total');
    for (const figure of ['income', 'expenditure', 'closing']) await page.locator(`[data-fill-total="general-${figure}"]`).click();
    await expect.poll(() => cell('合计', '本年收入').inputValue(), { timeout: 20_000 }).toBe('150.5');
    expect(await cell('合计', '本年支出').inputValue()).toBe('146.3');
    expect(await cell('合计', '年末结转和结余').inputValue()).toBe('4.2');
    await expect.poll(() => page.locator('[data-check^="sum-general-"]').count(), { timeout: 20_000 }).toBe(0);
  });

  it('submits; the reviewer’s page of a first submission is titled 审核：首次提交', async () => {
    // the budget saved (146.3 of 150.5 spent, 4.2 carried over), 预算执行率 and 结转结余率 miss their
    // targets: explained, as 提交 asks
    await expect.poll(() => page.locator('[data-save-state]').first().getAttribute('data-save-state'), { timeout: 20_000 }).toBe('saved');
    await page.goto(`/evaluations/${id}?tab=indicators`);
    for (const name of ['预算执行率', '结转结余率']) {
      const reason = page.getByLabel(`${name} 偏差原因分析及改进措施`, { exact: true });
      await expect.poll(() => reason.count(), { timeout: 20_000 }).toBe(1);
      await reason.fill('年末一笔培训经费未及支付，结转下年使用。');
    }
    // the report's chapters 六–九 too: 提交 is refused while they are empty
    await writeChapters(page, id);
    await page.goto(`/evaluations/${id}`);
    await page.getByRole('button', { name: '提交', exact: true }).click();
    const confirm = page.getByRole('dialog').filter({ hasText: '提交给上级审核' });
    await expect.poll(() => confirm.locator('button:has-text("确认提交"):not([disabled])').count(), { timeout: 20_000 }).toBe(1);
    expect(await confirm.getByTestId('submit-errors').count()).toBe(0);
    await confirm.getByRole('button', { name: '确认提交' }).click();
    await expect.poll(() => page.locator('[data-status]').first().textContent(), { timeout: 20_000 }).toBe('已提交');
    await login(page, 'shaoyang');
    await page.goto(`/evaluations/${id}/review`);
    await expect.poll(() => page.getByTestId('review-title').textContent(), { timeout: 20_000 }).toBe('审核：首次提交');
    await shot(page, 'stranger-03-review-first');
    expect(session.pageErrors).toEqual([]);
  });
});
