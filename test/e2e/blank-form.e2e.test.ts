// A new unit's filler (云山县妇联, no evaluation before) starts a 自评: 检查结果 said “✓ 未发现问题” on the
// empty form and the 公开 tab read 1/2 before anything was typed (其他需要说明的情况's pre-set “无”
// counted). On a 390 px phone the two-editor conflict dialog was a 600 px table scrolled sideways;
// saves racing another editor's five times in a row opened that dialog with nothing to choose.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/services/auth.js';
import type { Services } from '../../src/services/index.js';
import { treeOps } from '../../src/services/tree.js';
import { unitRepository } from '../../src/store/units.js';
import { userRepository } from '../../src/store/users.js';
import { chromiumAvailable, DEMO_PASSWORD, login, openSession, reveal, shot, sidewaysOverflow, type BrowserSession } from './harness.js';

const hasBrowser = chromiumAvailable();

async function prepare(services: Services) {
  const db = services.store.db;
  const units = unitRepository(db);
  const [unit] = await units.insertMany([{ code: '430599', name: '云山县妇女联合会', shortName: '云山县妇联', type: '妇联', level: 'county' }]);
  await treeOps.link(db, [{ unitId: unit!.id, parentId: (await units.find('430500'))!.id, fromYear: 2016 }]);
  const users = userRepository(db);
  const id = await users.insert({ username: 'yunshan', displayName: '云山填报员', passwordHash: await hashPassword(DEMO_PASSWORD) });
  await users.grant(id, 'filler', unit!.id);
}

const PUBLICATION = /^九、部门整体支出绩效自评结果拟应用和公开情况 第1段$/;
const KEYS = ['title', 'reportDate', 'profile', 'budget', 'budgetLines', 'threePublic', 'indicators', 'keyProjects', 'sections'];
type Current = Record<string, unknown> & { version: number; sections: { kind: string; paragraphs: string[] }[] };

describe.skipIf(!hasBrowser)('browser: a blank 自评 of a new unit; save conflicts on a phone and in a race', () => {
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

  const current = async () => (await (await page.request.get(`/api/evaluations/${id}`)).json()) as Current;
  const saved = async () => expect.poll(() => page.locator('[data-save-state]').first().getAttribute('data-save-state'), { timeout: 20_000 }).toBe('saved');
  /** Someone else (same unit, through the API) writes the 公开 paragraph from the version they read. */
  const theirSave = async (text: string) => {
    const { csrfToken } = (await (await page.request.get('/api/me')).json()) as { csrfToken: string };
    const c = await current();
    c.sections.find((s) => s.kind === 'publication')!.paragraphs = [text];
    const put = await page.request.put(`/api/evaluations/${id}`, {
      data: { version: c.version, content: Object.fromEntries(KEYS.map((k) => [k, c[k]])) },
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(put.status()).toBe(200);
  };

  it('a new 自评: 检查结果 says there is nothing to check yet (no ✓), 公开 reads 0/1', async () => {
    await login(page, 'yunshan');
    await page.goto('/');
    await page.getByRole('button', { name: /新建自评/ }).click();
    await page.getByRole('dialog').filter({ hasText: '新建自评' }).getByRole('button', { name: '新建' }).click();
    await page.waitForURL(/\/evaluations\/\d+/, { timeout: 30_000 });
    id = /evaluations\/(\d+)/.exec(page.url())![1]!;
    const panel = page.locator('#findings-panel');
    await expect.poll(() => panel.getByTestId('findings-nothing').count(), { timeout: 20_000 }).toBe(1);
    expect(await panel.getByTestId('findings-nothing').textContent()).toContain('尚未填写预算和指标，暂无可检查的数字');
    expect(await panel.getByTestId('findings-tag').textContent()).toBe('暂无数字');
    expect(await panel.textContent()).not.toContain('未发现问题');
    const publication = page.getByRole('tab', { name: /^公开/ }).locator('[data-tab-progress]');
    expect(await publication.getAttribute('data-tab-progress')).toBe('0/1');
    await shot(page, 'blank-01-new');

    // a figure written: it is checked, and the panel says what is still empty
    await page.goto(`/evaluations/${id}?tab=publication`);
    const add = page.getByRole('button', { name: /^添加段落 .*拟应用和公开情况$/ });
    await expect.poll(() => add.count(), { timeout: 20_000 }).toBe(1);
    await add.click();
    await page.getByLabel(PUBLICATION).fill('自评结果将用于2026年预算安排，并在本单位门户网站公开。');
    await saved();
    await expect.poll(() => publication.getAttribute('data-tab-progress'), { timeout: 20_000 }).toBe('1/1');
    const scope = panel.getByTestId('findings-scope');
    await expect.poll(() => scope.textContent(), { timeout: 20_000 }).toContain('已检查：正文中的数字');
    expect(await scope.textContent()).toContain('尚未填写：预算执行、指标实际完成值');
    expect(await panel.getByTestId('findings-tag').textContent()).toBe('✓');

    // a budget type added, its 合计 left at 0: the tab's error badge stays clear of its count (it sat on "1/4")
    await page.goto(`/evaluations/${id}?tab=budget`);
    await page.getByRole('button', { name: '添加预算类型' }).click();
    await page.getByRole('menuitem', { name: '一般公共预算' }).click();
    await page.locator('#budget-general-basic-income').fill('120.35');
    await page.locator('#budget-general-basic-income').blur();
    const budgetTab = page.getByRole('tab', { name: /^预算执行/ });
    const badge = budgetTab.locator('.ant-badge-count');
    await expect.poll(() => badge.count(), { timeout: 20_000 }).toBe(1);
    const count = budgetTab.locator('[data-tab-progress] > .ant-typography');
    await expect
      .poll(async () => (await badge.boundingBox())!.x + (await badge.boundingBox())!.width - (await count.boundingBox())!.x, { timeout: 20_000 })
      .toBeLessThanOrEqual(0);
    await shot(page, 'blank-01b-budget-badge');
    expect(session.pageErrors).toEqual([]);
  });

  it('on a 390 px phone the conflict dialog shows one card per field, nothing scrolls sideways', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/evaluations/${id}?tab=publication`);
    const para = page.getByLabel(PUBLICATION);
    await expect.poll(() => para.count(), { timeout: 20_000 }).toBe(1);
    await theirSave('自评结果报县财政局备案。');
    await para.fill('自评结果将用于2026年预算安排，并在县政府门户网站公开。');
    const dialog = page.getByRole('dialog').filter({ hasText: '保存冲突' });
    await expect.poll(() => dialog.count(), { timeout: 20_000 }).toBe(1);
    const cards = dialog.getByTestId('conflict-cards').locator('[data-conflict-field]');
    await expect.poll(() => cards.count(), { timeout: 20_000 }).toBe(1);
    expect(await dialog.locator('.ant-table').count()).toBe(0);
    const body = dialog.locator('.ant-modal-body');
    expect(await body.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    const box = (await cards.first().boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    // both versions readable in the card, mine chosen by default; take theirs
    expect(await cards.first().textContent()).toContain('县政府门户网站');
    expect(await cards.first().textContent()).toContain('报县财政局备案');
    await page.waitForTimeout(400);
    await shot(page, 'blank-02-conflict-390');
    await cards
      .first()
      .getByRole('radio', { name: /^另一处的修改/ })
      .check();
    await dialog.getByRole('button', { name: '按所选合并并保存' }).click();
    await saved();
    expect(await para.inputValue()).toBe('自评结果报县财政局备案。');
    expect(session.pageErrors).toEqual([]);
  });

  it('at 1366 px the same dialog is a table of the fields', async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    const para = page.getByLabel(PUBLICATION);
    await theirSave('自评结果报县财政局和县妇联党组备案。');
    await para.fill('自评结果报县财政局备案，并在门户网站公开。');
    const dialog = page.getByRole('dialog').filter({ hasText: '保存冲突' });
    await expect.poll(() => dialog.locator('.ant-table-row').count(), { timeout: 20_000 }).toBe(1);
    expect(await dialog.getByTestId('conflict-cards').count()).toBe(0);
    await dialog.getByRole('button', { name: '按所选合并并保存' }).click();
    await saved();
    expect(await para.inputValue()).toBe('自评结果报县财政局备案，并在门户网站公开。');
  });

  it('saves racing another editor five times in a row stop with a message, keep the text, and 重新保存 saves it', async () => {
    const path = `**/api/evaluations/${id}`;
    let refused = 0;
    // every save finds a newer version waiting, with nothing to choose between (another editor saving as fast)
    await page.route(path, async (route) => {
      if (route.request().method() !== 'PUT') return route.fallback();
      const now = await current();
      refused += 1;
      await route.fulfill({ status: 409, json: { error: 'Conflict', message: '版本已变化', current: { ...now, version: now.version + refused } } });
    });
    const para = page.getByLabel(PUBLICATION);
    const typed = '自评结果报县财政局备案，并于8月底前在门户网站公开。';
    await para.fill(typed);
    const note = page.getByTestId('save-race');
    await expect.poll(() => note.count(), { timeout: 20_000 }).toBe(1);
    expect(await note.textContent()).toContain('保存冲突');
    expect(await note.textContent()).toContain('没有丢失');
    expect(refused).toBe(6); // the first try and five merges, then it stops
    expect(await page.getByRole('dialog').filter({ hasText: '保存冲突' }).count()).toBe(0);
    expect(await para.inputValue()).toBe(typed);
    expect(await page.locator('[data-save-state]').first().textContent()).toBe('保存冲突，未保存');
    await reveal(note);
    await shot(page, 'blank-03-save-race');
    await page.unroute(path);
    await note.getByRole('button', { name: '重新保存' }).click();
    await saved();
    expect((await current()).sections.find((s) => s.kind === 'publication')!.paragraphs).toEqual([typed]);
    expect(await note.count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
  });

  it('审计日志 on a 390 px phone: the date range fits beside its label; the first 自评 is 新建自评, not evaluation.create', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/audit');
    const rows = page.locator('.ant-table-row');
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await expect.poll(() => page.locator('main').textContent(), { timeout: 20_000 }).toContain('新建自评');
    expect(await page.locator('main').textContent()).not.toContain('evaluation.');
    await shot(page, 'blank-04-audit-390');
    await page.setViewportSize({ width: 1366, height: 900 });
  });
});
