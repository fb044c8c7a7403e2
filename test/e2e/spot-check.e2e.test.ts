// 抽查复核 in a real browser, as the demo's finance account (caizheng): 武冈's 2023 自评, approved by
// 邵阳, is found on the dashboard of 邵阳 (the finance board: 未抽查, with a link to check it); finance
// records a pass (the status stays, the history says 抽查复核：通过), then on a 390 px phone returns it
// with a reason (已退回, in the history with the reason); the board says 退回; the filler reads why in
// the editor, on a 390 px phone too, and 邵阳's reviewer, who approved it, among the notifications. A second pass of the same approval (a tab opened before the first) is
// refused. The review page (its title line) and the board fit 390 px. 1366 px and a 390 px phone.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedEvaluation } from './seedEvaluation.js';
import { chromiumAvailable, dashboardPath, login, openSession, secondBrowser, shot, signInAsFinance, type BrowserSession, reveal } from './harness.js';

const hasBrowser = chromiumAvailable();
const TITLE = '2023年度武冈市妇女联合会整体支出绩效自评报告';
const REASON = '项目支出明细与决算报表不一致，请核对后重新提交';

describe.skipIf(!hasBrowser)('browser: 抽查复核 (finance spot-checks an approved 自评: pass, then return with a reason)', () => {
  let session: BrowserSession;
  let page: Page;
  let filler: Page;
  let fillerContext: BrowserContext;
  let stale: Page;
  let board = '';
  let id = '';

  beforeAll(async () => {
    // 武冈's 2023 自评, scored, submitted and approved by the level above
    session = await openSession({
      height: 800,
      prepare: async (services) => void (await seedEvaluation(services, { unitCode: '430581', year: 2023, title: TITLE, status: 'approved' })),
    });
    page = session.page;
    ({ context: fillerContext, page: filler } = await secondBrowser(session));
  });
  afterAll(async () => {
    await fillerContext?.close();
    await session?.close();
  });

  const status = () => page.locator('[data-status]').first().textContent();
  const wide = () => page.locator('html').evaluate((el) => el.scrollWidth);
  const row = () => page.locator('tr[data-unit="武冈市妇联"]');
  const history = () => page.locator('[aria-label="流转记录"]');

  it('the board lists 武冈 as approved and not yet checked, with a link to check it', async () => {
    await signInAsFinance(page);
    board = await dashboardPath(page, 2023);
    await page.goto(board);
    await expect.poll(() => row().count(), { timeout: 30_000 }).toBe(1);
    expect(await row().locator('[data-status]').textContent()).toBe('已审核');
    expect(await row().locator('[data-check]').textContent()).toBe('未抽查');
    // 邵东's draft has nothing to check
    expect(await page.locator('tr[data-unit="邵东市妇联"]').getByRole('link', { name: /^抽查/ }).count()).toBe(0);
    await reveal(row());
    await shot(page, 'spot-check-01-board');
    await row().getByRole('link', { name: '抽查 武冈市妇联' }).click();
    await page.waitForURL('**/evaluations/*/review');
    id = /evaluations\/(\d+)\/review/.exec(page.url())![1]!;
  });

  it('finance records a pass: the status stays 已审核, the history says 抽查复核：通过; no review step is offered', async () => {
    await expect.poll(status, { timeout: 20_000 }).toBe('已审核');
    const group = page.getByRole('group', { name: '抽查复核' });
    await expect.poll(() => group.getByRole('button').allTextContents(), { timeout: 20_000 }).toEqual(['抽查通过', '抽查退回']);
    for (const name of ['重新打开', '公开', '审核通过']) expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(0);
    // a second tab on the same approval, opened before the pass
    stale = await page.context().newPage();
    await stale.goto(`/evaluations/${id}/review`);
    await expect.poll(() => stale.getByRole('group', { name: '抽查复核' }).getByRole('button').count(), { timeout: 20_000 }).toBe(2);
    await page.bringToFront();
    await group.getByRole('button', { name: '抽查通过' }).click();
    await page.locator('.ant-popconfirm:visible').getByRole('button', { name: '确定' }).click();
    await expect.poll(() => history().locator('[data-action="checkPass"]').count(), { timeout: 20_000 }).toBe(1);
    // passed once: only 抽查退回 is left to offer
    await expect.poll(() => group.getByRole('button').allTextContents(), { timeout: 20_000 }).toEqual(['抽查退回']);
    expect(await status()).toBe('已审核');
    expect(await history().textContent()).toContain('抽查复核：通过财政厅绩效管理处');
    await reveal(history());
    await page.waitForTimeout(300);
    await shot(page, 'spot-check-02-passed');
    await page.goto(board);
    await expect.poll(() => row().locator('[data-check]').textContent(), { timeout: 30_000 }).toBe('通过');
  });

  it('a second 抽查通过 of the same approval (from a tab opened before the first) is refused, saying when it passed', async () => {
    await stale.bringToFront();
    const group = stale.getByRole('group', { name: '抽查复核' });
    await group.getByRole('button', { name: '抽查通过' }).click();
    await stale.locator('.ant-popconfirm:visible').getByRole('button', { name: '确定' }).click();
    const refused = stale.getByTestId('transition-refused');
    await expect.poll(() => refused.textContent(), { timeout: 20_000 }).toMatch(/本次审核通过后已于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 抽查通过，不能重复记录/);
    // the page takes the server's state: the pass is no longer offered, and there is still one pass recorded
    await expect.poll(() => group.getByRole('button').allTextContents(), { timeout: 20_000 }).toEqual(['抽查退回']);
    expect(await stale.locator('[aria-label="流转记录"] [data-action="checkPass"]').count()).toBe(1);
    await stale.waitForTimeout(300);
    await shot(stale, 'spot-check-02b-second-pass-refused');
    await stale.close();
    await page.bringToFront();
  });

  it('on a 390 px phone finance returns it with a reason: 已退回, the reason in the history; the page fits', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/evaluations/${id}/review`);
    await expect.poll(status, { timeout: 20_000 }).toBe('已审核');
    const group = page.getByRole('group', { name: '抽查复核' });
    await expect.poll(() => group.count(), { timeout: 20_000 }).toBe(1);
    expect(await wide()).toBeLessThanOrEqual(390);
    // the title takes its own lines; 查看自评 stays one line (it wrapped, squeezed beside the title)
    expect(await page.getByTestId('review-open-editor').evaluate((el) => el.getClientRects().length)).toBe(1);
    expect((await page.getByTestId('review-open-editor').boundingBox())!.height).toBeLessThan(30);
    const box = (await group.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await page.waitForTimeout(300);
    await shot(page, 'spot-check-03-review-390');
    await group.getByRole('button', { name: '抽查退回' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '抽查复核：退回自评' });
    // no reason, no return
    expect(await dialog.getByRole('button', { name: '确定' }).isDisabled()).toBe(true);
    await dialog.getByLabel('原因').fill(REASON);
    await dialog.getByRole('button', { name: '确定' }).click();
    await expect.poll(status, { timeout: 20_000 }).toBe('已退回');
    await expect.poll(() => history().locator('[data-action="checkReturn"]').count(), { timeout: 20_000 }).toBe(1);
    expect(await history().textContent()).toContain(`原因：${REASON}`);
    expect(await page.getByTestId('return-reason').textContent()).toContain(REASON);
    expect(await group.count()).toBe(0); // nothing more to check until it is approved again
    expect(await wide()).toBeLessThanOrEqual(390);
    await reveal(history());
    await page.waitForTimeout(300);
    await shot(page, 'spot-check-04-returned-390');
  });

  it('the board says 退回 and fits a 390 px phone (the table scrolls, not the page)', async () => {
    await page.goto(board);
    await expect.poll(() => row().locator('[data-check]').textContent(), { timeout: 30_000 }).toBe('退回');
    expect(await row().locator('[data-status]').textContent()).toBe('已退回');
    expect(await wide()).toBeLessThanOrEqual(390);
    await reveal(row());
    await page.waitForTimeout(300);
    await shot(page, 'spot-check-05-board-390');
    await page.setViewportSize({ width: 1366, height: 800 });
  });

  it('the filler reads finance’s reason in the editor and may edit again', async () => {
    await login(filler, 'wugang');
    await filler.goto(`/evaluations/${id}`);
    const banner = filler.getByTestId('return-banner');
    await expect.poll(() => banner.textContent(), { timeout: 20_000 }).toContain(REASON);
    expect(await banner.textContent()).toContain('财政厅绩效管理处');
    await expect.poll(() => filler.getByRole('button', { name: '提交', exact: true }).count(), { timeout: 20_000 }).toBe(1);
    // and on a 390 px phone: the banner with the reason, within the screen
    await filler.setViewportSize({ width: 390, height: 844 });
    await reveal(banner);
    const b = (await banner.boundingBox())!;
    expect(b.x + b.width).toBeLessThanOrEqual(390);
    expect(await filler.locator('html').evaluate((el) => el.scrollWidth)).toBeLessThanOrEqual(390);
    await filler.waitForTimeout(300);
    await shot(filler, 'spot-check-06-filler-reason-390');
    expect(session.pageErrors).toEqual([]);
  });

  it('the reviewer who approved it (邵阳) reads the return and its reason among the workbench notifications', async () => {
    await filler.setViewportSize({ width: 1366, height: 800 });
    await login(filler, 'shaoyang');
    await filler.goto('/?year=2023');
    const notice = filler.locator('[aria-label="通知"]').getByRole('link', { name: /经财政抽查复核退回/ });
    await expect.poll(() => notice.count(), { timeout: 20_000 }).toBe(1);
    expect(await notice.textContent()).toBe(`武冈市妇联 2023 年度自评经财政抽查复核退回：${REASON}；修改后将重新提交审核（已退回）`);
    // a reviewer fills nothing: no 我的自评 card that is always empty
    expect(await filler.locator('#wb-mine').count()).toBe(0);
    expect(await filler.locator('#wb-review').count()).toBe(1);
    await reveal(notice);
    await shot(filler, 'spot-check-07-reviewer-notified');
    await notice.click();
    await filler.waitForURL(`**/evaluations/${id}`);
  });
});
