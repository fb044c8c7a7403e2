// Issue 15 in a real browser: 武冈 declares its 2023 targets, 邵阳 returns nothing and approves,
// 邵阳 opens the 6月30日 round, 武冈 files it, the red warning is on 邵阳's board, an adjustment
// batch is approved, and the year-end 自评 shows the adjusted target. 1366 px and a 390 px phone.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseIn, chromiumAvailable, login, openSession, secondBrowser, shot, type BrowserSession, reveal } from './harness.js';

const hasBrowser = chromiumAvailable();
const YEAR = 2023;

describe.skipIf(!hasBrowser)('browser: targets, monitoring, adjustment, 自评', () => {
  let session: BrowserSession;
  let filler: Page;
  let reviewer: Page;
  let reviewerContext: BrowserContext;
  let wg = '';

  beforeAll(async () => {
    session = await openSession();
    filler = session.page;
    ({ context: reviewerContext, page: reviewer } = await secondBrowser(session));
  });
  afterAll(async () => {
    await reviewerContext?.close();
    await session?.close();
  });

  it('signs in 武冈 and 邵阳 in two browsers', async () => {
    await login(filler, 'wugang');
    await login(reviewer, 'shaoyang');
    const found = (await (await filler.request.get(`/api/units/search?q=${encodeURIComponent('武冈市妇女联合会')}&year=${YEAR}`)).json()) as {
      units: { id: string; code: string }[];
    };
    wg = found.units.find((u) => u.code === '430581')!.id;
    expect(wg).toMatch(/^\d+$/);
  });

  // antd keeps a closed dropdown in the page while it fades out: wait until none is open, before and after
  const openDropdowns = (page: Page) => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  const pickOption = async (page: Page, label: string, option: string) => {
    await expect.poll(() => openDropdowns(page).count(), { timeout: 10_000 }).toBe(0);
    // chooseIn clicks again when a click on an option still sliding in is lost (a loaded machine)
    await chooseIn(page.getByLabel(label, { exact: true }), option);
    await expect.poll(() => openDropdowns(page).count(), { timeout: 10_000 }).toBe(0);
  };
  const tag = (page: Page, text: string) => page.locator('.ant-card-head .ant-tag').filter({ hasText: text });

  it('the filler declares targets and submits them', async () => {
    await filler.goto(`/targets?year=${YEAR}`);
    await filler.getByRole('button', { name: '申报绩效目标' }).click();
    await pickOption(filler, '指标体系', '部门整体支出绩效自评');
    await filler.getByLabel('年度总体目标').last().fill('全年完成妇女儿童服务重点任务');
    await filler.locator('.ant-modal').getByRole('button', { name: '申报绩效目标' }).click();
    await expect.poll(() => filler.getByLabel('指标值 2.1.1').count(), { timeout: 20_000 }).toBe(1);
    await filler.getByLabel('指标值 2.1.1').fill('100');
    await filler.getByLabel('指标值 2.2.2').fill('95');
    // Last year's approved targets are the starting point, and the demo's 2022 ones (read from its
    // year-end 自评) are all levels. The filler says how each one moves during the year: the share of
    // the year's key tasks done grows month by month (累计, against 序时进度); satisfaction is a level.
    await pickOption(filler, '进度类型 2.1.1', '累计（按序时进度）');
    await pickOption(filler, '进度类型 2.2.2', '水平（比率）');
    await filler.getByRole('button', { name: '添加资金项目' }).click();
    await filler.getByLabel('资金项目 1').fill('项目支出');
    await filler.getByLabel('金额（万元） 1').fill('40');
    await filler.getByRole('button', { name: '提交', exact: true }).click();
    await expect.poll(() => tag(filler, '已提交').count(), { timeout: 20_000 }).toBe(1);
    await shot(filler, 'm01-targets-submitted');
  });

  it('the reviewer approves', async () => {
    await reviewer.goto(`/targets?year=${YEAR}&unitId=${wg}`);
    await reviewer.getByRole('button', { name: '批准', exact: true }).click();
    await expect.poll(() => tag(reviewer, '已批准').count(), { timeout: 20_000 }).toBe(1);
    expect(await reviewer.getByText('已批准并冻结').count()).toBe(1);
  });

  it('the reviewer opens the 6月30日 round', async () => {
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

  it('the filler files the July monitoring; the warning shows at once', async () => {
    await filler.goto(`/monitoring?year=${YEAR}`);
    await expect.poll(() => filler.getByLabel('截至目前完成值 2.1.1').count(), { timeout: 20_000 }).toBe(1);
    // nothing executed typed yet: the total says so, not 0.00 (which reads as a fact)
    expect(await filler.getByTestId('overall-executed').first().textContent()).toBe('未填写');
    // By 30 June a quarter of the year's key tasks are done (25 of 100 %, at 49.59 % of the year:
    // 24.59 points behind, red; at this pace 50.41 % by December: 完全不可能), satisfaction is
    // 96 % against 95 % (met), and 0.5 of the 40 万元 project is spent (1.25 %: red).
    await filler.getByLabel('截至目前完成值 2.1.1').fill('25');
    await filler.getByLabel('截至目前完成值 2.2.2').fill('96');
    // the targets carried from 2022 need their figures too before the report can be submitted
    for (const [code, value] of [
      ['1.1.1', '46'],
      ['1.1.2', '0'],
      ['1.2.1', '100'],
      ['2.1.2', '50'],
    ] as const)
      await filler.getByLabel(`截至目前完成值 ${code}`).fill(value);
    await filler.getByLabel('已执行（万元） 项目支出').fill('0.5');
    await filler.getByLabel('偏差原因 2.1.1').fill('上半年换届，活动推迟');
    await filler.getByRole('button', { name: '保存', exact: true }).click();
    await expect.poll(async () => (await filler.locator('.ant-message').textContent()) ?? '', { timeout: 20_000 }).toContain('已保存');
    await expect.poll(() => filler.getByTestId('overall-executed').first().textContent(), { timeout: 20_000 }).toBe('0.50');
    const row = (code: string) => filler.locator('.ant-table-row').filter({ hasText: code });
    await expect.poll(() => row('2.1.1').last().textContent(), { timeout: 20_000 }).toContain('红色预警');
    expect(await row('2.1.1').last().textContent()).toContain('-24.59');
    expect(await row('2.1.1').last().textContent()).toContain('测算：完全不可能');
    expect(await row('2.2.2').last().textContent()).not.toContain('预警');
    expect(await row('2.2.2').last().textContent()).toContain('测算：确定能');
    expect(await filler.locator('.ant-table-row').filter({ hasText: '项目支出' }).textContent()).toContain('-48.34红色预警');
    // the carried 定性/是否 targets have no level yet: 提交 is refused, naming them, on the page
    await filler.getByRole('button', { name: '提交', exact: true }).click();
    await expect
      .poll(() => filler.getByTestId('report-problem').textContent(), { timeout: 20_000 })
      .toBe('还有 4 项定性指标未选择完成等级：资产管理规范性、预决算信息公开、管理制度健全性、社会效益，不能提交');
    // each reaches its target: the best level of its scale (first in the list)
    for (const code of ['1.2.2', '1.3.1', '1.3.2', '2.2.1']) {
      await expect.poll(() => openDropdowns(filler).count(), { timeout: 10_000 }).toBe(0);
      await filler.getByLabel(`截至目前完成值 ${code}`, { exact: true }).click();
      await openDropdowns(filler).locator('.ant-select-item-option').first().click();
    }
    await expect.poll(() => openDropdowns(filler).count(), { timeout: 10_000 }).toBe(0);
    await filler.getByRole('button', { name: '提交', exact: true }).click();
    await expect.poll(() => tag(filler, '已提交').count(), { timeout: 20_000 }).toBe(1);
    expect(await row('2.1.1').last().textContent()).toContain('红色预警'); // the submitted report keeps its warnings
    await shot(filler, 'm02-monitoring-filed');
  });

  it('the red warning reaches the reviewer’s board', async () => {
    // a retry starts from the desktop in Chinese, whatever an earlier attempt left
    await reviewer.setViewportSize({ width: 1366, height: 768 });
    await reviewer.evaluate(`localStorage.setItem('jixiao.lang', 'zh')`);
    await reviewer.goto(`/monitoring?year=${YEAR}`);
    await reviewer
      .getByRole('button', { name: /截至6月30日运行监控/ })
      .first()
      .click();
    const row = reviewer.locator('.ant-table-row').filter({ hasText: '武冈' }).filter({ hasText: '红色预警' });
    await expect.poll(() => row.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await reviewer.getByRole('link', { name: '导出 .xlsx' }).getAttribute('href')).toMatch(/\/board\/export$/);
    await shot(reviewer, 'm03-board');
    await reviewer.setViewportSize({ width: 390, height: 844 });
    // on a phone the board is a card per unit: nothing scrolls sideways, the warning is written
    // out, the button to the unit's report is a 40 px target, the sort is a labelled select
    const card = reviewer.getByTestId('board-cards').locator('.ant-card').filter({ hasText: '武冈' });
    await expect.poll(() => card.count(), { timeout: 20_000 }).toBe(1);
    expect(await card.textContent()).toContain('红色预警');
    expect(await card.textContent()).toContain('-24.59');
    expect(await reviewer.locator('.ant-table').count()).toBe(0);
    await shot(reviewer, 'm04-board-phone');
    const sideways = await reviewer.evaluate<number>(`document.documentElement.scrollWidth - window.innerWidth`);
    expect(sideways).toBeLessThanOrEqual(0);
    const drill = card.getByRole('button', { name: /查看武冈市妇女联合会的填报|查看武冈市妇联的填报/ });
    const box = await drill.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(40);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    const sortBox = reviewer.locator('.ant-select').filter({ has: reviewer.getByLabel('排序', { exact: true }) });
    expect((await sortBox.boundingBox())!.height).toBeGreaterThanOrEqual(40);
    // the first line in the 武冈 card, sorted by warning, is a red one
    expect(await card.locator('[data-warning]').first().getAttribute('data-warning')).toBe('red');
    await reveal(card.locator('[data-warning]').nth(1));
    await shot(reviewer, 'm04-board-phone-lines');
    await drill.click();
    await expect.poll(() => reviewer.getByTestId('report-cards').count(), { timeout: 20_000 }).toBe(1);
    await shot(reviewer, 'm04-board-phone-drill');
    await reviewer.getByRole('button', { name: '返回看板' }).click();
    await expect.poll(() => reviewer.getByTestId('board-cards').count(), { timeout: 20_000 }).toBe(1);
    // in English too no card title is cut short (“Rounds opened here” beside its button was “Rounds opened …”)
    await reviewer.evaluate(`localStorage.setItem('jixiao.lang', 'en')`);
    await reviewer.reload();
    await reviewer
      .getByRole('button', { name: /As of 30 June|截至6月30日运行监控/ })
      .first()
      .waitFor();
    const cut = `[...document.querySelectorAll('.ant-card-head-title')].filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent)`;
    await expect.poll(() => reviewer.getByTestId('board-cards').count(), { timeout: 20_000 }).toBe(1);
    expect(await reviewer.evaluate<string[]>(cut)).toEqual([]);
    // the computed likelihood reads in English (it showed the stored 完全不可能)
    const enCard = reviewer.getByTestId('board-cards').locator('.ant-card').filter({ hasText: '武冈' });
    expect(await enCard.textContent()).toContain('Not possible');
    expect(await enCard.textContent()).not.toMatch(/确定能|有可能|完全不可能/);
    await shot(reviewer, 'm04-board-phone-en');
    await reviewer.evaluate(`localStorage.setItem('jixiao.lang', 'zh')`);
    await reviewer.reload();
    await reviewer.setViewportSize({ width: 1366, height: 768 });
  });

  it('an adjustment batch is proposed and approved', async () => {
    await filler.goto(`/targets?year=${YEAR}`);
    await filler.getByRole('button', { name: '申请调整' }).click();
    await pickOption(filler, '指标 1', '2.1.1');
    await filler.getByLabel('新指标值 1').fill('80');
    await filler.locator('.ant-modal').getByLabel('理由').fill('上级调减年度任务');
    await filler.locator('.ant-modal').getByRole('button', { name: '提交' }).click();
    await expect.poll(() => filler.getByText('100 → 80').count(), { timeout: 20_000 }).toBe(1);
    await reviewer.goto(`/targets?year=${YEAR}&unitId=${wg}`);
    const batch = reviewer.locator('.ant-card').filter({ hasText: '第1批' }).last();
    await batch.getByRole('button', { name: '批准', exact: true }).click();
    await expect.poll(() => batch.locator('.ant-tag').filter({ hasText: '已批准' }).count(), { timeout: 20_000 }).toBe(1);
    await shot(reviewer, 'm05-adjustment-approved');
  });

  it('the year-end 自评 shows the adjusted target and says it was adjusted', async () => {
    const { csrfToken } = (await (await filler.request.get('/api/me')).json()) as { csrfToken: string };
    const text = '一、部门概况\n本单位2023年度开展妇女儿童工作。\n';
    const imported = await filler.request.post('/api/evaluations/import', {
      data: { unitId: wg, year: YEAR, fileName: '2023.txt', contentBase64: Buffer.from(text).toString('base64'), frameworkCode: 'department-wide' },
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(imported.status(), await imported.text()).toBeLessThan(300);
    const id = ((await imported.json()) as { id: string }).id;
    await filler.goto(`/api/evaluations/${id}/report?format=html`);
    const body = await filler.locator('body').textContent();
    expect(body).toContain('绩效目标调整情况');
    expect(body).toContain('由“100”调整为“80”');
    await shot(filler, 'm06-report-adjusted');
  });
});
