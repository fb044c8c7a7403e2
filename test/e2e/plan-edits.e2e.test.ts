// What a filler new to the app does on the 绩效目标 and 运行监控 pages: double-clicks 申报 and 保存,
// reloads with figures typed and not saved, pastes a paragraph longer than the server keeps, types
// 编制数 in full-width digits.
// Each once went wrong: a second 申报 said “已存在”, a second 保存 said “已被他人修改”, a second 退回
// said “操作失败”, a reload lost
// the typing without asking, and the long paragraph was refused as a bare “请求无效”.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentOf } from '../../src/domain/content.js';
import type { Evaluation } from '../../src/domain/types.js';
import { writtenChapters } from '../helpers/values.js';
import { chromiumAvailable, login, openSession, secondBrowser, shot, type BrowserSession } from './harness.js';

const hasBrowser = chromiumAvailable();
const YEAR = 2023;

describe.skipIf(!hasBrowser)('browser: double clicks, unsaved edits and long text on the plan pages', () => {
  let session: BrowserSession;
  let filler: Page;
  let reviewer: Page;
  let reviewerContext: BrowserContext;
  let wg = '';
  const errors: string[] = [];

  beforeAll(async () => {
    session = await openSession();
    filler = session.page;
    ({ context: reviewerContext, page: reviewer } = await secondBrowser(session));
    filler.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  });
  afterAll(async () => {
    await reviewerContext?.close();
    await session?.close();
  });

  const openDropdowns = (page: Page) => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  const pickOption = async (page: Page, label: string, option: string) => {
    await expect.poll(() => openDropdowns(page).count(), { timeout: 10_000 }).toBe(0);
    await page.getByLabel(label, { exact: true }).click();
    await openDropdowns(page).locator('.ant-select-item-option').filter({ hasText: option }).first().click();
    await expect.poll(() => openDropdowns(page).count(), { timeout: 10_000 }).toBe(0);
  };
  const tag = (page: Page, text: string) => page.locator('.ant-card-head .ant-tag').filter({ hasText: text });
  /** Whether leaving the page now would ask first (the handler cancels the browser's beforeunload). */
  const leavingAsks = (page: Page) =>
    page.evaluate<boolean>(`(() => {
      const e = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    })()`);
  const messages = (page: Page) => page.locator('.ant-message-notice').allTextContents();
  const saved = (page: Page) => expect.poll(async () => (await messages(page)).join(' '), { timeout: 20_000 }).toContain('已保存');

  it('a double-clicked 申报 declares once, without “已存在”; typed targets ask before a reload; 保存 twice is one save', async () => {
    await login(filler, 'wugang');
    await login(reviewer, 'shaoyang');
    const found = (await (await filler.request.get(`/api/units/search?q=${encodeURIComponent('武冈市妇女联合会')}&year=${YEAR}`)).json()) as {
      units: { id: string; code: string }[];
    };
    wg = found.units.find((u) => u.code === '430581')!.id;
    await filler.goto(`/targets?year=${YEAR}`);
    await filler.getByRole('button', { name: '申报绩效目标' }).click();
    await pickOption(filler, '指标体系', '部门整体支出绩效自评');
    await filler.locator('.ant-modal').getByRole('button', { name: '申报绩效目标' }).dblclick();
    await expect.poll(() => filler.getByLabel('指标值 2.1.1').count(), { timeout: 20_000 }).toBe(1);
    expect((await messages(filler)).join(' ')).not.toContain('已存在');
    expect(await filler.locator('main .ant-card').first().getByRole('button').filter({ hasText: '部门整体' }).count()).toBe(1);

    expect(await leavingAsks(filler)).toBe(false);
    await filler.getByLabel('指标值 2.1.1').fill('100');
    expect(await leavingAsks(filler)).toBe(true);
    await filler.getByLabel('指标值 2.2.2').fill('95');
    // "100%" in a % row shows its unit once (it read "100% %"); a bare number keeps the unit after it
    await filler.getByLabel('指标值 2.1.1').fill('100%');
    const suffix = (code: string) =>
      filler
        .locator('.ant-input-affix-wrapper')
        .filter({ has: filler.getByLabel(`指标值 ${code}`) })
        .locator('.ant-input-suffix');
    expect(await suffix('2.1.1').textContent()).toBe('');
    expect(await suffix('2.2.2').textContent()).toBe('%');
    // a text target wraps in its box instead of being cut off at 1366 px
    const words = filler.getByLabel('指标值 2.2.1');
    await words.fill('妇女儿童合法权益得到保障，维权服务覆盖全部乡镇');
    await expect.poll(() => words.evaluate((e) => e.scrollWidth <= e.clientWidth && e.scrollHeight <= e.clientHeight + 1), { timeout: 5_000 }).toBe(true);
    // a 是否 target in words the 自评 cannot score is refused, naming what to type
    await filler.getByLabel('指标值 1.3.1').fill('按规定公开');
    await filler.getByRole('button', { name: '保存', exact: true }).click();
    await expect
      .poll(() => filler.getByTestId('target-problem').textContent(), { timeout: 20_000 })
      .toBe('指标“预决算信息公开”是是否类指标，指标值“按规定公开”应为 是、否、有 或 无');
    for (const code of ['1.3.1', '2.2.1']) await filler.getByLabel(`指标值 ${code}`).fill('');
    await filler.getByLabel('指标值 2.1.1').fill('100');
    await pickOption(filler, '进度类型 2.1.1', '累计（按序时进度）');
    await pickOption(filler, '进度类型 2.2.2', '水平（比率）');
    await filler.getByRole('button', { name: '添加资金项目' }).click();
    await filler.getByLabel('资金项目 1').fill('项目支出');
    await filler.getByLabel('金额（万元） 1').fill('12.5万');
    await filler.getByRole('button', { name: '保存', exact: true }).dblclick();
    await saved(filler);
    await expect.poll(() => filler.getByLabel('金额（万元） 1').inputValue(), { timeout: 20_000 }).toBe('12.5');
    expect((await messages(filler)).join(' ')).not.toContain('已被他人修改');
    expect(await filler.getByTestId('target-problem').count()).toBe(0);
    await expect.poll(() => leavingAsks(filler), { timeout: 20_000 }).toBe(false);
    await filler.getByRole('button', { name: '提交', exact: true }).click();
    await expect.poll(() => tag(filler, '已提交').count(), { timeout: 20_000 }).toBe(1);

    await reviewer.goto(`/targets?year=${YEAR}&unitId=${wg}`);
    await reviewer.getByRole('button', { name: '批准', exact: true }).click();
    await expect.poll(() => tag(reviewer, '已批准').count(), { timeout: 20_000 }).toBe(1);
    await reviewer.goto(`/monitoring?year=${YEAR}`);
    await reviewer.getByRole('button', { name: '发起运行监控' }).click();
    for (const [label, date] of [
      ['截至日期', `${YEAR}-06-30`],
      ['填报截止', `${YEAR}-07-15`],
    ] as const) {
      const input = reviewer.getByLabel(label, { exact: true });
      await input.click();
      await input.fill(date);
      await input.press('Enter');
    }
    await reviewer.locator('.ant-modal').getByRole('button', { name: '发起运行监控' }).click();
    await expect.poll(() => reviewer.getByText('截至6月30日运行监控').count(), { timeout: 20_000 }).toBeGreaterThan(0);
  });

  it('运行监控: typed figures ask before a reload; an over-long reason is counted red and refused in words; 保存 twice is one save', async () => {
    await filler.goto(`/monitoring?year=${YEAR}`);
    await expect.poll(() => filler.getByLabel('截至目前完成值 2.1.1').count(), { timeout: 20_000 }).toBe(1);
    expect(await leavingAsks(filler)).toBe(false);
    await filler.getByLabel('截至目前完成值 2.1.1').fill('25');
    expect(await leavingAsks(filler)).toBe(true);
    await filler.getByLabel('已执行（万元） 项目支出').fill('0.5');
    // 2,100 characters: the box counts and turns red, nothing typed is cut, and the refusal says why
    const reason = filler.getByLabel('偏差原因 2.1.1');
    await reason.fill('上半年换届活动推迟。'.repeat(210));
    expect((await reason.inputValue()).length).toBe(2100);
    await expect.poll(() => filler.getByText('2100 / 2000', { exact: true }).count(), { timeout: 20_000 }).toBe(1);
    await filler.getByRole('button', { name: '保存', exact: true }).click();
    await expect.poll(() => filler.getByTestId('report-problem').textContent(), { timeout: 20_000 }).toContain('内容过长，一栏最多 2000 字');
    // the refusal and the end of saving are one render: the button is 保存 again at once, enabled (antd's
    // loading icon used to linger in its name as “loading 保存” while it faded out, or for good)
    const saveButton = filler.getByRole('button', { name: '保存', exact: true });
    expect(await saveButton.count()).toBe(1);
    expect(await saveButton.isEnabled()).toBe(true);
    await shot(filler, 'plan-edits-too-long');
    await reason.fill('上半年换届，活动推迟。');
    // 保存 only once the box has rendered the short text (its red count is gone): a click in the same frame saves the long one again
    await expect.poll(() => filler.getByText('2100 / 2000', { exact: true }).count(), { timeout: 20_000 }).toBe(0);
    await saveButton.dblclick();
    await saved(filler);
    expect(await filler.getByTestId('report-problem').count()).toBe(0);
    expect((await messages(filler)).join(' ')).not.toContain('已被他人修改');
    expect(errors.filter((e) => e.includes('409'))).toEqual([]);
    await expect.poll(() => leavingAsks(filler), { timeout: 20_000 }).toBe(false);
    // saved, a reload keeps what was typed
    await filler.reload();
    await expect.poll(() => filler.getByLabel('截至目前完成值 2.1.1').inputValue(), { timeout: 20_000 }).toBe('25');
    expect(await filler.getByLabel('偏差原因 2.1.1').inputValue()).toBe('上半年换届，活动推迟。');
    expect(session.pageErrors).toEqual([]);
  });

  it('基本情况: 编制数 typed with full-width digits (the IME default) is kept, not emptied on leaving the box', async () => {
    await filler.goto(`/?year=${YEAR}`);
    // the filler's empty year shows its first steps once loaded (a bare 暂无自评 is only the loading state)
    await expect.poll(() => filler.locator('#wb-mine').getByTestId('wb-first-steps').count(), { timeout: 30_000 }).toBe(1);
    await filler.getByRole('button', { name: /新建自评/ }).click();
    await filler.getByRole('dialog').filter({ hasText: '新建自评' }).getByRole('button', { name: '新建', exact: true }).click();
    await filler.waitForURL(/\/evaluations\/\d+/, { timeout: 60_000 });
    await filler.getByRole('tab', { name: /基本情况/ }).click();
    const posts = filler.getByLabel('编制数');
    await posts.fill('５');
    await posts.press('Tab');
    await expect.poll(() => posts.inputValue(), { timeout: 20_000 }).toBe('5');
    const staff = filler.getByLabel('实有在职人数');
    await staff.fill('１２人');
    await staff.press('Tab');
    await expect.poll(() => staff.inputValue(), { timeout: 20_000 }).toBe('12');
    // emptied, it stays empty (a parser that read '' as "not a number" would put the 12 back)
    await staff.fill('');
    await staff.press('Tab');
    await expect.poll(() => staff.inputValue(), { timeout: 20_000 }).toBe('');
    await expect.poll(() => filler.locator('[data-save-state]').first().getAttribute('data-save-state'), { timeout: 20_000 }).toBe('saved');
    await filler.reload();
    await expect.poll(() => filler.getByLabel('编制数').inputValue(), { timeout: 20_000 }).toBe('5');
    expect(session.pageErrors).toEqual([]);
  });

  it('退回 with its 确定 double-clicked returns once, without “操作失败”', async () => {
    const id = /\/evaluations\/(\d+)/.exec(filler.url())![1]!;
    // the report's chapters 六–九 written through the API (提交 is refused while they are empty; this step is about 退回)
    const { csrfToken } = (await (await filler.request.get('/api/me')).json()) as { csrfToken: string };
    const e = (await (await filler.request.get(`/api/evaluations/${id}`)).json()) as Evaluation;
    const put = await filler.request.put(`/api/evaluations/${id}`, {
      data: { version: e.version, content: { ...contentOf(e), sections: writtenChapters(e.sections) } },
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(put.status(), await put.text()).toBe(200);
    await filler.reload();
    await filler.getByRole('button', { name: '提交', exact: true }).click();
    const confirm = filler.getByRole('dialog').filter({ hasText: '提交给上级审核' });
    await expect.poll(() => confirm.locator('button:has-text("确认提交"):not([disabled])').count(), { timeout: 20_000 }).toBe(1);
    await confirm.getByRole('button', { name: '确认提交' }).click();
    const status = (p: Page) => p.locator('[data-status]').first().textContent();
    await expect.poll(() => status(filler), { timeout: 20_000 }).toBe('已提交');
    await reviewer.goto(`/evaluations/${id}/review`);
    await reviewer.getByRole('button', { name: '退回', exact: true }).click();
    const dialog = reviewer.getByRole('dialog').filter({ hasText: '退回自评' });
    await dialog.getByLabel('原因').fill('请补充报告日期');
    await dialog.getByRole('button', { name: '确定' }).dblclick();
    await expect.poll(() => status(reviewer), { timeout: 20_000 }).toBe('已退回');
    await expect.poll(async () => (await messages(reviewer)).join(' '), { timeout: 20_000 }).toContain('已退回');
    expect((await messages(reviewer)).join(' ')).not.toContain('操作失败');
  });
});
