// 定性 by level in a real browser: the administrator gives a leaf the levels 优/良/中/差 with points
// in the 评分标准 dialog (a point above the 分值 is refused there), saves, and it stays after a reload;
// the filler's 自评 then offers those levels, 提交 names the leaf without one and cannot go on, its
// link lands on the row; once a level is chosen it is scored and submitted. At 1366 px and 390 px.
// On 导入旧报告 a report naming no year says why 导入为草稿 waits, until the year is typed.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentOf } from '../../src/domain/content.js';
import type { Evaluation } from '../../src/domain/types.js';
import { writtenChapters } from '../helpers/values.js';
import { chooseIn, chromiumAvailable, login, openSession, shot, type BrowserSession, reveal } from './harness.js';

const hasBrowser = chromiumAvailable();

describe.skipIf(!hasBrowser)('browser: 定性 indicators scored by level, and 提交 without a level', () => {
  let session: BrowserSession;
  let page: Page;
  let phone: BrowserContext;
  let p: Page;
  let frameworkId = '';
  let evaluationId = '';

  beforeAll(async () => {
    session = await openSession();
    page = session.page;
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
  afterAll(async () => {
    await phone?.close();
    await session?.close();
  });

  const api = async (pg: Page, method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown) => {
    const { csrfToken } = (await (await pg.request.get('/api/me')).json()) as { csrfToken: string };
    const r = await pg.request.fetch(path, { method, data, headers: { 'x-csrf-token': csrfToken } });
    const body = await r.json();
    expect(r.status(), `${method} ${path}: ${JSON.stringify(body)}`).toBeLessThan(300);
    return body;
  };

  it('the admin gives 1.1 the levels 优/良/中/差 in the 评分标准 dialog, saves, and they stay after a reload', async () => {
    await login(page, 'admin');
    const created = await api(page, 'POST', '/api/frameworks', {
      code: 'levels-e2e',
      name: '等级计分测试',
      kind: 'custom',
      indicators: [
        { code: '1', name: '服务效果', weight: '100' },
        { code: '1.1', name: '群众满意度', operator: 'qualitative', weight: '40', rule: { kind: 'qualitative' } },
        { code: '1.2', name: '培训人次', unit: '人次', operator: '>=', weight: '60', rule: { kind: 'ratio' } },
      ],
    });
    frameworkId = created.id;
    await page.goto(`/frameworks/${frameworkId}`);
    await page.getByRole('button', { name: '评分标准 1.1', exact: true }).click();
    const dialog = page.locator('.ant-modal').filter({ has: page.locator('[data-rule-editor="1.1"]') });
    await expect.poll(() => dialog.count(), { timeout: 20_000 }).toBe(1);
    // CI once saw this click land with no levels added (the dialog still opening on a loaded machine): the
    // button is idempotent, so it is pressed again until the rows are there
    const second = dialog.getByLabel('得分 2', { exact: true });
    await expect
      .poll(
        async () => {
          if (!(await second.count())) await dialog.getByRole('button', { name: '使用 优/良/中/差' }).click();
          return second.count();
        },
        { timeout: 30_000 },
      )
      .toBe(1);
    expect(await second.inputValue()).toBe('32');
    await dialog.getByLabel('得分 2', { exact: true }).fill('50');
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('等级得分不能超过本指标分值');
    expect(await dialog.getByRole('button', { name: '应用' }).isDisabled()).toBe(true);
    await dialog.getByLabel('得分 2', { exact: true }).fill('30');
    await expect.poll(() => dialog.locator('[data-rule-preview]').textContent()).toBe('预览：按等级计分：优得40分；良得30分；中得24分；差得0分');
    await shot(page, 'levels-01-rule-dialog-1366');
    await dialog.getByRole('button', { name: '应用' }).click();
    await expect.poll(() => page.locator('[data-rule-text="1.1"]').textContent()).toContain('良得30分');
    await page.getByTestId('fw-save').click();
    await expect.poll(() => page.getByTestId('fw-meta').getAttribute('data-revision'), { timeout: 20_000 }).toBe('2');
    await page.reload();
    await expect
      .poll(() => page.locator('[data-rule-text="1.1"]').textContent(), { timeout: 20_000 })
      .toBe('按等级计分：优得40分；良得30分；中得24分；差得0分');
  });

  it('the filler’s 提交 names the leaf without a level and cannot go on; its link lands on the row', async () => {
    await session.context.clearCookies(); // the admin's session ends: /login would take a signed-in user home
    await login(page, 'wugang');
    const list = (await api(page, 'GET', '/api/evaluations?year=2022')) as { evaluations: { unitId: string; projectCode: string | null }[] };
    const unitId = list.evaluations.find((e) => e.projectCode === null)!.unitId;
    const made = (await api(page, 'POST', '/api/evaluations', { unitId, year: 2024, frameworkId })).evaluation as Evaluation;
    evaluationId = made.id;
    // the narrative chapters 六–九 written, so the level is the one thing left to block 提交
    await api(page, 'PUT', `/api/evaluations/${evaluationId}`, {
      version: made.version,
      content: { ...contentOf(made), sections: writtenChapters(made.sections) },
    });
    await page.goto(`/evaluations/${evaluationId}?tab=indicators`);
    const level = page.getByLabel('群众满意度 等级', { exact: true });
    await expect.poll(() => level.count(), { timeout: 20_000 }).toBe(1);
    expect(await page.locator('[data-needs-level="1.1"]').textContent()).toBe('未选择等级，不能提交');

    await page.getByRole('button', { name: '提交', exact: true }).click();
    const confirm = page.getByRole('dialog').filter({ hasText: '提交给上级审核' });
    const blocking = confirm.getByTestId('completeness-blocking');
    await expect.poll(() => blocking.count(), { timeout: 20_000 }).toBe(1);
    expect(await blocking.textContent()).toContain('以下 1 项须先完成，才能提交');
    expect(await blocking.textContent()).toContain('指标 1.1 群众满意度：定性指标未选择等级（优、良、中、差），不能提交');
    expect(await confirm.getByRole('button', { name: '确认提交' }).isDisabled()).toBe(true);
    await shot(page, 'levels-02-submit-blocked-1366');
    await blocking.getByRole('button', { name: '去填写' }).click();
    await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.id')).toBe('indicator-1.1-actual');
    await shot(page, 'levels-03-row-1366');
  });

  it('on the phone the filler picks 良 (30 points), fills 1.2 and submits', async () => {
    await login(p, 'wugang');
    await p.goto(`/evaluations/${evaluationId}?tab=indicators`);
    const level = p.getByLabel('群众满意度 等级', { exact: true });
    await expect.poll(() => level.count(), { timeout: 20_000 }).toBe(1);
    await reveal(level);
    await shot(p, 'levels-04-phone-row-390');
    await chooseIn(level, '良（30 分）');
    await expect.poll(() => p.locator('[data-score="1.1"]').first().textContent(), { timeout: 10_000 }).toBe('30.00');
    expect(await p.locator('[data-needs-level="1.1"]').count()).toBe(0);
    await p.getByLabel('群众满意度 偏差原因分析及改进措施', { exact: true }).first().fill('个别社区回访不足');
    await p.getByLabel('培训人次 年度指标值', { exact: true }).first().fill('100');
    await p.getByLabel('培训人次 实际完成值', { exact: true }).first().fill('100');
    await shot(p, 'levels-05-phone-chosen-390');
    await p.getByRole('button', { name: '提交', exact: true }).click();
    const confirm = p.getByRole('dialog').filter({ hasText: '提交给上级审核' });
    await expect.poll(() => confirm.locator('button:has-text("确认提交"):not([disabled])').count(), { timeout: 20_000 }).toBe(1);
    expect(await confirm.getByTestId('completeness-blocking').count()).toBe(0);
    await confirm.getByRole('button', { name: '确认提交' }).click();
    await expect
      .poll(async () => ((await (await p.request.get(`/api/evaluations/${evaluationId}`)).json()) as { status: string }).status, { timeout: 20_000 })
      .toBe('submitted');
  });

  it('导入旧报告: a report naming no year says why 导入为草稿 waits, at 390 and 1366 px', async () => {
    const file = join(tmpdir(), `ui7-no-year-${process.pid}.txt`);
    writeFileSync(
      file,
      '武冈市妇女联合会整体支出绩效自评报告\n\n一、部门基本情况\n本单位主要职责是团结引导妇女参与经济社会发展。\n\n二、预算执行情况\n全年支出153.98万元。\n',
    );
    for (const pg of [p, page]) {
      await pg.goto('/import');
      await pg.locator('input[type=file]').setInputFiles(file);
      const why = pg.getByTestId('import-why');
      await expect.poll(() => why.count(), { timeout: 30_000 }).toBe(1);
      expect(await why.textContent()).toBe('报告中未识别出年度：请在上方填写年度后再导入。');
      const button = pg.getByRole('button', { name: '导入为草稿' });
      expect(await button.isDisabled()).toBe(true);
      expect(await button.getAttribute('aria-describedby')).toBe('import-why');
      await reveal(why);
      await shot(pg, pg === p ? 'levels-06-import-why-390' : 'levels-06-import-why-1366');
      await pg.getByLabel('年度', { exact: true }).fill('2021');
      await expect.poll(() => why.count()).toBe(0);
      expect(await button.isDisabled()).toBe(false);
    }
    expect(session.pageErrors).toEqual([]);
  });
});
