// Review comments in a real browser (issue 19): 邵阳 reads the first-submission summary, pins a
// comment to a budget cell and one to a paragraph, returns with a reason; 武冈 sees the banner and
// the pins, answers one and fixes the other, resubmits; 邵阳 cannot approve until both are resolved.
// Screenshots at 1366 px and on a 390 px phone in docs/screenshots/review-comments-*.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, login as loginAs, openSession, ROOT, type BrowserSession, reveal } from './harness.js';

const hasBrowser = chromiumAvailable();
const WUGANG_TITLE = '2022年度武冈市妇女联合会整体支出绩效自评报告';
const CELL = '预算执行 · 一般公共预算 · 基本支出 · 本年支出';
const CELL_TEXT = '基本支出与决算表核对一下，是否含上年结转';
const PARA_TEXT = '请写明公示的网址和时间';
const RETURN_REASON = '请按审核意见逐条修改后重新提交';
const ANSWER = '已与决算表核对，153.98万元不含上年结转';
const FIX_TEXT = '自评结果已在武冈市人民政府门户网站公示。';
const DOCS = join(ROOT, 'docs/screenshots');

describe.skipIf(!hasBrowser)('browser: review comments pinned, answered, resolved; approval blocked meanwhile', () => {
  let session: BrowserSession;
  let page: Page;
  let id = '';
  let paraLabel = '';

  beforeAll(async () => {
    session = await openSession({ height: 900 });
    page = session.page;
    mkdirSync(DOCS, { recursive: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  const shot = async (p: Page, name: string) => {
    await p.waitForTimeout(400);
    await p.screenshot({ path: join(DOCS, `review-comments-${name}.png`) });
  };
  const logout = async () => {
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL('**/login');
  };
  const status = () => page.locator('[data-status]').first().textContent();
  const comment = (label: string | RegExp) => page.locator('#review-comments [data-comment]').filter({ hasText: label });

  async function pin(search: string, option: string | RegExp, text: string) {
    const panel = page.locator('#review-comments');
    // by its type, not its name: while the previous pin is still busy the button's name is "loading 添加"
    const add = panel.locator('button[type="submit"]');
    await expect.poll(() => add.textContent(), { timeout: 20_000 }).toContain('添加');
    await expect.poll(async () => (await add.getAttribute('class')) ?? '', { timeout: 20_000 }).not.toContain('ant-btn-loading');
    await panel.getByLabel('意见内容').fill(text);
    // the option list may re-render under the click while the evaluation's data arrives: pick again
    // until the place is chosen (添加 stays disabled without one)
    for (let attempt = 0; attempt < 3 && !(await add.isEnabled({ timeout: 5_000 })); attempt++) {
      await panel.getByLabel('位置').click();
      await page.keyboard.type(search);
      const item = page.locator('.ant-select-item-option').filter({ hasText: option }).first();
      await item.click();
      await expect
        .poll(() => add.isEnabled(), { timeout: 5_000 })
        .toBe(true)
        .catch(() => undefined);
    }
    await add.click();
    await expect.poll(() => comment(text).count(), { timeout: 20_000 }).toBe(1);
  }

  async function submit() {
    await page.getByRole('button', { name: '提交', exact: true }).click();
    const confirm = page.getByRole('dialog').filter({ hasText: '提交给上级审核' });
    await expect.poll(() => confirm.locator('button:has-text("确认提交"):not([disabled])').count(), { timeout: 20_000 }).toBe(1);
    await confirm.getByRole('button', { name: '确认提交' }).click();
    await expect.poll(status, { timeout: 20_000 }).toBe('已提交');
  }

  it('武冈 submits for the first time; its workbench has no 待我审核', async () => {
    await loginAs(page, 'wugang');
    await page.goto('/?year=2022');
    const row = page.locator('#wb-mine tr').filter({ hasText: WUGANG_TITLE });
    await expect.poll(() => row.count(), { timeout: 20_000 }).toBe(1);
    expect(await page.locator('#wb-review').count()).toBe(0);
    await row.getByRole('link', { name: /打开/ }).click();
    await page.waitForURL(/\/evaluations\/\d+/);
    id = /\/evaluations\/(\d+)/.exec(page.url())![1]!;
    // guidance and progress on every tab
    await expect.poll(() => page.locator('[data-guidance="profile"]').count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => page.locator('[data-tab-progress]').count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(5);
    expect(await page.locator('[data-tab-progress]').first().getAttribute('data-tab-progress')).toMatch(/^\d+\/\d+$/);
    await submit();
    await logout();
  });

  it('邵阳 reads the first-submission summary, pins to a budget cell and a paragraph, returns with a reason', async () => {
    await loginAs(page, 'shaoyang');
    await page.goto(`/evaluations/${id}/review`);
    const summary = page.locator('#review-summary');
    await expect.poll(() => summary.count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByText('首次提交，无可对比的上次提交').count()).toBe(0);
    await expect.poll(() => summary.getByTestId('summary-figures').textContent(), { timeout: 20_000 }).toContain('一般公共预算 本年支出153.98 万元');
    expect(await summary.getByTestId('summary-figures').textContent()).toContain('预算执行率');
    await expect.poll(() => summary.getByTestId('summary-findings').textContent(), { timeout: 20_000 }).toBeTruthy();
    await shot(page, '01-first-submission-summary');
    // on the review page an indicator is found by its name, as in the editor (it was offered as a bare “指标 2.2.2”)
    await page.locator('#review-comments').getByLabel('位置').click();
    await page.keyboard.type('满意度');
    await expect
      .poll(
        () =>
          page
            .locator('.ant-select-item-option')
            .filter({ hasText: /^指标 [\d.]+ .*满意度/ })
            .count(),
        { timeout: 10_000 },
      )
      .toBeGreaterThan(0);
    await page.keyboard.press('Escape');

    await page.goto(`/evaluations/${id}?tab=budget`);
    await expect.poll(() => page.locator('#review-comments').count(), { timeout: 20_000 }).toBe(1);
    await pin('基本支出 · 本年支出', CELL, CELL_TEXT);
    await expect.poll(() => page.locator('[data-comment-mark="budget-general-basic-expenditure"]').count(), { timeout: 10_000 }).toBe(1);
    await pin('公开情况 · 第1段', /公开情况 · 第1段$/, PARA_TEXT);
    paraLabel = (await comment(PARA_TEXT).locator('strong').first().textContent()) ?? '';
    expect(paraLabel).toMatch(/^公开 · .*公开情况 · 第1段$/);
    await shot(page, '02-reviewer-pins');

    await page.goto(`/evaluations/${id}/review`);
    await expect.poll(() => page.locator('#review-comments [data-comment]').count(), { timeout: 20_000 }).toBe(2);
    // open comments: 审核通过 is disabled and says why
    const approve = page.getByRole('button', { name: '审核通过' });
    await expect.poll(() => approve.isDisabled(), { timeout: 20_000 }).toBe(true);
    expect(await page.locator('#approve-blocked').textContent()).toContain('还有 2 条审核意见未解决');
    await page.getByRole('button', { name: '退回', exact: true }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '退回自评' });
    await dialog.getByLabel('原因').fill(RETURN_REASON);
    await dialog.getByRole('button', { name: '确定' }).click();
    await expect.poll(status, { timeout: 20_000 }).toBe('已退回');
    await expect.poll(() => page.getByTestId('return-reason').textContent(), { timeout: 20_000 }).toContain(RETURN_REASON);
    await shot(page, '03-returned-with-reason');
    await logout();
  });

  it('武冈 sees the banner and the pins, answers one and fixes the other, resubmits', async () => {
    await loginAs(page, 'wugang');
    await page.goto(`/evaluations/${id}?tab=budget`);
    await expect.poll(() => page.getByTestId('return-banner').textContent(), { timeout: 20_000 }).toContain(RETURN_REASON);
    await expect.poll(() => page.locator('#review-comments [data-comment]').count(), { timeout: 20_000 }).toBe(2);
    await expect.poll(() => page.locator('[data-comment-mark="budget-general-basic-expenditure"]').count(), { timeout: 10_000 }).toBe(1);
    await shot(page, '04-filler-banner-and-pins');

    const cell = comment(CELL_TEXT);
    await cell.getByLabel(`回复“${CELL}”`).fill(ANSWER);
    await cell.getByRole('button', { name: '发送' }).click();
    await expect.poll(() => cell.locator('[data-message-kind="reply"]').textContent(), { timeout: 20_000 }).toContain(ANSWER);
    expect(await cell.textContent()).toContain('待审核人确认');

    // 定位 goes to the paragraph (another tab), marked; fix it there
    const para = comment(PARA_TEXT);
    await para.getByRole('button', { name: `定位 ${paraLabel}` }).click();
    await expect.poll(() => page.locator('[data-guidance="publication"]').count(), { timeout: 20_000 }).toBe(1);
    const box = page.locator('[data-comment-mark^="section-"]');
    await expect.poll(() => box.count(), { timeout: 10_000 }).toBe(1);
    const textarea = page.locator(`#${await box.getAttribute('data-comment-mark')}`);
    await textarea.fill(`${await textarea.inputValue()}${FIX_TEXT}`);
    await expect.poll(() => page.locator('[data-save-state]').first().getAttribute('data-save-state'), { timeout: 20_000 }).toBe('saved');
    await para.getByRole('button', { name: '已修改' }).click();
    await expect.poll(() => para.locator('[data-message-kind="fixed"]').count(), { timeout: 20_000 }).toBe(1);

    // on a phone: the banner, the pins and the thread
    const phone = await session.browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'zh-CN',
      baseURL: session.server.baseUrl,
      isMobile: true,
      hasTouch: true,
    });
    try {
      const p = await phone.newPage();
      p.on('pageerror', (e) => session.pageErrors.push(e.message));
      await loginAs(p, 'wugang');
      await p.goto(`/evaluations/${id}?tab=budget`);
      await expect.poll(() => p.getByTestId('return-banner').count(), { timeout: 20_000 }).toBe(1);
      await shot(p, '05-filler-phone-banner');
      await reveal(p.locator('#review-comments'));
      await expect.poll(() => p.locator('#review-comments [data-comment]').count(), { timeout: 20_000 }).toBe(2);
      await shot(p, '06-filler-phone-comments');
    } finally {
      await phone.close();
    }

    await submit();
    // the banner is gone once resubmitted
    expect(await page.getByTestId('return-banner').count()).toBe(0);
    await logout();
  });

  it('邵阳 cannot approve until both comments are resolved; then approves', async () => {
    await loginAs(page, 'shaoyang');
    await page.goto(`/evaluations/${id}/review`);
    await expect.poll(() => page.locator('#review-diff').getByText(FIX_TEXT, { exact: false }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const approve = page.getByRole('button', { name: '审核通过' });
    await expect.poll(() => approve.isDisabled(), { timeout: 20_000 }).toBe(true);
    expect(await page.locator('#approve-blocked').textContent()).toBe(`还有 2 条审核意见未解决：“${CELL}”、“${paraLabel}”。请逐条确认解决后再审核通过`);
    expect(await page.getByTestId('return-reason').textContent()).toContain(RETURN_REASON);
    await shot(page, '07-approval-blocked');

    // the server refuses too, whatever the button says
    const { csrfToken } = (await (await page.request.get('/api/me')).json()) as { csrfToken: string };
    const current = (await (await page.request.get(`/api/evaluations/${id}`)).json()) as { version: number };
    const refused = await page.request.post(`/api/evaluations/${id}/transitions`, {
      data: { action: 'approve', version: current.version },
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(refused.status()).toBe(422);
    expect(((await refused.json()) as { message: string }).message).toContain('还有 2 条审核意见未解决');

    await comment(CELL_TEXT)
      .getByRole('button', { name: `确认解决 ${CELL}` })
      .click();
    await expect.poll(() => page.locator('#approve-blocked').textContent(), { timeout: 20_000 }).toContain('还有 1 条审核意见未解决');
    const phone = await session.browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'zh-CN',
      baseURL: session.server.baseUrl,
      isMobile: true,
      hasTouch: true,
    });
    try {
      const p = await phone.newPage();
      await loginAs(p, 'shaoyang');
      await p.goto(`/evaluations/${id}/review`);
      await expect.poll(() => p.locator('#approve-blocked').count(), { timeout: 20_000 }).toBe(1);
      // 添加 under the comment form is a finger-sized button like the rest (it was 24 px)
      // (polled: the form takes the phone size once the breakpoints are read, a frame after it first draws)
      const add = p.locator('#review-comments').getByRole('button', { name: '添加', exact: true });
      await expect.poll(async () => (await add.boundingBox())?.height ?? 0, { timeout: 10_000 }).toBeGreaterThanOrEqual(40);
      await shot(p, '08-reviewer-phone-blocked');
    } finally {
      await phone.close();
    }
    await comment(PARA_TEXT)
      .getByRole('button', { name: `确认解决 ${paraLabel}` })
      .click();
    await expect.poll(() => approve.isEnabled(), { timeout: 20_000 }).toBe(true);
    expect(await page.locator('#review-comments [data-comment-status="resolved"]').count()).toBe(2);
    await approve.click();
    await page.getByRole('tooltip').getByRole('button', { name: '确定' }).click();
    await expect.poll(status, { timeout: 20_000 }).toBe('已审核');
    await shot(page, '09-approved');
    expect(session.pageErrors).toEqual([]);
  });
});
