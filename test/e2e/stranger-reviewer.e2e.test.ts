// 邵阳's reviewer (not the demo's main filler) does the year's work on a 390 px phone and at 1366 px:
// the late units on the workbench (a unit that never started read "—", and the date broke as
// "2023-07-" / "31"), a submission's findings (a missed target without a reason was said twice, and its
// target was labelled 计算值; 年度资金总额 was summed with the 政府采购 line), the return with a reason (after which the comment form went, under a
// note that said comments were taken once returned), finance's 抽查复核 of an approved one (an empty
// table of changes since the last submission, where the summary is what a checker reads), and an address with a malformed id (the
// refusal's English half was the schema's regular expression).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../src/services/index.js';
import { settingsRepository } from '../../src/store/settings.js';
import { chromiumAvailable, login, openSession, shot, sidewaysOverflow, type BrowserSession, reveal } from './harness.js';

const hasBrowser = chromiumAvailable();

/** The 2022 deadline passed (the demo's is a month after loading): the late units show. */
async function prepare(services: Services) {
  const settings = settingsRepository(services.store.db);
  if (!(await settings.setDeadline(2022, '*', await settings.deadline(2022, '*'), '2023-07-31'))) throw new Error('deadline not set');
}

describe.skipIf(!hasBrowser)('browser: 邵阳’s reviewer on a phone and at 1366 px', () => {
  let session: BrowserSession;
  let page: Page;
  let xinning = '';
  beforeAll(async () => {
    session = await openSession({ height: 900, prepare });
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  it('390 px: the late units say 未开始填报 for a unit that never started, the date kept whole', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await login(page, 'shaoyang');
    await page.goto('/?year=2022');
    const late = page.locator('[data-overdue-unit]');
    await expect.poll(() => late.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(4);
    const chengbu = page.locator('[data-overdue-unit="城步苗族自治县妇女联合会"]');
    expect(await chengbu.innerText()).toBe('城步苗族自治县妇女联合会\n截止日期 2023-07-31\n未开始填报');
    expect(await page.locator('[data-overdue-unit="隆回县妇女联合会"]').innerText()).toBe('隆回县妇女联合会\n截止日期 2023-07-31\n草稿');
    expect((await late.allInnerTexts()).some((t) => t.includes('—'))).toBe(false);
    // the date is one line (it broke after "2023-07-" on a phone)
    const date = chengbu.getByText('截止日期 2023-07-31');
    expect((await date.boundingBox())!.height).toBeLessThan(30);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await reveal(chengbu);
    await shot(page, 'stranger-reviewer-01-late-units-phone');
  });

  it('1366 px: a missed target without a reason is one finding, without its target called 计算值', async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    const list = (await (await page.request.get('/api/evaluations?year=2022')).json()) as { evaluations: { id: string; title: string }[] };
    const id = (county: string) => list.evaluations.find((e) => e.title.startsWith(`2022年度${county}`))!.id;
    xinning = id('新宁县');
    // 新宁县's was submitted, so it passed 提交's check: no error finding
    await page.goto(`/evaluations/${xinning}`);
    await expect.poll(() => page.locator('#findings-panel').innerText(), { timeout: 30_000 }).toContain('未发现问题');
    expect(await page.locator('[data-rule][data-severity="error"]').count()).toBe(0);
    // 新邵县's was returned with three missed targets still unexplained: each is one finding
    await page.goto(`/evaluations/${id('新邵县')}`);
    const findings = page.locator('[data-rule][data-severity]');
    // it was 12 on such a report: four indicators twice, and three 年度资金总额 sums that counted the 政府采购 line as a source of funds
    await expect.poll(() => findings.count(), { timeout: 30_000 }).toBe(3);
    const carry = findings.filter({ hasText: '结转结余率' });
    expect(await carry.count()).toBe(1);
    expect(await carry.getAttribute('data-rule')).toBe('deviationReason');
    expect(await carry.innerText()).toContain('指标“结转结余率”未达到年度指标值（目标 0，实际 11.4），须填写偏差原因分析及改进措施');
    expect(await carry.innerText()).not.toContain('计算值');
    expect(await findings.filter({ hasText: '不等于其中各项之和' }).count()).toBe(0);
    await shot(page, 'stranger-reviewer-02-findings');
  });

  it('390 px: 退回 with a reason; the evaluation says 已退回 and shows the reason', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/evaluations/${xinning}/review`);
    await page.getByRole('button', { name: '退回' }).first().click();
    const dialog = page.getByRole('dialog').filter({ hasText: '退回自评' });
    await dialog.locator('textarea').fill('“社会效益”未达成，请补充偏差原因后重新提交');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await expect.poll(() => page.locator('main').innerText(), { timeout: 20_000 }).toContain('退回：“社会效益”未达成，请补充偏差原因后重新提交');
    expect(await page.locator('main').innerText()).toContain('已退回');
    // a returned 自评 still takes the reviewer's comments: the form stays (it went, under a note saying
    // comments could be added once submitted or returned)
    await expect.poll(() => page.getByPlaceholder('请写明需要修改或说明的内容').count(), { timeout: 20_000 }).toBe(1);
    expect(await page.locator('main').innerText()).not.toContain('审核意见只能在自评已提交或已退回时添加');
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, 'stranger-reviewer-03-returned-phone');
  });

  it('390 px: finance opening an approved 自评 for 抽查复核 reads its summary, not an empty table of changes', async () => {
    await login(page, 'caizheng');
    const list = (await (await page.request.get('/api/evaluations?year=2022')).json()) as { evaluations: { id: string; title: string }[] };
    const beita = list.evaluations.find((e) => e.title.startsWith('2022年度北塔区'))!.id;
    await page.goto(`/evaluations/${beita}/review`);
    const summary = page.locator('#review-summary');
    await expect.poll(() => summary.count(), { timeout: 20_000 }).toBe(1);
    expect(await summary.locator('.ant-card-head-title').innerText()).toBe('自评概要（自上次提交以来没有修改）');
    expect(await page.getByTestId('summary-score').innerText()).toBe('98.43');
    expect(await page.getByTestId('review-title').innerText()).toBe('审核');
    expect(await page.locator('#review-diff').count()).toBe(0); // it was an empty table: 自上次提交以来没有修改
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, 'stranger-reviewer-04-spot-check-summary-phone');
  });

  it('an address with a malformed id says so in Chinese, without the schema’s pattern', async () => {
    await page.goto('/evaluations/abc');
    await expect.poll(() => page.locator('main').innerText(), { timeout: 20_000 }).toContain('请求无效：网址中的编号格式不对（应为数字编号）');
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/pattern|\[0-9\]|invalid request/);
    expect(session.pageErrors).toEqual([]);
  });
});
