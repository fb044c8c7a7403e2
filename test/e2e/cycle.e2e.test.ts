// The review cycle in a real browser (issue 6 item 3): 武冈 fills in and submits, 邵阳 returns,
// 武冈 fixes and resubmits, 邵阳 approves and publishes, the report downloads; and 武冈 cannot
// open another county's evaluation, neither in the UI nor through the API.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, login as loginAs, openSession, shot, type BrowserSession, type RunningServer } from './harness.js';

const hasBrowser = chromiumAvailable();
const WUGANG_TITLE = '2022年度武冈市妇女联合会整体支出绩效自评报告';
const EXPENDITURE = '一般公共预算 基本支出 本年支出';
const EXPLANATION = '政府性基金为上年结转，年末已全部收回';
const RETURN_REASON = '请在公开部分写明公示网址';
const FIX_TEXT = '公示网址：武冈市人民政府门户网站。';
const INTRO = '本会是党和政府联系妇女群众的桥梁和纽带。';

describe.skipIf(!hasBrowser)('browser: fill, review, return, approve, publish', () => {
  let server: RunningServer;
  let page: Page;
  let evaluationId = '';

  let session: BrowserSession;
  beforeAll(async () => {
    session = await openSession({ downloads: true });
    ({ server, page } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  const login = (username: string) => loginAs(page, username);

  async function logout() {
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL('**/login');
  }

  const statusTag = () => page.locator('.ant-card').first().locator('[data-status]').first();
  const saveState = () => page.locator('[data-save-state]').first().getAttribute('data-save-state');
  const errorFindings = () => page.locator('#findings-panel [data-severity="error"]');

  /** 提交 asks first (what is still empty); confirm it. */
  async function submit() {
    await page.getByRole('button', { name: '提交', exact: true }).click();
    const confirm = page.getByRole('dialog').filter({ hasText: '提交给上级审核' });
    await expect.poll(() => confirm.locator('button:has-text("确认提交"):not([disabled])').count(), { timeout: 20_000 }).toBe(1);
    await confirm.getByRole('button', { name: '确认提交' }).click();
  }

  async function waitSaved() {
    await expect.poll(saveState, { timeout: 20_000 }).toBe('saved');
  }

  it('shows the demo accounts on the login page and logs wugang in', async () => {
    await page.goto('/login');
    await expect.poll(() => page.getByText('演示账号').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await shot(page, '01-login');
    await login('wugang');
    expect(await page.getByTestId('current-user').textContent()).toContain('武冈市妇女联合会');
  });

  it('workbench lists my draft; the budget identity breaks live, shows a finding and blocks submit', async () => {
    await page.goto('/?year=2022');
    const row = page.locator('#wb-mine tr').filter({ hasText: WUGANG_TITLE });
    await expect.poll(() => row.count(), { timeout: 20_000 }).toBe(1);
    expect(await row.locator('[data-status]').textContent()).toBe('草稿');
    await expect.poll(() => page.locator('canvas').count(), { timeout: 20_000 }).toBeGreaterThan(0); // the lazy chart
    await shot(page, '02-workbench-filler');

    await row.getByRole('link', { name: /打开/ }).click();
    await page.waitForURL(/\/evaluations\/\d+/);
    evaluationId = /\/evaluations\/(\d+)/.exec(page.url())![1]!;
    await expect.poll(() => statusTag().textContent(), { timeout: 20_000 }).toBe('草稿');
    await shot(page, '03-editor-profile');

    await page.getByRole('tab', { name: /预算执行/ }).click();
    const cell = page.getByLabel(EXPENDITURE);
    expect(await cell.inputValue()).toBe('153.98');
    await cell.fill('150.98');
    // Live, in the browser: 0 + 153.98 − 150.98 = 3 ≠ 0.
    await expect.poll(() => page.locator('[data-check="identity-general-basic"]').textContent()).toContain('应为 3');
    await expect.poll(() => page.locator('[data-check="sum-general-expenditure"]').count()).toBe(1);
    await waitSaved();
    // The server's checker agrees: an error finding appears in the panel.
    await expect.poll(() => errorFindings().count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await shot(page, '04-editor-budget-broken');
    // A finding links to the field it is about.
    await page
      .locator('#findings-panel')
      .getByRole('button', { name: /一般公共预算基本支出/ })
      .first()
      .click();
    await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.id')).toBe('budget-general-basic-closing');

    // 提交 says the errors before anything is sent, and 确认提交 stays off (it used to be confirmed, then refused)
    await page.getByRole('button', { name: '提交', exact: true }).click();
    const confirm = page.getByRole('dialog').filter({ hasText: '提交给上级审核' });
    const errors = confirm.getByTestId('submit-errors');
    await expect.poll(() => errors.count(), { timeout: 20_000 }).toBe(1);
    expect(await errors.textContent()).toMatch(/检查发现 \d+ 处错误，修改后才能提交/);
    expect(await errors.textContent()).toContain('一般公共预算');
    expect(await confirm.getByRole('button', { name: '确认提交' }).isDisabled()).toBe(true);
    await page.waitForTimeout(500); // let the dialog finish opening for the screenshot
    await shot(page, '05-submit-blocked');
    await errors.getByRole('button', { name: '到检查结果中逐条定位' }).click();
    await expect.poll(() => confirm.count(), { timeout: 10_000 }).toBe(0);
    expect(await statusTag().textContent()).toBe('草稿');
  });

  it('a warning is explained in the findings panel (warnings never block submit)', async () => {
    // An imported old report can carry amounts in an account marked 无支出: a warning, not an error.
    const { csrfToken } = (await (await page.request.get('/api/me')).json()) as { csrfToken: string };
    const current = (await (await page.request.get(`/api/evaluations/${evaluationId}`)).json()) as Record<string, unknown> & {
      version: number;
      budget: { noActivity: boolean; rows: Record<string, unknown> }[];
    };
    const keys = ['title', 'reportDate', 'profile', 'budget', 'budgetLines', 'threePublic', 'indicators', 'keyProjects', 'sections'];
    const content = Object.fromEntries(keys.map((k) => [k, current[k]]));
    const idle = current.budget.find((a) => a.noActivity)!;
    for (const row of ['total', 'basic']) idle.rows[row] = { opening: '1', income: '0', expenditure: '0', closing: '1' };
    const put = await page.request.put(`/api/evaluations/${evaluationId}`, {
      data: { version: current.version, content },
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(put.status()).toBe(200);
    await page.goto(`/evaluations/${evaluationId}?tab=budget`);
    const panel = page.locator('#findings-panel');
    await expect.poll(() => panel.locator('[data-severity="warning"]').count(), { timeout: 20_000 }).toBe(1);
    await panel.getByRole('button', { name: '说明', exact: true }).click();
    await page.getByLabel(/^说明：/).fill(EXPLANATION);
    await page.getByRole('button', { name: '保存说明' }).click();
    await expect.poll(() => panel.locator('[data-explanation]').textContent(), { timeout: 20_000 }).toContain(EXPLANATION);
  });

  it('fixing the figure clears the finding; submit goes through', async () => {
    await page.getByLabel(EXPENDITURE).fill('153.98');
    await expect.poll(() => page.locator('[data-check="identity-general-basic"]').textContent()).toContain('平衡');
    expect(await page.locator('[data-check^="sum-general"]').count()).toBe(0);
    await waitSaved();
    await expect.poll(() => errorFindings().count(), { timeout: 20_000 }).toBe(0);
    await shot(page, '06-editor-budget');
    await submit();
    await expect.poll(() => statusTag().textContent(), { timeout: 20_000 }).toBe('已提交');
    // Submitted data is read-only for the filler.
    expect(await page.getByLabel(EXPENDITURE).isEditable()).toBe(false);
    expect(await page.getByLabel(EXPENDITURE).textContent()).toBe('153.98');
  });

  it('wugang cannot open another county’s evaluation (UI and API)', async () => {
    const other = server.otherCountyEvaluationId;
    await page.goto(`/evaluations/${other}`);
    await expect.poll(() => page.getByText('无权查看或不存在').count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByText('邵东市妇女联合会').count()).toBe(0);
    const api = await page.request.get(`/api/evaluations/${other}`);
    expect(api.status()).toBe(404);
    expect(JSON.stringify(await api.json())).not.toContain('邵东');
    const report = await page.request.get(`/api/evaluations/${other}/report?format=docx`);
    expect(report.status()).toBe(404);
    await shot(page, '07-other-county-denied');
    await logout();
  });

  it('shaoyang sees the submission, reviews the diff and returns it with a reason', async () => {
    await login('shaoyang');
    await page.goto('/?year=2022');
    const row = page.locator('#wb-review tr').filter({ hasText: WUGANG_TITLE });
    await expect.poll(() => row.count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => page.locator('canvas').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await shot(page, '08-workbench-reviewer');
    await row.getByRole('link', { name: /审核/ }).click();
    await page.waitForURL(/\/review$/);
    // 武冈's first submission: nothing to compare with yet (the title said 自上次提交以来的修改 while the diff loaded)
    await expect.poll(() => page.getByTestId('review-title').textContent(), { timeout: 20_000 }).toBe('审核：首次提交');
    await page.getByRole('button', { name: '退回', exact: true }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '退回自评' });
    await dialog.getByLabel('原因').fill(RETURN_REASON);
    await dialog.getByRole('button', { name: '确定' }).click();
    await expect.poll(() => page.locator('[data-status]').first().textContent(), { timeout: 20_000 }).toBe('已退回');
    await logout();
  });

  it('wugang sees the reason, fixes the publication text and resubmits', async () => {
    await login('wugang');
    await page.goto(`/evaluations/${evaluationId}?tab=publication`);
    await expect.poll(() => statusTag().textContent(), { timeout: 20_000 }).toBe('已退回');
    await expect.poll(() => page.getByText(RETURN_REASON).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    // Someone else saves meanwhile (same unit, through the API), from the version this page holds.
    const { csrfToken } = (await (await page.request.get('/api/me')).json()) as { csrfToken: string };
    type Current = Record<string, unknown> & { version: number; profile: Record<string, unknown>; sections: { title: string; paragraphs: string[] }[] };
    const current = async () => (await (await page.request.get(`/api/evaluations/${evaluationId}`)).json()) as Current;
    const keys = ['title', 'reportDate', 'profile', 'budget', 'budgetLines', 'threePublic', 'indicators', 'keyProjects', 'sections'];
    const theirSave = async (change: (c: Current) => void) => {
      const c = await current();
      change(c);
      const put = await page.request.put(`/api/evaluations/${evaluationId}`, {
        data: { version: c.version, content: Object.fromEntries(keys.map((k) => [k, c[k]])) },
        headers: { 'x-csrf-token': csrfToken },
      });
      expect(put.status()).toBe(200);
    };
    const publication = (c: Current) => c.sections.find((s) => s.title.includes('拟应用和公开情况'))!;
    // 1. They write the 单位简介, I change the publication text: different fields, merged without asking.
    await theirSave((c) => (c.profile = { ...c.profile, intro: INTRO }));
    const para = page.getByLabel(/^九、部门整体支出绩效自评结果拟应用和公开情况 第1段$/);
    const before = await para.inputValue();
    await para.fill(`${before}${FIX_TEXT}`);
    await expect.poll(() => page.getByTestId('auto-merged').count(), { timeout: 20_000 }).toBe(1);
    await waitSaved();
    expect(await page.getByRole('dialog').filter({ hasText: '保存冲突' }).count()).toBe(0);
    let saved = await current();
    expect(saved.profile.intro).toBe(INTRO);
    expect(publication(saved).paragraphs[0]).toContain(FIX_TEXT);

    // 2. Both change the same paragraph differently: only that field is asked, mine or theirs.
    await theirSave((c) => (publication(c).paragraphs[0] = `${before}另一处写的。`));
    await para.fill(`${before}${FIX_TEXT}（已核对）`);
    const conflict = page.getByRole('dialog').filter({ hasText: '保存冲突' });
    await expect.poll(() => conflict.count(), { timeout: 20_000 }).toBe(1);
    // named as the editor names it, not by the machine path; the merged 单位简介 is not asked again
    expect(await conflict.getByText(/公开情况 · 第1段$/).count()).toBe(1);
    expect(await conflict.getByText('基本情况 · 单位简介').count()).toBe(0);
    expect(await conflict.getByText('另一处写的。', { exact: false }).count()).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    await shot(page, '06b-save-conflict');
    await conflict.getByRole('button', { name: '按所选合并并保存' }).click();
    await waitSaved();
    expect(await para.inputValue()).toContain(`${FIX_TEXT}（已核对）`);
    saved = await current();
    expect(publication(saved).paragraphs[0]).toContain(`${FIX_TEXT}（已核对）`);
    expect(saved.profile.intro).toBe(INTRO);
    await submit();
    await expect.poll(() => statusTag().textContent(), { timeout: 20_000 }).toBe('已提交');
    await logout();
  });

  it('shaoyang sees exactly the change since the last submission, approves, publishes and downloads the docx', async () => {
    await login('shaoyang');
    await page.goto(`/evaluations/${evaluationId}/review`);
    const diff = page.locator('#review-diff');
    await expect.poll(() => diff.getByText(FIX_TEXT, { exact: false }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await page.getByTestId('review-title').textContent()).toBe('审核：自上次提交以来的修改');
    await shot(page, '09-reviewer-diff');

    await page.getByRole('button', { name: '审核通过' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '确定' }).click();
    await expect.poll(() => page.locator('[data-status]').first().textContent(), { timeout: 20_000 }).toBe('已审核');
    await page.getByRole('button', { name: '公开', exact: true }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '确定' }).click();
    await expect.poll(() => page.locator('[data-status]').first().textContent(), { timeout: 20_000 }).toBe('已公开');

    await page.goto(`/evaluations/${evaluationId}`);
    await expect.poll(() => statusTag().textContent(), { timeout: 20_000 }).toBe('已公开');
    await shot(page, '10-editor-published');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '下载 自评报告 .docx' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const file = await download.path();
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 2).toString()).toBe('PK'); // a zip container, as .docx is
    expect(bytes.length).toBeGreaterThan(5000);
  });

  it('shaoyang browses the audit log: wugang’s saves, each with what changed', async () => {
    await page.getByRole('link', { name: '审计日志' }).click();
    await page.waitForURL(/\/audit$/);
    await page.getByLabel('用户名').fill('wugang');
    await page.getByLabel('操作').click();
    await page.getByTitle('保存自评').click();
    await page.getByRole('button', { name: '查询' }).click();
    // Until the filtered answer arrives the table still lists every action: wait for only saves.
    const saves = page.locator('[data-action="evaluation.save"]');
    const others = page.locator('[data-action]:not([data-action="evaluation.save"])');
    await expect.poll(async () => (await others.count()) === 0 && (await saves.count()) > 1, { timeout: 20_000 }).toBe(true);
    // the API save of the 单位简介 (the merge step), shown with the reviewer's labels
    const row = page.locator('tr[data-row-key]').filter({ hasText: '武冈市妇女联合会' });
    for (let i = 0; i < (await row.count()); i++) {
      await row.nth(i).getByRole('button').first().click();
    }
    await expect.poll(() => page.getByText('基本情况 · 单位简介').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await shot(page, '11-audit-log');
  });
});
