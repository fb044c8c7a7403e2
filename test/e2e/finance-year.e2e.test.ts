// 财政's year in a real browser, as the demo's finance account (caizheng): the workbench says what
// finance does instead of an empty 我的自评; the top unit (湖南省妇联, no level above) submits its 2023
// 自评, finance returns it, reaches its review page again from the returned evaluation, approves the
// resubmission and publishes it; 公开 of a 自评 whose 自评得分 is “—” is refused in words beside the
// button (also when a stale page sends it and the server answers 422, after which the page shows the
// server's state), nothing changed; the dashboard
// gives each approved grade its 结果应用. Also the English monitoring board keeps its last column in
// view at 1366 px. 1366 px and a 390 px phone.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/services/auth.js';
import type { Services } from '../../src/services/index.js';
import { unitRepository } from '../../src/store/units.js';
import { userRepository } from '../../src/store/users.js';
import {
  chromiumAvailable,
  dashboardPath,
  DEMO_PASSWORD,
  login,
  openSession,
  secondBrowser,
  shot,
  signInAsFinance,
  type BrowserSession,
  reveal,
} from './harness.js';
import { seedEvaluation } from './seedEvaluation.js';

const hasBrowser = chromiumAvailable();
const TITLE_2023 = '2023年度湖南省妇女联合会整体支出绩效自评报告';
const TITLE_2024 = '2024年度湖南省妇女联合会整体支出绩效自评报告';

/** 湖南省妇联 (the top unit): a scored 2023 自评 submitted, a 2024 one approved with no 自评得分, and its filler. */
async function prepare(services: Services) {
  await seedEvaluation(services, { unitCode: '430000', year: 2023, title: TITLE_2023, status: 'submitted' });
  await seedEvaluation(services, { unitCode: '430000', year: 2024, title: TITLE_2024, status: 'approved', scored: false });
  const users = userRepository(services.store.db);
  const filler = await users.insert({ username: 'hunan-tb', displayName: '省妇联填报员', passwordHash: await hashPassword(DEMO_PASSWORD) });
  await users.grant(filler, 'filler', (await unitRepository(services.store.db).find('430000'))!.id);
}

describe.skipIf(!hasBrowser)('browser: 财政’s year (top unit reviewed, returned, approved, published; 公开 without a score; 结果应用)', () => {
  let session: BrowserSession;
  let page: Page;
  let other: Page;
  let otherContext: BrowserContext;
  let id2023 = '';
  let id2024 = '';

  beforeAll(async () => {
    session = await openSession({ height: 800, prepare });
    page = session.page;
    ({ context: otherContext, page: other } = await secondBrowser(session));
  });
  afterAll(async () => {
    await otherContext?.close();
    await session?.close();
  });

  const status = () => page.locator('[data-status]').first().textContent();
  const api = async (p: Page, method: 'GET' | 'POST', path: string, data?: unknown) => {
    const { csrfToken } = (await (await p.request.get('/api/me')).json()) as { csrfToken: string };
    const r = await p.request.fetch(path, { method, data, headers: { 'x-csrf-token': csrfToken } });
    return (await r.json()) as Record<string, unknown>;
  };
  const inView = (selector: string) =>
    page.locator(selector).evaluate((el) => {
      const r = el.getBoundingClientRect();
      const view = el.ownerDocument.documentElement;
      return r.top >= 0 && r.bottom <= view.clientHeight && r.left >= 0 && r.right <= view.clientWidth;
    });

  it('the login page lists the demo’s finance account; its workbench says what finance does, not an empty 我的自评', async () => {
    await page.goto('/login');
    await expect.poll(() => page.locator('body').textContent(), { timeout: 20_000 }).toContain('caizheng');
    await signInAsFinance(page);
    await page.goto('/?year=2023');
    const card = page.locator('#wb-finance');
    await expect.poll(() => card.count(), { timeout: 20_000 }).toBe(1);
    expect(await card.textContent()).toContain('审核没有上级的单位');
    expect(await page.locator('#wb-mine').count()).toBe(0);
    const row = page.locator('#wb-review tr[data-row-key]').filter({ hasText: TITLE_2023 });
    await expect.poll(() => row.count(), { timeout: 20_000 }).toBe(1);
    id2023 = (await row.getAttribute('data-row-key'))!;
    await page.waitForTimeout(300);
    await shot(page, 'finance-01-workbench');
    await row.getByRole('link', { name: /审核/ }).click();
    await page.waitForURL(`**/evaluations/${id2023}/review`);
  });

  it('finance returns it with a reason; the returned evaluation links back to its review page', async () => {
    await page.getByRole('button', { name: '退回', exact: true }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '退回自评' });
    await dialog.getByLabel('原因').fill('请补充“三公”经费的说明');
    await dialog.getByRole('button', { name: '确定' }).click();
    await expect.poll(status, { timeout: 20_000 }).toBe('已退回');
    await page.goto(`/evaluations/${id2023}`);
    await expect.poll(status, { timeout: 20_000 }).toBe('已退回');
    const link = page.getByRole('link', { name: '审核视图' });
    await expect.poll(() => link.count(), { timeout: 20_000 }).toBe(1);
    await shot(page, 'finance-02-returned-editor');
    await link.click();
    await page.waitForURL(`**/evaluations/${id2023}/review`);
  });

  it('resubmitted by 省妇联, finance approves and publishes it', async () => {
    await login(other, 'hunan-tb');
    const e = (await api(other, 'GET', `/api/evaluations/${id2023}`)) as { version: number };
    const sent = await api(other, 'POST', `/api/evaluations/${id2023}/transitions`, { action: 'submit', version: e.version });
    expect(sent.status).toBe('submitted');
    await page.goto(`/evaluations/${id2023}/review`);
    await expect.poll(status, { timeout: 20_000 }).toBe('已提交');
    await page.getByRole('button', { name: '审核通过', exact: true }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '确定' }).click();
    await expect
      .poll(async () => `${await status()} ${(await page.getByTestId('transition-refused').allTextContents()).join('')}`, { timeout: 20_000 })
      .toBe('已审核 ');
    // approved, it waits for 公开 on finance's workbench (it used to leave it, with nothing leading back)
    await page.goto('/?year=2023');
    const row = page.locator('#wb-review tr[data-row-key]').filter({ hasText: TITLE_2023 });
    await expect.poll(() => row.locator('[data-status]').textContent(), { timeout: 20_000 }).toBe('已审核');
    await row.getByRole('link', { name: /审核/ }).click();
    await page.waitForURL(`**/evaluations/${id2023}/review`);
    await page.getByRole('button', { name: '公开', exact: true }).click();
    await page.locator('.ant-popconfirm:visible').getByRole('button', { name: '确定' }).click();
    await expect.poll(status, { timeout: 20_000 }).toBe('已公开');
    await page.goto('/?year=2023');
    await expect.poll(() => page.locator('#wb-review').textContent(), { timeout: 20_000 }).toContain('暂无待审核的自评');
  });

  it('公开 while the 自评得分 is “—”: disabled with why; sent from a stale page, the 422 is said in Chinese beside the button, nothing changed', async () => {
    await page.goto('/?year=2024');
    // approved, not to review: found through the unit (the 2024 list of the top unit)
    const list = (await api(page, 'GET', '/api/evaluations?year=2024')) as { evaluations: { id: string; title: string }[] };
    id2024 = list.evaluations.find((x) => x.title === TITLE_2024)!.id;
    await page.goto(`/evaluations/${id2024}/review`);
    await expect.poll(status, { timeout: 20_000 }).toBe('已审核');
    const publish = page.getByRole('button', { name: '公开', exact: true });
    await expect.poll(() => publish.isDisabled(), { timeout: 20_000 }).toBe(true);
    expect(await page.locator('#publish-blocked').textContent()).toContain('自评得分为“—”');
    // a page opened before the score was lost still offers 公开: the server refuses it (422); the
    // stale answer is served until then, the server's own after it
    let refusedYet = false;
    page.on('response', (r) => {
      if (r.url().endsWith(`/api/evaluations/${id2024}/transitions`) && r.status() === 422) refusedYet = true;
    });
    await page.route(`**/api/evaluations/${id2024}`, async (route) => {
      if (route.request().method() !== 'GET' || refusedYet) return route.continue();
      const res = await route.fetch();
      const body = (await res.json()) as Record<string, unknown>;
      await route.fulfill({ response: res, json: { ...body, totalScore: '90.00', grade: 'excellent' } });
    });
    await page.reload();
    await expect.poll(() => publish.isDisabled(), { timeout: 20_000 }).toBe(false);
    await publish.click();
    await page.locator('.ant-popconfirm:visible').getByRole('button', { name: '确定' }).click();
    const refused = page.getByTestId('transition-refused');
    await expect.poll(() => refused.textContent(), { timeout: 20_000 }).toContain('自评得分尚未算出，不能公开');
    expect(await refused.textContent()).toMatch(/^操作失败：自评得分尚未算出，不能公开：.+没有得分/);
    expect(await inView('[data-testid="transition-refused"]')).toBe(true);
    expect(await status()).toBe('已审核');
    // the page reads the evaluation again: the server's 自评得分 “—” disables 公开, with why, beside the refusal
    await expect.poll(() => publish.isDisabled(), { timeout: 20_000 }).toBe(true);
    expect(await page.locator('#publish-blocked').textContent()).toContain('自评得分为“—”');
    expect(await refused.textContent()).toMatch(/^操作失败：自评得分尚未算出，不能公开/);
    await page.waitForTimeout(300);
    await shot(page, 'finance-03-publish-refused');
    // still there after the toast has gone
    await page.waitForTimeout(3500);
    expect(await refused.isVisible()).toBe(true);
    await page.unroute(`**/api/evaluations/${id2024}`);
    expect(((await api(page, 'GET', `/api/evaluations/${id2024}`)) as { status: string }).status).toBe('approved');
  });

  it('结果应用: the dashboard gives each approved grade its budget step, and none to one not yet approved', async () => {
    await page.goto(await dashboardPath(page, 2022));
    const row = (name: string) => page.locator(`tr[data-unit="${name}"]`);
    await expect.poll(() => row('北塔区妇联').count(), { timeout: 30_000 }).toBe(1);
    // 北塔区 approved (优): priority; 新宁县 submitted (差, not yet reviewed): no step yet
    expect(await row('北塔区妇联').locator('[data-use]').textContent()).toBe('优先保障');
    expect(await row('新宁县妇联').locator('[data-use]').count()).toBe(0);
    await reveal(row('北塔区妇联'));
    await shot(page, 'finance-04-result-use');
  });

  it('绩效目标 and 运行监控 open on the top unit (finance has no unit of its own: the picker was empty, the page blank)', async () => {
    for (const path of ['/targets?year=2023', '/monitoring?year=2022']) {
      await page.goto(path);
      await expect.poll(() => new URL(page.url()).searchParams.get('unitId'), { timeout: 20_000 }).toBeTruthy();
      const picker = page.locator('.ant-select').filter({ has: page.getByLabel('单位', { exact: true }) });
      await expect.poll(() => picker.innerText(), { timeout: 20_000 }).toBe('湖南省妇女联合会');
    }
    // the level under the top unit is offered too
    await page.getByLabel('单位', { exact: true }).click();
    await expect.poll(() => page.locator('.ant-select-item-option').filter({ hasText: '邵阳市妇联' }).count(), { timeout: 20_000 }).toBe(1);
    await page.keyboard.press('Escape');
    await shot(page, 'finance-05-monitoring');
  });

  it('on a 390 px phone the finance workbench and review page fit the screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/?year=2023');
    await expect.poll(() => page.locator('#wb-finance').count(), { timeout: 20_000 }).toBe(1);
    expect(await page.locator('html').evaluate((el) => el.scrollWidth)).toBeLessThanOrEqual(390);
    await page.waitForTimeout(300);
    await shot(page, 'finance-06-workbench-390');
    // the review page of the top unit finance reviews: buttons wrap, the history and the diff stay inside
    await page.goto(`/evaluations/${id2024}/review`);
    await expect.poll(status, { timeout: 20_000 }).toBe('已审核');
    await expect.poll(() => page.locator('#publish-blocked').count(), { timeout: 20_000 }).toBe(1);
    expect(await page.locator('html').evaluate((el) => el.scrollWidth)).toBeLessThanOrEqual(390);
    const outside = await page.locator('button, .ant-card').evaluateAll((els) => els.filter((el) => el.getBoundingClientRect().right > 390.5).length);
    expect(outside).toBe(0);
    await page.waitForTimeout(300);
    await shot(page, 'finance-07-review-390');
    await page.setViewportSize({ width: 1366, height: 800 });
    expect(session.pageErrors).toEqual([]);
  });

  it('in English the monitoring board keeps its last column’s button in view at 1366 px', async () => {
    await login(page, 'shaoyang');
    await page.evaluate(`localStorage.setItem('jixiao.lang', 'en')`);
    await page.goto('/monitoring?year=2022');
    const open = page.getByRole('button', { name: /^Open the report of / });
    await expect.poll(() => open.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const cut = await open.evaluateAll((buttons) =>
      buttons
        .map((b) => {
          const box = b.getBoundingClientRect();
          const body = b.closest('.ant-table-content, .ant-table-body, .ant-table-container')!.getBoundingClientRect();
          return box.right <= body.right + 0.5 && b.scrollWidth <= b.clientWidth ? null : b.getAttribute('aria-label');
        })
        .filter(Boolean),
    );
    expect(cut).toEqual([]);
    await shot(page, 'finance-07-board-en');
    await page.evaluate(`localStorage.setItem('jixiao.lang', 'zh')`);
  });
});
