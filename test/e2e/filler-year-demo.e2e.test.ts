// The demo filler’s whole year in a real browser (issue 14; the stranger’s year is filler-year.e2e.test.ts): wugang starts the 2023 evaluation from the
// workbench, fills the indicator table and sees each score, the total and the grade follow every
// keystroke (scored by the domain's own functions), is shown what is still empty when submitting,
// withdraws and resubmits. A computed indicator shows its formula and refuses typing; changing
// 本年支出 in the budget tab changes 预算执行率 and its score. 邵阳's reviewer sees several counties
// in the queue and ranked on the dashboard. Screenshots at 1366 px and on a 390 px phone.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, login, openSession, pickOption, shot, writeChapters, type BrowserSession, reveal } from './harness.js';

const hasBrowser = chromiumAvailable();
const YEAR = 2023;

describe.skipIf(!hasBrowser)('browser: the filler’s year (new evaluation, scored indicator table, submit, withdraw)', () => {
  let page: Page;
  let pageErrors: string[] = [];
  let session: BrowserSession;
  let evaluationId = '';

  beforeAll(async () => {
    session = await openSession({ height: 900 });
    ({ page, pageErrors } = session);
  });
  afterAll(async () => {
    await session?.close();
  });

  const statusTag = () => page.locator('.ant-card').first().locator('[data-status]').first();
  const saveState = () => page.locator('[data-save-state]').first().getAttribute('data-save-state');
  const waitSaved = () => expect.poll(saveState, { timeout: 20_000 }).toBe('saved');
  const total = () => page.getByTestId('indicator-total').textContent();
  const grade = () => page.getByTestId('indicator-grade').textContent();
  const score = (code: string) => page.locator(`[data-score="${code}"]`).textContent();
  const tab = (name: RegExp) => page.getByRole('tab', { name }).click();
  const target = (name: string) => page.getByLabel(`${name} 年度指标值`, { exact: true });
  const actual = (name: string) => page.getByLabel(`${name} 实际完成值`, { exact: true });

  async function logout() {
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL('**/login');
  }

  it('wugang starts the 2023 evaluation from the workbench (新建自评)', async () => {
    if (!page.url().includes('/evaluations/') && !(await page.getByRole('button', { name: '退出登录' }).count())) await login(page, 'wugang');
    await page.goto(`/?year=${YEAR}`);
    const mine = page.locator('#wb-mine');
    // a filler with no evaluation this year is shown where the year starts (not a bare 暂无自评; waiting for
    // that text passed only when the poll caught the table before its data had loaded)
    const firstSteps = mine.getByTestId('wb-first-steps');
    await expect.poll(async () => (await firstSteps.count()) + (await mine.locator('tr[data-row-key]').count()), { timeout: 30_000 }).toBe(1);
    if (await mine.locator('tr[data-row-key]').count()) {
      // a retry after an attempt that created the evaluation and failed later: open it rather than fail on 暂无自评
      await mine.locator('tr[data-row-key] a').first().click();
      await page.waitForURL(/\/evaluations\/\d+/, { timeout: 60_000 });
      evaluationId = /\/evaluations\/(\d+)/.exec(page.url())![1]!;
      await page.goto(`/evaluations/${evaluationId}?tab=indicators`);
    } else {
      await page.getByRole('button', { name: /新建自评/ }).click();
      const dialog = page.getByRole('dialog').filter({ hasText: '新建自评' });
      await expect.poll(() => dialog.count()).toBe(1);
      await expect.poll(() => dialog.textContent()).toContain('武冈市妇女联合会');
      await page.waitForTimeout(400);
      await shot(page, 'year-01-new-evaluation');
      await dialog.getByRole('button', { name: '新建', exact: true }).click();
      // a new 自评 opens where the form starts, on 基本情况 (it opened on the 指标自评表)
      await page.waitForURL(/\/evaluations\/\d+$/, { timeout: 60_000 });
      evaluationId = /\/evaluations\/(\d+)/.exec(page.url())![1]!;
      const selected = page.locator('.ant-tabs-tab-active [role="tab"]').first();
      await expect.poll(() => selected.textContent(), { timeout: 20_000 }).toMatch(/^基本情况/);
      expect(await page.getByLabel('编制数').count()).toBe(1);
      await page.getByRole('tab', { name: /指标自评表/ }).click();
      await page.waitForURL(/\?tab=indicators$/);
    }
    await expect.poll(() => statusTag().textContent(), { timeout: 20_000 }).toBe('草稿');
    // Nothing scored yet: no total, no grade; every leaf of the framework is there to fill.
    await expect.poll(total, { timeout: 20_000 }).toBe('—');
    expect(await grade()).toBe('—');
    await expect.poll(() => page.locator('[data-row]').count()).toBeGreaterThanOrEqual(12);
  });

  it('a second 新建 for the same year offers to open the existing one', async () => {
    await page.goto(`/?year=${YEAR}`);
    await expect.poll(() => page.locator('#wb-mine tr[data-row-key]').count(), { timeout: 20_000 }).toBe(1);
    await page.getByRole('button', { name: /新建自评/ }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '新建自评' });
    // the dialog offers the year after the unit's own 自评 of the year shown: choose that year again on purpose
    await dialog.locator('#new-year').click();
    await page.locator(`.ant-select-item-option[title="${YEAR}"]`).click();
    await expect.poll(() => dialog.locator('#new-year').locator('xpath=ancestor::div[contains(@class,"ant-select")][1]').innerText()).toContain(String(YEAR));
    await dialog.getByRole('button', { name: '新建', exact: true }).click();
    // the 新建自评 dialog itself now says 已有自评 too: the offer is the dialog with 打开已有自评
    const exists = page.getByRole('dialog').filter({ has: page.getByRole('button', { name: '打开已有自评' }) });
    await expect.poll(() => exists.count(), { timeout: 20_000 }).toBe(1);
    await exists.getByRole('button', { name: '打开已有自评' }).click();
    await page.waitForURL(new RegExp(`/evaluations/${evaluationId}$`));
  });

  it('typing a target and an actual scores the leaf at once, with how it was reached', async () => {
    await page.goto(`/evaluations/${evaluationId}?tab=indicators`);
    await expect.poll(total, { timeout: 20_000 }).toBe('—');
    await target('服务对象满意度').fill('≥90%');
    await actual('服务对象满意度').fill('81%');
    // 81 ÷ 90 = 90% × 10 = 9.00 — in the browser, before any save answers
    await expect.poll(() => score('2.2.2')).toBe('9.00');
    expect(await page.locator('[data-explanation="2.2.2"]').textContent()).toContain('81 ÷ 90 = 90%');
    // below the target: the deviation reason is asked for
    await expect.poll(() => page.locator('[data-needs-reason="2.2.2"]').count()).toBe(1);
    await actual('服务对象满意度').fill('95%');
    await expect.poll(() => score('2.2.2')).toBe('10.00');
    expect(await page.locator('[data-needs-reason="2.2.2"]').count()).toBe(0);
    // A value that is not a number is refused before it reaches the server (and not saved).
    await actual('年度重点工作任务完成率').fill('很好');
    await expect.poll(saveState).toBe('invalid');
    await actual('年度重点工作任务完成率').fill('');
    await waitSaved();
  });

  it('提交 first lists what is still empty, and nothing is submitted when cancelled', async () => {
    await page.getByRole('button', { name: '提交', exact: true }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '提交给上级审核' });
    await expect.poll(() => dialog.locator('[data-completeness]').count(), { timeout: 20_000 }).toBeGreaterThan(3);
    expect(await dialog.textContent()).toContain('尚未填写');
    expect(await dialog.textContent()).toContain('指标自评表');
    await page.waitForTimeout(400);
    await shot(page, 'year-02-submit-completeness');
    await dialog.getByRole('button', { name: '取消' }).click();
    expect(await statusTag().textContent()).toBe('草稿');
  });

  it('the budget, 三公 and key project figures feed the computed indicators', async () => {
    await tab(/预算执行/);
    if ((await page.getByLabel('一般公共预算 合计 本年支出').count()) === 0) {
      await page.getByRole('button', { name: '添加预算类型' }).click();
      await page.getByRole('menuitem', { name: '一般公共预算' }).click();
    }
    for (const row of ['合计', '基本支出']) {
      await page.getByLabel(`一般公共预算 ${row} 年初结转和结余`).fill('0');
      await page.getByLabel(`一般公共预算 ${row} 本年收入`).fill('200');
      await page.getByLabel(`一般公共预算 ${row} 本年支出`).fill('200');
      await page.getByLabel(`一般公共预算 ${row} 年末结转和结余`).fill('0');
    }
    for (const f of ['年初结转和结余', '本年收入', '本年支出', '年末结转和结余']) await page.getByLabel(`一般公共预算 项目支出 ${f}`).fill('0');
    await expect.poll(() => page.locator('[data-check="identity-general-total"]').textContent()).toContain('平衡');
    await page.getByRole('button', { name: '填写“三公”经费' }).click();
    await page.getByLabel('“三公”经费合计 预算数').fill('10');
    await page.getByLabel('“三公”经费合计 实际支出').fill('8');
    await page.getByLabel('公务接待费 预算数').fill('4');
    await page.getByLabel('公务接待费 实际支出').fill('3');
    await page.getByLabel('公务用车购置及运行费 预算数').fill('6');
    await page.getByLabel('公务用车购置及运行费 实际支出').fill('5');
    await page.getByLabel('因公出国（境）费 预算数').fill('0');
    await page.getByLabel('因公出国（境）费 实际支出').fill('0');
    await waitSaved();

    await tab(/重点项目/);
    // last year's project is carried over with its figures left empty
    const projectTarget = page.getByLabel(/ 检查人数 目标$/).first();
    await expect.poll(() => projectTarget.count(), { timeout: 20_000 }).toBe(1);
    expect(await projectTarget.inputValue()).toBe('');
    await projectTarget.fill('10000');
    await page
      .getByLabel(/ 检查人数 实际完成$/)
      .first()
      .fill('10250');
    // a further measure of the same project, with its own completion rate
    const project = page
      .locator('.ant-card')
      .filter({ has: page.getByLabel(/ 检查人数 目标$/) })
      .first();
    const measures = await project.locator('tr[data-row-key]').count();
    await project.getByRole('button', { name: '添加指标' }).click();
    await expect.poll(() => project.locator('tr[data-row-key]').count()).toBeGreaterThan(measures);
    const added = project.locator('tr[data-row-key]').last();
    await added.getByRole('textbox').first().fill('救助人数');
    await added.getByLabel(/ 救助人数 目标$/).fill('30');
    await added.getByLabel(/ 救助人数 实际完成$/).fill('33');
    await expect.poll(() => added.textContent()).toContain('110.00%');
    await waitSaved();
    await page.waitForTimeout(300);
    await shot(page, 'year-10-key-projects');
  });

  it('wugang fills every indicator: the total and grade appear', async () => {
    await tab(/指标/);
    // computed ones need only their target
    for (const name of ['预算执行率', '在职人员控制率', '重点民生实事完成率']) await target(name).fill('100%');
    await target('结转结余率').fill('0');
    await target('"三公"经费控制率').fill('≤100%');
    // no 年初预算/调整 table and no government procurement this year: not applicable
    await page.getByLabel('预算调整率 不适用').check();
    await page.getByLabel('政府采购执行率 不适用').check();
    await target('年度重点工作任务完成率').fill('100%');
    await actual('年度重点工作任务完成率').fill('100%');
    for (const [name, t, a] of [
      ['资产管理规范性', '资产管理规范', '已完成'],
      ['管理制度健全性', '制度健全', '已完成'],
      ['社会效益', '效果明显', '达成'],
      ['预决算信息公开', '是', '是'],
    ] as const) {
      await target(name).fill(t);
      await actual(name).fill(a);
    }
    // 预算调整率 and 政府采购执行率 are not applicable: the 90 applicable points are scaled to 100
    await expect.poll(total, { timeout: 20_000 }).toBe('100.00');
    expect(await grade()).toBe('优');
    expect(await score('2.1.2')).toBe('15.00'); // 10250 ÷ 10000 = 102.5%, counted as 100%
    await waitSaved();
    await page.evaluate('window.scrollTo(0, 0)');
    await page.waitForTimeout(300);
    await shot(page, 'year-03-indicators-scored');
  });

  it('score and grade follow the values: a missed target drops the grade and asks for its reason', async () => {
    await actual('年度重点工作任务完成率').fill('20%');
    // 20 ÷ 100 = 20% × 15 = 3.00: 12 of the 90 applicable points lost → 78 ÷ 90 × 100 = 86.67 → 良
    await expect.poll(() => score('2.1.1')).toBe('3.00');
    await expect.poll(total).toBe('86.67');
    expect(await grade()).toBe('良');
    await expect.poll(() => page.locator('[data-needs-reason="2.1.1"]').count()).toBe(1);
    await page.getByLabel('年度重点工作任务完成率 偏差原因分析及改进措施').fill('两项培训因场地调整顺延至次年一季度，已落实经费。');
    await expect.poll(() => page.locator('[data-needs-reason="2.1.1"]').count()).toBe(0);
    await actual('年度重点工作任务完成率').fill('95%');
    await expect.poll(total).toBe('99.17'); // 89.25 ÷ 90 × 100
    expect(await grade()).toBe('优');
    await waitSaved();
  });

  it('a computed indicator shows its formula and inputs and refuses typing', async () => {
    const cell = actual('预算执行率');
    expect(await cell.inputValue()).toBe('100%');
    expect(await cell.getAttribute('readonly')).not.toBeNull();
    await cell.click();
    await page.keyboard.type('50');
    expect(await cell.inputValue()).toBe('100%');
    expect(await page.locator('[data-formula="1.1.1"]').textContent()).toBe('由数据计算：200 ÷ 200 = 100%');
    expect(await page.locator('[data-formula="1.2.1"]').textContent()).toMatch(/^由数据计算：\d+ ÷ \d+ = [\d.]+%$/);
    expect(await page.locator('[data-formula="2.1.2"]').textContent()).toBe('由数据计算：10250 ÷ 10000 = 102.5%');
  });

  it('changing 本年支出 in the budget tab changes 预算执行率 and its score', async () => {
    await tab(/预算执行/);
    for (const row of ['合计', '基本支出']) {
      await page.getByLabel(`一般公共预算 ${row} 本年支出`).fill('180');
      await page.getByLabel(`一般公共预算 ${row} 年末结转和结余`).fill('20');
    }
    await waitSaved();
    await tab(/指标/);
    expect(await actual('预算执行率').inputValue()).toBe('90%');
    expect(await page.locator('[data-formula="1.1.1"]').textContent()).toBe('由数据计算：180 ÷ 200 = 90%');
    expect(await score('1.1.1')).toBe('9.00');
    // 结转结余率 follows too: 20 ÷ (0 + 200) = 10% → 4 of 5 points
    expect(await actual('结转结余率').inputValue()).toBe('10%');
    expect(await score('1.1.2')).toBe('4.00');
    await expect.poll(total).toBe('96.94'); // 87.25 ÷ 90 × 100
    // both now miss their target: each asks for its deviation reason (submit is refused without)
    for (const [code, name] of [
      ['1.1.1', '预算执行率'],
      ['1.1.2', '结转结余率'],
    ] as const) {
      await expect.poll(() => page.locator(`[data-needs-reason="${code}"]`).count()).toBe(1);
      await page.getByLabel(`${name} 偏差原因分析及改进措施`).fill('年末一笔培训经费未及支付，结转下年使用。');
      await expect.poll(() => page.locator(`[data-needs-reason="${code}"]`).count()).toBe(0);
    }
    // the server scored the same on save
    const saved = (await (await page.request.get(`/api/evaluations/${evaluationId}/indicators`)).json()) as { total: string | null; grade: string | null };
    expect(saved).toMatchObject({ total: '96.94', grade: 'excellent' });
  });

  it('writes the report’s chapters 六–九 in the editor (提交 is refused while they are empty)', async () => {
    await writeChapters(page, evaluationId);
    await page.goto(`/evaluations/${evaluationId}?tab=indicators`);
    await expect.poll(total, { timeout: 20_000 }).toBe('96.94');
  });

  it('submits after the confirmation, withdraws while unopened, and resubmits', async () => {
    await page.getByRole('button', { name: '提交', exact: true }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '提交给上级审核' });
    await expect.poll(() => dialog.getByTestId('submit-score').textContent(), { timeout: 20_000 }).toContain('96.94');
    await dialog.getByRole('button', { name: '确认提交' }).click();
    const blocked = page.getByRole('dialog').filter({ hasText: '不能提交' });
    await expect
      .poll(async () => ((await blocked.count()) ? await blocked.textContent() : await statusTag().textContent()), { timeout: 20_000 })
      .toBe('已提交');
    expect(await target('服务对象满意度').isEditable()).toBe(false);

    await page.getByRole('button', { name: '撤回', exact: true }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '撤回' }).click();
    await expect.poll(() => statusTag().textContent(), { timeout: 20_000 }).toBe('草稿');
    expect(await target('服务对象满意度').isEditable()).toBe(true);

    await page.getByRole('button', { name: '提交', exact: true }).click();
    await expect.poll(() => dialog.locator('button:has-text("确认提交"):not([disabled])').count(), { timeout: 20_000 }).toBe(1);
    await dialog.getByRole('button', { name: '确认提交' }).click();
    await expect.poll(() => statusTag().textContent(), { timeout: 20_000 }).toBe('已提交');
  });

  it('on a 390 px phone the indicator table is one card per indicator, nothing wider than the screen', async () => {
    const phone = await session.browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'zh-CN',
      baseURL: session.server.baseUrl,
      isMobile: true,
      hasTouch: true,
    });
    try {
      const p = await phone.newPage();
      p.on('pageerror', (e) => pageErrors.push(e.message));
      await login(p, 'wugang');
      await p.goto(`/evaluations/${evaluationId}?tab=indicators`);
      await expect.poll(() => p.getByTestId('indicator-total').textContent(), { timeout: 20_000 }).toBe('96.94');
      expect(await p.locator('[data-indicator-card]').count()).toBeGreaterThanOrEqual(12);
      const overflow = await p.evaluate('document.documentElement.scrollWidth - window.innerWidth');
      expect(overflow).toBeLessThanOrEqual(0);
      await reveal(p.getByTestId('indicator-total'));
      await p.waitForTimeout(300);
      await p.screenshot({ path: `${process.cwd()}/test/e2e/screenshots/year-04-indicators-phone.png` });
      await reveal(p.locator('[data-indicator-card="1.1.1"]'));
      await p.waitForTimeout(200);
      await p.screenshot({ path: `${process.cwd()}/test/e2e/screenshots/year-05-indicators-phone-computed.png` });
      await p.goto(`/?year=${YEAR}`);
      await expect.poll(() => p.locator('#wb-mine tr[data-row-key]').count(), { timeout: 20_000 }).toBe(1);
      await p.screenshot({ path: `${process.cwd()}/test/e2e/screenshots/year-06-workbench-phone.png` });
    } finally {
      await phone.close();
    }
  });

  it('the 武冈 2022 seed is scored: computed actuals from its own figures, 示例 values tagged', async () => {
    await page.goto('/?year=2022');
    const row = page.locator('#wb-mine tr[data-row-key]').filter({ hasText: '2022年度武冈市妇女联合会整体支出绩效自评报告' });
    await expect.poll(() => row.count(), { timeout: 20_000 }).toBe(1);
    await row.getByRole('link', { name: /打开/ }).click();
    await page.waitForURL(/\/evaluations\/\d+/);
    await tab(/指标/);
    await expect.poll(total, { timeout: 20_000 }).toMatch(/^\d+\.\d{2}$/);
    expect(await grade()).toMatch(/^[优良中差]$/);
    expect(await page.locator('[data-formula="1.1.1"]').textContent()).toBe('由数据计算：153.98 ÷ 153.98 = 100%');
    expect(await actual('重点民生实事完成率').inputValue()).toBe('104.04%');
    expect(await page.locator('[data-sample]').count()).toBeGreaterThan(0);
    // the workbench lists it with the same total
    const shown = await total();
    await page.goto('/?year=2022');
    await expect.poll(() => row.textContent(), { timeout: 20_000 }).toContain(`${shown} · `);
    await row.getByRole('link', { name: /打开/ }).click();
    await tab(/指标/);
    await expect.poll(total, { timeout: 20_000 }).toBe(shown);
    await page.evaluate('window.scrollTo(0, 0)');
    await page.waitForTimeout(300);
    await shot(page, 'year-09-wugang-2022-indicators');
  });

  it('邵阳’s reviewer sees several counties in the queue and ranked on the dashboard', async () => {
    await logout();
    await login(page, 'shaoyang');
    // this year: wugang's submission is waiting
    await page.goto(`/?year=${YEAR}`);
    await expect.poll(() => page.locator('#wb-review tr[data-row-key]').filter({ hasText: '武冈市妇女联合会' }).count(), { timeout: 20_000 }).toBe(1);
    // 2022 (示例 counties): a real queue
    await page.goto('/?year=2022');
    const queue = page.locator('#wb-review tr[data-row-key]');
    await expect.poll(() => queue.count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
    const counties = new Set(await page.locator('#wb-review tr[data-row-key] td:first-child').allInnerTexts());
    expect(counties.size).toBeGreaterThanOrEqual(3);
    await expect.poll(() => page.locator('canvas').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(600);
    await shot(page, 'year-07-reviewer-queue');
    await page.getByRole('link', { name: '看板' }).click();
    await page.waitForURL(/\/dashboard\/\d+/);
    await pickOption(page, '年度', '2022');
    await page.waitForURL(/year=2022/);
    const ranked = page.locator('tr[data-unit]');
    await expect.poll(() => ranked.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(10);
    await expect.poll(() => page.locator('[data-testid="chart-rate"] canvas').count(), { timeout: 20_000 }).toBe(1);
    // the counties are ranked by their own scores too (the 示例 evaluations are scored)
    await expect.poll(() => page.locator('[data-testid="chart-score"] canvas').count(), { timeout: 20_000 }).toBe(1);
    await page.waitForTimeout(900);
    await shot(page, 'year-08-dashboard-counties');
  });

  it('an administrator finds the unit by any name people write when starting an evaluation', async () => {
    await logout();
    await login(page, 'admin');
    await page.goto(`/?year=${YEAR}`);
    await page.getByRole('button', { name: /新建自评/ }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '新建自评' });
    const picker = dialog.getByLabel('单位', { exact: true });
    for (const q of ['省妇联', '湖南省妇联', '430000']) {
      await picker.fill(q);
      await expect.poll(() => page.locator('.ant-select-item-option').filter({ hasText: '湖南省妇女联合会（430000）' }).count(), { timeout: 20_000 }).toBe(1);
    }
    await page.locator('.ant-select-item-option').filter({ hasText: '湖南省妇女联合会（430000）' }).click();
    await dialog.getByRole('button', { name: '取消' }).click();
  });

  it('no uncaught errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
