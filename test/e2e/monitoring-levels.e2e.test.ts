// A stranger on a 390 px phone: a new filler of 邵东市妇联 (not the demo's 武冈) signs in, changes
// the admin's password, answers a 运行监控 round whose targets hold a qualitative one (a level of
// 好/较好/一般/差) by choosing a level, saves and submits; the reviewer's board and the .xlsx show
// the level. Then the same filler saves the 自评 on the phone, whose toolbar buttons are 40 px high.
// Targets and the round are set up through the API: the UI of those steps has its own tests.
import ExcelJS from 'exceljs';
import type { BrowserContext, Page } from 'playwright-core';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, login, openSession, SCREENSHOTS, shot, type BrowserSession, reveal } from './harness.js';

const hasBrowser = chromiumAvailable();
const YEAR = 2023;
const FILLER = { username: 'sd.wangf', name: '王芳', first: 'Shaodong-first-2026', password: 'Shaodong-Fill-77' };

describe.skipIf(!hasBrowser)('browser: a level answer in 运行监控 and the 自评 toolbar, by a stranger on a phone', () => {
  let session: BrowserSession;
  let desk: Page;
  let phone: BrowserContext;
  let p: Page;
  let sd = '';
  let roundId = '';
  let qualitativeCode = '';

  beforeAll(async () => {
    session = await openSession();
    desk = session.page;
    phone = await session.browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'zh-CN',
      baseURL: session.server.baseUrl,
      isMobile: true,
      hasTouch: true,
    });
    p = await phone.newPage();
    p.on('pageerror', (e) => session.pageErrors.push(`phone: ${e.message}`));
  });
  // a failed step leaves both screens behind, to see what the user saw
  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail') return;
    await desk.screenshot({ path: join(SCREENSHOTS, 'levels-failed-1366.png') }).catch(() => {});
    await p.screenshot({ path: join(SCREENSHOTS, 'levels-failed-390.png') }).catch(() => {});
  });
  afterAll(async () => {
    await phone?.close();
    await session?.close();
  });

  const api = async (page: Page, method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown) => {
    const { csrfToken } = (await (await page.request.get('/api/me')).json()) as { csrfToken: string };
    const r = await page.request.fetch(path, { method, data, headers: { 'x-csrf-token': csrfToken } });
    const body = r.headers()['content-type']?.includes('json') ? await r.json() : null;
    expect(r.status(), `${method} ${path}: ${JSON.stringify(body)}`).toBeLessThan(300);
    return body;
  };
  // English left in the Chinese UI: Latin words other than file types
  const englishIn = async (page: Page) => ((await page.locator('main').innerText()).match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !/^(xlsx|docx|pdf)$/i.test(w));
  const unitId = async (page: Page, code: string, name: string) => {
    const found = (await (await page.request.get(`/api/units/search?q=${encodeURIComponent(name)}&year=${YEAR}`)).json()) as {
      units: { id: string; code: string }[];
    };
    return found.units.find((u) => u.code === code)!.id;
  };

  it('the admin adds a filler of 邵东市妇联; the filler changes the password on the phone', async () => {
    await login(desk, 'admin');
    sd = await unitId(desk, '430582', '邵东市妇女联合会');
    await api(desk, 'POST', '/api/admin/users', {
      username: FILLER.username,
      displayName: FILLER.name,
      password: FILLER.first,
      grants: [{ role: 'filler', unitId: sd }],
    });
    await p.goto('/login');
    await p.getByLabel('用户名').fill(FILLER.username);
    await p.getByLabel('密码').fill(FILLER.first);
    await p.getByRole('button', { name: '登录', exact: true }).click();
    await p.waitForURL('**/account');
    await p.getByLabel('当前密码').fill(FILLER.first);
    await p.getByLabel('新密码', { exact: true }).fill(FILLER.password);
    await p.getByLabel('再次输入新密码').fill(FILLER.password);
    await p.getByRole('button', { name: '修改密码' }).click();
    await expect.poll(() => p.getByTestId('must-change').count(), { timeout: 20_000 }).toBe(0);
  });

  it('targets with a qualitative one are approved and 邵阳 opens the 6月30日 round (API)', async () => {
    const { frameworks } = (await api(p, 'GET', '/api/frameworks?code=department-wide')) as { frameworks: { id: string }[] };
    // a retried step finds the targets its first attempt declared (409 names them)
    const made = await p.request.post(`/api/units/${sd}/targets`, {
      data: { year: YEAR, frameworkId: frameworks.at(-1)!.id },
      headers: { 'x-csrf-token': ((await (await p.request.get('/api/me')).json()) as { csrfToken: string }).csrfToken },
    });
    expect([201, 409], await made.text()).toContain(made.status());
    const t = (await made.json()) as { id: string };
    const head = (await api(p, 'GET', `/api/targets/${t.id}`)) as { version: number; indicators: { code: string; operator: string | null }[] };
    qualitativeCode = head.indicators.find((i) => i.operator === 'qualitative')!.code;
    // only these three are declared: a count, a level (满意度) and the qualitative one, written as a level
    const put = (await api(p, 'PUT', `/api/targets/${t.id}`, {
      version: head.version,
      values: [
        { indicatorCode: '2.1.1', value: '100', progress: 'cumulative' },
        { indicatorCode: '2.2.2', value: '95', progress: 'level' },
        { indicatorCode: qualitativeCode, value: '较好', progress: 'cumulative' },
      ],
      budgetLines: [{ key: 'project', label: '项目支出', amount: '30' }],
    })) as { version: number };
    const submitted = (await api(p, 'POST', `/api/targets/${t.id}/transitions`, { action: 'submit', version: put.version })) as { version: number };
    await desk.context().clearCookies();
    await login(desk, 'shaoyang');
    await api(desk, 'POST', `/api/targets/${t.id}/transitions`, { action: 'approve', version: submitted.version });
    const sy = await unitId(desk, '430500', '邵阳市妇女联合会');
    roundId = ((await api(desk, 'POST', `/api/units/${sy}/monitoring`, { year: YEAR, asOf: `${YEAR}-06-30`, dueDate: `${YEAR}-07-15` })) as { id: string }).id;
    expect(roundId).toMatch(/^\d+$/);
  });

  it('on the phone the filler picks a level from the scale, types the figures, saves and submits', async () => {
    await p.goto(`/monitoring?year=${YEAR}`);
    const level = p.getByLabel(`截至目前完成值 ${qualitativeCode}`, { exact: true });
    await expect.poll(() => level.count(), { timeout: 20_000 }).toBe(1);
    // the level is a Select of the scale the target is written in, 40 px high on a phone
    const select = p.locator('.ant-select').filter({ has: level });
    expect((await select.boundingBox())!.height).toBeGreaterThanOrEqual(40);
    await select.click();
    const options = p.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option');
    await expect.poll(() => options.allTextContents(), { timeout: 10_000 }).toEqual(['好', '较好', '一般', '差']);
    await options.filter({ hasText: '一般' }).click();
    await p.getByLabel('截至目前完成值 2.1.1', { exact: true }).fill('45');
    await p.getByLabel('截至目前完成值 2.2.2', { exact: true }).fill('96');
    await p.getByLabel('已执行（万元） 项目支出').fill('14');
    await p.getByLabel(`偏差原因 ${qualitativeCode}`, { exact: true }).fill('部分乡镇宣传活动推迟到下半年');
    await shot(p, 'm10-level-phone-chosen');
    await p.getByRole('button', { name: '保存', exact: true }).click();
    await expect.poll(async () => (await p.locator('.ant-message').textContent()) ?? '', { timeout: 20_000 }).toContain('已保存');
    // one level short of 较好: yellow, stated as the level reached against the target
    const card = p
      .getByTestId('report-cards')
      .locator('.ant-card')
      .filter({ hasText: `${qualitativeCode} ` });
    await expect.poll(() => card.first().textContent(), { timeout: 20_000 }).toContain('一般，未达目标（较好）');
    expect(await card.first().textContent()).toContain('黄色预警');
    expect(await card.first().textContent()).toContain('测算：有可能');
    expect(await card.first().textContent()).toContain('完成情况');
    expect(await card.first().textContent()).not.toContain('百分点');
    // nothing runs off the phone's screen
    expect(await p.evaluate('document.documentElement.scrollWidth - window.innerWidth')).toBeLessThanOrEqual(0);
    expect(await englishIn(p)).toEqual([]);
    await reveal(card.first());
    await shot(p, 'm11-level-phone-saved');
    await p.getByRole('button', { name: '提交', exact: true }).click();
    await expect.poll(() => p.locator('.ant-card-head .ant-tag').filter({ hasText: '已提交' }).count(), { timeout: 20_000 }).toBe(1);
  });

  it('the reviewer’s board at 1366 px and the .xlsx show the level', async () => {
    await desk.goto(`/monitoring?year=${YEAR}`);
    const row = desk.locator('.ant-table-row').filter({ hasText: '邵东' }).filter({ hasText: qualitativeCode });
    await expect.poll(() => row.first().textContent(), { timeout: 20_000 }).toContain('一般，未达目标（较好）');
    await reveal(row.first());
    // a level has no gap in percentage points: the column over a mix of numbers and levels says both
    const heads = await desk.locator('.ant-table-thead th').allTextContents();
    expect(heads).toContain('偏差（百分点）/ 完成情况');
    expect(heads).not.toContain('偏差（百分点）');
    await shot(desk, 'm13-level-board-1366');
    // at 390 px each line is a card: the level line labels its cell 完成情况, not 偏差（百分点）
    await desk.setViewportSize({ width: 390, height: 844 });
    const card = desk.locator('.ant-card').filter({ hasText: '邵东' }).last();
    await expect.poll(() => card.textContent(), { timeout: 20_000 }).toContain('完成情况一般，未达目标（较好）');
    await reveal(card);
    await shot(desk, 'm13-level-board-390');
    await desk.setViewportSize({ width: 1366, height: 768 });
    const res = await desk.request.get(`/api/monitoring/${roundId}/units/${sd}/export`);
    expect(res.status()).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await res.body()) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('运行监控表')!;
    let found: string[] = [];
    for (let n = 1; n <= ws.rowCount; n++)
      if (ws.getCell(n, 1).text === qualitativeCode && ws.getCell(n, 2).text) found = [4, 6, 8, 9].map((c) => ws.getCell(n, c).text);
    expect(found).toEqual(['较好', '一般', '一般，未达目标（较好）', '黄色预警']);
  });

  it('the filler saves the 自评 on the phone; every toolbar button is at least 40 px high', async () => {
    const { evaluations } = (await api(p, 'GET', `/api/evaluations?year=${YEAR}&unitId=${sd}`)) as { evaluations: { id: string }[] };
    const id = evaluations[0]!.id;
    await p.goto(`/evaluations/${id}`);
    const bar = p.getByTestId('editor-toolbar');
    // 提交, the three downloads (links styled as buttons), 校验结果
    await expect.poll(() => bar.locator('.ant-btn').count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(5);
    for (const b of await bar.locator('button, a').all()) {
      if (!(await b.isVisible())) continue;
      const box = (await b.boundingBox())!;
      expect(box.height, `${await b.textContent()} is ${box.height} px high`).toBeGreaterThanOrEqual(40);
      expect(box.x + box.width, `${await b.textContent()} runs off the screen`).toBeLessThanOrEqual(390);
    }
    await shot(p, 'm12-editor-toolbar-phone');
    expect(await englishIn(p)).toEqual([]);
    // a save as a stranger types it: the title of the report
    const title = p.getByLabel('报告标题', { exact: true });
    await expect.poll(() => title.count(), { timeout: 20_000 }).toBe(1);
    await title.fill('2023年度邵东市妇女联合会整体支出绩效自评报告（修订）');
    await expect.poll(() => p.locator('[data-save-state]').first().getAttribute('data-save-state'), { timeout: 20_000 }).toBe('saved');
    const saved = (await api(p, 'GET', `/api/evaluations/${id}`)) as { title?: string; content?: { title: string } };
    expect(saved.content?.title ?? saved.title).toBe('2023年度邵东市妇女联合会整体支出绩效自评报告（修订）');
    expect(session.pageErrors).toEqual([]);
  });

  it('two targets sharing a code (武冈 2022: 部门整体 and the 两癌 project, both 2.1.2): each field has one label', async () => {
    await desk.context().clearCookies();
    await login(desk, 'wugang');
    await desk.goto('/monitoring?year=2022');
    const labels = desk.locator('[aria-label^="偏差原因类别 2.1.2"]');
    await expect.poll(() => labels.count(), { timeout: 20_000 }).toBe(2);
    const names = await labels.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(names).toEqual(['偏差原因类别 2.1.2（部门整体）', '偏差原因类别 2.1.2（农村适龄妇女“两癌”免费检查）']);
    // no aria-label of the form is shared by two fields
    const all = await desk.locator('main [aria-label]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    const twice = all.filter((x, k) => x && /\d/.test(x) && all.indexOf(x) !== k);
    expect(twice).toEqual([]);
  });
});
